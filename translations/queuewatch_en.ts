<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCli</name>
    <message>
        <source>Live view of an Asterisk call-centre cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AgentActions</name>
    <message>
        <source>&amp;Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJSIP/101, Local/101@agents/n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AgentModel</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>Found %n queue</numerusform>
            <numerusform>Found %n queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n agent in this period.</numerusform>
            <numerusform>%n agents in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second(s)</source>
        <translation>
            <numerusform>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second</numerusform>
            <numerusform>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::HealthText</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 silent since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers %1 silent since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new rows from server %1 since %2 while calls of it are open: the server, its loader or the database may have stopped. Its calls and agents are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>Server %1 has %n row dated %2 or later, in the future: its clock may be wrong. It is set aside, not shown.</numerusform>
            <numerusform>Server %1 has %n rows dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n row from the future set aside, the first dated %1</numerusform>
            <numerusform>%n rows from the future set aside, the first dated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>Enter the database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Live view, wallboard and reports of an Asterisk call-centre cluster, read from the queue_log of every server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · manager %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManagedLive</name>
    <message>
        <source>Supervisor actions are off: turn them on in File › Settings, with a manager interface for each server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ParseProblem</name>
    <message>
        <source>fewer than five fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PartitionHealthModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PeriodPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named period such as &quot;Last week&quot; is worked out again each time a saved report runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Program</name>
    <message>
        <source>QueueWatch has no translation for &quot;%1&quot;; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueDayChart</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues with the same name on several servers are one queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportBuilder</name>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n call lost: no end within 4 hours of entering the queue; not counted.</numerusform>
            <numerusform>%n calls lost: no end within 4 hours of entering the queue; not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n call still in progress where the data ends; not counted.</numerusform>
            <numerusform>%n calls still in progress where the data ends; not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partition %1: %n row dated after now, the first at %2: that server&apos;s clock may be wrong.</numerusform>
            <numerusform>Partition %1: %n rows dated after now, the first at %2: that server&apos;s clock may be wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportChartData</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited at most (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportDefinition</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… and %Ln more unanswered call, listed in the CSV export of this table.</numerusform>
            <numerusform>… and %Ln more unanswered calls, listed in the CSV export of this table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The period has %Ln call(s). The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</source>
        <translation>
            <numerusform>The period has %Ln call. The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</numerusform>
            <numerusform>The period has %Ln calls. The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calls the live view counts: today&apos;s, or those of the last hours (the start moves on every quarter hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n partition found.</numerusform>
            <numerusform>%n partitions found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfigDialog</name>
    <message>
        <source>Calls waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tile (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallboard.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure wallboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueWatch · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the wall screen: press %1 to quit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
