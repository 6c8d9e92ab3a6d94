<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation>Acciones de supervisor sobre las colas de un clúster Asterisk, a través de la interfaz manager de cada servidor.
Comandos: status, pause, unpause, logon, logoff, listen, whisper, barge.
Los secretos se toman de QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; o QUEUEWATCH_AMI_SECRET.
Estado de salida: 0 hecho, 2 argumentos incorrectos, 3 un servidor no es accesible o ha rechazado la acción.</translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation>status, pause, unpause, logon, logoff, listen, whisper o barge.</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation>Interfaz manager de un servidor (repetible): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation>La especificación de origen que muestra la ventana (cluster:A|B-, clustrw:A|B): define cómo se nombran los agentes. Por defecto: todos los servidores --ami combinados.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation>El agente, tal como lo nombra la ventana, o la interfaz de un miembro.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation>La cola (por defecto: todas las colas del agente).</translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation>El motivo de pausa.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation>Actuar solo en este servidor (logon: el servidor en el que añadir el miembro).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation>logon: la interfaz del miembro, p. ej. PJSIP/101.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaz</translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation>logon: el nombre del miembro (por defecto: --agent).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation>logon: la penalización del miembro (por defecto 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation>listen, whisper, barge: el dispositivo del supervisor (por defecto: el device= del servidor).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation>Segundos de espera a los servidores (por defecto 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation>Indique un comando: status, pause, unpause, logon, logoff, listen, whisper o barge; consulte --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Comando desconocido &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation>Indique al menos un servidor --ami.</translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation>--penalty admite un número entero a partir de 0.</translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation>%1 necesita --agent.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout admite un número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation>%1: sin respuesta de su interfaz manager.</translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation>Escribe un clúster simulado de centro de llamadas Asterisk como archivos queue_log, uno por partición. Los mismos argumentos dan siempre los mismos archivos.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por defecto 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation>Inicio del periodo: fecha/hora ISO 8601 en UTC (2026-11-02T00:00:00) o segundos epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation>Fin del periodo, excluido (por defecto: un día después de --from).</translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation>Nombres de partición (servidor) separados por comas (por defecto A,B,C).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation>Nombres de cola separados por comas, los mismos en todos los servidores (por defecto support,sales,billing).</translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation>Agentes por servidor (por defecto 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation>Llamadas por día y servidor (por defecto 2000).</translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation>Reinicios de Asterisk por día y servidor, la mitad de ellos caídas (por defecto 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation>Ocupación de los agentes en la hora de más carga, de 0.05 a 0.95 (por defecto 0.55): los tiempos de conversación se ajustan a ella. Un valor menor da esperas más cortas y un nivel de servicio más alto.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation>Escribir los identificadores de llamada con un prefijo de nombre de sistema (pbx-a-1795495865.0), como con el systemname de Asterisk.</translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation>Directorio para los archivos DIR/&lt;partition&gt;.queue_log (se crea si no existe).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Además (o en su lugar), añadir las filas a la tabla queue_log de esta base de datos: mysql://user@host:port/database o sqlite:PATH (la tabla se crea si no existe; la contraseña se toma de QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed necesita un número entero no negativo, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation>--from es obligatorio; consulte --help.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--from: &quot;%1&quot; no es una fecha/hora ISO 8601 ni segundos epoch.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--to: &quot;%1&quot; no es una fecha/hora ISO 8601 ni segundos epoch.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to debe ser posterior a --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre de partición válido: use de 1 a 20 letras, dígitos, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation>La partición &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation>Como máximo 64 colas, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation>&quot;%1&quot; no es un nombre de cola utilizable.</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation>La cola &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--agents necesita un número entero de 0 a 10000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-day necesita un número entero de 0 a 10000000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--restarts-per-day necesita un número de 0 a 1000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation>--occupancy necesita un número de 0.05 a 0.95, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation>Indique dónde escribir: --output-dir DIR y/o --db URL; consulte --help.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1 %2 filas</translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation>se han escrito %1 filas (%2) en %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>GuiCli</name>
    <message>
        <source>Live view of an Asterisk call-centre cluster.</source>
        <translation>Vista en directo de un clúster de centro de llamadas Asterisk.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Base de datos: mysql://user@host:port/database o sqlite:PATH (contraseña de QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation>Qué mostrar: sql:A, cluster:A|B-|C, clustrw:A|B.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation>Mostrar el clúster simulado integrado de tres servidores.</translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation>Mostrar solo el wallboard, a pantalla completa (Ctrl+Q para salir).</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation>Un archivo JSON que asigna las interfaces de los miembros de cola de cada servidor a sus nombres de miembro.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation>Interfaz manager de un servidor (repetible): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; el secreto se toma de QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; o QUEUEWATCH_AMI_SECRET.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation>Permitir acciones de supervisor (pausar, conectar y desconectar, escuchar) a través de los managers.</translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation>Una ventana en directo deslizante de las últimas N horas (empezando en un cuarto de hora) en lugar de desde medianoche; 0 es desde medianoche.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation>Con --wallboard: la pantalla que se ocupa, 0 para la primera (por defecto: la principal).</translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation>--window-hours admite un número de horas de 0 a %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation>--screen admite un número de pantalla de 0 a %1.</translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation>Sube un queue_log de Asterisk a su partición de la tabla queue_log, cada línea una sola vez, y lo sigue leyendo a través de la rotación de logs. La contraseña se toma de QUEUEWATCH_DB_PASSWORD.
Las caídas se reintentan. Una línea que la tabla rechaza definitivamente (una restricción, un valor que su columna no admite) se aparta en el archivo de líneas rechazadas: una línea de comentario (# line N of FILE, cuándo, el motivo del servidor) y después la línea tal cual.
Estado de salida: 0 hecho (o detenido por una señal), 1 no se puede leer el archivo (con --once) o el nombre de partición es incorrecto, 2 argumentos incorrectos, 3 la base de datos rechaza el cargador definitivamente (falta un permiso, servidor de solo lectura, falta una tabla o columna: el mensaje indica cuál), 4 no se puede escribir el archivo de líneas rechazadas.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Base de datos: mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation>La partición (nombre del servidor) a la que pertenecen las líneas, de 1 a 20 caracteres.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation>Subir lo que contiene el archivo ahora y salir.</translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation>Dónde se apartan las líneas que la base de datos rechaza (por defecto: la ruta del archivo queue_log con .rejected añadido).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation>Milisegundos entre lecturas del archivo (por defecto 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation>MB de líneas que retener mientras la base de datos no está disponible (por defecto 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation>El archivo queue_log que se sube.</translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation>Indique exactamente un archivo queue_log (consulte --help).</translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation>--db y --partition son obligatorios (consulte --help).</translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation>--poll-interval admite de 10 a 600000 milisegundos.</translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation>--memory-limit admite de 1 a 16384 MB.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation>Leyendo: %1 % (%2 eventos)</translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation>No se puede generar el PDF.</translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation>Informes de centro de llamadas y estados en directo a partir de particiones queue_log de Asterisk.
Estado de salida: 0 hecho, 2 argumentos u origen incorrectos, 3 no se puede leer un origen, 4 no se puede escribir la salida.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partición %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation>Indique qué agente.</translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation>%1 no es un servidor de %2.</translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation>Indique en qué servidor conectar a %1.</translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation>Indique a qué cola añadir a %1.</translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation>Indique la interfaz de %1 (por ejemplo Local/101@agents/n o PJSIP/101).</translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation>No hay ningún manager de servidor conectado.</translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation>El manager de %1 no está conectado.</translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation>%1 no es miembro en ningún servidor con el manager conectado.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation>%1 no es miembro de %2 en ningún servidor con el manager conectado.</translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation>%1 es miembro estático de %2 en %3 (queues.conf): no se puede desconectar desde aquí.</translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation>%1 no está en ninguna llamada que escuchar.</translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation>No hay ningún dispositivo de supervisor para %1: añada device=... a su manager.</translation>
    </message>
</context>
<context>
    <name>qw::AgentActions</name>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausar…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>&amp;Quitar pausa</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation>C&amp;onectar…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>Su&amp;surrar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervenir</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar a %1</translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation>Pausar a %1 en:</translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation>Motivo (se muestra en la ventana y en los informes):</translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation>Desconectar a %1</translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation>Quitar a %1 de:</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>todas las colas</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation>¿Quitar a %1 de %2? Las llamadas dejarán de sonarle allí.</translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation>Conectar un miembro</translation>
    </message>
    <message>
        <source>PJSIP/101, Local/101@agents/n</source>
        <translation>PJSIP/101, Local/101@agents/n</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>&amp;Nombre de miembro:</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Penalización:</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Hecho: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation>No hecho: %1 (%2)</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation>No se ha realizado %1:
%2</translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (sin actualizar)</translation>
    </message>
</context>
<context>
    <name>qw::AgentModel</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation>Dispositivo no válido</translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation>Según indica ahora la interfaz manager de su servidor.</translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation>Según el queue_log (su servidor no tiene interfaz manager).</translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation>El agente tal como lo nombra el queue_log (con clustrw, renombrado por servidor: Agent/101 en A es Agent/A-101).</translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation>En llamada mientras siga abierta una llamada que ha atendido (también sin login, ya que los miembros estáticos atienden llamadas); si no, En pausa mientras haya alguna pausa abierta; Libre mientras esté conectado a una cola; si no, Desconectado.</translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation>El motivo indicado en la pausa más reciente que sigue abierta.</translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation>Tiempo desde el último cambio de estado (desde el inicio de la ventana en directo si no ha cambiado dentro de ella).</translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation>Los servidores cuyos eventos forman hoy la fila de este agente.</translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation>Las colas de las que el agente es miembro ahora.</translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation>Llamadas atendidas por este agente en la ventana en directo (desde medianoche, salvo que haya una ventana deslizante) que ya han terminado.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>Motivo de pausa</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tiempo en estado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoy</translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sin respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>se ha cerrado la conexión con %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 ha cerrado la conexión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation>%1 ha rechazado el inicio de sesión</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>sin conexión con %1</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 ha rechazado el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation>%1 ha enviado algo demasiado grande para ser un mensaje</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation>%1 no es una interfaz manager de Asterisk (ha respondido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 no ha respondido a tiempo</translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>No se puede escribir el registro de auditoría %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation>La cola en la que está el llamante. Un llamante transferido a otra cola es una llamada nueva allí.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation>El servidor Asterisk (partición) que cursa la llamada.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation>El número del llamante, tal como lo registró Asterisk cuando la llamada entró en la cola.</translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation>El agente que atendió la llamada.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation>La posición actual del llamante en la cola, en su servidor: la de entrada, adelantada a medida que los llamantes de delante salieron o fueron atendidos.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation>La posición del llamante en la cola cuando la llamada entró, tal como la registró Asterisk.</translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation>Cuánto tiempo lleva el llamante esperando en esta cola. Un llamante que espera más de 1000 s sale de esta lista (falta un evento de salida).</translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation>Cuánto dura la conversación desde que el agente respondió.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Entry position</source>
        <translation>Posición de entrada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation>%1: se han omitido %2 líneas mal formadas.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Se ha cancelado el informe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>El controlador de base de datos Qt %1 no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation>No se puede abrir %1: no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>No se puede abrir %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation>No se puede abrir %1: la URL pide TLS (ssl-...) pero el servidor no cifró la conexión; se cerró antes de leer nada. Active TLS en el servidor (ssl_cert, ssl_key) o quite las opciones ssl-.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation>Falló la negociación TLS: compruebe que ssl-ca indica la autoridad que firmó el certificado del servidor y que ssl-cert y ssl-key van juntos.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation>Compruebe el usuario y la contraseña; una cuenta que exige un certificado de cliente (REQUIRE X509) necesita también ssl-cert y ssl-key en la URL.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation>Compruebe el usuario y la contraseña; una cuenta que exige TLS (REQUIRE SSL) necesita ssl-ca en la URL.</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation>&quot;sqlite:&quot; necesita a continuación la ruta del archivo de base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation>&quot;%1&quot; nombra un servidor; una URL sqlite: nombra un archivo: sqlite:/path/to/queue_log.sqlite.</translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>No es una URL de base de datos: use mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Tipo de URL de base de datos desconocido &quot;%1&quot;: use mysql://user@host:port/database o sqlite:PATH.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation>No ponga la contraseña en la URL de la base de datos; defina en su lugar la variable de entorno %1.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation>La URL de base de datos &quot;%1&quot; no es válida: %2.</translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation>La URL de base de datos no tiene nombre de host: mysql://user@HOST:port/database.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>El puerto de la base de datos debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation>La URL de base de datos no tiene nombre de base de datos: mysql://user@host:port/DATABASE.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation>El nombre de base de datos &quot;%1&quot; no puede contener &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation>Opción de URL de base de datos desconocida &quot;%1&quot;; opciones conocidas: %2.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation>La opción de URL de base de datos &quot;%1&quot; necesita un valor sin &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation>La opción de URL de base de datos &quot;%1&quot; admite un número de segundos.</translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation>una definición de informe</translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation>La demo no puede arrancar: no hay carpeta temporal (%1).</translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation>La demo se ha detenido: %1</translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation>Llamadas que entraron en la cola en el periodo y terminaron en menos de 4 horas: atendidas más no atendidas. Una llamada que entró en una segunda cola cuenta también allí.</translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation>Llamadas que atendió un agente (un CONNECT o una llamada completada).</translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation>Llamadas que terminaron sin agente: el llamante colgó, se agotó el tiempo, no había agentes, pulsó una tecla o el servidor se reinició.</translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation>El llamante colgó mientras esperaba.</translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation>Se agotó el tiempo máximo de espera de la cola.</translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation>La llamada salió porque la cola no tenía agentes que pudieran atenderla.</translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation>El llamante pulsó una tecla para salir de la cola.</translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation>No atendida por otro motivo: retirada, medios incompatibles o el servidor se reinició mientras el llamante esperaba.</translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation>Llamadas atendidas que no esperaron más que el umbral de nivel de servicio.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation>Llamadas no atendidas que abandonaron dentro del umbral: no cuentan ni a favor ni en contra del nivel de servicio.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation>Atendidas dentro del umbral, divididas entre ofrecidas menos no atendidas dentro del umbral.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation>Atendidas dentro del umbral, divididas entre todas las atendidas (el SL de Asterisk).</translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation>Llamadas que terminaron dentro del umbral, atendidas o no, divididas entre ofrecidas (el SL2 de Asterisk).</translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation>Tiempo medio que esperaron las llamadas atendidas antes de que un agente las atendiera (ASA).</translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation>La espera más larga de una llamada atendida.</translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation>Conversación media de las llamadas atendidas cuyo tiempo de conversación se conoce.</translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation>Todo el tiempo de conversación de las llamadas atendidas.</translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation>Tiempo medio que esperaron los llamantes no atendidos antes de que terminara su llamada.</translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation>Llamadas atendidas que el agente transfirió (transferencia ciega, consultada o al estilo antiguo).</translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation>Veces que el teléfono de un agente sonó para una llamada y no se respondió.</translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation>Atendidas divididas entre ofrecidas.</translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation>Tiempo que el agente estuvo conectado (a cualquier cola, o por login de agente) dentro del periodo, hasta ahora si el periodo sigue en curso.</translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation>Tiempo que el agente estuvo en pausa dentro del periodo, hasta ahora si el periodo sigue en curso.</translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation>Llamadas atendidas que esperaron como máximo este tiempo, como proporción de todas las atendidas.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation>Llamadas no atendidas que abandonaron en este número de segundos o menos, como proporción de todas las no atendidas.</translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation>Llamadas no atendidas que terminaron de esta manera.</translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation>Una espera en segundos: la fila cuenta las llamadas que esperaron como máximo este tiempo.</translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation>Segundos desde la entrada en la cola hasta la respuesta, o hasta el final de una llamada no atendida.</translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation>Segundos de conversación; vacío cuando el log no lo indica.</translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation>Atendida, o por qué no se atendió la llamada.</translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation>El agente transfirió la llamada.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation>El servidor Asterisk (partición) del que proceden la llamada o la cifra.</translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation>Los servidores de los que proceden las llamadas y sesiones del agente.</translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation>%1 (no está en los datos de este periodo)</translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation>Colas y agentes</translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation>Marque las colas y los agentes que quiere incluir. Si no marca nada, se incluyen todos.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Colas:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Agentes:</translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation>Cargando las colas y los agentes de este periodo…</translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation>Las particiones elegidas no tienen colas ni agentes en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>%n cola encontrada</numerusform>
            <numerusform>%n colas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n agente en este periodo.</numerusform>
            <numerusform>%n agentes en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation>No se han podido listar las colas y los agentes: %1</translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation>sin filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>selección de %n</numerusform>
            <numerusform>selección de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation>&amp;Guardar definición…</translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation>Nivel de servicio y título</translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation>Una llamada atendida dentro del umbral cuenta para el nivel de servicio.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation>Nivel de servicio = llamadas atendidas en este número de segundos / llamadas que entraron en una cola.</translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation>Vacío: origen y periodo</translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation>Guardar estas opciones en un archivo, para volver a abrir y ejecutar el mismo informe más adelante.</translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation>&amp;Umbral de nivel de servicio:</translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation>Tí&amp;tulo del informe:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second(s)</source>
        <translation>
            <numerusform>Informe &quot;%1&quot;
Origen: %2
Periodo: %3 (%4)
Colas: %5
Agentes: %6
Nivel de servicio: atendidas en un máximo de %n segundo</numerusform>
            <numerusform>Informe &quot;%1&quot;
Origen: %2
Periodo: %3 (%4)
Colas: %5
Agentes: %6
Nivel de servicio: atendidas en un máximo de %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation>Reintentar ahora (F5)</translation>
    </message>
</context>
<context>
    <name>qw::HealthText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencioso</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation>El servidor %1 no se puede leer desde %2</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation>Los servidores %1 no se pueden leer desde %2</translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation>(cifras hasta %1)</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation>El servidor %1 no se puede leer desde %2: %3</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation>Los servidores %1 no se pueden leer desde %2: %3</translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation>Aún no se ha leído nada de él.</translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation>Aún no se ha leído nada de ellos.</translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Sus llamadas y agentes aparecen en gris, con los tiempos detenidos en %1, la última lectura.</translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Sus llamadas y agentes aparecen en gris, con los tiempos detenidos en %1, la última lectura.</translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation>Sin filas nuevas de ningún servidor desde %1: la base de datos va con retraso</translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation>Sin filas nuevas de ningún servidor desde %1 (datos hasta %2): la base de datos, o la réplica que lee QueueWatch, va con retraso, o los cargadores se han detenido. Las llamadas y los agentes aparecen en gris, con los tiempos detenidos en %1.</translation>
    </message>
    <message>
        <source>Server %1 silent since %2</source>
        <translation>Servidor %1 silencioso desde %2</translation>
    </message>
    <message>
        <source>Servers %1 silent since %2</source>
        <translation>Servidores %1 silenciosos desde %2</translation>
    </message>
    <message>
        <source>No new rows from server %1 since %2 while calls of it are open: the server, its loader or the database may have stopped. Its calls and agents are greyed.</source>
        <translation>Sin filas nuevas del servidor %1 desde %2 mientras tiene llamadas abiertas: puede que se hayan detenido el servidor, su cargador o la base de datos. Sus llamadas y agentes aparecen en gris.</translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation>Sin filas nuevas de los servidores %1 desde %2 mientras tienen llamadas abiertas: puede que se hayan detenido los servidores, sus cargadores o la base de datos. Sus llamadas y agentes aparecen en gris.</translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation>Servidor %1: ¿reloj adelantado?</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>El servidor %1 tiene %n fila con fecha %2 o posterior, en el futuro: puede que su reloj esté mal. Se aparta y no se muestra.</numerusform>
            <numerusform>El servidor %1 tiene %n filas con fecha %2 o posterior, en el futuro: puede que su reloj esté mal. Se apartan y no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>datos %1</translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation>Servidor %1: %2 desde %3</translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation>Datos hasta (fila más reciente): %1</translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation>Última lectura correcta: %1</translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation>Llamadas abiertas: %1</translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation>Sus cifras llegan hasta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n fila del futuro apartada, con fecha %1</numerusform>
            <numerusform>%n filas del futuro apartadas, la primera con fecha %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation>ha rechazado el inicio de sesión</translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation>Sin interfaz manager: miembros y estados solo a partir del queue_log.</translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation>Interfaz manager: %1 desde %2</translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation>Miembros, estados de dispositivo y posiciones en cola del propio servidor.</translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation>Mientras tanto, miembros y estados solo a partir del queue_log.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Leído a las %1</translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation>%1: última lectura %2</translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation>Conexión: cifrada (%1, %2)</translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation>Conexión: sin cifrar</translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation>%1 es demasiado grande para ser %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation>línea %1, columna %2: no es %3 (%4).</translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation>no es %1: se esperaba un objeto JSON.</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation>Sin actualizar: el servidor %1 no está al día; se muestra con datos hasta %2.</translation>
    </message>
</context>
<context>
    <name>qw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation>QueueWatch usará el nuevo idioma a partir del próximo inicio. ¿Reiniciarlo ahora?</translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation>Este programa no tiene demo: elija una base de datos en Archivo › Configuración.</translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>demo cluster</source>
        <translation>clúster de demostración</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Enter the database URL.</source>
        <translation>Introduzca la URL de la base de datos.</translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation>Introduzca el origen, por ejemplo cluster:A|B|C.</translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation>No se puede leer dónde se detuvo el cargador: %1</translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation>No se puede registrar por dónde va el cargador: %1</translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation>El archivo en el que se detuvo el cargador (en la línea %1) ya no existe y ninguna copia rotada empieza por su primera línea: las líneas escritas en él después de la línea %1 no se han cargado. Se lee %2 desde el principio.</translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation>Terminando de leer %1 (rotado mientras el cargador estaba detenido) desde la línea %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation>La línea %1 tiene más de %2 bytes: no es una línea de queue_log; se omite.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation>%1 no existe (todavía).</translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation>%1 se ha rotado, pero no se ha encontrado ninguna copia que empiece por su primera línea: pueden faltar líneas posteriores a la línea %2.</translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation>%1 se ha rotado: se termina de leer %2 y después se pasa al archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Llamadas en espera</translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation>Llamadas en conversación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nuevo informe...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation>&amp;Abrir definición de informe...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation>&amp;Acerca de QueueWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Vista en directo, wallboard e informes de un clúster de centro de llamadas Asterisk, leídos del queue_log de cada servidor.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation>Acerca de QueueWatch</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation>Cargando las llamadas y los agentes de hoy...</translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation>Ninguna cola ha tenido llamadas hoy.</translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation>Ningún agente se ha conectado hoy.</translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation>No hay llamadas en espera.</translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation>No hay llamadas en conversación.</translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation>Miembros de cola con dos nombres</translation>
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
        <translation>Las acciones de supervisor están desactivadas: actívelas en Archivo › Configuración, con una interfaz manager para cada servidor.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation>&quot;%1&quot; debería ser NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation>&quot;%1&quot; no es un nombre de partición.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation>El manager de %1 necesita un host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>&quot;%1&quot; no es un puerto (1 a 65535).</translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation>Los secretos nunca se guardan con la dirección del manager: defina QUEUEWATCH_AMI_SECRET_%1 o escríbalo en la configuración.</translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation>Opción de manager desconocida &quot;%1&quot; para %2.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation>El manager de %1 necesita un usuario (user=NAME).</translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation>El manager de %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation>%1 tiene un manager, pero no es un servidor de %2.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation>Nada que hacer para %1.</translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation>no hay ningún manager configurado para este servidor</translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation>un archivo de nombres de miembros</translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>no es un nombre de partición (de 1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation>debe asignar interfaces a nombres de miembro.</translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation>no es una interfaz utilizable.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation>&quot;static&quot; debe enumerar las colas en las que es miembro estático.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation>&quot;static&quot; debe enumerar nombres de cola.</translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation>debe ser un nombre de miembro o un objeto con &quot;name&quot;.</translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation>necesita un nombre de miembro.</translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation>El servidor %1 registra sus miembros de cola con dos nombres: su interfaz (%2) cuando se añaden o se quitan, y su nombre de miembro en todas las demás líneas, de modo que un miembro aparece como dos agentes y sus sesiones y pausas no cuadran. Indique un archivo de nombres de miembros que asigne cada interfaz a su nombre, o configure log_membername_as_agent = yes en queues.conf de ese servidor.</translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation>Esta compilación lee MariaDB solo a través de QtSql.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>No se puede leer la partición %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partición %1 tiene una fila sin time_id o unique_row_count válidos.</translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation>el queue_log de la partición %1</translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation>el origen file:</translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation>la base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation>%1 es %2 (%3): el informe sobrescribiría lo que lee.</translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation>la base de datos SQLite de la partición %1</translation>
    </message>
</context>
<context>
    <name>qw::ParseProblem</name>
    <message>
        <source>fewer than five fields</source>
        <translation>menos de cinco campos</translation>
    </message>
    <message>
        <source>the timestamp is not a number of seconds</source>
        <translation>la marca de tiempo no es un número de segundos</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>el nombre del evento está vacío</translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation>la línea supera el límite de queue_log</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>línea %1 omitida: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>la hora está vacía</translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation>la hora no es una fecha y hora</translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>fila con id %1 omitida: %2 (&quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation>No se pueden listar las particiones de %1: %2</translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Una especificación de origen no puede nombrar esta partición: los nombres tienen de 1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot; y &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation>No se puede abrir %1 (partición %2): %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionHealthModel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datos hasta</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La tabla &quot;%1&quot; no existe en %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation>La tabla &quot;%1&quot; no tiene la columna &quot;%2&quot;: no es una tabla queue_log.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>No se puede leer la partición %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partición %1 tiene una fila sin time_id o unique_row_count válidos.</translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation>No se puede leer la fila %1 de la partición %2.</translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation>Error al leer la partición %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>No se puede leer la partición %1: %2</translation>
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
        <translation>Un periodo con nombre, como &quot;Semana pasada&quot;, se vuelve a calcular cada vez que se ejecuta un informe guardado.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zona horaria del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation>&amp;Hasta (excluido):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation>Desde %1 hasta %2, hora de %3.</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation>El periodo dura más de 400 días.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>qw::Program</name>
    <message>
        <source>QueueWatch has no translation for &quot;%1&quot;; it has %2.</source>
        <translation>QueueWatch no tiene traducción para &quot;%1&quot;; tiene %2.</translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation>El idioma que se usa: %1 (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
</context>
<context>
    <name>qw::QueueDayChart</name>
    <message>
        <source>Waiting (peak)</source>
        <translation>En espera (pico)</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS hoy</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation>Todas las colas hoy</translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation>Cola %1 hoy</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Error al leer %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation>La tabla queue_log usa el motor %1, que no tiene transacciones: las filas y el marcador del cargador no se pueden guardar juntos. Si el cargador se interrumpe entre ambos, hasta %2 filas pueden guardarse dos veces al reiniciar. Convierta la tabla (ALTER TABLE queue_log ENGINE=InnoDB) para que cada fila se cargue exactamente una vez.</translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation>Reanudando la partición %1 después de la línea %2 de %3.</translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation>Cargando %1 en la partición %2 desde su primera línea.</translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation>No se pueden guardar las filas: %1. Reintentando; las líneas leídas mientras tanto se conservan (hasta %2 MB).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation>Línea %1: un campo es más largo que su columna; se ha guardado recortado.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>No cargado: %1</translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation>Siguen más líneas erróneas; se cuentan, pero no se listan.</translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation>La base de datos ha vuelto tras %1 s; se están guardando %2 líneas en espera.</translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation>Las filas se vuelven a guardar tras %1 s; %2 líneas en espera.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation>La base de datos rechaza la línea %1 de %2 (%3) y no se puede apartar: %4. Se detiene para no perderla; se volverá a intentar en el próximo arranque.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation>La base de datos rechaza la línea %1 de %2: %3. No se guarda; se aparta en %4.</translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation>Se rechazan más líneas; se apartan en %1 y se cuentan, pero no se listan.</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation>%1 filas guardadas, %2 líneas erróneas omitidas</translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation>, %1 líneas rechazadas por la base de datos y apartadas en %2</translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation>El nombre de partición debe tener de 1 a 20 caracteres.</translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation>%1 No se han podido apartar las líneas que rechaza la base de datos: indique un archivo --rejected con permiso de escritura.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Detenido: %1.</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation>No se pueden confirmar las filas escritas en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>No se puede escribir un archivo temporal: %1</translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation>El servidor ha aceptado %1 de %2 filas.</translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation>El servidor ha aceptado las filas con una advertencia</translation>
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
        <translation>Las colas con el mismo nombre en varios servidores son una sola cola.</translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation>Llamantes en la cola ahora, aún no atendidos (un llamante que espera más de 1000 s deja de contarse: su salida no se registró).</translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation>Cuánto lleva esperando el llamante que más tiempo lleva en espera.</translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation>Llamadas de esta cola en conversación con un agente ahora.</translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation>Agentes que son miembros de esta cola ahora, en llamada o no.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation>Agentes conectados de esta cola que no están ni en pausa ni en llamada.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation>Agentes conectados de esta cola que están en pausa y no en llamada.</translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation>Llamadas que entraron en esta cola en la ventana en directo (desde medianoche, salvo que haya una ventana deslizante) y han terminado: atendidas más no atendidas. Las llamadas aún en espera o en conversación todavía no se cuentan.</translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation>Llamadas de &quot;Ofrecidas hoy&quot; que atendió un agente.</translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation>Nivel de servicio en la ventana en directo: llamadas atendidas dentro del umbral (20 s si no se indica otro), divididas entre las llamadas ofrecidas menos las que abandonaron dentro del umbral. Vacío cuando no hay nada que dividir.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máx.</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Ofrecidas hoy</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoy</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS hoy</translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation>Espera larga</translation>
    </message>
    <message>
        <source>SL low</source>
        <translation>NS bajo</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Nadie libre</translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation>◌ sin actualizar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>espera máx.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>en llamada</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation>NS, objetivo %1 %</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>atendidas</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>no atendidas</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La tabla &quot;%1&quot; no existe en %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation>La tabla &quot;%1&quot; no tiene la columna &quot;%2&quot;: no es una tabla queue_log realtime de Asterisk.</translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation>time (texto)</translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation>time (fecha y hora)</translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation>Tabla realtime de Asterisk %1: %2</translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation>sin columna id, leída en orden cronológico</translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation>ausentes, leídas como vacías: %1</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>No se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>Falló la lectura de la tabla %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation>Una tabla realtime necesita ?table=NAME después de la URL de la base de datos, por ejemplo mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation>Una tabla realtime necesita ?table=NAME después de la URL de la base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; no es un nombre de tabla: use letras, dígitos y &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation>Zona horaria desconocida &quot;%1&quot; en tz=: use un nombre IANA como Europe/Rome.</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation>tabla realtime %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Sin conexión con %1.</translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation>No se pueden leer los nombres de la tabla %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de líneas rechazadas %1.</translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation>No se puede crear el archivo de líneas rechazadas %1: %2 no es una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation>No se puede escribir %1: los datos no han llegado al disco.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation>Partición %1: los datos terminan en %2, hace %3 (%4).</translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation>Partición %1: los datos terminan en %2, %3 antes del final del periodo (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partición %1: %n fila con fecha posterior a ahora, en %2: puede que el reloj de ese servidor esté mal.</numerusform>
            <numerusform>Partición %1: %n filas con fecha posterior a ahora, la primera en %2: puede que el reloj de ese servidor esté mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation>Ningún evento de los datos leídos nombra la cola &quot;%1&quot;: todas sus cifras son cero (compruebe el nombre).</translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation>Ningún evento de los datos leídos nombra al agente &quot;%1&quot;: no tiene cifras (compruebe el nombre).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n llamada perdida: sin final en las 4 horas siguientes a su entrada en la cola; no se cuenta.</numerusform>
            <numerusform>%n llamadas perdidas: sin final en las 4 horas siguientes a su entrada en la cola; no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n llamada aún en curso donde terminan los datos; no se cuenta.</numerusform>
            <numerusform>%n llamadas aún en curso donde terminan los datos; no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation>La partición %1 no tiene eventos en el periodo.</translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation>Los miembros estáticos del servidor %1 (%2) no registran sesiones: su tiempo conectado no se cuenta, solo sus llamadas y pausas.</translation>
    </message>
</context>
<context>
    <name>qw::ReportChartData</name>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Unanswered (hatched)</source>
        <translation>No atendidas (rayado)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Waited at most (s)</source>
        <translation>Esperaron como máximo (s)</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Llamadas no atendidas</translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation>Proporción de llamadas atendidas</translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation>Proporción de llamadas no atendidas</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation>Ejecutar una definición de informe guardada con el asistente de informes; las opciones siguientes sustituyen su origen, periodo, zona, umbral y filtros.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation>Qué leer: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation>Base de datos: mysql://user@host:port/database o sqlite:PATH. La contraseña se toma de la variable de entorno QUEUEWATCH_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation>Un archivo JSON que asigna las interfaces de los miembros de cola de cada servidor a sus nombres de miembro (para servidores con log_membername_as_agent = no, el valor por defecto de Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation>Un periodo con nombre: today (por defecto), yesterday, this-week, last-week, this-month, last-month.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation>Inicio del periodo: fecha/hora ISO en --tz, o segundos epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation>Fin del periodo (excluido). Por defecto: el final del día de --from.</translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation>El momento en que se genera el informe, como --from: el tiempo de agente aún abierto se detiene ahí, y los periodos con nombre se calculan a partir de él. Por defecto: la hora actual del reloj.</translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation>Zona horaria de fechas y horas (nombre IANA). Por defecto: la del sistema.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation>Umbral de nivel de servicio en segundos (por defecto 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation>json (por defecto), csv o pdf (todo el informe como documento; necesita --output).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation>Escribir en ARCHIVO en lugar de en la salida estándar (se sustituye entero, nunca a medio escribir).</translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation>Listar todas las llamadas (JSON), o escribir la lista de llamadas en lugar de la tabla de colas (CSV).</translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation>Mostrar el estado en directo en MOMENTO en lugar de un informe.</translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation>Seguir mostrando el estado en directo, una línea JSON por consulta (o sustituir --output en cada consulta), hasta que se detenga (SIGTERM, SIGINT).</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation>Con --follow: segundos entre consultas (por defecto 5).</translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation>Con --live-at o --follow: una ventana deslizante de las últimas N horas (empezando en un cuarto de hora) en lugar de desde medianoche.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation>Los servidores no conservan los miembros de cola tras un reinicio (persistentmembers=no).</translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation>Usar el clúster de ejemplo integrado de tres servidores.</translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation>Solo llamadas de la cola NOMBRE (repetible; por defecto: todas).</translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation>Solo el agente NOMBRE en la tabla de agentes (repetible; por defecto: todos).</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 admite un número de %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation>No se ha indicado ningún origen: use --source ESPEC (o --demo para el ejemplo integrado).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation>Zona horaria desconocida &quot;%1&quot;: use un nombre IANA como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation>--%1 &quot;%2&quot; no es una fecha/hora: use segundos epoch o una fecha/hora ISO como 2026-11-02T09:00:00.</translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation>--period desconocido &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month o last-month, o bien --from y --to.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to debe ser posterior a --from.</translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation>--live-at y --follow se excluyen mutuamente: --follow muestra el estado actual una y otra vez.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation>--every solo se usa con --follow.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation>--format desconocido &quot;%1&quot;: use json, csv o pdf.</translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation>Un estado en directo solo se escribe en JSON: quite --format %1.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf necesita --output ARCHIVO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation>Lee la partición NAME de un archivo queue_log o de una tabla queue_log realtime de Asterisk: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE o NAME=sqlite:PATH?table=TABLE (contraseña de QUEUEWATCH_DB_PASSWORD; sin tz, la zona horaria del informe). Repetible.</translation>
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
        <translation>Zona horaria desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation>El umbral de nivel de servicio debe estar entre 0 y %1 segundos.</translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation>una definición de informe</translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation>formato de definición de informe no compatible (se esperaba %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation>origen incorrecto: %1</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation>periodo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation>un periodo personalizado necesita &quot;from&quot; (segundos epoch).</translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation>un periodo personalizado necesita &quot;to&quot; posterior a &quot;from&quot; (segundos epoch).</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>zona horaria desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>debe ser una lista de nombres.</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation>debe estar entre 0 y %1 segundos.</translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation>debe ser una lista de NAME=FILE o NAME=URL?table=TABLE.</translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation>Informe de centro de llamadas</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation>%1 a %2 (%3, final excluido)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>atendidas en un máximo de %1 s</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Events read</source>
        <translation>Eventos leídos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Llamadas no atendidas</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… y %Ln llamada no atendida más, incluida en la exportación CSV de esta tabla.</numerusform>
            <numerusform>… y %Ln llamadas no atendidas más, incluidas en la exportación CSV de esta tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message numerus="yes">
        <source>The period has %Ln call(s). The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</source>
        <translation>
            <numerusform>El periodo tiene %Ln llamada. La lista de llamadas no se imprime; la exportación CSV del detalle de llamadas (o queuewatch-report --format csv --calls) la contiene.</numerusform>
            <numerusform>El periodo tiene %Ln llamadas. La lista de llamadas no se imprime; la exportación CSV del detalle de llamadas (o queuewatch-report --format csv --calls) las contiene todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>No se ha podido generar el PDF.</translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation>Ninguna fila coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>No atendidas</translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation>Atendidas dentro del NS</translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation>No atendidas dentro del NS</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation>Espera media atendidas</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Espera máx.</translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation>Conv. media</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>T. conversación</translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation>Espera media no atendidas</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation>Tasa de atención</translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation>NS = atendidas en %1 s / (ofrecidas - no atendidas en %1 s)</translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation>El llamante colgó (abandono)</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Tiempo agotado en cola</translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation>Sin agentes (exit empty)</translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation>El llamante pulsó una tecla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation>Todas las cifras por cola</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation>Sin agentes</translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation>Salida con tecla</translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation>Atendidas dentro del NS / atendidas</translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation>Dentro del NS / ofrecidas</translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation>Timbre sin respuesta</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalle de llamadas</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Llamadas ofrecidas</translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation>Nivel de servicio (%1 s)</translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation>Atendidas en %1 s / atendidas</translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation>En %1 s (atendidas o no) / ofrecidas</translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation>Espera media, atendidas</translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation>Espera máxima, atendidas</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Conversación media</translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation>Espera media antes de abandonar</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation>Llamadas atendidas por cola</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation>Llamadas atendidas por agente</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Atendidas dentro de</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Hasta (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation>Proporción de atendidas</translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation>Espera antes de abandonar</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Llamadas no atendidas</translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation>Proporción de no atendidas</translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation>Llamadas no atendidas por causa</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation>Llamadas por hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation>Llamadas por día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation>Llamadas por día de la semana</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation>Tiempo en pausa por motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation>Ninguna llamada coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>No hay llamadas en este periodo.</translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation>Ningún agente coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation>No hay cifras de agentes en este periodo.</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Atendidas</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;No atendidas</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribución</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <source>&amp;Call details</source>
        <translation>Detalle de &amp;llamadas</translation>
    </message>
</context>
<context>
    <name>qw::ReportWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>QueueWatch report</source>
        <translation>Informe de QueueWatch</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nuevo informe...</translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation>&amp;Abrir definición...</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV...</source>
        <translation>Exportar tabla como &amp;CSV...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimir...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation>Detener este informe (Esc)</translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation>Leyendo... %L1 eventos</translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation>Elija Informe &gt; Nuevo informe para crear uno.</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>Iniciando %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Open report definition</source>
        <translation>Abrir definición de informe</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definiciones de informe (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation>%L1 eventos leídos, %L2 llamadas.</translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation>Informe de QueueWatch - %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>El informe ha fallado: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Ejecutar informe</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation>Guardar definición de informe</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definiciones de informe (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation>Falta el archivo de esquema en los recursos del programa.</translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation>No se puede crear la tabla queue_log: %1</translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation>esta compilación de QueueWatch no admite el llavero</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation>No se puede acceder al llavero del sistema (%1). Las contraseñas se guardan solo para esta sesión; QUEUEWATCH_DB_PASSWORD y QUEUEWATCH_AMI_SECRET siguen funcionando. Inicie un servicio de llavero (GNOME Keyring, KWallet) para que se recuerden.</translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation>&amp;Demo: un clúster simulado de tres servidores</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>B&amp;ase de datos:</translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation>Permitir a&amp;cciones de supervisor: pausar, conectar y desconectar, escuchar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation>Configuración de la vista en directo</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation>No se guarda; si está vacía se usa QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation>sql:A para un servidor; cluster:A|B|C para combinar servidores (B- conserva solo las llamadas de B); clustrw:A|B|C nombra los agentes por servidor.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>desde medianoche</translation>
    </message>
    <message>
        <source>last </source>
        <translation>últimas </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Which calls the live view counts: today&apos;s, or those of the last hours (the start moves on every quarter hour).</source>
        <translation>Qué llamadas cuenta la vista en directo: las de hoy, o las de las últimas horas (el inicio avanza cada cuarto de hora).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation>&amp;Nombres de miembros:</translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation>Opcional: un archivo JSON de nombres de miembros por servidor</translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation>Para servidores que registran los miembros de cola por su interfaz cuando se añaden o se quitan y por su nombre en los demás casos (log_membername_as_agent = no, el valor por defecto de Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. Consulte el README.</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Nombres de miembros</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation>Se conecta con esta URL y contraseña, en segundo plano, y busca los servidores del origen en la tabla queue_log.</translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation>Opcional, un servidor por línea: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation>La interfaz manager (AMI) de cada servidor: de ella se obtienen los miembros estáticos, los teléfonos que suenan y las posiciones de los llamantes, y a través de ella pasan las acciones de supervisor. Opciones: user=NAME (obligatoria), tls, plain (envía el secreto en lugar de un desafío MD5), device=DEVICE (el teléfono del supervisor en ese servidor, para la escucha).</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>No se guarda; si está vacío se usa QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation>Desactivado: la ventana solo muestra. Activado: el panel de agentes puede pausar, desconectar, conectar y escuchar a través de las interfaces manager de los servidores; cada acción se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation>Mana&amp;gers:</translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation>S&amp;ecreto del manager:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Consul&amp;tar cada:</translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation>&amp;Ventana en directo:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation>%1: no hay filas en la tabla queue_log</translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation>%1: fila más reciente %2</translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation>Conectado; todos los servidores del origen tienen filas.</translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation>Conectado, pero algunos servidores del origen no tienen filas (un nombre incorrecto, o aún sin cargador).</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>&amp;Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation>Recordarlos en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation>La contraseña escrita aquí se guarda en el llavero del sistema operativo (GNOME Keyring, KWallet, Administrador de credenciales de Windows) para esta cuenta de la base de datos, nunca en el archivo de configuración de QueueWatch; un campo vacío significa entonces la guardada allí. Desmarque para quitarla del llavero.</translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation>El secreto escrito aquí se guarda en el llavero del sistema operativo para el acceso al manager de cada servidor, nunca en el archivo de configuración de QueueWatch; un campo vacío significa entonces los guardados allí. Desmarque para quitarlos.</translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation>Vacío: la del llavero, si no QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Vacío: los del llavero, si no QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation>Buscando en el llavero...</translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation>Opcional, un servidor por línea: B=/var/log/asterisk/queue_log, o B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation>Servidores cuyo queue_log no es una partición de la tabla queue_log de la base de datos: un archivo queue_log, o la tabla que Asterisk escribe por sí mismo mediante su configuración realtime (una por servidor, en la hora local del servidor; tz= indica su zona horaria, por defecto la de este equipo). Las tablas usan la contraseña de arriba.</translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation>Part&amp;iciones:</translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation>&quot;%1&quot; debería ser NAME=PATH, por ejemplo A=/var/log/asterisk/queue_log.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>&quot;%1&quot; no es un nombre de partición: use de 1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot; y &quot;.&quot;.</translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation>La partición %1 necesita una ruta de archivo después de &quot;=&quot;.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partición %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation>sin eventos</translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation>&amp;Renombrar agentes por servidor (Agent/101 en A pasa a ser Agent/A-101)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation>Marque los servidores (particiones) sobre los que informar. Una partición marcada como &quot;solo llamadas&quot; aporta sus llamadas, pero no sus agentes.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Evento más reciente</translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation>Eventos de agente</translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation>Úselo cuando los servidores numeran sus agentes de forma independiente, de modo que el mismo código de agente corresponde a personas distintas.</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation>sql:A para una partición; cluster:A|B|C combina particiones (B- conserva solo las llamadas de B); clustrw:A|B|C además renombra los agentes por partición.</translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation>&amp;Especificación de origen:</translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation>Cargando las particiones…</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Solo llamadas</translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation>Contar las llamadas de esta partición, pero descartar sus eventos de agente (logins, pausas).</translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation>No se ha encontrado ninguna partición. Escriba abajo una especificación de origen.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n partición encontrada.</numerusform>
            <numerusform>%n particiones encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation>No se han podido listar las particiones: %1
Aún puede escribir abajo una especificación de origen.</translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation>No encontrado en los datos: %1.</translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation>El origen está vacío: escriba file:PATH, sql:NAME, cluster:A|B o clustrw:A|B.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation>El origen tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation>&quot;file:&quot; necesita una ruta a continuación.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation>La ruta &quot;%1&quot; no tiene un nombre de archivo del que tomar el nombre de su partición.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation>La ruta &quot;%1&quot; termina en &quot;-&quot;: la marca de solo llamadas solo se admite en orígenes cluster: y clustrw:.</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation>Tipo de origen desconocido &quot;%1&quot;: un origen empieza por file:, sql:, cluster: o clustrw: (en minúsculas).</translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation>&quot;sql:&quot; nombra una sola partición; use cluster: para combinar varias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation>&quot;%1&quot;: la marca de solo llamadas &quot;-&quot; solo se admite en orígenes cluster: y clustrw:.</translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation>Nombre de partición vacío en el carácter %1 de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>La partición &quot;%1&quot; tiene el carácter &quot;%2&quot; en la posición %3; los nombres solo usan A-Z, a-z, 0-9, &quot;_&quot; y &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>El nombre de partición &quot;%1&quot; tiene %2 caracteres; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation>La partición &quot;%1&quot; aparece dos veces en el origen.</translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation>partición %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Sin conexión con %1.</translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation>No se pueden leer los nombres de %1 de la partición %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation>No se pueden leer las líneas de miembros de la partición %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation>El usuario de base de datos %1 no tiene %2 en %3: %4; después vuelva a iniciar el cargador. (El servidor ha dicho: %5)</translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation>La base de datos rechaza al usuario %1: %2. Compruebe el usuario, su contraseña (QUEUEWATCH_DB_PASSWORD) y sus permisos, y vuelva a iniciar el cargador.</translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation>El servidor de base de datos es de solo lectura (read_only o super_read_only están activados, o es una réplica): se niega a guardar filas. Apunte --db al servidor principal, o quite allí el modo de solo lectura, y vuelva a iniciar el cargador. (El servidor ha dicho: %1)</translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation>La tabla queue_log no admite lo que escribe el cargador: %1. Necesita las columnas `partition`, time_id, call_id, queue, agent, verb y data1 a data5 (consulte resources/sql en el código fuente); corríjala y vuelva a iniciar el cargador.</translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation>La tabla %1 no admite lo que escribe el cargador: %2. Corríjala y vuelva a iniciar el cargador.</translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation>A la base de datos le falta lo que necesita el cargador: %1. Corríjalo y vuelva a iniciar el cargador.</translation>
    </message>
</context>
<context>
    <name>qw::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nada coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation>La partición &quot;%1&quot; no tiene de dónde leer: indique una URL de base de datos o un archivo para ella (%1=PATH).</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; debe ser un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation>%1: los nombres deben ser texto de 1 a %2 caracteres sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation>%1: los nombres no deben contener caracteres de control.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation>%1: &quot;%2&quot; debe ser una lista de como máximo %3 nombres.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1: &quot;%2&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation>%1: los umbrales deben ser un objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation>%1: &quot;nobodyFree&quot; debe ser &quot;off&quot;, &quot;amber&quot; o &quot;red&quot;.</translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation>%1: la espera en rojo no debe ser más corta que la espera en ámbar.</translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation>%1: el nivel de servicio en rojo no debe estar por encima del de ámbar.</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>wallboard</translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation>Este no es un archivo de wallboard de QueueWatch (falta &quot;format&quot; o es incorrecto).</translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation>La versión %1 del archivo de wallboard no es compatible (se esperaba %2).</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>colas</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>umbrales por defecto</translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation>groups: debe ser una lista de como máximo %1 grupos.</translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation>groups: cada grupo debe ser un objeto con un nombre y colas.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nombre de grupo</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation>grupo %1: no enumera ninguna cola.</translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation>groups: &quot;%1&quot; está definido dos veces.</translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation>thresholds: debe ser un objeto de como máximo %1 recuadros.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>umbrales</translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation>umbrales de %1</translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation>figures: debe ser una lista.</translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation>figures: &quot;%1&quot; es desconocido o aparece dos veces.</translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation>un archivo de wallboard</translation>
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
        <translation>Llamadas en espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation>Agentes libres / en llamada / en pausa</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Nivel de servicio hoy</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoy</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Abandonadas hoy</translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation>Un recuadro por cola</translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation>Umbrales propios para este recuadro</translation>
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
        <translation> llamadas</translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation>Franja de agentes</translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation>Configurar wallboard</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorar</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation>Un grupo por línea, p. ej.
Primera línea: sales, support</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation>Colas (ninguna marcada: todas las colas):</translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation>Grupos, cada uno mostrado como un recuadro:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation>Espera máxima en ámbar si supera:</translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation>Espera máxima en rojo si supera:</translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation>Objetivo de nivel de servicio:</translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation>Nivel de servicio en ámbar si baja de:</translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation>Nivel de servicio en rojo si baja de:</translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation>Alarmas de NS a partir de:</translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation>Llamantes en espera, nadie libre:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation>Página siguiente cada:</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Every tile (default)</source>
        <translation>Todos los recuadros (por defecto)</translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation>Grupos, línea %1: escriba el nombre del grupo, dos puntos y después sus colas.</translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation>Importar wallboard</translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation>Archivos de wallboard (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export wallboard</source>
        <translation>Exportar wallboard</translation>
    </message>
    <message>
        <source>wallboard.json</source>
        <translation>wallboard.json</translation>
    </message>
    <message>
        <source>Wallboard files (*.json)</source>
        <translation>Archivos de wallboard (*.json)</translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation>Wallboard de QueueWatch</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation>Ningún agente conectado</translation>
    </message>
    <message>
        <source>&amp;Configure wallboard...</source>
        <translation>&amp;Configurar wallboard...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation>C&amp;errar wallboard</translation>
    </message>
    <message>
        <source>QueueWatch · %1</source>
        <translation>QueueWatch · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This is the wall screen: press %1 to quit it.</source>
        <translation>Esta es la pantalla del wallboard: pulse %1 para salir.</translation>
    </message>
</context>
</TS>
