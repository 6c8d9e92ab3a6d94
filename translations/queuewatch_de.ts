<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation>Supervisor-Aktionen auf den Warteschlangen eines Asterisk-Clusters, über die Manager-Schnittstelle jedes Servers.
Befehle: status, pause, unpause, logon, logoff, listen, whisper, barge.
Die Passwörter kommen aus QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; oder QUEUEWATCH_AMI_SECRET.
Exit-Status: 0 erledigt, 2 ungültige Argumente, 3 ein Server ist nicht erreichbar oder hat die Aktion abgelehnt.</translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation>status, pause, unpause, logon, logoff, listen, whisper oder barge.</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation>Manager-Schnittstelle eines Servers (wiederholbar): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation>Die Quellangabe, die das Fenster anzeigt (cluster:A|B-, clustrw:A|B): bestimmt, wie Agenten benannt werden. Standard: alle --ami-Server zusammengeführt.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation>Der Agent, wie ihn das Fenster nennt, oder die Schnittstelle eines Mitglieds.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation>Die Warteschlange (Standard: alle Warteschlangen des Agenten).</translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation>Der Pausengrund.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation>Nur auf diesem Server ausführen (logon: der Server, auf dem das Mitglied hinzugefügt wird).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation>logon: die Schnittstelle des Mitglieds, z. B. PJSIP/101.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation>logon: der Mitgliedsname (Standard: --agent).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation>logon: die Penalty des Mitglieds (Standard 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation>listen, whisper, barge: das Gerät des Supervisors (Standard: device= des Servers).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation>Sekunden, die auf die Server gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation>Genau einen Befehl angeben: status, pause, unpause, logon, logoff, listen, whisper oder barge; siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation>Mindestens einen --ami-Server angeben.</translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation>--penalty erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation>%1 braucht --agent.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation>%1: keine Antwort von seiner Manager-Schnittstelle.</translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation>Schreibt einen simulierten Asterisk-Callcenter-Cluster als queue_log-Dateien, eine je Partition. Dieselben Argumente ergeben immer dieselben Dateien.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation>Beginn des Zeitraums: ISO-8601-Datum/-Uhrzeit in UTC (2026-11-02T00:00:00) oder Epoch-Sekunden.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation>Ende des Zeitraums, ausschließlich (Standard: ein Tag nach --from).</translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation>Kommagetrennte Namen der Partitionen (Server) (Standard A,B,C).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation>Kommagetrennte Namen der Warteschlangen, auf jedem Server gleich (Standard support,sales,billing).</translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation>Agenten je Server (Standard 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation>Anrufe pro Tag und Server (Standard 2000).</translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation>Asterisk-Neustarts pro Tag und Server, die Hälfte davon Abstürze (Standard 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation>Auslastung der Agenten in der verkehrsstärksten Stunde, von 0.05 bis 0.95 (Standard 0.55): die Gesprächszeiten werden danach bemessen. Niedrigere Werte ergeben kürzere Wartezeiten und einen höheren Servicelevel.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation>Anruf-IDs mit einem Systemnamen-Präfix schreiben (pbx-a-1795495865.0), wie mit systemname in Asterisk.</translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation>Verzeichnis für die Dateien &lt;Verzeichnis&gt;/&lt;Partition&gt;.queue_log (wird angelegt, falls es fehlt).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Die Zeilen auch (oder stattdessen) an die Tabelle queue_log dieser Datenbank anhängen: mysql://user@host:port/database oder sqlite:PATH (die Tabelle wird angelegt, falls sie fehlt; das Passwort kommt aus QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Unerwartetes Argument „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation>--from ist erforderlich; siehe --help.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--from: „%1“ ist weder ein ISO-8601-Datum/-Uhrzeit noch Epoch-Sekunden.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--to: „%1“ ist weder ein ISO-8601-Datum/-Uhrzeit noch Epoch-Sekunden.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to muss später als --from sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ ist kein gültiger Partitionsname: 1 bis 20 Buchstaben, Ziffern, &apos;_&apos; oder &apos;.&apos; verwenden.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation>Partition „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation>Höchstens 64 Warteschlangen, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation>„%1“ ist kein brauchbarer Warteschlangenname.</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation>Warteschlange „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--agents braucht eine ganze Zahl von 0 bis 10000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-day braucht eine ganze Zahl von 0 bis 10000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--restarts-per-day braucht eine Zahl von 0 bis 1000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation>--occupancy braucht eine Zahl von 0.05 bis 0.95, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation>Ziel angeben: --output-dir VERZEICHNIS und/oder --db URL; siehe --help.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1 %2 Zeilen</translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation>%1 Zeilen (%2) in %3 geschrieben</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>GuiCli</name>
    <message>
        <source>Live view of an Asterisk call-centre cluster.</source>
        <translation>Live-Ansicht eines Asterisk-Callcenter-Clusters.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Datenbank: mysql://user@host:port/database oder sqlite:PATH (Passwort aus QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation>Was angezeigt wird: sql:A, cluster:A|B-|C, clustrw:A|B.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation>Den eingebauten simulierten Cluster mit drei Servern anzeigen.</translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation>Nur das Wallboard anzeigen, bildschirmfüllend (Ctrl+Q beendet).</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation>Eine JSON-Datei, die die Schnittstellen der Warteschlangenmitglieder jedes Servers ihren Mitgliedsnamen zuordnet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation>Manager-Schnittstelle eines Servers (wiederholbar): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; das Passwort aus QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; oder QUEUEWATCH_AMI_SECRET.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation>Supervisor-Aktionen (Pausieren, An- und Abmelden, Mithören) über die Manager erlauben.</translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation>Ein gleitendes Live-Fenster der letzten N Stunden (Beginn zur Viertelstunde) statt seit Mitternacht; 0 heißt seit Mitternacht.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation>Mit --wallboard: der zu füllende Bildschirm, 0 für den ersten (Standard: der primäre).</translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation>--window-hours erwartet eine Anzahl Stunden von 0 bis %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation>--screen erwartet eine Bildschirmnummer von 0 bis %1.</translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation>Lädt ein Asterisk-queue_log in seine Partition der Tabelle queue_log hoch, jede Zeile genau einmal, und verfolgt es weiter, auch über Log-Rotationen hinweg. Das Passwort kommt aus QUEUEWATCH_DB_PASSWORD.
Bei Ausfällen wird es erneut versucht. Eine Zeile, die die Tabelle endgültig ablehnt (eine Constraint, ein Wert, den ihre Spalte nicht annimmt), wird in der Datei für abgelehnte Zeilen abgelegt: eine Kommentarzeile (# line N of FILE, Zeitpunkt, Begründung des Servers), dann die Zeile im Original.
Exit-Status: 0 erledigt (oder durch ein Signal beendet), 1 die Datei ist nicht lesbar (mit --once) oder der Partitionsname ist falsch, 2 ungültige Argumente, 3 die Datenbank weist den Loader endgültig ab (fehlende Rechte, ein schreibgeschützter Server, eine fehlende Tabelle oder Spalte: die Meldung sagt, was), 4 die Datei für abgelehnte Zeilen kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Datenbank: mysql://user@host:port/database oder sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation>Die Partition (Servername), zu der die Zeilen gehören, 1 bis 20 Zeichen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation>Hochladen, was die Datei jetzt enthält, dann beenden.</translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation>Wohin Zeilen abgelegt werden, die die Datenbank ablehnt (Standard: der Pfad der queue_log-Datei mit angehängtem .rejected).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation>Millisekunden zwischen zwei Prüfungen der Datei (Standard 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation>MB an Zeilen, die gepuffert werden, solange die Datenbank nicht erreichbar ist (Standard 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation>Die hochzuladende queue_log-Datei.</translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation>Genau eine queue_log-Datei angeben (siehe --help).</translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation>--db und --partition sind erforderlich (siehe --help).</translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation>--poll-interval erwartet 10 bis 600000 Millisekunden.</translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation>--memory-limit erwartet 1 bis 16384 MB.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation>Lesen: %1 % (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation>Das PDF kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation>Callcenter-Berichte und Live-Zustände aus Asterisk-queue_log-Partitionen.
Exit-Status: 0 erledigt, 2 ungültige Argumente oder Quelle, 3 eine Quelle ist nicht lesbar, 4 die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation>Bitte angeben, welcher Agent.</translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation>%1 ist kein Server von %2.</translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation>Bitte angeben, auf welchem Server %1 angemeldet werden soll.</translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation>Bitte angeben, zu welcher Warteschlange %1 hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation>Bitte die Schnittstelle von %1 angeben (zum Beispiel Local/101@agents/n oder PJSIP/101).</translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation>Kein Manager eines Servers ist verbunden.</translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation>Der Manager von %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation>%1 ist auf keinem Server mit verbundenem Manager Mitglied.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation>%1 ist auf keinem Server mit verbundenem Manager Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation>%1 ist statisches Mitglied von %2 auf %3 (queues.conf) und kann nicht von hier abgemeldet werden.</translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation>%1 führt kein Gespräch, das mitgehört werden könnte.</translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation>Für %1 ist kein Supervisor-Gerät festgelegt: device=... beim Manager ergänzen.</translation>
    </message>
</context>
<context>
    <name>qw::AgentActions</name>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>Pause &amp;beenden</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Mithören</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Flüstern</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>Auf&amp;schalten</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation>%1 pausieren in:</translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation>Grund (wird im Fenster und in den Berichten angezeigt):</translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation>%1 entfernen aus:</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>allen Warteschlangen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation>%1 aus %2 entfernen? Anrufe klingeln dort dann nicht mehr.</translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation>Mitglied anmelden</translation>
    </message>
    <message>
        <source>PJSIP/101, Local/101@agents/n</source>
        <translation>PJSIP/101, Local/101@agents/n</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>S&amp;chnittstelle:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>Mitglieds&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Penalty:</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation>Nicht erledigt: %1 (%2)</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation>%1 wurde nicht ausgeführt:
%2</translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (nicht aktuell)</translation>
    </message>
</context>
<context>
    <name>qw::AgentModel</name>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In Pause</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation>Ungültiges Gerät</translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation>So, wie es die Manager-Schnittstelle seines Servers jetzt meldet.</translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation>Laut queue_log (keine Manager-Schnittstelle für seinen Server).</translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation>Der Agent, wie queue_log ihn nennt (mit clustrw je Server umbenannt: Agent/101 auf A wird Agent/A-101).</translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation>Im Gespräch, solange ein von ihm angenommener Anruf offen ist (auch ohne Anmeldung, da statische Mitglieder Anrufe annehmen); sonst In Pause, solange eine Pause offen ist; Frei, solange in einer Warteschlange angemeldet; sonst Abgemeldet.</translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation>Der Grund der letzten noch offenen Pause.</translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation>Zeit seit dem letzten Statuswechsel (seit Beginn des Live-Fensters, wenn er sich darin nicht geändert hat).</translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation>Die Server, deren Ereignisse heute die Zeile dieses Agenten bilden.</translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation>Die Warteschlangen, in denen der Agent jetzt Mitglied ist.</translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation>Beendete Anrufe, die dieser Agent im Live-Fenster angenommen hat (seit Mitternacht, sofern kein gleitendes Fenster eingestellt ist).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>Pausengrund</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Heute angenommen</translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>die Verbindung zu %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation>%1 hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation>%1 hat eine unplausibel große Nachricht gesendet</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation>%1 ist keine Asterisk-Manager-Schnittstelle (Antwort: „%2“)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Audit-Log %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation>Die Warteschlange, in der der Anrufer wartet. Ein in eine andere Warteschlange weitergeleiteter Anrufer ist dort ein neuer Anruf.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation>Der Asterisk-Server (Partition), über den der Anruf läuft.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation>Die Nummer des Anrufers, wie Asterisk sie beim Eintritt in die Warteschlange protokolliert hat.</translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation>Der Agent, der den Anruf angenommen hat.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation>Die aktuelle Position des Anrufers in der Warteschlange auf seinem Server: die Eintrittsposition, aufgerückt, sobald Anrufer vor ihm aufgelegt haben oder angenommen wurden.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation>Die Position des Anrufers beim Eintritt in die Warteschlange, wie Asterisk sie protokolliert hat.</translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation>Wie lange der Anrufer schon in dieser Warteschlange wartet. Ein Anrufer, der über 1.000 s wartet, verschwindet aus dieser Liste (ein fehlendes Austrittsereignis).</translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation>Wie lange das Gespräch seit der Annahme durch den Agenten schon dauert.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Entry position</source>
        <translation>Eintrittsposition</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Gesprächszeit</translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation>%1: %2 fehlerhafte Zeile(n) übersprungen.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Der Qt-Datenbanktreiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation>%1 kann nicht geöffnet werden: keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation>%1 kann nicht geöffnet werden: Die URL verlangt TLS (ssl-...), aber der Server hat die Verbindung nicht verschlüsselt; sie wurde geschlossen, bevor etwas gelesen wurde. Aktivieren Sie TLS auf dem Server (ssl_cert, ssl_key) oder entfernen Sie die ssl-Optionen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: Prüfen Sie, dass ssl-ca die Zertifizierungsstelle nennt, die das Zertifikat des Servers signiert hat, und dass ssl-cert und ssl-key zusammengehören.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation>Prüfen Sie Benutzer und Passwort; ein Konto, das ein Client-Zertifikat verlangt (REQUIRE X509), braucht außerdem ssl-cert und ssl-key in der URL.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation>Prüfen Sie Benutzer und Passwort; ein Konto, das TLS verlangt (REQUIRE SSL), braucht ssl-ca in der URL.</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation>&quot;sqlite:&quot; braucht danach den Pfad der Datenbankdatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation>„%1“ bezeichnet einen Server; eine sqlite:-URL bezeichnet eine Datei: sqlite:/path/to/queue_log.sqlite.</translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Keine Datenbank-URL: mysql://user@host:port/database oder sqlite:PATH verwenden.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Unbekannte Art von Datenbank-URL „%1“: mysql://user@host:port/database oder sqlite:PATH verwenden.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation>Das Passwort gehört nicht in die Datenbank-URL; stattdessen die Umgebungsvariable %1 setzen.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation>Die Datenbank-URL „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation>Die Datenbank-URL hat keinen Hostnamen: mysql://user@HOST:port/database.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>Der Datenbank-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation>Die Datenbank-URL hat keinen Datenbanknamen: mysql://user@host:port/DATABASE.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation>Der Datenbankname „%1“ darf kein &quot;/&quot; enthalten.</translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation>Unbekannte Option „%1“ in der Datenbank-URL; bekannte Optionen: %2.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation>Die Option „%1“ der Datenbank-URL braucht einen Wert ohne &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation>Die Option „%1“ der Datenbank-URL erwartet eine Anzahl Sekunden.</translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation>eine Berichtsdefinition</translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation>Die Demo kann nicht starten: kein temporärer Ordner (%1).</translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation>Die Demo wurde beendet: %1</translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation>Anrufe, die im Zeitraum in die Warteschlange kamen und innerhalb von 4 Stunden endeten: angenommene plus nicht angenommene. Ein Anruf, der in eine zweite Warteschlange kam, zählt auch dort.</translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation>Anrufe, die ein Agent angenommen hat (ein CONNECT oder ein abgeschlossener Anruf).</translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation>Anrufe, die ohne Agent endeten: der Anrufer hat aufgelegt, Timeout, keine Agenten, Tastendruck oder Neustart des Servers.</translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation>Der Anrufer hat während des Wartens aufgelegt.</translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation>Die maximale Wartezeit der Warteschlange ist abgelaufen.</translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation>Der Anruf hat die Warteschlange verlassen, weil sie keine Agenten hatte, die ihn annehmen konnten.</translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation>Der Anrufer hat eine Taste gedrückt, um die Warteschlange zu verlassen.</translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation>Aus einem anderen Grund nicht angenommen: zurückgezogen, inkompatible Medien oder Neustart des Servers, während der Anrufer wartete.</translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation>Angenommene Anrufe, die nicht länger als der Servicelevel-Schwellenwert gewartet haben.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation>Nicht angenommene Anrufe, die innerhalb des Schwellenwerts aufgegeben haben: sie zählen weder für noch gegen den Servicelevel.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation>Innerhalb des Schwellenwerts angenommen, geteilt durch angeboten minus innerhalb des Schwellenwerts nicht angenommen.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation>Innerhalb des Schwellenwerts angenommen, geteilt durch alle angenommenen Anrufe (SL von Asterisk).</translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation>Innerhalb des Schwellenwerts beendete Anrufe, angenommen oder nicht, geteilt durch angeboten (SL2 von Asterisk).</translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation>Durchschnittliche Wartezeit angenommener Anrufe, bis ein Agent sie annahm (ASA).</translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation>Die längste Wartezeit eines angenommenen Anrufs.</translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation>Durchschnittliche Gesprächszeit der angenommenen Anrufe mit bekannter Gesprächszeit.</translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation>Gesamte Gesprächszeit der angenommenen Anrufe.</translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation>Durchschnittliche Wartezeit nicht angenommener Anrufer, bis ihr Anruf endete.</translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation>Angenommene Anrufe, die der Agent weitergeleitet hat (blind, mit Rückfrage oder auf die alte Art).</translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation>Wie oft das Telefon eines Agenten für einen Anruf klingelte und nicht angenommen wurde.</translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation>Angenommen geteilt durch angeboten.</translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation>Zeit, die der Agent im Zeitraum angemeldet war (in einer beliebigen Warteschlange oder per Agenten-Login), bei einem noch laufenden Zeitraum bis jetzt.</translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation>Zeit, die der Agent im Zeitraum in Pause war, bei einem noch laufenden Zeitraum bis jetzt.</translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation>Angenommene Anrufe, die höchstens so lange gewartet haben, als Anteil aller angenommenen.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation>Nicht angenommene Anrufe, die innerhalb so vieler Sekunden aufgegeben haben, als Anteil aller nicht angenommenen.</translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation>Nicht angenommene Anrufe, die so endeten.</translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation>Eine Wartezeit in Sekunden: die Zeile zählt Anrufe, die höchstens so lange gewartet haben.</translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation>Sekunden vom Eintritt in die Warteschlange bis zur Annahme oder bis zum Ende eines nicht angenommenen Anrufs.</translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation>Gesprächssekunden; leer, wenn das Log es nicht angibt.</translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation>Angenommen, oder warum der Anruf nicht angenommen wurde.</translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation>Der Agent hat den Anruf weitergeleitet.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation>Der Asterisk-Server (Partition), von dem der Anruf oder die Kennzahl stammt.</translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation>Die Server, von denen die Anrufe und Sitzungen des Agenten stammen.</translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation>%1 (nicht in den Daten dieses Zeitraums)</translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation>Warteschlangen und Agenten</translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation>Die einzubeziehenden Warteschlangen und Agenten ankreuzen. Nichts angekreuzt heißt: alle.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Warteschlangen:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Agenten:</translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation>Warteschlangen und Agenten dieses Zeitraums werden geladen…</translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation>Die gewählten Partitionen haben in diesem Zeitraum keine Warteschlangen oder Agenten.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>Gefunden: %n Warteschlange</numerusform>
            <numerusform>Gefunden: %n Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n Agent in diesem Zeitraum.</numerusform>
            <numerusform>%n Agenten in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation>Die Warteschlangen und Agenten konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation>Definition spei&amp;chern…</translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation>Servicelevel und Titel</translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation>Ein innerhalb des Schwellenwerts angenommener Anruf zählt für den Servicelevel.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation>Servicelevel = innerhalb so vieler Sekunden angenommene Anrufe / Anrufe, die in eine Warteschlange kamen.</translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation>Leer: Quelle und Zeitraum</translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation>Diese Auswahl in einer Datei speichern, um denselben Bericht später wieder zu öffnen und auszuführen.</translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation>SL-&amp;Schwellenwert:</translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation>Berichts&amp;titel:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second(s)</source>
        <translation>
            <numerusform>Bericht „%1“
Quelle: %2
Zeitraum: %3 (%4)
Warteschlangen: %5
Agenten: %6
Servicelevel: angenommen innerhalb von %n Sekunde</numerusform>
            <numerusform>Bericht „%1“
Quelle: %2
Zeitraum: %3 (%4)
Warteschlangen: %5
Agenten: %6
Servicelevel: angenommen innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation>Jetzt erneut versuchen (F5)</translation>
    </message>
</context>
<context>
    <name>qw::HealthText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation>Server %1 seit %2 nicht lesbar</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation>Server %1 seit %2 nicht lesbar</translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation>(Zahlen mit Stand %1)</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation>Server %1 ist seit %2 nicht lesbar: %3</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation>Die Server %1 sind seit %2 nicht lesbar: %3</translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation>Von ihm wurde noch nichts gelesen.</translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation>Von ihnen wurde noch nichts gelesen.</translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Seine Anrufe und Agenten sind ausgegraut, ihre Zeiten stehen bei %1, dem letzten Lesen.</translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Ihre Anrufe und Agenten sind ausgegraut, ihre Zeiten stehen bei %1, dem letzten Lesen.</translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation>Seit %1 keine neuen Zeilen von irgendeinem Server: die Datenbank ist im Rückstand</translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation>Seit %1 keine neuen Zeilen von irgendeinem Server (Daten mit Stand %2): die Datenbank oder das von QueueWatch gelesene Replikat ist im Rückstand, oder die Loader wurden beendet. Anrufe und Agenten sind ausgegraut, ihre Zeiten stehen bei %1.</translation>
    </message>
    <message>
        <source>Server %1 silent since %2</source>
        <translation>Server %1 stumm seit %2</translation>
    </message>
    <message>
        <source>Servers %1 silent since %2</source>
        <translation>Server %1 stumm seit %2</translation>
    </message>
    <message>
        <source>No new rows from server %1 since %2 while calls of it are open: the server, its loader or the database may have stopped. Its calls and agents are greyed.</source>
        <translation>Seit %2 keine neuen Zeilen von Server %1, obwohl Anrufe von ihm offen sind: der Server, sein Loader oder die Datenbank ist möglicherweise angehalten. Seine Anrufe und Agenten sind ausgegraut.</translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation>Seit %2 keine neuen Zeilen von den Servern %1, obwohl Anrufe von ihnen offen sind: die Server, ihre Loader oder die Datenbank sind möglicherweise angehalten. Ihre Anrufe und Agenten sind ausgegraut.</translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation>Server %1: Uhr geht vor?</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>Server %1 hat %n Zeile mit Datum %2 oder später, also in der Zukunft: seine Uhr geht möglicherweise falsch. Sie wird zurückgestellt, nicht angezeigt.</numerusform>
            <numerusform>Server %1 hat %n Zeilen mit Datum %2 oder später, also in der Zukunft: seine Uhr geht möglicherweise falsch. Sie werden zurückgestellt, nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation>Server %1: %2 seit %3</translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation>Datenstand (neueste Zeile): %1</translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation>Letztes erfolgreiches Lesen: %1</translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation>Offene Anrufe: %1</translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation>Seine Zahlen haben Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n Zeile aus der Zukunft zurückgestellt, datiert %1</numerusform>
            <numerusform>%n Zeilen aus der Zukunft zurückgestellt, die erste datiert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation>Keine Manager-Schnittstelle: Mitglieder und Zustände allein aus queue_log.</translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation>Manager-Schnittstelle: %1 seit %2</translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation>Mitglieder, Gerätezustände und Warteschlangenpositionen direkt vom Server.</translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation>Bis dahin Mitglieder und Zustände allein aus queue_log.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation>%1 zuletzt gelesen %2</translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation>Verbindung: verschlüsselt (%1, %2)</translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation>Verbindung: nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation>%1 ist zu groß für %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON für %3 (%4).</translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation>ungeeignet für %1: ein JSON-Objekt wird erwartet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot;: %4</source>
        <translation>%1:%2: &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation>Nicht aktuell: Server %1 ist nicht auf dem neuesten Stand, angezeigt mit Stand %2.</translation>
    </message>
</context>
<context>
    <name>qw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation>QueueWatch verwendet die neue Sprache ab dem nächsten Start. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich.</translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation>Dieses Programm hat keine Demo: unter Datei › Einstellungen eine Datenbank wählen.</translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Enter the database URL.</source>
        <translation>Die Datenbank-URL eingeben.</translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation>Die Quelle eingeben, zum Beispiel cluster:A|B|C.</translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation>Die Stelle, an der der Loader angehalten hat, ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation>Die aktuelle Position des Loaders kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation>Die Datei, in der der Loader angehalten hat (bei Zeile %1), existiert nicht mehr, und keine rotierte Kopie beginnt mit ihrer ersten Zeile: Zeilen, die nach Zeile %1 hineingeschrieben wurden, wurden nicht geladen. %2 wird von Anfang an gelesen.</translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation>%1 (rotiert, während der Loader angehalten war) wird ab Zeile %2 zu Ende gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation>Zeile %1 ist länger als %2 Bytes: keine queue_log-Zeile, übersprungen.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation>%1 existiert (noch) nicht.</translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation>%1 wurde rotiert, aber keine Kopie gefunden, die mit seiner ersten Zeile beginnt: Zeilen nach Zeile %2 fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation>%1 wurde rotiert: %2 wird zu Ende gelesen, dann beginnt die neue Datei.</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Wartende Anrufe</translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation>Anrufe im Gespräch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Neuer Bericht...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation>Berichtsdefinition ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation>Ü&amp;ber QueueWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>QueueWatch - %1</source>
        <translation>QueueWatch - %1</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Live view, wallboard and reports of an Asterisk call-centre cluster, read from the queue_log of every server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Live-Ansicht, Wallboard und Berichte eines Asterisk-Callcenter-Clusters, gelesen aus dem queue_log jedes Servers.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation>Über QueueWatch</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1...</translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation>Die heutigen Anrufe und Agenten werden geladen...</translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation>Heute hatte noch keine Warteschlange einen Anruf.</translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation>Heute hat sich noch kein Agent angemeldet.</translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation>Keine wartenden Anrufe.</translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation>Keine Anrufe im Gespräch.</translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation>Warteschlangenmitglieder unter zwei Namen</translation>
    </message>
    <message>
        <source> · manager %1</source>
        <translation> · Manager %1</translation>
    </message>
</context>
<context>
    <name>qw::ManagedLive</name>
    <message>
        <source>Supervisor actions are off: turn them on in File › Settings, with a manager interface for each server.</source>
        <translation>Supervisor-Aktionen sind aus: unter Datei › Einstellungen einschalten, mit einer Manager-Schnittstelle für jeden Server.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation>„%1“ sollte NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE] lauten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation>„%1“ ist kein Partitionsname.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation>Der Manager von %1 braucht einen Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>„%1“ ist kein Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation>Passwörter werden nie mit der Adresse des Managers gespeichert: QUEUEWATCH_AMI_SECRET_%1 setzen oder es in den Einstellungen eingeben.</translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation>Unbekannte Manager-Option „%1“ für %2.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation>Der Manager von %1 braucht einen Benutzer (user=NAME).</translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation>Der Manager von %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation>%1 hat einen Manager, ist aber kein Server von %2.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation>Für %1 ist nichts zu tun.</translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation>für diesen Server ist kein Manager eingerichtet</translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation>eine Mitgliedsnamen-Datei</translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>kein Partitionsname (1 bis 20 Zeichen aus A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation>muss Schnittstellen Mitgliedsnamen zuordnen.</translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation>keine brauchbare Schnittstelle.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation>&quot;static&quot; muss die Warteschlangen auflisten, in denen es ein statisches Mitglied ist.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation>&quot;static&quot; muss Warteschlangennamen auflisten.</translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation>muss ein Mitgliedsname sein oder ein Objekt mit &quot;name&quot;.</translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation>braucht einen Mitgliedsnamen.</translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation>Server %1 protokolliert seine Warteschlangenmitglieder unter zwei Namen: beim Hinzufügen oder Entfernen unter ihren Schnittstellen (%2), in allen anderen Zeilen unter ihren Mitgliedsnamen. So erscheint ein Mitglied als zwei Agenten, und seine Sitzungen und Pausen passen nicht zusammen. Eine Mitgliedsnamen-Datei angeben, die jede Schnittstelle ihrem Namen zuordnet, oder auf diesem Server log_membername_as_agent = yes in queues.conf setzen.</translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation>Diese Version liest MariaDB nur über QtSql.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Partition %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>Partition %1 hat eine Zeile ohne gültige time_id oder unique_row_count.</translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation>das queue_log der Partition %1</translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation>die Datei der file:-Quelle</translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation>die SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation>%1 ist %2 (%3): der Bericht würde überschreiben, was er liest.</translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation>die SQLite-Datenbank der Partition %1</translation>
    </message>
</context>
<context>
    <name>qw::ParseProblem</name>
    <message>
        <source>fewer than five fields</source>
        <translation>weniger als fünf Felder</translation>
    </message>
    <message>
        <source>the timestamp is not a number of seconds</source>
        <translation>der Zeitstempel ist keine Sekundenzahl</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>der Ereignisname ist leer</translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation>die Zeile ist länger als die queue_log-Grenze</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>Zeile %1 übersprungen: %2 („%3“)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>die Zeitangabe ist leer</translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation>die Zeitangabe ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>Zeile mit id %1 übersprungen: %2 („%3“)</translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation>Die Partitionen von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Eine Quellangabe kann diese Partition nicht benennen: Namen bestehen aus 1 bis 20 Zeichen aus A-Z, a-z, 0-9, &quot;_&quot; und &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation>%1 (Partition %2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionHealthModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>Die Tabelle „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“: sie ist keine queue_log-Tabelle.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Partition %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>Partition %1 hat eine Zeile ohne gültige time_id oder unique_row_count.</translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation>Zeile %1 der Partition %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation>Lesen der Partition %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Partition %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>A named period such as &quot;Last week&quot; is worked out again each time a saved report runs.</source>
        <translation>Ein benannter Zeitraum wie „Letzte Woche“ wird bei jeder Ausführung eines gespeicherten Berichts neu berechnet.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation>&amp;Bis (ausschließlich):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation>Von %1 bis %2, Zeitzone %3.</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation>Der Zeitraum ist länger als 400 Tage.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>qw::Program</name>
    <message>
        <source>QueueWatch has no translation for &quot;%1&quot;; it has %2.</source>
        <translation>QueueWatch hat keine Übersetzung für „%1“; verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>qw::QueueDayChart</name>
    <message>
        <source>Waiting (peak)</source>
        <translation>Wartend (Spitze)</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>SL heute</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation>Alle Warteschlangen heute</translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation>Warteschlange %1 heute</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation>Die Tabelle queue_log verwendet die Engine %1, die keine Transaktionen kennt: Zeilen und das Lesezeichen des Loaders können nicht gemeinsam gespeichert werden. Wird der Loader zwischen beiden beendet, werden beim Neustart bis zu %2 Zeilen doppelt gespeichert. Für exakt einmaliges Laden die Tabelle umwandeln (ALTER TABLE queue_log ENGINE=InnoDB).</translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation>Partition %1 wird nach Zeile %2 von %3 fortgesetzt.</translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation>%1 wird ab der ersten Zeile in Partition %2 geladen.</translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation>Zeilen können nicht gespeichert werden: %1. Neuer Versuch läuft; inzwischen gelesene Zeilen werden gepuffert (bis zu %2 MB).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation>Zeile %1: ein Feld ist länger als seine Spalte; gekürzt gespeichert.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation>Weitere fehlerhafte Zeilen folgen; sie werden gezählt, nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation>Die Datenbank ist nach %1 s wieder da; %2 wartende Zeilen werden gespeichert.</translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation>Zeilen werden nach %1 s wieder gespeichert; %2 Zeilen warten.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation>Zeile %1 von %2 wird von der Datenbank abgelehnt (%3) und kann nicht abgelegt werden: %4. Der Loader hält an, damit sie nicht verloren geht; beim nächsten Start wird sie erneut versucht.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation>Zeile %1 von %2 wird von der Datenbank abgelehnt: %3. Nicht gespeichert; abgelegt in %4.</translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation>Weitere Zeilen werden abgelehnt; sie werden in %1 abgelegt und gezählt, nicht aufgelistet.</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation>%1 Zeilen gespeichert, %2 fehlerhafte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation>, %1 Zeilen von der Datenbank abgelehnt und in %2 abgelegt</translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation>Der Partitionsname muss 1 bis 20 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation>%1 Von der Datenbank abgelehnte Zeilen konnten nicht abgelegt werden: eine beschreibbare --rejected-Datei angeben.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Angehalten: %1.</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation>Die in %1 geschriebenen Zeilen können nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Schreiben in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation>Der Server hat %1 von %2 Zeilen übernommen.</translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation>Der Server hat die Zeilen mit einer Warnung übernommen</translation>
    </message>
</context>
<context>
    <name>qw::QueueModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Queues with the same name on several servers are one queue.</source>
        <translation>Warteschlangen gleichen Namens auf mehreren Servern sind eine Warteschlange.</translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation>Anrufer, die jetzt in der Warteschlange warten und noch nicht angenommen sind (ein Anrufer, der über 1.000 s wartet, wird nicht mehr gezählt: sein Austritt wurde nicht protokolliert).</translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation>Wie lange der am längsten wartende Anrufer schon wartet.</translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation>Anrufe dieser Warteschlange, die jetzt im Gespräch mit einem Agenten sind.</translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation>Agenten, die jetzt Mitglied dieser Warteschlange sind, ob im Gespräch oder nicht.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation>Angemeldete Agenten dieser Warteschlange, die weder in Pause noch im Gespräch sind.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation>Angemeldete Agenten dieser Warteschlange, die in Pause und nicht im Gespräch sind.</translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation>Anrufe, die im Live-Fenster (seit Mitternacht, sofern kein gleitendes Fenster eingestellt ist) in diese Warteschlange kamen und beendet sind: angenommene plus nicht angenommene. Noch wartende Anrufe oder laufende Gespräche zählen noch nicht.</translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation>Anrufe aus „Heute angeboten“, die ein Agent angenommen hat.</translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation>Servicelevel im Live-Fenster: innerhalb des Schwellenwerts (20 s, sofern nicht anders eingestellt) angenommene Anrufe, geteilt durch die angebotenen Anrufe minus jene, die innerhalb des Schwellenwerts aufgegeben haben. Leer, wenn nichts zu teilen ist.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In Pause</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Heute angeboten</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Heute angenommen</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>SL heute</translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation>Lange Wartezeit</translation>
    </message>
    <message>
        <source>SL low</source>
        <translation>SL niedrig</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Niemand frei</translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation>◌ nicht aktuell</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>längste Wartezeit</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in Pause</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation>SL, Ziel %1 %</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>nicht angenommen</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>Die Tabelle „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“: sie ist keine Realtime-Tabelle queue_log von Asterisk.</translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation>time (Text)</translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation>time (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation>Asterisk-Realtime-Tabelle %1: %2</translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation>keine Spalte id, in zeitlicher Reihenfolge gelesen</translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation>fehlend, als leer gelesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>Das Lesen der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation>Eine Realtime-Tabelle braucht ?table=NAME nach der Datenbank-URL, zum Beispiel mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation>Eine Realtime-Tabelle braucht ?table=NAME nach der Datenbank-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation>„%1“ ist kein Tabellenname: Buchstaben, Ziffern und &quot;_&quot; verwenden.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation>Unbekannte Zeitzone „%1“ in tz=: einen IANA-Namen wie Europe/Rome verwenden.</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation>Realtime-Tabelle %1 von %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation>Die Namen in der Tabelle %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 kann nicht angelegt werden: %2 ist kein beschreibbarer Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation>%1 kann nicht geschrieben werden: die Daten haben den Datenträger nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>qw::ReportBuilder</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation>Partition %1: die Daten enden bei %2, %3 vor dem aktuellen Zeitpunkt (%4).</translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation>Partition %1: die Daten enden bei %2, %3 vor dem Ende des Zeitraums (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partition %1: %n Zeile mit Datum nach dem aktuellen Zeitpunkt, um %2: die Uhr dieses Servers geht möglicherweise falsch.</numerusform>
            <numerusform>Partition %1: %n Zeilen mit Datum nach dem aktuellen Zeitpunkt, die erste um %2: die Uhr dieses Servers geht möglicherweise falsch.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation>Kein Ereignis der gelesenen Daten nennt die Warteschlange „%1“: alle ihre Zahlen sind null (Namen prüfen).</translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation>Kein Ereignis der gelesenen Daten nennt den Agenten „%1“: er hat keine Zahlen (Namen prüfen).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n Anruf verloren: kein Ende innerhalb von 4 Stunden nach Eintritt in die Warteschlange; nicht gezählt.</numerusform>
            <numerusform>%n Anrufe verloren: kein Ende innerhalb von 4 Stunden nach Eintritt in die Warteschlange; nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n Anruf war am Ende der Daten noch nicht beendet; nicht gezählt.</numerusform>
            <numerusform>%n Anrufe waren am Ende der Daten noch nicht beendet; nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation>Partition %1 hat im Zeitraum keine Ereignisse.</translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation>Statische Mitglieder von Server %1 (%2) protokollieren keine Sitzungen: ihre Anmeldezeit wird nicht gezählt, nur ihre Anrufe und Pausen.</translation>
    </message>
</context>
<context>
    <name>qw::ReportChartData</name>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Unanswered (hatched)</source>
        <translation>Nicht angenommen (schraffiert)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Waited at most (s)</source>
        <translation>Höchstens gewartet (s)</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Nicht angenommene Anrufe</translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation>Anteil angenommener Anrufe</translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation>Anteil nicht angenommener Anrufe</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation>Eine vom Berichtsassistenten gespeicherte Berichtsdefinition ausführen; die folgenden Optionen überschreiben deren Quelle, Zeitraum, Zeitzone, Schwellenwert und Filter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation>Was gelesen wird: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation>Datenbank: mysql://user@host:port/database oder sqlite:PATH. Das Passwort kommt aus der Umgebungsvariable QUEUEWATCH_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation>Eine JSON-Datei, die die Schnittstellen der Warteschlangenmitglieder jedes Servers ihren Mitgliedsnamen zuordnet (für Server mit log_membername_as_agent = no, der Asterisk-Voreinstellung): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation>Ein benannter Zeitraum: today (Standard), yesterday, this-week, last-week, this-month, last-month.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation>Beginn des Zeitraums: ISO-Datum/-Uhrzeit in --tz oder Epoch-Sekunden.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation>Ende des Zeitraums (ausschließlich). Standard: das Ende des Tages von --from.</translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation>Der Zeitpunkt, zu dem der Bericht erstellt wird, angegeben wie --from: noch offene Agentenzeit endet dort, und benannte Zeiträume werden von ihm aus berechnet. Standard: die aktuelle Uhrzeit.</translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation>Zeitzone für Datum und Uhrzeit (IANA-Name). Standard: die des Systems.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation>Servicelevel-Schwellenwert in Sekunden (Standard 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation>json (Standard), csv oder pdf (der ganze Bericht als Dokument; braucht --output).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben (als Ganzes ersetzt, nie halb geschrieben).</translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation>Jeden Anruf auflisten (JSON) oder die Anrufliste statt der Warteschlangentabelle schreiben (CSV).</translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation>Den Live-Zustand zum Zeitpunkt ZEIT statt eines Berichts ausgeben.</translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation>Den Live-Zustand fortlaufend ausgeben, eine JSON-Zeile pro Abfrage (oder --output bei jeder Abfrage ersetzen), bis zum Beenden (SIGTERM, SIGINT).</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation>Mit --follow: Sekunden zwischen den Abfragen (Standard 5).</translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation>Mit --live-at oder --follow: ein gleitendes Fenster der letzten N Stunden (Beginn zur Viertelstunde) statt seit Mitternacht.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation>Die Server behalten Warteschlangenmitglieder nicht über einen Neustart hinweg (persistentmembers=no).</translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation>Den mitgelieferten Beispiel-Cluster mit drei Servern verwenden.</translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation>Nur Anrufe der Warteschlange NAME (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation>Nur Agent NAME in der Agententabelle (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 erwartet eine Anzahl %2 von %3 bis %4.</translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation>Keine Quelle angegeben: --source QUELLE verwenden (oder --demo für das mitgelieferte Beispiel).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation>Unbekannte Zeitzone „%1“: einen IANA-Namen wie Europe/Berlin oder UTC verwenden.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation>--%1 „%2“ ist keine Zeitangabe: Epoch-Sekunden oder ein ISO-Datum/-Uhrzeit wie 2026-11-02T09:00:00 verwenden.</translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation>Unbekannter Wert für --period „%1“: today, yesterday, this-week, last-week, this-month oder last-month verwenden, oder --from und --to.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to muss später als --from sein.</translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation>--live-at und --follow schließen einander aus: --follow gibt den aktuellen Zustand immer wieder aus.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation>--every geht nur zusammen mit --follow.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation>Unbekanntes --format „%1“: json, csv oder pdf verwenden.</translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation>Ein Live-Zustand wird nur als JSON geschrieben: --format %1 weglassen.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf braucht --output DATEI.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Unerwartetes Argument „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation>Partition NAME aus einer queue_log-Datei oder aus einer Asterisk-Realtime-Tabelle queue_log lesen: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE oder NAME=sqlite:PATH?table=TABLE (Passwort aus QUEUEWATCH_DB_PASSWORD; ohne tz die Zeitzone des Berichts). Wiederholbar.</translation>
    </message>
    <message>
        <source>NAME=SOURCE</source>
        <translation>NAME=SOURCE</translation>
    </message>
</context>
<context>
    <name>qw::ReportDefinition</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation>Der Servicelevel-Schwellenwert muss zwischen 0 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation>eine Berichtsdefinition</translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation>nicht unterstütztes Format der Berichtsdefinition (erwartet: %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation>ungültige Quelle: %1</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation>unbekannter Zeitraum „%1“.</translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation>ein benutzerdefinierter Zeitraum braucht &quot;from&quot; (Epoch-Sekunden).</translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation>ein benutzerdefinierter Zeitraum braucht &quot;to&quot; nach &quot;from&quot; (Epoch-Sekunden).</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation>muss zwischen 0 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation>muss eine Liste von NAME=FILE oder NAME=URL?table=TABLE sein.</translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation>Callcenter-Bericht</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation>%1 bis %2 (%3, Ende ausschließlich)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>angenommen innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Events read</source>
        <translation>Gelesene Ereignisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Angenommene Anrufe</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Nicht angenommene Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… und %Ln weiterer nicht angenommener Anruf, aufgeführt im CSV-Export dieser Tabelle.</numerusform>
            <numerusform>… und %Ln weitere nicht angenommene Anrufe, aufgeführt im CSV-Export dieser Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>The period has %Ln call(s). The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</source>
        <translation>
            <numerusform>Der Zeitraum hat %Ln Anruf. Die Anrufliste wird nicht gedruckt; der CSV-Export der Anrufdetails (oder queuewatch-report --format csv --calls) enthält ihn.</numerusform>
            <numerusform>Der Zeitraum hat %Ln Anrufe. Die Anrufliste wird nicht gedruckt; der CSV-Export der Anrufdetails (oder queuewatch-report --format csv --calls) enthält sie alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation>Keine Zeilen passen zu „%1“.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation>Angen. innerhalb SL</translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation>Nicht angen. innerhalb SL</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation>Ø Wartezeit angen.</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Max. Wartezeit</translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation>Ø Gesprächszeit</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation>Ø Wartezeit nicht angen.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation>SL = angenommen innerhalb %1 s / (angeboten - nicht angenommen innerhalb %1 s)</translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation>Anrufer hat aufgelegt (Abbruch)</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Timeout der Warteschlange</translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation>Keine Agenten verfügbar</translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation>Anrufer hat Taste gedrückt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation>Alle Kennzahlen nach Warteschlange</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation>Keine Agenten</translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation>Taste gedrückt</translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation>Angen. innerhalb SL / angenommen</translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation>Innerhalb SL / angeboten</translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation>Klingeln ohne Annahme</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Angebotene Anrufe</translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation>Servicelevel (%1 s)</translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation>Angenommen innerhalb %1 s / angenommen</translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation>Innerhalb %1 s (angenommen oder nicht) / angeboten</translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation>Ø Wartezeit, angenommen</translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation>Längste Wartezeit, angenommen</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Ø Gesprächszeit</translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation>Ø Wartezeit bis zum Aufgeben</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation>Angenommene Anrufe nach Warteschlange</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation>Angenommene Anrufe nach Agent</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Angenommen innerhalb</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innerhalb (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Angenommene Anrufe</translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation>Anteil angenommen</translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation>Wartezeit bis zum Aufgeben</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Nicht angenommene Anrufe</translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation>Anteil nicht angenommen</translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation>Nicht angenommene Anrufe nach Ursache</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation>Anrufe nach Stunde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation>Anrufe nach Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation>Anrufe nach Wochentag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In Pause</translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation>Pausenzeit nach Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation>Keine Anrufe passen zu „%1“.</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Keine Anrufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation>Keine Agenten passen zu „%1“.</translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation>Keine Agentenzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Angenommen</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Nicht angenommen</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Call details</source>
        <translation>Anruf&amp;details</translation>
    </message>
</context>
<context>
    <name>qw::ReportWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>QueueWatch report</source>
        <translation>QueueWatch-Bericht</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Neuer Bericht...</translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation>Definition ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV...</source>
        <translation>Tabelle als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation>Diesen Bericht anhalten (Esc)</translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation>Lesen... %L1 Ereignisse</translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation>Bericht &gt; Neuer Bericht wählen, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Open report definition</source>
        <translation>Berichtsdefinition öffnen</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Berichtsdefinitionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation>%L1 Ereignisse gelesen, %L2 Anrufe.</translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation>QueueWatch-Bericht - %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Der Bericht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>Bericht &amp;ausführen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation>Berichtsdefinition speichern</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Berichtsdefinitionen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation>Die Schemadatei fehlt in den Ressourcen des Programms.</translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation>Die Tabelle queue_log kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation>dieser Build von QueueWatch kann keinen Schlüsselbund nutzen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1). Passwörter gelten nur für diese Sitzung; QUEUEWATCH_DB_PASSWORD und QUEUEWATCH_AMI_SECRET funktionieren weiterhin. Starten Sie einen Schlüsselbund-Dienst (GNOME Keyring, KWallet), damit sie gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation>&amp;Demo: ein simulierter Cluster mit drei Servern</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Datenban&amp;k:</translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation>Supervisor-&amp;Aktionen erlauben: Pausieren, An- und Abmelden, Mithören</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation>Einstellungen der Live-Ansicht</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation>Nicht gespeichert; leer verwendet QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation>sql:A für einen Server; cluster:A|B|C führt Server zusammen (B- übernimmt nur die Anrufe von B); clustrw:A|B|C benennt Agenten je Server.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>seit Mitternacht</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Which calls the live view counts: today&apos;s, or those of the last hours (the start moves on every quarter hour).</source>
        <translation>Welche Anrufe die Live-Ansicht zählt: die von heute oder die der letzten Stunden (der Beginn rückt jede Viertelstunde weiter).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation>&amp;Mitgliedsnamen:</translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation>Optional: eine JSON-Datei mit Mitgliedsnamen je Server</translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation>Für Server, die Warteschlangenmitglieder beim Hinzufügen oder Entfernen unter ihrer Schnittstelle und sonst unter ihrem Namen protokollieren (log_membername_as_agent = no, die Asterisk-Voreinstellung): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. Siehe README.</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Mitgliedsnamen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation>Verbindet sich im Hintergrund mit dieser URL und diesem Passwort und sucht in der Tabelle queue_log nach den Servern der Quelle.</translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation>Optional, ein Server pro Zeile: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation>Die Manager-Schnittstelle (AMI) jedes Servers: statische Mitglieder, klingelnde Telefone und die Positionen der Anrufer kommen von ihr, und Supervisor-Aktionen laufen über sie. Optionen: user=NAME (erforderlich), tls, plain (sendet das Passwort statt einer MD5-Challenge), device=DEVICE (das Telefon des Supervisors auf diesem Server, zum Mithören).</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Nicht gespeichert; leer verwendet QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation>Aus: das Fenster zeigt nur an. Ein: im Agentenbereich lässt sich über die Manager-Schnittstellen der Server pausieren, abmelden, anmelden und mithören; jede Aktion wird im Audit-Log protokolliert.</translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation>Mana&amp;ger:</translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation>Manager-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Abf&amp;rage alle:</translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation>Live-&amp;Fenster:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1...</translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation>%1: keine Zeilen in der Tabelle queue_log</translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation>%1: neueste Zeile %2</translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation>Verbunden; jeder Server der Quelle hat Zeilen.</translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation>Verbunden, aber einige Server der Quelle haben keine Zeilen (falscher Name oder noch kein Loader).</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation>Im Schlüsselbund des S&amp;ystems speichern</translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation>Das hier eingegebene Passwort wird im Schlüsselbund des Betriebssystems (GNOME Keyring, KWallet, Windows-Anmeldeinformationsverwaltung) für dieses Datenbankkonto aufbewahrt, nie in der Einstellungsdatei von QueueWatch; ein leeres Feld bedeutet dann das dort aufbewahrte. Abwählen entfernt es aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation>Das hier eingegebene Geheimnis wird im Schlüsselbund des Betriebssystems für die Manager-Anmeldung jedes Servers aufbewahrt, nie in der Einstellungsdatei von QueueWatch; ein leeres Feld bedeutet dann die dort aufbewahrten. Abwählen entfernt sie.</translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation>Leer: das im Schlüsselbund, sonst QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Leer: die im Schlüsselbund, sonst QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation>Suche im Schlüsselbund...</translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation>Optional, ein Server pro Zeile: B=/var/log/asterisk/queue_log oder B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation>Server, deren queue_log keine Partition der Tabelle queue_log der Datenbank ist: eine queue_log-Datei oder die Tabelle, die Asterisk über seine Realtime-Konfiguration selbst schreibt (eine je Server, in der Ortszeit des Servers; tz= nennt dessen Zeitzone, Standard ist die dieses Computers). Tabellen verwenden das Passwort oben.</translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation>Part&amp;itionen:</translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation>„%1“ sollte NAME=PATH lauten, zum Beispiel A=/var/log/asterisk/queue_log.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>„%1“ ist kein Partitionsname: 1 bis 20 Zeichen aus A-Z, a-z, 0-9, &quot;_&quot; und &quot;.&quot; verwenden.</translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation>Die Partition %1 braucht einen Dateipfad nach &quot;=&quot;.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation>Agenten je Server &amp;umbenennen (Agent/101 auf A wird Agent/A-101)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation>Die Server (Partitionen) ankreuzen, über die berichtet wird. Eine als „Nur Anrufe“ markierte Partition liefert ihre Anrufe, aber nicht ihre Agenten.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Neuestes Ereignis</translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation>Agentenereignisse</translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation>Verwenden, wenn die Server ihre Agenten unabhängig voneinander nummerieren, sodass derselbe Agentencode verschiedene Personen bezeichnet.</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation>sql:A für eine Partition; cluster:A|B|C führt Partitionen zusammen (B- übernimmt nur die Anrufe von B); clustrw:A|B|C benennt zusätzlich Agenten je Partition um.</translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation>&amp;Quellangabe:</translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation>Partitionen werden geladen…</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Nur Anrufe</translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation>Die Anrufe dieser Partition zählen, aber ihre Agentenereignisse (Anmeldungen, Pausen) verwerfen.</translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation>Keine Partitionen gefunden. Unten eine Quellangabe eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n Partition gefunden.</numerusform>
            <numerusform>%n Partitionen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation>Die Partitionen konnten nicht aufgelistet werden: %1
Unten kann trotzdem eine Quellangabe eingegeben werden.</translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation>In den Daten nicht gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation>Die Quelle ist leer: file:PATH, sql:NAME, cluster:A|B oder clustrw:A|B schreiben.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Quelle ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation>&quot;file:&quot; braucht danach einen Pfad.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation>Der Pfad „%1“ enthält keinen Dateinamen, nach dem seine Partition benannt werden kann.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation>Der Pfad „%1“ endet auf &quot;-&quot;: das Nur-Anrufe-Kennzeichen ist nur in cluster:- und clustrw:-Quellen erlaubt.</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation>Unbekannter Quelltyp „%1“: eine Quelle beginnt mit file:, sql:, cluster: oder clustrw: (kleingeschrieben).</translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation>&quot;sql:&quot; bezeichnet eine Partition; cluster: verwenden, um mehrere zusammenzuführen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation>„%1“: das Nur-Anrufe-Kennzeichen &quot;-&quot; ist nur in cluster:- und clustrw:-Quellen erlaubt.</translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation>Leerer Partitionsname bei Zeichen %1 von „%2“.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Partition „%1“ enthält das Zeichen „%2“ an Position %3; Namen bestehen nur aus A-Z, a-z, 0-9, &quot;_&quot; und &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Der Partitionsname „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation>Partition „%1“ kommt zweimal in der Quelle vor.</translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation>Partition %1 von %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation>Die Namen der Spalte %1 in Partition %2 können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation>Die Mitgliedszeilen der Partition %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation>Dem Datenbankbenutzer %1 fehlt %2 auf %3: %4; danach den Loader neu starten. (Der Server meldete: %5)</translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation>Die Datenbank weist den Benutzer %1 ab: %2. Benutzer, Passwort (QUEUEWATCH_DB_PASSWORD) und Rechte prüfen, dann den Loader neu starten.</translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation>Der Datenbankserver ist schreibgeschützt (read_only oder super_read_only ist gesetzt, oder er ist ein Replikat): er verweigert das Speichern von Zeilen. --db auf den Primärserver richten oder dort den Schreibschutz aufheben, dann den Loader neu starten. (Der Server meldete: %1)</translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation>Die Tabelle queue_log nimmt nicht an, was der Loader schreibt: %1. Sie braucht die Spalten `partition`, time_id, call_id, queue, agent, verb und data1 bis data5 (siehe resources/sql in den Quellen); beheben, dann den Loader neu starten.</translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation>Die Tabelle %1 nimmt nicht an, was der Loader schreibt: %2. Beheben, dann den Loader neu starten.</translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation>Der Datenbank fehlt, was der Loader braucht: %1. Beheben, dann den Loader neu starten.</translation>
    </message>
</context>
<context>
    <name>qw::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation>Partition „%1“ hat keine Datenquelle: eine Datenbank-URL oder eine Datei dafür angeben (%1=PATH).</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation>%1: Namen müssen Text mit 1 bis %2 Zeichen ohne umgebende Leerzeichen sein.</translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation>%1: Namen dürfen keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation>%1: &quot;%2&quot; muss eine Liste von höchstens %3 Namen sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1: „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation>%1: Schwellenwerte müssen ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation>%1: &quot;nobodyFree&quot; muss &quot;off&quot;, &quot;amber&quot; oder &quot;red&quot; sein.</translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation>%1: die rote Wartezeit darf nicht kürzer als die gelbe sein.</translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation>%1: der rote Servicelevel darf nicht über dem gelben liegen.</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation>Dies ist keine QueueWatch-Wallboard-Datei (&quot;format&quot; fehlt oder ist falsch).</translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation>Wallboard-Dateiversion %1 wird nicht unterstützt (erwartet: %2).</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>Standard-Schwellenwerte</translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation>groups: muss eine Liste von höchstens %1 Gruppen sein.</translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation>groups: jede Gruppe muss ein Objekt mit Namen und Warteschlangen sein.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation>Gruppe %1: enthält keine Warteschlangen.</translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation>groups: „%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation>thresholds: muss ein Objekt mit höchstens %1 Kacheln sein.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation>Schwellenwerte von %1</translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation>figures: muss eine Liste sein.</translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation>figures: „%1“ ist unbekannt oder doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation>eine Wallboard-Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfigDialog</name>
    <message>
        <source>Calls waiting</source>
        <translation>Wartende Anrufe</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation>Agenten frei / im Gespräch / in Pause</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Servicelevel heute</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Heute angenommen</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Heute abgebrochen</translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation>Eine Kachel je Warteschlange</translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation>Eigene Schwellenwerte für diese Kachel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Anrufen</translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation>Agentenleiste</translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation>Wallboard konfigurieren</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation>Eine Gruppe pro Zeile, z. B.
Frontoffice: sales, support</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation>Warteschlangen (keine angekreuzt: alle):</translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation>Gruppen, jeweils als eine Kachel angezeigt:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation>Längste Wartezeit gelb über:</translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation>Längste Wartezeit rot über:</translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation>Servicelevel-Ziel:</translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation>Servicelevel gelb unter:</translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation>Servicelevel rot unter:</translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation>SL-Alarme ab:</translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation>Anrufer warten, niemand frei:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation>Nächste Seite alle:</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Every tile (default)</source>
        <translation>Jede Kachel (Standard)</translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation>Gruppen, Zeile %1: den Namen der Gruppe schreiben, einen Doppelpunkt, dann ihre Warteschlangen.</translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation>Wallboard importieren</translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation>Wallboard-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export wallboard</source>
        <translation>Wallboard exportieren</translation>
    </message>
    <message>
        <source>wallboard.json</source>
        <translation>wallboard.json</translation>
    </message>
    <message>
        <source>Wallboard files (*.json)</source>
        <translation>Wallboard-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation>QueueWatch-Wallboard</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation>Kein Agent angemeldet</translation>
    </message>
    <message>
        <source>&amp;Configure wallboard...</source>
        <translation>Wallboard &amp;konfigurieren...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation>Wallboard &amp;schließen</translation>
    </message>
    <message>
        <source>QueueWatch · %1</source>
        <translation>QueueWatch · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>This is the wall screen: press %1 to quit it.</source>
        <translation>Dies ist der Wandbildschirm: zum Verlassen %1 drücken.</translation>
    </message>
</context>
</TS>
