<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation>Azioni del supervisore sulle code di un cluster Asterisk, tramite l&apos;interfaccia manager di ogni server.
Comandi: status, pause, unpause, logon, logoff, listen, whisper, barge.
I secret vengono da QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; o QUEUEWATCH_AMI_SECRET.
Codice di uscita: 0 eseguito, 2 argomenti errati, 3 un server non è raggiungibile o ha rifiutato l&apos;azione.</translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation>status, pause, unpause, logon, logoff, listen, whisper o barge.</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation>L&apos;interfaccia manager di un server (ripetibile): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation>La specifica di sorgente mostrata dalla finestra (cluster:A|B-, clustrw:A|B): determina come sono chiamati gli agenti. Predefinito: tutti i server --ami uniti.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation>L&apos;agente, come lo chiama la finestra, o l&apos;interfaccia di un membro.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation>La coda (predefinito: tutte le code dell&apos;agente).</translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation>La causale della pausa.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation>Agisce solo su questo server (logon: il server su cui aggiungere il membro).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation>logon: l&apos;interfaccia del membro, ad es. PJSIP/101.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaccia</translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation>logon: il nome del membro (predefinito: --agent).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation>logon: la penalità del membro (predefinito 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation>listen, whisper, barge: il dispositivo del supervisore (predefinito: il device= del server).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation>Secondi di attesa della risposta dei server (predefinito 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation>Indicare un comando: status, pause, unpause, logon, logoff, listen, whisper o barge; vedere --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Comando sconosciuto &quot;%1&quot;; vedere --help.</translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation>Indicare almeno un server --ami.</translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation>--penalty accetta un numero intero da 0 in su.</translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation>%1 richiede --agent.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout accetta un numero di secondi da 1 a 600.</translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation>%1: nessuna risposta dalla sua interfaccia manager.</translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation>Scrive un cluster di call center Asterisk simulato come file queue_log, uno per partizione. Gli stessi argomenti producono sempre gli stessi file.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Seme casuale (predefinito 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation>Inizio del periodo: data/ora ISO 8601 in UTC (2026-11-02T00:00:00) o secondi epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>istante</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation>Fine del periodo, esclusa (predefinito: un giorno dopo --from).</translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation>Nomi delle partizioni (server) separati da virgole (predefinito A,B,C).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nomi</translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation>Nomi delle code separati da virgole, uguali su ogni server (predefinito support,sales,billing).</translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation>Agenti per server (predefinito 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation>Chiamate al giorno per server (predefinito 2000).</translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation>Riavvii di Asterisk al giorno per server, metà dei quali crash (predefinito 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasso</translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation>Quanto sono occupati gli agenti nell&apos;ora di punta, da 0.05 a 0.95 (predefinito 0.55): i tempi di conversazione sono dimensionati di conseguenza. Un valore più basso dà attese più brevi e un livello di servizio più alto.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation>Scrive gli id delle chiamate con un prefisso del nome di sistema (pbx-a-1795495865.0), come con il systemname di Asterisk.</translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation>Cartella per i file DIR/&lt;partizione&gt;.queue_log (creata se non esiste).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Aggiunge anche (o invece) le righe alla tabella queue_log di questo database: mysql://user@host:port/database o sqlite:PATH (la tabella viene creata se non esiste; la password viene da QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argomento inatteso &quot;%1&quot;; vedere --help.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed richiede un numero intero non negativo, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation>--from è obbligatorio; vedere --help.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--from: &quot;%1&quot; non è né una data/ora ISO 8601 né secondi epoch.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--to: &quot;%1&quot; non è né una data/ora ISO 8601 né secondi epoch.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to deve essere successivo a --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; non è un nome di partizione valido: usare da 1 a 20 lettere, cifre, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation>La partizione &quot;%1&quot; è indicata due volte.</translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation>Al massimo 64 code, non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation>&quot;%1&quot; non è un nome di coda utilizzabile.</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation>La coda &quot;%1&quot; è indicata due volte.</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--agents richiede un numero intero da 0 a 10000, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-day richiede un numero intero da 0 a 10000000, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--restarts-per-day richiede un numero da 0 a 1000, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation>--occupancy richiede un numero da 0.05 a 0.95, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation>Indicare dove scrivere: --output-dir DIR e/o --db URL; vedere --help.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1 %2 righe</translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation>scritte %1 righe (%2) in %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>GuiCli</name>
    <message>
        <source>Live view of an Asterisk call-centre cluster.</source>
        <translation>Vista in tempo reale di un cluster di call center Asterisk.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Database: mysql://user@host:port/database o sqlite:PATH (password da QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation>Cosa mostrare: sql:A, cluster:A|B-|C, clustrw:A|B.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation>Mostra il cluster simulato integrato di tre server.</translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation>Mostra solo il wallboard, a schermo intero (Ctrl+Q per uscire).</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation>Un file JSON che associa le interfacce dei membri di coda di ogni server ai rispettivi nomi di membro.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation>L&apos;interfaccia manager di un server (ripetibile): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; il secret da QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; o QUEUEWATCH_AMI_SECRET.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation>Consente le azioni del supervisore (pausa, login e logout, ascolto) tramite i manager.</translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation>Un intervallo live mobile delle ultime N ore (che inizia allo scoccare di un quarto d&apos;ora) invece che da mezzanotte; 0 significa da mezzanotte.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation>Con --wallboard: lo schermo da coprire, 0 per il primo (predefinito: quello principale).</translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation>--window-hours accetta un numero di ore da 0 a %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation>--screen accetta un numero di schermo da 0 a %1.</translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation>Carica un queue_log di Asterisk nella sua partizione della tabella queue_log, ogni riga una sola volta, e continua a seguirlo attraverso la rotazione dei log. La password viene da QUEUEWATCH_DB_PASSWORD.
In caso di interruzioni si riprova. Una riga che la tabella rifiuta definitivamente (un vincolo, un valore che la sua colonna non accetta) viene messa da parte nel file delle righe rifiutate: una riga di commento (# line N of FILE, quando, il motivo del server), poi la riga così com&apos;era.
Codice di uscita: 0 eseguito (o fermato da un segnale), 1 il file non è leggibile (con --once) o il nome della partizione è errato, 2 argomenti errati, 3 il database rifiuta definitivamente il loader (un grant mancante, un server in sola lettura, una tabella o colonna mancante: il messaggio dice quale), 4 il file delle righe rifiutate non è scrivibile.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Database: mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation>La partizione (nome del server) a cui appartengono le righe, da 1 a 20 caratteri.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation>Carica ciò che il file contiene ora, poi esce.</translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation>Dove mettere da parte le righe rifiutate dal database (predefinito: il percorso del file queue_log con l&apos;aggiunta di .rejected).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation>Millisecondi tra un controllo del file e il successivo (predefinito 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation>MB di righe da trattenere mentre il database non è disponibile (predefinito 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation>Il file queue_log da caricare.</translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation>Indicare esattamente un file queue_log (vedere --help).</translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation>--db e --partition sono obbligatori (vedere --help).</translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation>--poll-interval accetta da 10 a 600000 millisecondi.</translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation>--memory-limit accetta da 1 a 16384 MB.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossibile scrivere sullo standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation>Lettura: %1% (%2 eventi)</translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation>Impossibile generare il PDF.</translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation>Report di call center e stati live dalle partizioni queue_log di Asterisk.
Codice di uscita: 0 eseguito, 2 argomenti o sorgente errati, 3 una sorgente non è leggibile, 4 l&apos;output non è scrivibile.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partizione %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation>Indicare quale agente.</translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation>%1 non è un server di %2.</translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation>Indicare su quale server fare il login di %1.</translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation>Indicare a quale coda aggiungere %1.</translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation>Indicare l&apos;interfaccia di %1 (ad esempio Local/101@agents/n o PJSIP/101).</translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation>Nessun manager dei server è connesso.</translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation>Il manager di %1 non è connesso.</translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation>%1 non è membro su nessun server con il manager connesso.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation>%1 non è membro di %2 su nessun server con il manager connesso.</translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation>%1 è membro statico di %2 su %3 (queues.conf): da qui non è possibile farne il logout.</translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation>%1 non è in nessuna chiamata da ascoltare.</translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation>Nessun dispositivo del supervisore impostato per %1: aggiungere device=... al suo manager.</translation>
    </message>
</context>
<context>
    <name>qw::AgentActions</name>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausa…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>&amp;Fine pausa</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation>Logo&amp;ut…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation>&amp;Login…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Ascolta</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Suggerisci</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervieni</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Tutte le code</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Metti in pausa %1</translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation>Metti in pausa %1 in:</translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation>Causale (mostrata nella finestra e nei report):</translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation>Logout di %1</translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation>Rimuovi %1 da:</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>tutte le code</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation>Rimuovere %1 da %2? Le chiamate non squilleranno più lì.</translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation>Login di un membro</translation>
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
        <translation>&amp;Coda:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaccia:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>&amp;Nome membro:</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Penalità:</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Eseguito: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation>Non eseguito: %1 (%2)</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation>%1 non è stato eseguito:
%2</translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (non aggiornato)</translation>
    </message>
</context>
<context>
    <name>qw::AgentModel</name>
    <message>
        <source>Free</source>
        <translation>Libero</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>In chiamata</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Squilla</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation>Dispositivo non valido</translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation>Come lo riporta ora l&apos;interfaccia manager del suo server.</translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation>Come risulta dal queue_log (nessuna interfaccia manager per il suo server).</translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation>L&apos;agente come lo chiama il queue_log (con clustrw, rinominato per server: Agent/101 su A diventa Agent/A-101).</translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation>In chiamata mentre è aperta una chiamata a cui ha risposto (anche senza login, perché i membri statici ricevono chiamate); altrimenti In pausa mentre è aperta una pausa; Libero se connesso a una coda; altrimenti Disconnesso.</translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation>La causale indicata con la pausa più recente ancora aperta.</translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation>Tempo dall&apos;ultimo cambio di stato (dall&apos;inizio dell&apos;intervallo live se non è cambiato in quell&apos;intervallo).</translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation>I server i cui eventi compongono oggi la riga di questo agente.</translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation>Le code di cui l&apos;agente è membro ora.</translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation>Chiamate a cui questo agente ha risposto nell&apos;intervallo live (da mezzanotte, salvo intervallo mobile) e che sono terminate.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>Causale pausa</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tempo nello stato</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Risposte oggi</translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>nessuna risposta da %1 entro %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>la connessione a %1 è stata chiusa</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 ha chiuso la connessione</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation>%1 ha rifiutato il login</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connesso a %1</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 ha rifiutato il login: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation>%1 ha inviato un messaggio troppo grande per essere valido</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation>%1 non è un&apos;interfaccia manager di Asterisk (ha risposto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 non ha risposto in tempo</translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Impossibile scrivere il registro di audit %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation>La coda in cui si trova il chiamante. Un chiamante trasferito a un&apos;altra coda è lì una nuova chiamata.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation>Il server Asterisk (partizione) che gestisce la chiamata.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation>Il numero del chiamante, come Asterisk lo ha registrato quando la chiamata è entrata in coda.</translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation>L&apos;agente che ha risposto alla chiamata.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation>La posizione attuale del chiamante in coda, sul suo server: quella d&apos;ingresso, avanzata man mano che i chiamanti davanti sono usciti o hanno ricevuto risposta.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation>La posizione del chiamante in coda quando la chiamata è entrata, come registrata da Asterisk.</translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation>Da quanto tempo il chiamante attende in questa coda. Un chiamante in attesa da oltre 1.000 s esce da questo elenco (evento di uscita mancante).</translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation>Durata della conversazione da quando l&apos;agente ha risposto.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Entry position</source>
        <translation>Pos. ingresso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Conversazione</translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation>%1: %2 righe malformate ignorate.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Il report è stato annullato.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Il driver di database Qt %1 non è installato.</translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation>Impossibile aprire %1: non è un file.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Impossibile aprire %1: il file non esiste.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation>Impossibile aprire %1: l&apos;URL chiede TLS (ssl-...) ma il server non ha cifrato la connessione; è stata chiusa prima di leggere qualsiasi cosa. Attivare TLS sul server (ssl_cert, ssl_key) o togliere le opzioni ssl-.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation>L&apos;handshake TLS non è riuscito: verificare che ssl-ca indichi l&apos;autorità che ha firmato il certificato del server e che ssl-cert e ssl-key vadano insieme.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation>Verificare utente e password; un account che richiede un certificato client (REQUIRE X509) ha bisogno anche di ssl-cert e ssl-key nell&apos;URL.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation>Verificare utente e password; un account che richiede TLS (REQUIRE SSL) ha bisogno di ssl-ca nell&apos;URL.</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation>&quot;sqlite:&quot; deve essere seguito dal percorso del file di database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation>&quot;%1&quot; indica un server; un URL sqlite: indica un file: sqlite:/path/to/queue_log.sqlite.</translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Non è un URL di database: usare mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Tipo di URL di database sconosciuto &quot;%1&quot;: usare mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation>Non inserire la password nell&apos;URL del database; impostare invece la variabile d&apos;ambiente %1.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation>L&apos;URL del database &quot;%1&quot; non è valido: %2.</translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation>L&apos;URL del database non ha un nome host: mysql://user@HOST:port/database.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>La porta del database deve essere compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation>L&apos;URL del database non ha un nome di database: mysql://user@host:port/DATABASE.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation>Il nome del database &quot;%1&quot; non può contenere &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation>Opzione &quot;%1&quot; dell&apos;URL del database sconosciuta; opzioni note: %2.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation>L&apos;opzione &quot;%1&quot; dell&apos;URL del database richiede un valore senza &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation>L&apos;opzione &quot;%1&quot; dell&apos;URL del database accetta un numero di secondi.</translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation>una definizione di report</translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation>La demo non può partire: nessuna cartella temporanea (%1).</translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation>La demo si è fermata: %1</translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation>Chiamate entrate in coda nel periodo e terminate entro 4 ore: risposte più non risposte. Una chiamata entrata in una seconda coda conta anche lì.</translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation>Chiamate a cui un agente ha risposto (un CONNECT o una chiamata completata).</translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation>Chiamate terminate senza un agente: il chiamante ha riagganciato, è scaduto il tempo, non c&apos;erano agenti, ha premuto un tasto o il server si è riavviato.</translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation>Il chiamante ha riagganciato durante l&apos;attesa.</translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation>È scaduta l&apos;attesa massima della coda.</translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation>La chiamata è uscita perché la coda non aveva agenti in grado di prenderla.</translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation>Il chiamante ha premuto un tasto per uscire dalla coda.</translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation>Non risposta per un altro motivo: ritirata, media incompatibili o riavvio del server durante l&apos;attesa.</translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation>Chiamate risposte con un&apos;attesa non superiore alla soglia del livello di servizio.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation>Chiamate non risposte che hanno rinunciato entro la soglia: non contano né a favore né contro il livello di servizio.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation>Risposte entro la soglia, divise per le offerte meno le non risposte entro la soglia.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation>Risposte entro la soglia, divise per tutte le chiamate risposte (SL di Asterisk).</translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation>Chiamate terminate entro la soglia, risposte o no, divise per le offerte (SL2 di Asterisk).</translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation>Tempo medio di attesa delle chiamate risposte prima che un agente le prendesse (ASA).</translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation>L&apos;attesa più lunga di una chiamata risposta.</translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation>Conversazione media delle chiamate risposte il cui tempo di conversazione è noto.</translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation>Tempo di conversazione totale delle chiamate risposte.</translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation>Tempo medio di attesa dei chiamanti non risposti prima della fine della chiamata.</translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation>Chiamate risposte che l&apos;agente ha trasferito (cieco, assistito o vecchio stile).</translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation>Volte in cui il telefono di un agente ha squillato per una chiamata senza risposta.</translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation>Risposte divise per offerte.</translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation>Tempo in cui l&apos;agente è stato connesso (a qualsiasi coda, o con login agente) nel periodo, fino ad ora per un periodo ancora in corso.</translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation>Tempo in cui l&apos;agente è stato in pausa nel periodo, fino ad ora per un periodo ancora in corso.</translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation>Chiamate risposte che hanno atteso al massimo questo tempo, in percentuale su tutte le risposte.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation>Chiamate non risposte che hanno rinunciato entro questi secondi, in percentuale su tutte le non risposte.</translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation>Chiamate non risposte terminate in questo modo.</translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation>Un&apos;attesa in secondi: la riga conta le chiamate che hanno atteso al massimo questo tempo.</translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation>Secondi dall&apos;ingresso in coda alla risposta, o alla fine di una chiamata non risposta.</translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation>Secondi di conversazione; vuoto quando il log non lo indica.</translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation>Risposta, o perché la chiamata non ha avuto risposta.</translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation>L&apos;agente ha trasferito la chiamata.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation>Il server Asterisk (partizione) da cui provengono la chiamata o il valore.</translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation>I server da cui provengono le chiamate e le sessioni dell&apos;agente.</translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation>%1 (non presente nei dati di questo periodo)</translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation>Code e agenti</translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation>Spuntare le code e gli agenti da includere. Nessuna spunta significa tutti.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>A&amp;genti:</translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation>Caricamento delle code e degli agenti di questo periodo…</translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation>Le partizioni scelte non hanno code né agenti in questo periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>Trovata %n coda</numerusform>
            <numerusform>Trovate %n code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n agente in questo periodo.</numerusform>
            <numerusform>%n agenti in questo periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation>Impossibile elencare le code e gli agenti: %1</translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation>nessun filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n nella selezione</numerusform>
            <numerusform>%n nella selezione</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation>Sal&amp;va definizione…</translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation>Livello di servizio e titolo</translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation>Una chiamata risposta entro la soglia conta per il livello di servizio.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation>Livello di servizio = chiamate risposte entro questi secondi / chiamate entrate in una coda.</translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation>Vuoto: sorgente e periodo</translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation>Salva queste scelte in un file, per riaprire ed eseguire lo stesso report in seguito.</translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation>&amp;Soglia livello di servizio:</translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation>&amp;Titolo del report:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>dal %1 al %2</translation>
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
Sorgente: %2
Periodo: %3 (%4)
Code: %5
Agenti: %6
Livello di servizio: risposta entro %n secondo</numerusform>
            <numerusform>Report &quot;%1&quot;
Sorgente: %2
Periodo: %3 (%4)
Code: %5
Agenti: %6
Livello di servizio: risposta entro %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation>Riprova ora (F5)</translation>
    </message>
</context>
<context>
    <name>qw::HealthText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation>Il server %1 non è leggibile dalle %2</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation>I server %1 non sono leggibili dalle %2</translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation>(valori aggiornati alle %1)</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation>Il server %1 non è leggibile dalle %2: %3</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation>I server %1 non sono leggibili dalle %2: %3</translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation>Non è stato ancora letto nulla da questo server.</translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation>Non è stato ancora letto nulla da questi server.</translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Le sue chiamate e i suoi agenti sono in grigio, con i tempi fermi alle %1, l&apos;ultima lettura.</translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Le loro chiamate e i loro agenti sono in grigio, con i tempi fermi alle %1, l&apos;ultima lettura.</translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation>Nessuna nuova riga da alcun server dalle %1: il database è in ritardo</translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation>Nessuna nuova riga da alcun server dalle %1 (dati fino alle %2): il database, o la replica letta da QueueWatch, è in ritardo, oppure i loader si sono fermati. Chiamate e agenti sono in grigio, con i tempi fermi alle %1.</translation>
    </message>
    <message>
        <source>Server %1 silent since %2</source>
        <translation>Server %1 muto dalle %2</translation>
    </message>
    <message>
        <source>Servers %1 silent since %2</source>
        <translation>Server %1 muti dalle %2</translation>
    </message>
    <message>
        <source>No new rows from server %1 since %2 while calls of it are open: the server, its loader or the database may have stopped. Its calls and agents are greyed.</source>
        <translation>Nessuna nuova riga dal server %1 dalle %2 mentre ha chiamate aperte: il server, il suo loader o il database potrebbero essersi fermati. Le sue chiamate e i suoi agenti sono in grigio.</translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation>Nessuna nuova riga dai server %1 dalle %2 mentre hanno chiamate aperte: i server, i loro loader o il database potrebbero essersi fermati. Le loro chiamate e i loro agenti sono in grigio.</translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation>Server %1: orologio avanti?</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>Il server %1 ha %n riga datata %2 o dopo, nel futuro: il suo orologio potrebbe essere errato. È messa da parte, non mostrata.</numerusform>
            <numerusform>Il server %1 ha %n righe datate %2 o dopo, nel futuro: il suo orologio potrebbe essere errato. Sono messe da parte, non mostrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>dalle %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>dati %1</translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation>Server %1: %2 dalle %3</translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation>Dati fino a (riga più recente): %1</translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation>Ultima lettura riuscita: %1</translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation>Chiamate aperte: %1</translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation>I suoi valori sono aggiornati a: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n riga dal futuro messa da parte, la prima datata %1</numerusform>
            <numerusform>%n righe dal futuro messe da parte, la prima datata %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>in connessione</translation>
    </message>
    <message>
        <source>down</source>
        <translation>non raggiungibile</translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation>ha rifiutato il login</translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation>Nessuna interfaccia manager: membri e stati solo dal queue_log.</translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation>Interfaccia manager: %1 dalle %2</translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation>Membri, stati dei dispositivi e posizioni in coda dal server stesso.</translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation>Nel frattempo membri e stati solo dal queue_log.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Letto alle %1</translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation>%1, ultima lettura: %2</translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation>Connessione: cifrata (%1, %2)</translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation>Connessione: non cifrata</translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation>%1 è troppo grande per essere %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation>riga %1, colonna %2: non è %3 (%4).</translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation>non è %1: atteso un oggetto JSON.</translation>
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
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation>Non aggiornato: il server %1 non è aggiornato, dati mostrati alle %2.</translation>
    </message>
</context>
<context>
    <name>qw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation>QueueWatch userà la nuova lingua dal prossimo avvio. Riavviarlo ora?</translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossibile scrivere sullo standard output.</translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation>Questo programma non ha una demo: scegliere un database in File › Impostazioni.</translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>demo cluster</source>
        <translation>cluster demo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Enter the database URL.</source>
        <translation>Inserire l&apos;URL del database.</translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation>Inserire la sorgente, ad esempio cluster:A|B|C.</translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation>Impossibile leggere dove si è fermato il loader: %1</translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation>Impossibile registrare a che punto è il loader: %1</translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation>Il file in cui si è fermato il loader (alla riga %1) non esiste più e nessuna copia ruotata inizia con la sua prima riga: le righe scritte dopo la riga %1 non sono state caricate. Avvio di %2 dall&apos;inizio.</translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation>Completamento di %1 (ruotato mentre il loader era fermo) dalla riga %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation>La riga %1 supera i %2 byte: non è una riga di queue_log, ignorata.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation>%1 non esiste (ancora).</translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation>%1 è stato ruotato ma non è stata trovata alcuna copia che inizi con la sua prima riga: potrebbero mancare le righe successive alla riga %2.</translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation>%1 è stato ruotato: completamento di %2, poi avvio del nuovo file.</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Chiamate in attesa</translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation>Chiamate in conversazione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agente</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nuovo report...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation>&amp;Apri definizione di report...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation>&amp;Informazioni su QueueWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
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
        <translation>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Vista in tempo reale, wallboard e report di un cluster di call center Asterisk, letti dal queue_log di ogni server.&lt;/p&gt;&lt;p&gt;Compilato con Qt %2, in esecuzione su Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation>Informazioni su QueueWatch</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connessione a %1...</translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation>Caricamento delle chiamate e degli agenti di oggi...</translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation>Nessuna coda ha ricevuto chiamate oggi.</translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation>Nessun agente ha fatto login oggi.</translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation>Nessuna chiamata in attesa.</translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation>Nessuna chiamata in conversazione.</translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation>Membri di coda con due nomi</translation>
    </message>
    <message>
        <source> · manager %1</source>
        <translation> · manager %1</translation>
    </message>
</context>
<context>
    <name>qw::ManagedLive</name>
    <message>
        <source>Supervisor actions are off: turn them on in File › Settings, with a manager interface for each server.</source>
        <translation>Le azioni del supervisore sono disattivate: attivarle in File › Impostazioni, con un&apos;interfaccia manager per ogni server.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation>&quot;%1&quot; dovrebbe essere NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation>&quot;%1&quot; non è un nome di partizione.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation>Il manager di %1 richiede un host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>&quot;%1&quot; non è una porta (da 1 a 65535).</translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation>I secret non vengono mai scritti insieme all&apos;indirizzo del manager: impostare QUEUEWATCH_AMI_SECRET_%1 o inserirlo nelle impostazioni.</translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation>Opzione del manager sconosciuta &quot;%1&quot; per %2.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation>Il manager di %1 richiede un utente (user=NAME).</translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation>Il manager di %1 è indicato due volte.</translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation>%1 ha un manager ma non è un server di %2.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation>Niente da fare per %1.</translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation>nessun manager configurato per questo server</translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation>un file di nomi dei membri</translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>non è un nome di partizione (da 1 a 20 tra A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation>deve associare le interfacce ai nomi dei membri.</translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation>non è un&apos;interfaccia utilizzabile.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation>&quot;static&quot; deve elencare le code in cui è membro statico.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation>&quot;static&quot; deve elencare nomi di coda.</translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation>deve essere un nome di membro, o un oggetto con &quot;name&quot;.</translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation>richiede un nome di membro.</translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation>Il server %1 registra i membri delle code con due nomi: le interfacce (%2) quando vengono aggiunti o rimossi, i nomi dei membri in tutte le altre righe, quindi un membro appare come due agenti e le sue sessioni e pause non tornano. Fornire un file di nomi dei membri che associ ogni interfaccia al suo nome, oppure impostare log_membername_as_agent = yes in queues.conf su quel server.</translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation>Questa build legge MariaDB solo tramite QtSql.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossibile leggere la partizione %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partizione %1 ha una riga senza time_id o unique_row_count validi.</translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation>il queue_log della partizione %1</translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation>la sorgente file:</translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation>il database SQLite</translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation>%1 è %2 (%3): il report sovrascriverebbe ciò che legge.</translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation>il database SQLite della partizione %1</translation>
    </message>
</context>
<context>
    <name>qw::ParseProblem</name>
    <message>
        <source>fewer than five fields</source>
        <translation>meno di cinque campi</translation>
    </message>
    <message>
        <source>the timestamp is not a number of seconds</source>
        <translation>il timestamp non è un numero di secondi</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>il nome dell&apos;evento è vuoto</translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation>la riga supera il limite di queue_log</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>riga %1 ignorata: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>l&apos;orario è vuoto</translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation>l&apos;orario non è una data e ora</translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>riga con id %1 ignorata: %2 (&quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation>Impossibile elencare le partizioni di %1: %2</translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Una specifica di sorgente non può indicare questa partizione: i nomi sono da 1 a 20 tra A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation>Impossibile aprire %1 (partizione %2): %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
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
        <translation>Stato</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da quando</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Dati fino a</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Ultima lettura</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La tabella &quot;%1&quot; non esiste in %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation>La tabella &quot;%1&quot; non ha la colonna &quot;%2&quot;: non è una tabella queue_log.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossibile leggere la partizione %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partizione %1 ha una riga senza time_id o unique_row_count validi.</translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation>Impossibile leggere la riga %1 della partizione %2.</translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation>Lettura della partizione %1 non riuscita: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossibile leggere la partizione %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>A named period such as &quot;Last week&quot; is worked out again each time a saved report runs.</source>
        <translation>Un periodo relativo come &quot;Settimana scorsa&quot; viene ricalcolato ogni volta che si esegue un report salvato.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fuso orario di sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation>A&amp;l (escluso):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation>Dal %1 al %2, ora di %3.</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation>Il periodo supera i 400 giorni.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Settimana scorsa</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
</context>
<context>
    <name>qw::Program</name>
    <message>
        <source>QueueWatch has no translation for &quot;%1&quot;; it has %2.</source>
        <translation>QueueWatch non ha una traduzione per &quot;%1&quot;; ha: %2.</translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation>La lingua da usare: %1 (predefinita: quella di sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
</context>
<context>
    <name>qw::QueueDayChart</name>
    <message>
        <source>Waiting (peak)</source>
        <translation>In attesa (picco)</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>SL oggi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation>Tutte le code oggi</translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation>Coda %1 oggi</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lettura di %1 non riuscita: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation>La tabella queue_log usa il motore %1, che non supporta le transazioni: le righe e il segnalibro del loader non possono essere salvati insieme. Se il loader viene terminato tra le due scritture, al riavvio fino a %2 righe potrebbero essere salvate due volte. Convertire la tabella (ALTER TABLE queue_log ENGINE=InnoDB) per caricare ogni riga esattamente una volta.</translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation>Ripresa della partizione %1 dopo la riga %2 di %3.</translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation>Caricamento di %1 nella partizione %2 dalla prima riga.</translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation>Impossibile salvare le righe: %1. Nuovo tentativo in corso; le righe lette nel frattempo vengono conservate (fino a %2 MB).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation>Riga %1: un campo è più lungo della sua colonna; salvato troncato.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Non caricato: %1</translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation>Seguono altre righe errate; vengono contate, non elencate.</translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation>Il database è tornato disponibile dopo %1 s; salvataggio di %2 righe in attesa.</translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation>Le righe vengono di nuovo salvate dopo %1 s; %2 righe in attesa.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation>La riga %1 di %2 è rifiutata dal database (%3) e non può essere messa da parte: %4. Arresto per non perderla; verrà ritentata al prossimo avvio.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation>La riga %1 di %2 è rifiutata dal database: %3. Non salvata; messa da parte in %4.</translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation>Altre righe vengono rifiutate; sono messe da parte in %1 e contate, non elencate.</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation>%1 righe salvate, %2 righe errate ignorate</translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation>, %1 righe rifiutate dal database e messe da parte in %2</translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation>Il nome della partizione deve avere da 1 a 20 caratteri.</translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation>%1 Le righe rifiutate dal database non hanno potuto essere messe da parte: indicare un file --rejected scrivibile.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Fermato: %1.</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossibile avviare una transazione: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation>Impossibile eseguire il commit delle righe scritte in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Impossibile scrivere un file temporaneo: %1</translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation>Il server ha accettato %1 righe su %2.</translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation>Il server ha accettato le righe con un avviso</translation>
    </message>
</context>
<context>
    <name>qw::QueueModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Queues with the same name on several servers are one queue.</source>
        <translation>Le code con lo stesso nome su più server sono un&apos;unica coda.</translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation>Chiamanti ora in coda, non ancora risposti (un chiamante in attesa da oltre 1.000 s non viene più contato: la sua uscita non è stata registrata).</translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation>Da quanto tempo attende il chiamante in attesa da più tempo.</translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation>Chiamate di questa coda ora in conversazione con un agente.</translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation>Agenti ora membri di questa coda, in chiamata o no.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation>Agenti connessi di questa coda né in pausa né in chiamata.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation>Agenti connessi di questa coda in pausa e non in chiamata.</translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation>Chiamate entrate in questa coda nell&apos;intervallo live (da mezzanotte, salvo intervallo mobile) e terminate: risposte più non risposte. Le chiamate ancora in attesa o in conversazione non sono ancora contate.</translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation>Chiamate di &quot;Offerte oggi&quot; a cui un agente ha risposto.</translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation>Livello di servizio nell&apos;intervallo live: chiamate risposte entro la soglia (20 s se non impostata), divise per le chiamate offerte meno quelle che hanno rinunciato entro la soglia. Vuoto quando non c&apos;è nulla da dividere.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa max</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>In conversazione</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connessi</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Liberi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Offerte oggi</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Risposte oggi</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>SL oggi</translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation>Attesa lunga</translation>
    </message>
    <message>
        <source>SL low</source>
        <translation>SL basso</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Nessuno libero</translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation>◌ non aggiornato</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (gruppo)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>attesa max</translation>
    </message>
    <message>
        <source>free</source>
        <translation>liberi</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>in chiamata</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation>SL, obiettivo %1%</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>risposte</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>non risposte</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La tabella &quot;%1&quot; non esiste in %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation>La tabella &quot;%1&quot; non ha la colonna &quot;%2&quot;: non è una tabella queue_log realtime di Asterisk.</translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation>time (testo)</translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation>time (data e ora)</translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation>Tabella realtime di Asterisk %1: %2</translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation>nessuna colonna id, letta in ordine cronologico</translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation>mancanti, lette come vuote: %1</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Impossibile leggere la tabella %1: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>La lettura della tabella %1 non è riuscita: %2</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation>Una tabella realtime richiede ?table=NAME dopo l&apos;URL del database, ad esempio mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation>Una tabella realtime richiede ?table=NAME dopo l&apos;URL del database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; non è un nome di tabella: usare lettere, cifre e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation>Fuso orario sconosciuto &quot;%1&quot; in tz=: usare un nome IANA come Europe/Rome.</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation>tabella realtime %1 di %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Nessuna connessione a %1.</translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation>Impossibile leggere i nomi nella tabella %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation>Il file delle righe rifiutate %1 non può essere scritto.</translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation>Il file delle righe rifiutate %1 non può essere creato: %2 non è una cartella scrivibile.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation>Impossibile scrivere %1: i dati non hanno raggiunto il disco.</translation>
    </message>
</context>
<context>
    <name>qw::ReportBuilder</name>
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
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation>Partizione %1: i dati terminano il %2, %3 prima di adesso (%4).</translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation>Partizione %1: i dati terminano il %2, %3 prima della fine del periodo (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partizione %1: %n riga con data successiva ad adesso, il %2: l&apos;orologio di quel server potrebbe essere errato.</numerusform>
            <numerusform>Partizione %1: %n righe con data successiva ad adesso, la prima il %2: l&apos;orologio di quel server potrebbe essere errato.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation>Nessun evento nei dati letti riguarda la coda &quot;%1&quot;: i suoi valori sono tutti zero (verificare il nome).</translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation>Nessun evento nei dati letti riguarda l&apos;agente &quot;%1&quot;: non ha valori (verificare il nome).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n chiamata persa: nessuna fine entro 4 ore dall&apos;ingresso in coda; non contata.</numerusform>
            <numerusform>%n chiamate perse: nessuna fine entro 4 ore dall&apos;ingresso in coda; non contate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n chiamata ancora in corso dove terminano i dati; non contata.</numerusform>
            <numerusform>%n chiamate ancora in corso dove terminano i dati; non contate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation>La partizione %1 non ha eventi nel periodo.</translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation>I membri statici del server %1 (%2) non registrano sessioni: il loro tempo di connessione non viene contato, solo le chiamate e le pause.</translation>
    </message>
</context>
<context>
    <name>qw::ReportChartData</name>
    <message>
        <source>Answered</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Unanswered (hatched)</source>
        <translation>Non risposte (tratteggio)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (da %2 a %3)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Waited at most (s)</source>
        <translation>Attesa massima (s)</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chiamate non risposte</translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation>Quota delle chiamate risposte</translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation>Quota delle chiamate non risposte</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation>Esegue una definizione di report salvata dalla procedura guidata; le opzioni seguenti ne sostituiscono sorgente, periodo, fuso orario, soglia e filtri.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation>Cosa leggere: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation>Database: mysql://user@host:port/database o sqlite:PATH. La password viene dalla variabile d&apos;ambiente QUEUEWATCH_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation>Un file JSON che associa le interfacce dei membri di coda di ogni server ai rispettivi nomi di membro (per i server con log_membername_as_agent = no, il default di Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation>Un periodo relativo: today (predefinito), yesterday, this-week, last-week, this-month, last-month.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation>Inizio del periodo: data/ora ISO nel fuso --tz, o secondi epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>istante</translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation>Fine del periodo (esclusa). Predefinito: la fine del giorno di --from.</translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation>Il momento in cui viene fatto il report, come --from: il tempo degli agenti ancora aperto si ferma lì e i periodi relativi sono calcolati da esso. Predefinito: l&apos;orologio di sistema.</translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation>Fuso orario di date e ore (nome IANA). Predefinito: quello di sistema.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuso</translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation>Soglia del livello di servizio in secondi (predefinito 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation>json (predefinito), csv o pdf (l&apos;intero report come documento; richiede --output).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation>Scrive su FILE invece che sullo standard output (sostituito per intero, mai scritto a metà).</translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation>Elenca ogni chiamata (JSON), o scrive l&apos;elenco delle chiamate invece della tabella delle code (CSV).</translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation>Stampa lo stato live all&apos;ISTANTE indicato invece di un report.</translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation>Continua a stampare lo stato live, una riga JSON per aggiornamento (o sostituisce --output a ogni aggiornamento), fino all&apos;arresto (SIGTERM, SIGINT).</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation>Con --follow: secondi tra un aggiornamento e l&apos;altro (predefinito 5).</translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation>Con --live-at o --follow: un intervallo mobile delle ultime N ore (che inizia allo scoccare di un quarto d&apos;ora) invece che da mezzanotte.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation>I server non mantengono i membri delle code dopo un riavvio (persistentmembers=no).</translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation>Usa il cluster di esempio incluso, con tre server.</translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation>Solo le chiamate della coda NOME (ripetibile; predefinito: tutte).</translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation>Solo l&apos;agente NOME nella tabella agenti (ripetibile; predefinito: tutti).</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 accetta un numero di %2 da %3 a %4.</translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation>Nessuna sorgente indicata: usare --source SPEC (o --demo per l&apos;esempio incluso).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation>Fuso orario sconosciuto &quot;%1&quot;: usare un nome IANA come Europe/Rome o UTC.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation>--%1 &quot;%2&quot; non è un istante: usare secondi epoch o una data/ora ISO come 2026-11-02T09:00:00.</translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation>Valore di --period sconosciuto &quot;%1&quot;: usare today, yesterday, this-week, last-week, this-month o last-month, oppure --from e --to.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to deve essere successivo a --from.</translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation>--live-at e --follow si escludono a vicenda: --follow stampa lo stato attuale, più e più volte.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation>--every va usato con --follow.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation>Valore di --format sconosciuto &quot;%1&quot;: usare json, csv o pdf.</translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation>Uno stato live viene scritto solo in JSON: omettere --format %1.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf richiede --output FILE.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argomento inatteso &quot;%1&quot;; vedere --help.</translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation>Legge la partizione NAME da un file queue_log o da una tabella queue_log realtime di Asterisk: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE o NAME=sqlite:PATH?table=TABLE (password da QUEUEWATCH_DB_PASSWORD; senza tz, il fuso orario del report). Ripetibile.</translation>
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
        <translation>Fuso orario sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation>La soglia del livello di servizio deve essere da 0 a %1 secondi.</translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation>una definizione di report</translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation>formato della definizione di report non supportato (atteso %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>deve essere testo.</translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation>sorgente errata: %1</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation>periodo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation>un periodo personalizzato richiede &quot;from&quot; (secondi epoch).</translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation>un periodo personalizzato richiede &quot;to&quot; dopo &quot;from&quot; (secondi epoch).</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>fuso orario sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>deve essere un elenco di nomi.</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation>deve essere da 0 a %1 secondi.</translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation>deve essere un elenco di NAME=FILE o NAME=URL?table=TABLE.</translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation>Report di call center</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation>Dal %1 al %2 (%3, fine esclusa)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Livello di servizio</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>risposta entro %1 s</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generato</translation>
    </message>
    <message>
        <source>Events read</source>
        <translation>Eventi letti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Nessun dato in questo periodo.</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Chiamate risposte</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chiamate non risposte</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… e un&apos;altra %Ln chiamata non risposta, elencata nell&apos;esportazione CSV di questa tabella.</numerusform>
            <numerusform>… e altre %Ln chiamate non risposte, elencate nell&apos;esportazione CSV di questa tabella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>The period has %Ln call(s). The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</source>
        <translation>
            <numerusform>Il periodo ha %Ln chiamata. L&apos;elenco delle chiamate non viene stampato; l&apos;esportazione CSV del dettaglio chiamate (o queuewatch-report --format csv --calls) la contiene.</numerusform>
            <numerusform>Il periodo ha %Ln chiamate. L&apos;elenco delle chiamate non viene stampato; l&apos;esportazione CSV del dettaglio chiamate (o queuewatch-report --format csv --calls) le contiene tutte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>Impossibile generare il PDF.</translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation>Nessuna riga corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Nessun dato in questo periodo.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Non risposte</translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation>Risposte entro SL</translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation>Non risposte entro SL</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation>Attesa media risposte</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Attesa max</translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation>Conversazione media</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tempo conversazione</translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation>Attesa media non risposte</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation>Quota risposte</translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation>SL = risposte entro %1 s / (offerte - non risposte entro %1 s)</translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation>Il chiamante ha riagganciato (abbandono)</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Timeout della coda</translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation>Nessun agente (uscita per coda vuota)</translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation>Il chiamante ha premuto un tasto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation>Tutti i valori per coda</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abbandono</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation>Coda vuota</translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation>Uscita con tasto</translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation>Risposte entro SL / risposte</translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation>Entro SL / offerte</translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation>Squillo senza risposta</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Dettaglio chiamate</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id chiamata</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferita</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Chiamate offerte</translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation>Livello di servizio (%1 s)</translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation>Risposte entro %1 s / risposte</translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation>Entro %1 s (risposte o no) / offerte</translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation>Attesa media, risposte</translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation>Attesa più lunga, risposte</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Conversazione media</translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation>Attesa media prima della rinuncia</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation>Chiamate risposte per coda</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Tutte le code</translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation>Chiamate risposte per agente</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Risposte entro</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Entro (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Chiamate risposte</translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation>Quota delle risposte</translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation>Attesa prima della rinuncia</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chiamate non risposte</translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation>Quota delle non risposte</translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation>Chiamate non risposte per causa</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation>Chiamate per ora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation>Chiamate per giorno</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation>Chiamate per giorno della settimana</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Giorno della settimana</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation>Tempo in pausa per causale</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Causale</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(nessuna causale)</translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Riepilogo</translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation>Nessuna chiamata corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Nessuna chiamata in questo periodo.</translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation>Nessun agente corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation>Nessun valore degli agenti in questo periodo.</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>Ris&amp;poste</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Non risposte</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribuzione</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genti</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Call details</source>
        <translation>Dettaglio &amp;chiamate</translation>
    </message>
</context>
<context>
    <name>qw::ReportWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>QueueWatch report</source>
        <translation>Report di QueueWatch</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nuovo report...</translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation>&amp;Apri definizione...</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Esegui di nuovo</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Esporta &amp;PDF...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV...</source>
        <translation>Esporta tabella in &amp;CSV...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation>Ferma questo report (Esc)</translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation>Lettura... %L1 eventi</translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation>Scegliere Report &gt; Nuovo report per crearne uno.</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>Avvio di %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Open report definition</source>
        <translation>Apri definizione di report</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definizioni di report (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation>%L1 eventi letti, %L2 chiamate.</translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation>Report di QueueWatch - %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Il report non è riuscito: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuovo report</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Esegui report</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation>Salva definizione di report</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definizioni di report (*.json);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation>Il file dello schema manca dalle risorse del programma.</translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation>Impossibile creare la tabella queue_log: %1</translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation>questa build di QueueWatch non supporta il portachiavi</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation>Il portachiavi di sistema non è raggiungibile (%1). Le password valgono solo per questa sessione; QUEUEWATCH_DB_PASSWORD e QUEUEWATCH_AMI_SECRET funzionano ancora. Avviare un servizio portachiavi (GNOME Keyring, KWallet) per farle ricordare.</translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation>&amp;Demo: un cluster simulato di tre server</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation>Consenti a&amp;zioni del supervisore: pausa, login e logout, ascolto</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;va connessione</translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation>Impostazioni della vista in tempo reale</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation>Non salvata; se vuota usa QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation>sql:A per un server; cluster:A|B|C per unire i server (B- tiene solo le chiamate di B); clustrw:A|B|C nomina gli agenti per server.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>da mezzanotte</translation>
    </message>
    <message>
        <source>last </source>
        <translation>ultime </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Which calls the live view counts: today&apos;s, or those of the last hours (the start moves on every quarter hour).</source>
        <translation>Quali chiamate conta la vista in tempo reale: quelle di oggi o quelle delle ultime ore (l&apos;inizio avanza a ogni quarto d&apos;ora).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sorgente:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation>&amp;Nomi membri:</translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation>Facoltativo: un file JSON di nomi dei membri per server</translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation>Per i server che registrano i membri delle code per interfaccia quando vengono aggiunti o rimossi e per nome negli altri casi (log_membername_as_agent = no, il default di Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. Vedere il README.</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Nomi dei membri</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation>Si connette con questo URL e questa password, in background, e cerca i server della sorgente nella tabella queue_log.</translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation>Facoltativo, un server per riga: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation>L&apos;interfaccia manager (AMI) di ogni server: da essa provengono i membri statici, i telefoni che squillano e le posizioni dei chiamanti, e attraverso di essa passano le azioni del supervisore. Opzioni: user=NAME (obbligatoria), tls, plain (invia il secret invece di una challenge MD5), device=DEVICE (il telefono del supervisore su quel server, per l&apos;ascolto).</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Non salvato; se vuoto usa QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation>Disattivato: la finestra si limita a mostrare. Attivato: il pannello agenti può mettere in pausa, fare logout, login e ascoltare tramite le interfacce manager dei server; ogni azione viene scritta nel registro di audit.</translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation>Mana&amp;ger:</translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation>S&amp;ecret manager:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Aggi&amp;orna ogni:</translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation>&amp;Intervallo live:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connessione a %1...</translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation>%1: nessuna riga nella tabella queue_log</translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation>%1: riga più recente %2</translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation>Connesso; ogni server della sorgente ha righe.</translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation>Connesso, ma alcuni server della sorgente non hanno righe (nome errato o nessun loader ancora).</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>Ricorda&amp;la nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation>Ricordale nel portac&amp;hiavi di sistema</translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation>La password digitata qui è conservata nel portachiavi del sistema operativo (GNOME Keyring, KWallet, Gestione credenziali di Windows) per questo account del database, mai nel file delle impostazioni di QueueWatch; un campo vuoto indica allora quella conservata. Togliere la spunta per rimuoverla dal portachiavi.</translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation>Il segreto digitato qui è conservato nel portachiavi del sistema operativo per l&apos;accesso al manager di ogni server, mai nel file delle impostazioni di QueueWatch; un campo vuoto indica allora quelli conservati. Togliere la spunta per rimuoverli.</translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation>Vuoto: quella nel portachiavi, altrimenti QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Vuoto: quelli nel portachiavi, altrimenti QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation>Ricerca nel portachiavi...</translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation>Facoltativo, un server per riga: B=/var/log/asterisk/queue_log, o B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation>Server il cui queue_log non è una partizione della tabella queue_log del database: un file queue_log, o la tabella che Asterisk scrive da sé tramite la sua configurazione realtime (una per server, nell&apos;ora locale del server; tz= ne indica il fuso orario, predefinito quello di questo computer). Le tabelle usano la password indicata sopra.</translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation>Pa&amp;rtizioni:</translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation>&quot;%1&quot; dovrebbe essere NAME=PATH, ad esempio A=/var/log/asterisk/queue_log.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>&quot;%1&quot; non è un nome di partizione: usare da 1 a 20 tra A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation>La partizione %1 richiede un percorso di file dopo &quot;=&quot;.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partizione %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation>nessun evento</translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation>&amp;Rinomina gli agenti per server (Agent/101 su A diventa Agent/A-101)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation>Spuntare i server (partizioni) da includere nel report. Una partizione segnata &quot;Solo chiamate&quot; aggiunge le sue chiamate ma non i suoi agenti.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Evento più recente</translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation>Eventi agenti</translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation>Da usare quando i server numerano i propri agenti in modo indipendente, per cui lo stesso codice agente indica persone diverse.</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation>sql:A per una partizione; cluster:A|B|C unisce le partizioni (B- tiene solo le chiamate di B); clustrw:A|B|C rinomina anche gli agenti per partizione.</translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation>&amp;Specifica sorgente:</translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation>Caricamento delle partizioni…</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Solo chiamate</translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation>Conta le chiamate di questa partizione ma scarta i suoi eventi agente (login, pause).</translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation>Nessuna partizione trovata. Digitare una specifica di sorgente qui sotto.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n partizione trovata.</numerusform>
            <numerusform>%n partizioni trovate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation>Impossibile elencare le partizioni: %1
È comunque possibile digitare una specifica di sorgente qui sotto.</translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation>Non trovato nei dati: %1.</translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation>La sorgente è vuota: scrivere file:PATH, sql:NAME, cluster:A|B o clustrw:A|B.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation>La sorgente è lunga %1 caratteri; ne sono ammessi al massimo %2.</translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation>&quot;file:&quot; deve essere seguito da un percorso.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation>Il percorso &quot;%1&quot; non ha un nome di file da cui prendere il nome della partizione.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation>Il percorso &quot;%1&quot; termina con &quot;-&quot;: il flag solo chiamate è ammesso solo nelle sorgenti cluster: e clustrw:.</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation>Tipo di sorgente sconosciuto &quot;%1&quot;: una sorgente inizia con file:, sql:, cluster: o clustrw: (in minuscolo).</translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation>&quot;sql:&quot; indica una sola partizione; usare cluster: per unirne diverse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation>&quot;%1&quot;: il flag solo chiamate &quot;-&quot; è ammesso solo nelle sorgenti cluster: e clustrw:.</translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation>Nome di partizione vuoto al carattere %1 di &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>La partizione &quot;%1&quot; contiene il carattere &quot;%2&quot; in posizione %3; i nomi usano solo A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Il nome di partizione &quot;%1&quot; è lungo %2 caratteri; ne sono ammessi al massimo %3.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation>La partizione &quot;%1&quot; compare due volte nella sorgente.</translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation>partizione %1 di %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Nessuna connessione a %1.</translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation>Impossibile leggere i nomi (colonna %1) della partizione %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation>Impossibile leggere le righe dei membri della partizione %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation>All&apos;utente del database %1 manca il privilegio %2 su %3: %4; poi riavviare il loader. (Il server ha risposto: %5)</translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation>Il database rifiuta l&apos;utente %1: %2. Verificare l&apos;utente, la sua password (QUEUEWATCH_DB_PASSWORD) e i suoi grant, poi riavviare il loader.</translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation>Il server del database è in sola lettura (read_only o super_read_only è impostato, oppure è una replica): rifiuta di salvare righe. Puntare --db al server primario, o togliere la sola lettura lì, poi riavviare il loader. (Il server ha risposto: %1)</translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation>La tabella queue_log non accetta ciò che scrive il loader: %1. Servono le colonne `partition`, time_id, call_id, queue, agent, verb e da data1 a data5 (vedere resources/sql nei sorgenti); correggerla, poi riavviare il loader.</translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation>La tabella %1 non accetta ciò che scrive il loader: %2. Correggerla, poi riavviare il loader.</translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation>Al database manca ciò che serve al loader: %1. Correggere, poi riavviare il loader.</translation>
    </message>
</context>
<context>
    <name>qw::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nessun elemento corrisponde al filtro.</translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation>La partizione &quot;%1&quot; non ha nulla da cui leggere: indicare un URL di database, o un file per essa (%1=PATH).</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; deve essere un numero intero da %3 a %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; deve essere true o false.</translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation>%1: i nomi devono essere testi da 1 a %2 caratteri senza spazi iniziali o finali.</translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation>%1: i nomi non devono contenere caratteri di controllo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation>%1: &quot;%2&quot; deve essere un elenco di al massimo %3 nomi.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1: &quot;%2&quot; è elencato due volte.</translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation>%1: le soglie devono essere un oggetto.</translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation>%1: &quot;nobodyFree&quot; deve essere &quot;off&quot;, &quot;amber&quot; o &quot;red&quot;.</translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation>%1: la soglia rossa dell&apos;attesa non deve essere inferiore a quella gialla.</translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation>%1: la soglia rossa del livello di servizio non deve essere superiore a quella gialla.</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>wallboard</translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation>Questo non è un file wallboard di QueueWatch (&quot;format&quot; mancante o errato).</translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation>La versione %1 del file wallboard non è supportata (attesa %2).</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>code</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>soglie predefinite</translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation>groups: deve essere un elenco di al massimo %1 gruppi.</translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation>groups: ogni gruppo deve essere un oggetto con un nome e delle code.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nome del gruppo</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>gruppo %1</translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation>gruppo %1: non elenca alcuna coda.</translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation>groups: &quot;%1&quot; è definito due volte.</translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation>thresholds: deve essere un oggetto di al massimo %1 riquadri.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>soglie</translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation>soglie di %1</translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation>figures: deve essere un elenco.</translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation>figures: &quot;%1&quot; è sconosciuto o elencato due volte.</translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation>un file wallboard</translation>
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
        <translation>Chiamate in attesa</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attesa max</translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation>Agenti liberi / in chiamata / in pausa</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Livello di servizio oggi</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Risposte oggi</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Abbandonate oggi</translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation>Un riquadro per coda</translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation>Soglie proprie per questo riquadro</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> chiamate</translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation>Striscia agenti</translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation>Configura wallboard</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorato</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>giallo</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rosso</translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation>Un gruppo per riga, ad es.
Front office: sales, support</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Riquadri</translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation>Code (nessuna spuntata: tutte le code):</translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation>Gruppi, ognuno mostrato come un riquadro:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Soglie</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation>Attesa max gialla oltre:</translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation>Attesa max rossa oltre:</translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation>Obiettivo livello di servizio:</translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation>Livello di servizio giallo sotto:</translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation>Livello di servizio rosso sotto:</translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation>Allarmi SL da:</translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation>Chiamanti in attesa, nessuno libero:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrati</translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation>Pagina successiva ogni:</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importa...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Esporta...</translation>
    </message>
    <message>
        <source>Every tile (default)</source>
        <translation>Ogni riquadro (predefinito)</translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation>Gruppi, riga %1: scrivere il nome del gruppo, due punti, poi le sue code.</translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation>Importa wallboard</translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation>File wallboard (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export wallboard</source>
        <translation>Esporta wallboard</translation>
    </message>
    <message>
        <source>wallboard.json</source>
        <translation>wallboard.json</translation>
    </message>
    <message>
        <source>Wallboard files (*.json)</source>
        <translation>File wallboard (*.json)</translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation>Wallboard di QueueWatch</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation>Nessun agente connesso</translation>
    </message>
    <message>
        <source>&amp;Configure wallboard...</source>
        <translation>&amp;Configura wallboard...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation>C&amp;hiudi wallboard</translation>
    </message>
    <message>
        <source>QueueWatch · %1</source>
        <translation>QueueWatch · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>This is the wall screen: press %1 to quit it.</source>
        <translation>Questo è lo schermo a parete: premere %1 per uscire.</translation>
    </message>
</context>
</TS>
