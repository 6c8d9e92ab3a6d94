<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation>Ações de supervisor nas filas de um cluster Asterisk, pela interface de gerenciamento (AMI) de cada servidor.
Comandos: status, pause, unpause, logon, logoff, listen, whisper, barge.
As senhas vêm de QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; ou QUEUEWATCH_AMI_SECRET.
Código de saída: 0 concluído, 2 argumentos inválidos, 3 um servidor está inacessível ou recusou a ação.</translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation>status, pause, unpause, logon, logoff, listen, whisper ou barge.</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation>Interface de gerenciamento (AMI) de um servidor (repetível): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation>A especificação de fonte que a janela exibe (cluster:A|B-, clustrw:A|B): define como os agentes são nomeados. Padrão: todos os servidores de --ami juntos.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation>O agente, como a janela o nomeia, ou a interface de um membro.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation>A fila (padrão: todas as filas do agente).</translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation>O motivo da pausa.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation>Agir somente neste servidor (logon: o servidor em que adicionar o membro).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation>logon: a interface do membro, p. ex. PJSIP/101.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation>logon: o nome do membro (padrão: --agent).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation>logon: a penalidade do membro (padrão 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation>listen, whisper, barge: o dispositivo do supervisor (padrão: o device= do servidor).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation>Segundos de espera pelos servidores (padrão 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation>Informe um comando: status, pause, unpause, logon, logoff, listen, whisper ou barge; veja --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;; veja --help.</translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation>Informe pelo menos um servidor --ami.</translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation>--penalty aceita um número inteiro a partir de 0.</translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation>%1 exige --agent.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout aceita um número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation>%1: sem resposta da interface de gerenciamento (AMI).</translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation>Grava um cluster de call center Asterisk simulado como arquivos queue_log, um por partição. Os mesmos argumentos sempre geram os mesmos arquivos.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semente aleatória (padrão 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation>Início do período: data/hora ISO 8601 em UTC (2026-11-02T00:00:00) ou segundos epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>instante</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation>Fim do período, excluído (padrão: um dia após --from).</translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation>Nomes das partições (servidores), separados por vírgula (padrão A,B,C).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nomes</translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation>Nomes das filas, separados por vírgula, iguais em todos os servidores (padrão support,sales,billing).</translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation>Agentes por servidor (padrão 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation>Chamadas por dia por servidor (padrão 2000).</translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation>Reinícios do Asterisk por dia por servidor, metade deles por travamento (padrão 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taxa</translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation>Ocupação dos agentes na hora de maior movimento, de 0.05 a 0.95 (padrão 0.55): os tempos de conversa são dimensionados por ela. Um valor menor dá esperas mais curtas e nível de serviço mais alto.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>fração</translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation>Grava os IDs de chamada com um prefixo de nome do sistema (pbx-a-1795495865.0), como faz o systemname do Asterisk.</translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation>Diretório dos arquivos DIR/&lt;partição&gt;.queue_log (criado se não existir).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Também (ou em vez disso) acrescenta as linhas à tabela queue_log deste banco de dados: mysql://user@host:port/database ou sqlite:PATH (a tabela é criada se não existir; a senha vem de QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; veja --help.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed exige um número inteiro não negativo, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation>--from é obrigatório; veja --help.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--from: &quot;%1&quot; não é uma data/hora ISO 8601 nem segundos epoch.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--to: &quot;%1&quot; não é uma data/hora ISO 8601 nem segundos epoch.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to deve ser posterior a --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; não é um nome de partição válido: use de 1 a 20 letras, dígitos, &apos;_&apos; ou &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation>A partição &quot;%1&quot; foi informada duas vezes.</translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation>No máximo 64 filas, não %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation>&quot;%1&quot; não é um nome de fila utilizável.</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation>A fila &quot;%1&quot; foi informada duas vezes.</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--agents exige um número inteiro de 0 a 10000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-day exige um número inteiro de 0 a 10000000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--restarts-per-day exige um número de 0 a 1000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation>--occupancy exige um número de 0.05 a 0.95, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation>Diga onde gravar: --output-dir DIR e/ou --db URL; veja --help.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Não é possível criar o diretório %1.</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1: %2 linhas</translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation>%1 linhas gravadas (%2) em %3</translation>
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
        <translation>Visão em tempo real de um cluster de call center Asterisk.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Banco de dados: mysql://user@host:port/database ou sqlite:PATH (senha em QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation>O que exibir: sql:A, cluster:A|B-|C, clustrw:A|B.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation>Exibe o cluster simulado embutido, de três servidores.</translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation>Exibe só o wallboard, em tela cheia (Ctrl+Q sai).</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation>Um arquivo JSON que associa as interfaces dos membros de fila de cada servidor aos seus nomes de membro.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation>Interface de gerenciamento (AMI) de um servidor (repetível): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; a senha vem de QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; ou QUEUEWATCH_AMI_SECRET.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation>Permite ações de supervisor (pausar, logar e deslogar, escutar) pelas AMIs.</translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation>Um intervalo móvel das últimas N horas (iniciando em um múltiplo de 15 minutos) em vez de desde a meia-noite; 0 é desde a meia-noite.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation>Com --wallboard: a tela a cobrir, 0 para a primeira (padrão: a principal).</translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation>--window-hours aceita um número de horas de 0 a %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation>--screen aceita um número de tela de 0 a %1.</translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation>Carrega um queue_log do Asterisk na sua partição da tabela queue_log, cada linha uma única vez, e continua acompanhando o arquivo através da rotação de logs. A senha vem de QUEUEWATCH_DB_PASSWORD.
Em caso de queda, tenta de novo. Uma linha que a tabela recusa definitivamente (uma restrição, um valor que a coluna não aceita) é separada no arquivo de linhas rejeitadas: uma linha de comentário (# line N of FILE, quando, o motivo do servidor), depois a linha como estava.
Código de saída: 0 concluído (ou parado por um sinal), 1 o arquivo não pode ser lido (com --once) ou o nome da partição está errado, 2 argumentos inválidos, 3 o banco de dados recusa o carregador definitivamente (uma permissão ausente, um servidor somente leitura, uma tabela ou coluna ausente: a mensagem diz qual), 4 o arquivo de linhas rejeitadas não pode ser gravado.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Banco de dados: mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation>A partição (nome do servidor) a que as linhas pertencem, de 1 a 20 caracteres.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation>Carrega o que o arquivo contém agora e sai.</translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation>Onde são separadas as linhas que o banco de dados recusa (padrão: o caminho do arquivo queue_log acrescido de .rejected).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation>Milissegundos entre verificações do arquivo (padrão 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation>MB de linhas a reter enquanto o banco de dados estiver fora (padrão 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation>O arquivo queue_log a carregar.</translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation>Informe exatamente um arquivo queue_log (veja --help).</translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation>--db e --partition são obrigatórios (veja --help).</translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation>--poll-interval aceita de 10 a 600000 milissegundos.</translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation>--memory-limit aceita de 1 a 16384 MB.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation>Lendo: %1% (%2 eventos)</translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation>Não é possível gerar o PDF.</translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation>Relatórios de call center e estados em tempo real a partir de partições queue_log do Asterisk.
Código de saída: 0 concluído, 2 argumentos ou fonte inválidos, 3 uma fonte não pode ser lida, 4 a saída não pode ser gravada.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partição %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation>Informe qual agente.</translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation>%1 não é um servidor de %2.</translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation>Informe em qual servidor logar %1.</translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation>Informe a qual fila adicionar %1.</translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation>Informe a interface de %1 (por exemplo Local/101@agents/n ou PJSIP/101).</translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation>Nenhuma AMI de servidor está conectada.</translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation>A AMI de %1 não está conectada.</translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation>%1 não é membro em nenhum servidor com AMI conectada.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation>%1 não é membro de %2 em nenhum servidor com AMI conectada.</translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation>%1 é membro estático de %2 em %3 (queues.conf): não pode ser deslogado daqui.</translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation>%1 não está em nenhuma chamada para escutar.</translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation>Nenhum dispositivo de supervisor definido para %1: adicione device=... à sua AMI.</translation>
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
        <translation>&amp;Despausar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation>Deslo&amp;gar…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation>&amp;Logar…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Escutar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Sussurrar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervir</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas as filas</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation>Pausar %1 em:</translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation>Motivo (exibido na janela e nos relatórios):</translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation>Deslogar %1</translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation>Remover %1 de:</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>todas as filas</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation>Remover %1 de %2? As chamadas não tocarão mais ali.</translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation>Logar um membro</translation>
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
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>&amp;Nome do membro:</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Penalidade:</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Feito: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation>Não realizado: %1 (%2)</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation>Ação não realizada: %1
%2</translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (desatualizado)</translation>
    </message>
</context>
<context>
    <name>qw::AgentModel</name>
    <message>
        <source>Free</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Em atendimento</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>Deslogado</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Tocando</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation>Dispositivo inválido</translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation>Conforme a AMI do seu servidor informa agora.</translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation>Conforme o queue_log (sem AMI para o seu servidor).</translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation>O agente como o queue_log o nomeia (com clustrw, renomeado por servidor: Agent/101 em A vira Agent/A-101).</translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation>Em atendimento enquanto houver aberta uma chamada que ele atendeu (também sem login, pois membros estáticos recebem chamadas); senão Em pausa enquanto houver uma pausa aberta; Disponível enquanto logado em uma fila; senão Deslogado.</translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation>O motivo informado na pausa mais recente ainda aberta.</translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation>Tempo desde a última mudança de estado (desde o início do intervalo em tempo real, se não mudou nele).</translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation>Os servidores cujos eventos compõem a linha deste agente hoje.</translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation>As filas das quais o agente é membro agora.</translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation>Chamadas atendidas por este agente no intervalo em tempo real (desde a meia-noite, salvo se houver intervalo móvel) que já terminaram.</translation>
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
        <translation>Motivo da pausa</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tempo no estado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoje</translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sem resposta de %1 em %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>a conexão com %1 foi fechada</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 fechou a conexão</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation>%1 recusou o login</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>não conectado a %1</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 recusou o login: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation>%1 enviou uma mensagem grande demais para ser uma só</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation>%1 não é uma interface de gerenciamento do Asterisk (respondeu &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 não respondeu a tempo</translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Não é possível gravar o log de auditoria %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation>A fila em que o chamador está. Um chamador transferido para outra fila é uma nova chamada lá.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation>O servidor Asterisk (partição) que conduz a chamada.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation>O número do chamador, como o Asterisk o registrou quando a chamada entrou na fila.</translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation>O agente que atendeu a chamada.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation>A posição atual do chamador na fila, no seu servidor: onde entrou, avançando à medida que chamadores à frente saíram ou foram atendidos.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation>A posição do chamador na fila quando a chamada entrou, como o Asterisk a registrou.</translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation>Há quanto tempo o chamador espera nesta fila. Um chamador esperando há mais de 1.000 s sai desta lista (falta um evento de saída).</translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation>Há quanto tempo dura a conversa desde que o agente atendeu.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Entry position</source>
        <translation>Posição inicial</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Em conversa</translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation>%1: %2 linha(s) malformada(s) ignorada(s).</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>O relatório foi cancelado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>O driver de banco de dados do Qt %1 não está instalado.</translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation>Não é possível abrir %1: não é um arquivo.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Não é possível abrir %1: arquivo inexistente.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation>Não é possível abrir %1: a URL pede TLS (ssl-...), mas o servidor não criptografou a conexão; ela foi fechada antes de ler qualquer coisa. Ative o TLS no servidor (ssl_cert, ssl_key) ou remova as opções ssl-.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation>A negociação TLS falhou: verifique se ssl-ca indica a autoridade que assinou o certificado do servidor e se ssl-cert e ssl-key são do mesmo par.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation>Verifique o usuário e a senha; uma conta que exige certificado de cliente (REQUIRE X509) também precisa de ssl-cert e ssl-key na URL.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation>Verifique o usuário e a senha; uma conta que exige TLS (REQUIRE SSL) precisa de ssl-ca na URL.</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation>&quot;sqlite:&quot; precisa do caminho do arquivo do banco de dados em seguida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation>&quot;%1&quot; indica um servidor; uma URL sqlite: indica um arquivo: sqlite:/path/to/queue_log.sqlite.</translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Não é uma URL de banco de dados: use mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Tipo de URL de banco de dados desconhecido &quot;%1&quot;: use mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation>Não coloque a senha na URL do banco de dados; defina a variável de ambiente %1.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation>A URL de banco de dados &quot;%1&quot; não é válida: %2.</translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation>A URL do banco de dados não tem nome de host: mysql://user@HOST:port/database.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>A porta do banco de dados deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation>A URL do banco de dados não tem nome de banco: mysql://user@host:port/DATABASE.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation>O nome do banco de dados &quot;%1&quot; não pode conter &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation>Opção de URL de banco de dados desconhecida &quot;%1&quot;; opções conhecidas: %2.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation>A opção de URL de banco de dados &quot;%1&quot; precisa de um valor sem &quot;;&quot;.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation>A opção de URL de banco de dados &quot;%1&quot; aceita um número de segundos.</translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation>uma definição de relatório</translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation>A demonstração não pode iniciar: nenhuma pasta temporária (%1).</translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation>A demonstração parou: %1</translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation>Chamadas que entraram na fila no período e terminaram em até 4 horas: atendidas mais não atendidas. Uma chamada que entrou numa segunda fila conta lá também.</translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation>Chamadas que um agente atendeu (um CONNECT ou uma chamada concluída).</translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation>Chamadas que terminaram sem agente: o chamador desligou, o tempo esgotou, não havia agentes, pressionou uma tecla ou o servidor reiniciou.</translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation>O chamador desligou enquanto esperava.</translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation>A espera máxima da fila se esgotou.</translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation>A chamada saiu porque a fila não tinha agentes que pudessem atendê-la.</translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation>O chamador pressionou uma tecla para sair da fila.</translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation>Não atendida por outro motivo: retirada, mídia incompatível ou o servidor reiniciou enquanto o chamador esperava.</translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation>Chamadas atendidas que esperaram no máximo o limite do nível de serviço.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation>Chamadas não atendidas que desistiram dentro do limite: não contam nem a favor nem contra o nível de serviço.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation>Atendidas dentro do limite, divididas por oferecidas menos não atendidas dentro do limite.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation>Atendidas dentro do limite, divididas por todas as atendidas (o SL do Asterisk).</translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation>Chamadas que terminaram dentro do limite, atendidas ou não, divididas pelas oferecidas (o SL2 do Asterisk).</translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation>Tempo médio que as chamadas atendidas esperaram até um agente atender (TME, em inglês ASA).</translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation>A maior espera de uma chamada atendida.</translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation>Conversa média das chamadas atendidas cujo tempo de conversa é conhecido.</translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation>Todo o tempo de conversa das chamadas atendidas.</translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation>Tempo médio que os chamadores não atendidos esperaram até a chamada terminar.</translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation>Chamadas atendidas que o agente transferiu (às cegas, assistida ou no modo antigo).</translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation>Vezes em que o telefone de um agente tocou para uma chamada e não foi atendido.</translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation>Atendidas divididas por oferecidas.</translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation>Tempo em que o agente esteve logado (em qualquer fila, ou por login de agente) dentro do período, até agora se o período ainda estiver em curso.</translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation>Tempo em que o agente esteve em pausa dentro do período, até agora se o período ainda estiver em curso.</translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation>Chamadas atendidas que esperaram no máximo este tempo, como parcela de todas as atendidas.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation>Chamadas não atendidas que desistiram em até este número de segundos, como parcela de todas as não atendidas.</translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation>Chamadas não atendidas que terminaram desta forma.</translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation>Uma espera em segundos: a linha conta as chamadas que esperaram no máximo esse tempo.</translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation>Segundos desde a entrada na fila até o atendimento, ou até o fim de uma chamada não atendida.</translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation>Segundos de conversa; vazio quando o log não informa.</translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation>Atendida, ou por que a chamada não foi atendida.</translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation>O agente transferiu a chamada.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation>O servidor Asterisk (partição) de onde vem a chamada ou o indicador.</translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation>Os servidores de onde vêm as chamadas e as sessões do agente.</translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation>arquivo %1</translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation>%1 (sem dados neste período)</translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation>Filas e agentes</translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation>Marque as filas e os agentes a incluir. Nada marcado significa todos.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Agentes:</translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation>Carregando as filas e os agentes deste período…</translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation>As partições escolhidas não têm filas nem agentes neste período.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>%n fila encontrada</numerusform>
            <numerusform>%n filas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n agente neste período.</numerusform>
            <numerusform>%n agentes neste período.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation>Não foi possível listar as filas e os agentes: %1</translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation>sem filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n na seleção</numerusform>
            <numerusform>%n na seleção</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation>Sal&amp;var definição…</translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation>Nível de serviço e título</translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation>Uma chamada atendida dentro do limite conta para o nível de serviço.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation>Nível de serviço = chamadas atendidas em até este número de segundos / chamadas que entraram em uma fila.</translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation>Vazio: fonte e período</translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation>Salva estas escolhas em um arquivo, para reabrir e executar o mesmo relatório depois.</translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation>&amp;Limite do nível de serviço:</translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation>&amp;Título do relatório:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 até %2</translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second(s)</source>
        <translation>
            <numerusform>Relatório &quot;%1&quot;
Fonte: %2
Período: %3 (%4)
Filas: %5
Agentes: %6
Nível de serviço: atendidas em até %n segundo</numerusform>
            <numerusform>Relatório &quot;%1&quot;
Fonte: %2
Período: %3 (%4)
Filas: %5
Agentes: %6
Nível de serviço: atendidas em até %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation>Tentar de novo agora (F5)</translation>
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
        <translation>Sem movimento</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencioso</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation>Servidor %1 não pode ser lido desde %2</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation>Servidores %1 não podem ser lidos desde %2</translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation>(indicadores até %1)</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation>O servidor %1 não pode ser lido desde %2: %3</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation>Os servidores %1 não podem ser lidos desde %2: %3</translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation>Nada dele foi lido ainda.</translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation>Nada deles foi lido ainda.</translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Suas chamadas e agentes estão em cinza, com os tempos parados em %1, a última leitura.</translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>As chamadas e os agentes deles estão em cinza, com os tempos parados em %1, a última leitura.</translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation>Nenhum registro novo de nenhum servidor desde %1: o banco de dados está atrasado</translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation>Nenhum registro novo de nenhum servidor desde %1 (dados até %2): o banco de dados, ou a réplica que o QueueWatch lê, está atrasado, ou os carregadores pararam. Chamadas e agentes estão em cinza, com os tempos parados em %1.</translation>
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
        <translation>Nenhum registro novo do servidor %1 desde %2, embora haja chamadas dele abertas: o servidor, seu carregador ou o banco de dados podem ter parado. Suas chamadas e agentes estão em cinza.</translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation>Nenhum registro novo dos servidores %1 desde %2, embora haja chamadas deles abertas: os servidores, seus carregadores ou o banco de dados podem ter parado. As chamadas e os agentes deles estão em cinza.</translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation>Servidor %1: relógio adiantado?</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>O servidor %1 tem %n registro datado de %2 ou depois, no futuro: o relógio dele pode estar errado. O registro foi separado e não é exibido.</numerusform>
            <numerusform>O servidor %1 tem %n registros datados de %2 ou depois, no futuro: o relógio dele pode estar errado. Os registros foram separados e não são exibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>dados: %1</translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation>Servidor %1: %2 desde %3</translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation>Dados até (registro mais recente): %1</translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation>Última leitura bem-sucedida: %1</translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation>Chamadas abertas: %1</translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation>Seus indicadores valem até %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n registro do futuro separado, o primeiro datado de %1</numerusform>
            <numerusform>%n registros do futuro separados, o primeiro datado de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation>recusou o login</translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation>Sem AMI: membros e estados apenas pelo queue_log.</translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation>Interface de gerenciamento (AMI): %1 desde %2</translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation>Membros, estados dos dispositivos e posições na fila vindos do próprio servidor.</translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation>Enquanto isso, membros e estados apenas pelo queue_log.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lido em %1</translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation>%1: última leitura %2</translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation>Conexão: criptografada (%1, %2)</translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation>Conexão: não criptografada</translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation>%1 é grande demais para ser %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation>linha %1, coluna %2: não é %3 (%4).</translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation>não é %1: esperado um objeto JSON.</translation>
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
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation>Desatualizado: o servidor %1 não está em dia; exibido como estava em %2.</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation>O QueueWatch usará o novo idioma a partir da próxima inicialização. Reiniciar agora?</translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation>Este programa não tem demonstração: escolha um banco de dados em Arquivo › Configurações.</translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>demo cluster</source>
        <translation>cluster de demonstração</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Enter the database URL.</source>
        <translation>Informe a URL do banco de dados.</translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation>Informe a fonte, por exemplo cluster:A|B|C.</translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation>Não é possível ler onde o carregador parou: %1</translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation>Não é possível registrar onde o carregador está: %1</translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation>O arquivo em que o carregador parou (na linha %1) não existe mais e nenhuma cópia rotacionada começa com a primeira linha dele: as linhas gravadas nele após a linha %1 não foram carregadas. Iniciando %2 do começo.</translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation>Concluindo %1 (rotacionado enquanto o carregador estava parado) a partir da linha %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation>A linha %1 tem mais de %2 bytes: não é uma linha de queue_log; ignorada.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation>%1 não existe (ainda).</translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation>%1 foi rotacionado, mas nenhuma cópia começando com a primeira linha dele foi encontrada: podem faltar linhas após a linha %2.</translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation>%1 foi rotacionado: concluindo %2, depois iniciando o novo arquivo.</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Chamadas em espera</translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation>Chamadas em conversa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configurações...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Atualizar agora</translation>
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
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Novo relatório...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation>&amp;Abrir definição de relatório...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation>&amp;Sobre o QueueWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
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
        <translation>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Visão em tempo real, wallboard e relatórios de um cluster de call center Asterisk, lidos do queue_log de cada servidor.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2, executando no Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation>Sobre o QueueWatch</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando a %1...</translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation>Carregando as chamadas e os agentes de hoje...</translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation>Nenhuma fila recebeu chamadas hoje.</translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation>Nenhum agente logou hoje.</translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation>Nenhuma chamada em espera.</translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation>Nenhuma chamada em conversa.</translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation>Membros de fila com dois nomes</translation>
    </message>
    <message>
        <source> · manager %1</source>
        <translation> · AMI %1</translation>
    </message>
</context>
<context>
    <name>qw::ManagedLive</name>
    <message>
        <source>Supervisor actions are off: turn them on in File › Settings, with a manager interface for each server.</source>
        <translation>As ações de supervisor estão desativadas: ative-as em Arquivo › Configurações, com uma AMI para cada servidor.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation>&quot;%1&quot; deveria ser NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation>&quot;%1&quot; não é um nome de partição.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation>A AMI de %1 precisa de um host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>&quot;%1&quot; não é uma porta (1 a 65535).</translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation>As senhas nunca são gravadas com o endereço da AMI: defina QUEUEWATCH_AMI_SECRET_%1 ou digite-a nas configurações.</translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation>Opção de AMI desconhecida &quot;%1&quot; para %2.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation>A AMI de %1 precisa de um usuário (user=NAME).</translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation>A AMI de %1 foi informada duas vezes.</translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation>%1 tem AMI, mas não é servidor de %2.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation>Nada a fazer para %1.</translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation>nenhuma AMI configurada para este servidor</translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation>um arquivo de nomes de membros</translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>não é um nome de partição (1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation>deve associar interfaces a nomes de membros.</translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation>não é uma interface utilizável.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation>&quot;static&quot; deve listar as filas em que ele é membro estático.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation>&quot;static&quot; deve listar nomes de filas.</translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation>deve ser um nome de membro ou um objeto com &quot;name&quot;.</translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation>precisa de um nome de membro.</translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation>O servidor %1 registra seus membros de fila com dois nomes: as interfaces (%2) quando são adicionados ou removidos, os nomes de membro em todas as outras linhas; assim, um membro aparece como dois agentes e suas sessões e pausas não se somam. Informe um arquivo de nomes de membros que associe cada interface ao seu nome, ou defina log_membername_as_agent = yes no queues.conf desse servidor.</translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation>Esta compilação lê o MariaDB apenas via QtSql.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Não é possível ler a partição %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>A partição %1 tem um registro sem time_id ou unique_row_count válido.</translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation>o queue_log da partição %1</translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation>a fonte file:</translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation>o banco de dados SQLite</translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation>%1 é %2 (%3): o relatório sobrescreveria o que está lendo.</translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation>o banco de dados SQLite da partição %1</translation>
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
        <translation>o carimbo de data/hora não é um número de segundos</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>o nome do evento está vazio</translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation>a linha excede o limite do queue_log</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>linha %1 ignorada: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>a hora está vazia</translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation>a hora não é uma data e hora</translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>registro de id %1 ignorado: %2 (&quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation>Não é possível listar as partições de %1: %2</translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Uma especificação de fonte não pode nomear esta partição: os nomes têm de 1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation>Não é possível abrir %1 (partição %2): %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
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
        <translation>Dados até</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Última leitura</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>A tabela &quot;%1&quot; não existe em %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation>A tabela &quot;%1&quot; não tem a coluna &quot;%2&quot;: não é uma tabela queue_log.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Não é possível ler a partição %1: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>A partição %1 tem um registro sem time_id ou unique_row_count válido.</translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation>Não é possível ler o registro %1 da partição %2.</translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation>Falha ao ler a partição %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Não é possível ler a partição %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>A named period such as &quot;Last week&quot; is worked out again each time a saved report runs.</source>
        <translation>Um período nomeado como &quot;Semana passada&quot; é recalculado toda vez que um relatório salvo é executado.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fuso horário do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation>&amp;Até (excluído):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation>De %1 até %2, fuso %3.</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>O período termina antes de começar.</translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation>O período tem mais de 400 dias.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana passada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
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
        <translation>O QueueWatch não tem tradução para &quot;%1&quot;; as disponíveis são: %2.</translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation>O idioma a usar: %1 (padrão: o do sistema).</translation>
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
        <translation>Em espera (pico)</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS hoje</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation>Todas as filas hoje</translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation>Fila %1 hoje</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falha ao ler %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation>A tabela queue_log usa o mecanismo %1, que não tem transações: os registros e o marcador do carregador não podem ser gravados juntos. Se o carregador for encerrado entre os dois, até %2 registros podem ser gravados em dobro ao reiniciar. Converta a tabela (ALTER TABLE queue_log ENGINE=InnoDB) para carregar cada linha exatamente uma vez.</translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation>Retomando a partição %1 após a linha %2 de %3.</translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation>Carregando %1 na partição %2 a partir da primeira linha.</translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation>Não é possível gravar os registros: %1. Tentando de novo; as linhas lidas enquanto isso são mantidas (até %2 MB).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation>Linha %1: um campo é maior que sua coluna; gravado truncado.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Não carregada: %1</translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation>Há mais linhas inválidas; elas são contadas, não listadas.</translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation>O banco de dados voltou após %1 s; %2 linhas em espera estão sendo gravadas.</translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation>Os registros voltaram a ser gravados após %1 s; %2 linhas em espera.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation>A linha %1 de %2 foi recusada pelo banco de dados (%3) e não pode ser separada: %4. Parando para que ela não se perca; ela será tentada de novo na próxima inicialização.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation>A linha %1 de %2 foi recusada pelo banco de dados: %3. Não gravada; separada em %4.</translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation>Mais linhas foram recusadas; elas são separadas em %1 e contadas, não listadas.</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation>%1 registros gravados, %2 linhas inválidas ignoradas</translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation>, %1 linhas recusadas pelo banco de dados e separadas em %2</translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation>O nome da partição deve ter de 1 a 20 caracteres.</translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation>%1 As linhas que o banco de dados recusa não puderam ser separadas: informe um arquivo --rejected gravável.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Parado: %1.</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Não é possível iniciar uma transação: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation>Não é possível confirmar os registros gravados em %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Não é possível gravar um arquivo temporário: %1</translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation>O servidor aceitou %1 de %2 registros.</translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation>O servidor aceitou os registros com um aviso</translation>
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
        <translation>Filas com o mesmo nome em vários servidores são uma só fila.</translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation>Chamadores na fila agora, ainda não atendidos (um chamador esperando há mais de 1.000 s deixa de ser contado: a saída dele não foi registrada).</translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation>Há quanto tempo espera o chamador que está esperando há mais tempo.</translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation>Chamadas desta fila em conversa com um agente agora.</translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation>Agentes que são membros desta fila agora, em atendimento ou não.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation>Agentes logados desta fila que não estão em pausa nem em atendimento.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation>Agentes logados desta fila que estão em pausa e não estão em atendimento.</translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation>Chamadas que entraram nesta fila no intervalo em tempo real (desde a meia-noite, salvo se houver intervalo móvel) e terminaram: atendidas mais não atendidas. Chamadas ainda em espera ou em conversa ainda não são contadas.</translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation>Chamadas de &quot;Oferecidas hoje&quot; que um agente atendeu.</translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation>Nível de serviço no intervalo em tempo real: chamadas atendidas dentro do limite (20 s, salvo configuração), divididas pelas chamadas oferecidas menos as que desistiram dentro do limite. Vazio quando não há o que dividir.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Maior espera</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Em conversa</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logados</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Oferecidas hoje</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoje</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS hoje</translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation>Espera longa</translation>
    </message>
    <message>
        <source>SL low</source>
        <translation>NS baixo</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Ninguém disponível</translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation>◌ desatualizado</translation>
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
        <translation>em espera</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>maior espera</translation>
    </message>
    <message>
        <source>free</source>
        <translation>disponíveis</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>em atendimento</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation>NS, meta %1%</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>atendidas</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>não atendidas</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>A tabela &quot;%1&quot; não existe em %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation>A tabela &quot;%1&quot; não tem a coluna &quot;%2&quot;: não é uma tabela queue_log realtime do Asterisk.</translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation>time (texto)</translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation>time (data e hora)</translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation>Tabela realtime do Asterisk %1: %2</translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation>sem coluna id, lida em ordem cronológica</translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation>ausentes, lidas como vazias: %1</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Não é possível ler a tabela %1: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>A leitura da tabela %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation>Uma tabela realtime precisa de ?table=NAME depois da URL do banco de dados, por exemplo mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation>Uma tabela realtime precisa de ?table=NAME depois da URL do banco de dados.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation>&quot;%1&quot; não é um nome de tabela: use letras, dígitos e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation>Fuso horário desconhecido &quot;%1&quot; em tz=: use um nome IANA como Europe/Rome.</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation>tabela realtime %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Sem conexão com %1.</translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation>Não é possível ler os nomes na tabela %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation>O arquivo de linhas rejeitadas %1 não pode ser gravado.</translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation>O arquivo de linhas rejeitadas %1 não pode ser criado: %2 não é uma pasta gravável.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation>Não é possível gravar %1: os dados não chegaram ao disco.</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation>Partição %1: os dados terminam em %2, %3 antes de agora (%4).</translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation>Partição %1: os dados terminam em %2, %3 antes do fim do período (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partição %1: %n registro datado depois de agora, o primeiro em %2: o relógio desse servidor pode estar errado.</numerusform>
            <numerusform>Partição %1: %n registros datados depois de agora, o primeiro em %2: o relógio desse servidor pode estar errado.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation>Nenhum evento dos dados lidos cita a fila &quot;%1&quot;: os indicadores dela são todos zero (verifique o nome).</translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation>Nenhum evento dos dados lidos cita o agente &quot;%1&quot;: ele não tem indicadores (verifique o nome).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n chamada perdida: sem fim em até 4 horas após entrar na fila; não contada.</numerusform>
            <numerusform>%n chamadas perdidas: sem fim em até 4 horas após entrar na fila; não contadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n chamada ainda em andamento onde os dados terminam; não contada.</numerusform>
            <numerusform>%n chamadas ainda em andamento onde os dados terminam; não contadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation>A partição %1 não tem eventos no período.</translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation>Membros estáticos do servidor %1 (%2) não registram sessões: o tempo logado deles não é contado, só as chamadas e as pausas.</translation>
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
        <translation>Não atendidas (hachurado)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
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
        <translation>Esperou no máximo (s)</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chamadas não atendidas</translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation>Parcela das chamadas atendidas</translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation>Parcela das chamadas não atendidas</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation>Executa uma definição de relatório salva pelo assistente de relatórios; as opções abaixo substituem a fonte, o período, o fuso, o limite e os filtros dela.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation>O que ler: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation>Banco de dados: mysql://user@host:port/database ou sqlite:PATH. A senha vem da variável de ambiente QUEUEWATCH_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation>Um arquivo JSON que associa as interfaces dos membros de fila de cada servidor aos seus nomes de membro (para servidores com log_membername_as_agent = no, o padrão do Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation>Um período nomeado: today (o padrão), yesterday, this-week, last-week, this-month, last-month.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation>Início do período: data/hora ISO em --tz, ou segundos epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>instante</translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation>Fim do período (excluído). Padrão: o fim do dia de --from.</translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation>O momento em que o relatório é feito, no formato de --from: o tempo de agente ainda aberto termina ali, e os períodos nomeados são contados a partir dele. Padrão: o relógio atual.</translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation>Fuso horário das datas e horas (nome IANA). Padrão: o do sistema.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuso</translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation>Limite do nível de serviço em segundos (padrão 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation>json (padrão), csv ou pdf (o relatório inteiro como documento; exige --output).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation>Grava em ARQUIVO em vez da saída padrão (substituído por inteiro, nunca gravado pela metade).</translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation>Lista todas as chamadas (JSON), ou grava a lista de chamadas em vez da tabela de filas (CSV).</translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation>Imprime o estado em tempo real no INSTANTE informado em vez de um relatório.</translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation>Continua imprimindo o estado em tempo real, uma linha JSON por consulta (ou substitui --output a cada consulta), até ser parado (SIGTERM, SIGINT).</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation>Com --follow: segundos entre consultas (padrão 5).</translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation>Com --live-at ou --follow: um intervalo móvel das últimas N horas (iniciando em um múltiplo de 15 minutos) em vez de desde a meia-noite.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation>Os servidores não mantêm os membros de fila após um reinício (persistentmembers=no).</translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation>Usa o cluster de exemplo embutido, de três servidores.</translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation>Apenas as chamadas da fila NOME (repetível; padrão: todas).</translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation>Apenas o agente NOME na tabela de agentes (repetível; padrão: todos).</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 aceita um número de %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation>Nenhuma fonte informada: use --source ESPEC (ou --demo para o exemplo embutido).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation>Fuso horário desconhecido &quot;%1&quot;: use um nome IANA como America/Sao_Paulo ou UTC.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation>--%1 &quot;%2&quot; não é um instante: use segundos epoch ou uma data/hora ISO como 2026-11-02T09:00:00.</translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation>--period desconhecido &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month ou last-month, ou --from e --to.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to deve ser posterior a --from.</translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation>--live-at e --follow são mutuamente exclusivos: --follow imprime o estado atual, repetidamente.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation>--every só vale com --follow.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation>--format desconhecido &quot;%1&quot;: use json, csv ou pdf.</translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation>Um estado em tempo real é gravado apenas como JSON: omita --format %1.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf exige --output ARQUIVO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; veja --help.</translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation>Lê a partição NAME de um arquivo queue_log ou de uma tabela queue_log realtime do Asterisk: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE ou NAME=sqlite:PATH?table=TABLE (senha de QUEUEWATCH_DB_PASSWORD; sem tz, o fuso horário do relatório). Repetível.</translation>
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
        <translation>Fuso horário desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation>O limite do nível de serviço deve ser de 0 a %1 segundos.</translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation>uma definição de relatório</translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation>formato de definição de relatório não suportado (esperado %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>deve ser texto.</translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation>fonte inválida: %1</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation>período desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation>um período personalizado precisa de &quot;from&quot; (segundos epoch).</translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation>um período personalizado precisa de &quot;to&quot; depois de &quot;from&quot; (segundos epoch).</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>fuso horário desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>deve ser uma lista de nomes.</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation>deve ser de 0 a %1 segundos.</translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation>deve ser uma lista de NAME=FILE ou NAME=URL?table=TABLE.</translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation>Relatório de call center</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation>%1 a %2 (%3, fim excluído)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>atendidas em até %1 s</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Events read</source>
        <translation>Eventos lidos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Sem dados neste período.</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Chamadas atendidas</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chamadas não atendidas</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… e mais %Ln chamada não atendida, listada na exportação CSV desta tabela.</numerusform>
            <numerusform>… e mais %Ln chamadas não atendidas, listadas na exportação CSV desta tabela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
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
            <numerusform>O período tem %Ln chamada. A lista de chamadas não é impressa; a exportação CSV dos detalhes das chamadas (ou queuewatch-report --format csv --calls) contém todas elas.</numerusform>
            <numerusform>O período tem %Ln chamadas. A lista de chamadas não é impressa; a exportação CSV dos detalhes das chamadas (ou queuewatch-report --format csv --calls) contém todas elas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>Não foi possível gerar o PDF.</translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation>Nenhuma linha corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Sem dados neste período.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Oferecidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Não atendidas</translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation>Atendidas no NS</translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation>Não atendidas no NS</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation>Espera média atend.</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Espera máx.</translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation>Conversa média</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tempo de conversa</translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation>Espera média não atend.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation>Taxa de atendimento</translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation>NS = atendidas em até %1 s / (oferecidas - não atendidas em até %1 s)</translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation>Chamador desligou (abandono)</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Tempo limite da fila</translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation>Sem agentes (saída por fila vazia)</translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation>Chamador pressionou uma tecla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation>Todos os indicadores por fila</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation>Fila vazia</translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation>Saída por tecla</translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation>Atendidas no NS / atendidas</translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation>No NS / oferecidas</translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation>Tocou sem atender</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalhes das chamadas</translation>
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
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
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
        <translation>Conversa</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Chamadas oferecidas</translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation>Nível de serviço (%1 s)</translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation>Atendidas em até %1 s / atendidas</translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation>Em até %1 s (atendidas ou não) / oferecidas</translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation>Espera média, atendidas</translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation>Maior espera, atendidas</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Conversa média</translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation>Espera média antes de desistir</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation>Chamadas atendidas por fila</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas as filas</translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation>Chamadas atendidas por agente</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Atendidas por tempo de espera</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Em até (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Chamadas atendidas</translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation>Parcela das atendidas</translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation>Espera antes de desistir</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Chamadas não atendidas</translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation>Parcela das não atendidas</translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation>Chamadas não atendidas por causa</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation>Chamadas por hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation>Chamadas por dia</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation>Chamadas por dia da semana</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Tempo logado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tempo em pausa</translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation>Tempo em pausa por motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sem motivo)</translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumo</translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation>Nenhuma chamada corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Nenhuma chamada neste período.</translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation>Nenhum agente corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation>Nenhum indicador de agente neste período.</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Atendidas</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Não atendidas</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribuição</translation>
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
        <translation>Detalhes das &amp;chamadas</translation>
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
        <translation>Relatório do QueueWatch</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Relatório</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Novo relatório...</translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation>&amp;Abrir definição...</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Executar de novo</translation>
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
        <translation>Exportar tabela como &amp;CSV...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation>Parar este relatório (Esc)</translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation>Lendo... %L1 eventos</translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation>Escolha Relatório &gt; Novo relatório para criar um.</translation>
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
        <translation>Abrir definição de relatório</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definições de relatório (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation>%L1 eventos lidos, %L2 chamadas.</translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation>Relatório do QueueWatch - %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>O relatório falhou: %1</translation>
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
        <translation>Salvo: %1</translation>
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
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Novo relatório</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Executar relatório</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation>Salvar definição de relatório</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Definições de relatório (*.json);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation>O arquivo de esquema está ausente dos recursos do programa.</translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation>Não é possível criar a tabela queue_log: %1</translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation>esta compilação do QueueWatch não tem suporte a chaveiro</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation>O chaveiro do sistema não pode ser acessado (%1). As senhas valem só para esta sessão; QUEUEWATCH_DB_PASSWORD e QUEUEWATCH_AMI_SECRET continuam funcionando. Inicie um serviço de chaveiro (GNOME Keyring, KWallet) para que sejam lembradas.</translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation>&amp;Demonstração: um cluster simulado de três servidores</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation>Permitir &amp;ações de supervisor: pausar, logar e deslogar, escutar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation>Configurações da visão em tempo real</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation>Não é salva; se vazia, usa QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation>sql:A para um servidor; cluster:A|B|C para juntar servidores (B- mantém só as chamadas de B); clustrw:A|B|C nomeia os agentes por servidor.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>desde a meia-noite</translation>
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
        <translation>Quais chamadas a visão em tempo real conta: as de hoje, ou as das últimas horas (o início avança a cada 15 minutos).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation>&amp;Nomes de membros:</translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation>Opcional: um arquivo JSON de nomes de membros por servidor</translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation>Para servidores que registram os membros de fila pela interface quando são adicionados ou removidos e pelo nome nos demais casos (log_membername_as_agent = no, o padrão do Asterisk): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. Veja o README.</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Nomes de membros</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation>Conecta com esta URL e senha, em segundo plano, e procura os servidores da fonte na tabela queue_log.</translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation>Opcional, um servidor por linha: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation>A interface de gerenciamento (AMI) de cada servidor: os membros estáticos, os telefones tocando e as posições dos chamadores vêm dela, e as ações de supervisor passam por ela. Opções: user=NAME (obrigatório), tls, plain (envia a senha em vez de um desafio MD5), device=DEVICE (o telefone do supervisor nesse servidor, para escutar chamadas).</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Não é salva; se vazia, usa QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation>Desativado: a janela apenas exibe. Ativado: o painel de agentes pode pausar, deslogar, logar e escutar pelas AMIs dos servidores; cada ação é registrada no log de auditoria.</translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation>A&amp;MI:</translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation>S&amp;enha da AMI:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>C&amp;onsultar a cada:</translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation>Interva&amp;lo em tempo real:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando a %1...</translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation>%1: nenhum registro na tabela queue_log</translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation>%1: registro mais recente %2</translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation>Conectado; todos os servidores da fonte têm registros.</translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation>Conectado, mas alguns servidores da fonte não têm registros (nome errado, ou ainda sem carregador).</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>Lembrar no &amp;chaveiro do sistema</translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation>Lembrá-los no c&amp;haveiro do sistema</translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation>A senha digitada aqui é guardada no chaveiro do sistema operacional (GNOME Keyring, KWallet, Gerenciador de Credenciais do Windows) para esta conta do banco de dados, nunca no arquivo de configurações do QueueWatch; um campo vazio passa a significar a guardada lá. Desmarque para removê-la do chaveiro.</translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation>O segredo digitado aqui é guardado no chaveiro do sistema operacional para o login no manager de cada servidor, nunca no arquivo de configurações do QueueWatch; um campo vazio passa a significar os guardados lá. Desmarque para removê-los.</translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation>Vazio: a do chaveiro, senão QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Vazio: os do chaveiro, senão QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation>Procurando no chaveiro...</translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation>Opcional, um servidor por linha: B=/var/log/asterisk/queue_log ou B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation>Servidores cujo queue_log não é uma partição da tabela queue_log do banco de dados: um arquivo queue_log, ou a tabela que o próprio Asterisk grava pela sua configuração realtime (uma por servidor, no horário local do servidor; tz= indica o fuso horário dele, o padrão é o deste computador). As tabelas usam a senha acima.</translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation>Pa&amp;rtições:</translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation>&quot;%1&quot; deveria ser NAME=PATH, por exemplo A=/var/log/asterisk/queue_log.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>&quot;%1&quot; não é um nome de partição: use de 1 a 20 caracteres entre A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation>A partição %1 precisa de um caminho de arquivo após &quot;=&quot;.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partição %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation>sem eventos</translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation>&amp;Renomear agentes por servidor (Agent/101 em A vira Agent/A-101)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation>Marque os servidores (partições) do relatório. Uma partição marcada como &quot;Só chamadas&quot; inclui suas chamadas, mas não seus agentes.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partição</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Evento mais recente</translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation>Eventos de agente</translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation>Use quando os servidores numeram seus agentes de forma independente, de modo que o mesmo código de agente indica pessoas diferentes.</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation>sql:A para uma partição; cluster:A|B|C junta partições (B- mantém só as chamadas de B); clustrw:A|B|C também renomeia os agentes por partição.</translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation>&amp;Especificação da fonte:</translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation>Carregando as partições…</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Só chamadas</translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation>Conta as chamadas desta partição, mas descarta os eventos de agente (logins, pausas).</translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation>Nenhuma partição encontrada. Digite uma especificação de fonte abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n partição encontrada.</numerusform>
            <numerusform>%n partições encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation>Não foi possível listar as partições: %1
Você ainda pode digitar uma especificação de fonte abaixo.</translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation>Não encontrado nos dados: %1.</translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation>A fonte está vazia: escreva file:PATH, sql:NAME, cluster:A|B ou clustrw:A|B.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation>A fonte tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation>&quot;file:&quot; precisa de um caminho em seguida.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation>O caminho &quot;%1&quot; não tem nome de arquivo que dê nome à sua partição.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation>O caminho &quot;%1&quot; termina em &quot;-&quot;: a marca de só chamadas só é permitida em fontes cluster: e clustrw:.</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation>Tipo de fonte desconhecido &quot;%1&quot;: uma fonte começa com file:, sql:, cluster: ou clustrw: (em minúsculas).</translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation>&quot;sql:&quot; indica uma única partição; use cluster: para juntar várias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation>&quot;%1&quot;: a marca de só chamadas &quot;-&quot; só é permitida em fontes cluster: e clustrw:.</translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation>Nome de partição vazio no caractere %1 de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>A partição &quot;%1&quot; tem o caractere &quot;%2&quot; na posição %3; os nomes usam apenas A-Z, a-z, 0-9, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>O nome de partição &quot;%1&quot; tem %2 caracteres; são permitidos no máximo %3.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation>A partição &quot;%1&quot; aparece duas vezes na fonte.</translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation>partição %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Sem conexão com %1.</translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation>Não é possível ler os nomes da coluna %1 da partição %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation>Não é possível ler as linhas de membros da partição %1: %2</translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation>O usuário %1 do banco de dados não tem %2 em %3: %4; depois inicie o carregador de novo. (O servidor disse: %5)</translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation>O banco de dados recusa o usuário %1: %2. Verifique o usuário, a senha (QUEUEWATCH_DB_PASSWORD) e as permissões dele, depois inicie o carregador de novo.</translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation>O servidor de banco de dados está somente leitura (read_only ou super_read_only está ativo, ou é uma réplica): ele se recusa a gravar registros. Aponte --db para o servidor primário, ou desative o somente leitura nele, depois inicie o carregador de novo. (O servidor disse: %1)</translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation>A tabela queue_log não aceita o que o carregador grava: %1. Ela precisa das colunas `partition`, time_id, call_id, queue, agent, verb e data1 a data5 (veja resources/sql nos fontes); corrija-a, depois inicie o carregador de novo.</translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation>A tabela %1 não aceita o que o carregador grava: %2. Corrija-a, depois inicie o carregador de novo.</translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation>Falta ao banco de dados algo de que o carregador precisa: %1. Corrija isso, depois inicie o carregador de novo.</translation>
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
        <translation>Nada corresponde ao filtro.</translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation>A partição &quot;%1&quot; não tem de onde ler: informe uma URL de banco de dados ou um arquivo para ela (%1=PATH).</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; deve ser um número inteiro de %3 a %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation>%1: os nomes devem ser texto de 1 a %2 caracteres, sem espaços nas pontas.</translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation>%1: os nomes não podem conter caracteres de controle.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation>%1: &quot;%2&quot; deve ser uma lista de no máximo %3 nomes.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1: &quot;%2&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation>%1: os limites devem ser um objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation>%1: &quot;nobodyFree&quot; deve ser &quot;off&quot;, &quot;amber&quot; ou &quot;red&quot;.</translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation>%1: o limite vermelho de espera não pode ser menor que o âmbar.</translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation>%1: o nível de serviço vermelho não pode ser maior que o âmbar.</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>wallboard</translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation>Este não é um arquivo de wallboard do QueueWatch (&quot;format&quot; ausente ou errado).</translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation>A versão %1 do arquivo de wallboard não é suportada (esperada %2).</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>limites padrão</translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation>groups: deve ser uma lista de no máximo %1 grupos.</translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation>groups: cada grupo deve ser um objeto com nome e filas.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nome do grupo</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation>grupo %1: não lista nenhuma fila.</translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation>groups: &quot;%1&quot; está definido duas vezes.</translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation>thresholds: deve ser um objeto de no máximo %1 blocos.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>limites</translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation>limites de %1</translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation>figures: deve ser uma lista.</translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation>figures: &quot;%1&quot; é desconhecido ou aparece duas vezes.</translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation>um arquivo de wallboard</translation>
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
        <translation>Chamadas em espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Maior espera</translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation>Agentes disponíveis / em atendimento / em pausa</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Nível de serviço hoje</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Atendidas hoje</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Abandonadas hoje</translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation>Um bloco por fila</translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation>Limites próprios para este bloco</translation>
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
        <translation> chamadas</translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation>Faixa de agentes</translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation>Configurar wallboard</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>âmbar</translation>
    </message>
    <message>
        <source>red</source>
        <translation>vermelho</translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation>Um grupo por linha, p. ex.
Linha de frente: sales, support</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation>Filas (nenhuma marcada: todas as filas):</translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation>Grupos, cada um exibido como um bloco:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation>Maior espera âmbar acima de:</translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation>Maior espera vermelha acima de:</translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation>Meta de nível de serviço:</translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation>Nível de serviço âmbar abaixo de:</translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation>Nível de serviço vermelho abaixo de:</translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation>Alarmes de NS a partir de:</translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation>Chamadores em espera, ninguém disponível:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation>Próxima página a cada:</translation>
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
        <translation>Todos os blocos (padrão)</translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation>Grupos, linha %1: escreva o nome do grupo, dois-pontos e depois as filas.</translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation>Importar wallboard</translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation>Arquivos de wallboard (*.json);;Todos os arquivos (*)</translation>
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
        <translation>Arquivos de wallboard (*.json)</translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation>Wallboard do QueueWatch</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation>Nenhum agente logado</translation>
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
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation>&amp;Fechar wallboard</translation>
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
        <translation>Esta é a tela de parede: pressione %1 para sair dela.</translation>
    </message>
</context>
</TS>
