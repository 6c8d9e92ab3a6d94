<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionCli</name>
    <message>
        <source>Supervisor actions on the queues of an Asterisk cluster, through each server&apos;s manager interface.
Commands: status, pause, unpause, logon, logoff, listen, whisper, barge.
Secrets come from QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; or QUEUEWATCH_AMI_SECRET.
Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action.</source>
        <translation>Actions de supervision sur les files d&apos;un cluster Asterisk, via l&apos;interface manager (AMI) de chaque serveur.
Commandes&#xa0;: status, pause, unpause, logon, logoff, listen, whisper, barge.
Les secrets viennent de QUEUEWATCH_AMI_SECRET_&lt;SERVER&gt; ou QUEUEWATCH_AMI_SECRET.
Code de sortie&#xa0;: 0 terminé, 2 arguments incorrects, 3 un serveur est injoignable ou a refusé l&apos;action.</translation>
    </message>
    <message>
        <source>status, pause, unpause, logon, logoff, listen, whisper or barge.</source>
        <translation>status, pause, unpause, logon, logoff, listen, whisper ou barge.</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</source>
        <translation>L&apos;interface manager d&apos;un serveur (répétable)&#xa0;: NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. Default: every --ami server merged.</source>
        <translation>La spec de source affichée par la fenêtre (cluster:A|B-, clustrw:A|B)&#xa0;: détermine le nom des agents. Par défaut&#xa0;: tous les serveurs --ami fusionnés.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>The agent, as the window names it, or a member&apos;s interface.</source>
        <translation>L&apos;agent, tel que la fenêtre le nomme, ou l&apos;interface d&apos;un membre.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The queue (default: every queue of the agent).</source>
        <translation>La file (par défaut&#xa0;: toutes les files de l&apos;agent).</translation>
    </message>
    <message>
        <source>The pause reason.</source>
        <translation>Le motif de pause.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Act on this server only (logon: the server to add the member on).</source>
        <translation>Agir sur ce serveur uniquement (logon&#xa0;: le serveur où ajouter le membre).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s interface, e.g. PJSIP/101.</source>
        <translation>logon&#xa0;: l&apos;interface du membre, par ex. PJSIP/101.</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>logon: the member name (default: --agent).</source>
        <translation>logon&#xa0;: le nom du membre (par défaut&#xa0;: --agent).</translation>
    </message>
    <message>
        <source>logon: the member&apos;s penalty (default 0).</source>
        <translation>logon&#xa0;: la pénalité du membre (0 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>listen, whisper, barge: the supervisor&apos;s device (default: the server&apos;s device=).</source>
        <translation>listen, whisper, barge&#xa0;: le poste du superviseur (par défaut&#xa0;: le device= du serveur).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>Seconds to wait for the servers (default 10).</source>
        <translation>Secondes d&apos;attente de la réponse des serveurs (10 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Give one command: status, pause, unpause, logon, logoff, listen, whisper or barge; see --help.</source>
        <translation>Donnez une commande&#xa0;: status, pause, unpause, logon, logoff, listen, whisper ou barge&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Give at least one --ami server.</source>
        <translation>Indiquez au moins un serveur --ami.</translation>
    </message>
    <message>
        <source>--penalty takes a whole number from 0.</source>
        <translation>--penalty attend un nombre entier à partir de 0.</translation>
    </message>
    <message>
        <source>%1 needs --agent.</source>
        <translation>%1 nécessite --agent.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 600.</translation>
    </message>
    <message>
        <source>%1: no answer from its manager interface.</source>
        <translation>%1&#xa0;: pas de réponse de son interface manager.</translation>
    </message>
</context>
<context>
    <name>GenerateCli</name>
    <message>
        <source>Writes a simulated Asterisk call-centre cluster as queue_log files, one per partition. The same arguments always give the same files.</source>
        <translation>Écrit un cluster de centre d&apos;appels Asterisk simulé sous forme de fichiers queue_log, un par partition. Les mêmes arguments donnent toujours les mêmes fichiers.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds.</source>
        <translation>Début de la période&#xa0;: date/heure ISO 8601 en UTC (2026-11-02T00:00:00) ou secondes epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: one day after --from).</source>
        <translation>Fin de la période, exclue (par défaut&#xa0;: un jour après --from).</translation>
    </message>
    <message>
        <source>Comma-separated partition (server) names (default A,B,C).</source>
        <translation>Noms des partitions (serveurs), séparés par des virgules (A,B,C par défaut).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>Comma-separated queue names, the same on every server (default support,sales,billing).</source>
        <translation>Noms des files, séparés par des virgules, identiques sur chaque serveur (support,sales,billing par défaut).</translation>
    </message>
    <message>
        <source>Agents per server (default 10).</source>
        <translation>Agents par serveur (10 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Calls per day per server (default 2000).</source>
        <translation>Appels par jour et par serveur (2000 par défaut).</translation>
    </message>
    <message>
        <source>Asterisk restarts per day per server, half of them crashes (default 0.2).</source>
        <translation>Redémarrages d&apos;Asterisk par jour et par serveur, dont la moitié sont des plantages (0.2 par défaut).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times are sized to it. Lower gives shorter waits and a higher service level.</source>
        <translation>Taux d&apos;occupation des agents à l&apos;heure de pointe, de 0.05 à 0.95 (0.55 par défaut)&#xa0;: les durées de communication en découlent. Plus bas, les attentes sont plus courtes et le niveau de service plus élevé.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk&apos;s systemname.</source>
        <translation>Écrire les identifiants d&apos;appel avec un préfixe de nom de système (pbx-a-1795495865.0), comme avec le systemname d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>Directory for the files DIR/&lt;partition&gt;.queue_log (created if missing).</source>
        <translation>Dossier des fichiers DOSSIER/&lt;partition&gt;.queue_log (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Also (or instead) append the rows to the queue_log table of this database: mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the password comes from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Ajouter aussi (ou à la place) les lignes à la table queue_log de cette base&#xa0;: mysql://user@host:port/database ou sqlite:PATH (la table est créée si elle n&apos;existe pas&#xa0;; le mot de passe vient de QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier positif ou nul, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from is required; see --help.</source>
        <translation>--from est obligatoire&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni une date/heure ISO 8601 ni des secondes epoch.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is neither an ISO 8601 date/time nor epoch seconds.</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni une date/heure ISO 8601 ni des secondes epoch.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid partition name: use 1 to 20 letters, digits, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de partition valide&#xa0;: utilisez 1 à 20 lettres, chiffres, &apos;_&apos; ou &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; is named twice.</source>
        <translation>La partition «&#xa0;%1&#xa0;» est indiquée deux fois.</translation>
    </message>
    <message>
        <source>At most 64 queues, not %1.</source>
        <translation>64 files au maximum, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable queue name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de file utilisable.</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; is named twice.</source>
        <translation>La file «&#xa0;%1&#xa0;» est indiquée deux fois.</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--agents attend un nombre entier de 0 à 10000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--calls-per-day needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-day attend un nombre entier de 0 à 10000000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--restarts-per-day needs a number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--restarts-per-day attend un nombre de 0 à 1000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--occupancy needs a number from 0.05 to 0.95, not &quot;%1&quot;.</source>
        <translation>--occupancy attend un nombre de 0.05 à 0.95, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say where to write: --output-dir DIR and/or --db URL; see --help.</source>
        <translation>Indiquez où écrire&#xa0;: --output-dir DOSSIER et/ou --db URL&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <source>wrote %1 rows (%2) into %3</source>
        <translation>%1 lignes écrites (%2) dans %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>GuiCli</name>
    <message>
        <source>Live view of an Asterisk call-centre cluster.</source>
        <translation>Vue en direct d&apos;un cluster de centre d&apos;appels Asterisk.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH (password from QUEUEWATCH_DB_PASSWORD).</source>
        <translation>Base de données&#xa0;: mysql://user@host:port/database ou sqlite:PATH (mot de passe dans QUEUEWATCH_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>What to show: sql:A, cluster:A|B-|C, clustrw:A|B.</source>
        <translation>Ce qu&apos;il faut afficher&#xa0;: sql:A, cluster:A|B-|C, clustrw:A|B.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Show the built-in simulated three-server cluster.</source>
        <translation>Afficher le cluster simulé intégré de trois serveurs.</translation>
    </message>
    <message>
        <source>Show only the wallboard, covering the whole screen (Ctrl+Q quits).</source>
        <translation>Afficher uniquement le wallboard, en plein écran (Ctrl+Q pour quitter).</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names.</source>
        <translation>Un fichier JSON qui associe les interfaces des membres de file de chaque serveur à leurs noms de membre.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A server&apos;s manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; the secret from QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; or QUEUEWATCH_AMI_SECRET.</source>
        <translation>L&apos;interface manager d&apos;un serveur (répétable)&#xa0;: NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]&#xa0;; le secret vient de QUEUEWATCH_AMI_SECRET_&lt;NAME&gt; ou QUEUEWATCH_AMI_SECRET.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Allow supervisor actions (pause, log on and off, listen) through the managers.</source>
        <translation>Autoriser les actions de supervision (pause, connexion et déconnexion, écoute) via les managers.</translation>
    </message>
    <message>
        <source>A sliding live window of the last N hours (starting on a quarter hour) instead of since midnight; 0 is since midnight.</source>
        <translation>Une fenêtre glissante des N dernières heures (commençant à un quart d&apos;heure) au lieu de depuis minuit&#xa0;; 0 signifie depuis minuit.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to cover, 0 for the first (default: the primary).</source>
        <translation>Avec --wallboard&#xa0;: l&apos;écran à couvrir, 0 pour le premier (par défaut&#xa0;: l&apos;écran principal).</translation>
    </message>
    <message>
        <source>--window-hours takes a number of hours from 0 to %1.</source>
        <translation>--window-hours attend un nombre d&apos;heures de 0 à %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number from 0 to %1.</source>
        <translation>--screen attend un numéro d&apos;écran de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>LoaderCli</name>
    <message>
        <source>Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.
Outages are retried. A line the table refuses for good (a constraint, a value its column does not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the server&apos;s reason), then the line as it was.
Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a missing grant, a read-only server, a missing table or column: the message says which), 4 the rejected-lines file cannot be written.</source>
        <translation>Charge un queue_log Asterisk dans sa partition de la table queue_log, chaque ligne une seule fois, et continue à le suivre à travers les rotations de journaux. Le mot de passe vient de QUEUEWATCH_DB_PASSWORD.
Les coupures sont réessayées. Une ligne que la table refuse définitivement (une contrainte, une valeur que sa colonne n&apos;accepte pas) est mise de côté dans le fichier des lignes rejetées&#xa0;: une ligne de commentaire (# line N of FILE, quand, le motif du serveur), puis la ligne telle quelle.
Code de sortie&#xa0;: 0 terminé (ou arrêté par un signal), 1 le fichier est illisible (avec --once) ou le nom de partition est incorrect, 2 arguments incorrects, 3 la base de données refuse définitivement le chargeur (droit manquant, serveur en lecture seule, table ou colonne manquante&#xa0;: le message précise laquelle), 4 le fichier des lignes rejetées ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Base de données&#xa0;: mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The partition (server name) the lines belong to, 1 to 20 characters.</source>
        <translation>La partition (nom du serveur) à laquelle appartiennent les lignes, 1 à 20 caractères.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Upload what the file holds now, then exit.</source>
        <translation>Charger le contenu actuel du fichier, puis quitter.</translation>
    </message>
    <message>
        <source>Where lines the database refuses are set aside (default: the queue_log file&apos;s path with .rejected added).</source>
        <translation>Où mettre de côté les lignes refusées par la base (par défaut&#xa0;: le chemin du fichier queue_log suivi de .rejected).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the file (default 1000).</source>
        <translation>Millisecondes entre deux lectures du fichier (1000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MB of lines to hold while the database is away (default 64).</source>
        <translation>Mo de lignes à conserver pendant que la base est indisponible (64 par défaut).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>The queue_log file to upload.</source>
        <translation>Le fichier queue_log à charger.</translation>
    </message>
    <message>
        <source>Give exactly one queue_log file (see --help).</source>
        <translation>Indiquez exactement un fichier queue_log (voir --help).</translation>
    </message>
    <message>
        <source>--db and --partition are required (see --help).</source>
        <translation>--db et --partition sont obligatoires (voir --help).</translation>
    </message>
    <message>
        <source>--poll-interval takes 10 to 600000 milliseconds.</source>
        <translation>--poll-interval attend de 10 à 600000 millisecondes.</translation>
    </message>
    <message>
        <source>--memory-limit takes 1 to 16384 MB.</source>
        <translation>--memory-limit attend de 1 à 16384&#xa0;Mo.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading: %1 % (%2 events)</source>
        <translation>Lecture&#xa0;: %1&#xa0;% (%2 événements)</translation>
    </message>
    <message>
        <source>Cannot paint the PDF.</source>
        <translation>Impossible de dessiner le PDF.</translation>
    </message>
    <message>
        <source>Call-centre reports and live states from Asterisk queue_log partitions.
Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, 4 the output cannot be written.</source>
        <translation>Rapports de centre d&apos;appels et états en direct à partir des partitions queue_log d&apos;Asterisk.
Code de sortie&#xa0;: 0 terminé, 2 arguments ou source incorrects, 3 une source est illisible, 4 la sortie ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::ActionRouter</name>
    <message>
        <source>Say which agent.</source>
        <translation>Indiquez quel agent.</translation>
    </message>
    <message>
        <source>%1 is not a server of %2.</source>
        <translation>%1 n&apos;est pas un serveur de %2.</translation>
    </message>
    <message>
        <source>Say on which server to log %1 on.</source>
        <translation>Indiquez sur quel serveur connecter %1.</translation>
    </message>
    <message>
        <source>Say to which queue to add %1.</source>
        <translation>Indiquez à quelle file ajouter %1.</translation>
    </message>
    <message>
        <source>Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).</source>
        <translation>Indiquez l&apos;interface de %1 (par exemple Local/101@agents/n ou PJSIP/101).</translation>
    </message>
    <message>
        <source>No server&apos;s manager is connected.</source>
        <translation>Aucun manager de serveur n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The manager of %1 is not connected.</source>
        <translation>Le manager de %1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>%1 is a member on no server whose manager is connected.</source>
        <translation>%1 n&apos;est membre sur aucun serveur dont le manager est connecté.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 on any server whose manager is connected.</source>
        <translation>%1 n&apos;est membre de %2 sur aucun serveur dont le manager est connecté.</translation>
    </message>
    <message>
        <source>%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.</source>
        <translation>%1 est membre statique de %2 sur %3 (queues.conf)&#xa0;: impossible de le déconnecter d&apos;ici.</translation>
    </message>
    <message>
        <source>%1 is on no call to listen to.</source>
        <translation>%1 n&apos;a aucun appel en cours à écouter.</translation>
    </message>
    <message>
        <source>No supervisor device is set for %1: add device=... to its manager.</source>
        <translation>Aucun poste superviseur n&apos;est défini pour %1&#xa0;: ajoutez device=... à son manager.</translation>
    </message>
</context>
<context>
    <name>qw::AgentActions</name>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>Log o&amp;ff…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Log &amp;on…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>Éc&amp;outer</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>C&amp;huchoter</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intrusion</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <source>Pause %1 in:</source>
        <translation>Mettre %1 en pause dans&#xa0;:</translation>
    </message>
    <message>
        <source>Reason (shown in the window and the reports):</source>
        <translation>Motif (affiché dans la fenêtre et les rapports)&#xa0;:</translation>
    </message>
    <message>
        <source>Log off %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Remove %1 from:</source>
        <translation>Retirer %1 de&#xa0;:</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>toutes les files</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Calls will no longer ring there.</source>
        <translation>Retirer %1 de %2&#xa0;? Les appels n&apos;y sonneront plus.</translation>
    </message>
    <message>
        <source>Log on a member</source>
        <translation>Connecter un membre</translation>
    </message>
    <message>
        <source>PJSIP/101, Local/101@agents/n</source>
        <translation>PJSIP/101, Local/101@agents/n</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface&#xa0;:</translation>
    </message>
    <message>
        <source>Member &amp;name:</source>
        <translation>&amp;Nom du membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Pénalité&#xa0;:</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Effectué&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not done: %1 (%2)</source>
        <translation>Non effectué&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>%1 was not done:
%2</source>
        <translation>%1 n&apos;a pas abouti&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>qw::AgentChip</name>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (pas à jour)</translation>
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
        <translation>En pause</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En com.</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Invalid device</source>
        <translation>Poste invalide</translation>
    </message>
    <message>
        <source>As its server&apos;s manager interface reports it now.</source>
        <translation>Tel que l&apos;interface manager de son serveur l&apos;indique en ce moment.</translation>
    </message>
    <message>
        <source>As the queue_log says (no manager interface for its server).</source>
        <translation>Selon le queue_log (pas d&apos;interface manager pour son serveur).</translation>
    </message>
    <message>
        <source>The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is Agent/A-101).</source>
        <translation>L&apos;agent tel que le queue_log le nomme (avec clustrw, renommé par serveur&#xa0;: Agent/101 sur A devient Agent/A-101).</translation>
    </message>
    <message>
        <source>On a call while a call it answered is open (also without a login, as static members take calls); otherwise Paused while any pause is open; Free while logged in to a queue; else Logged off.</source>
        <translation>En com. tant qu&apos;un appel qu&apos;il a décroché est ouvert (même sans connexion, car les membres statiques prennent des appels)&#xa0;; sinon En pause tant qu&apos;une pause est ouverte&#xa0;; Libre s&apos;il est connecté à une file&#xa0;; sinon Déconnecté.</translation>
    </message>
    <message>
        <source>The reason given with the most recent pause still open.</source>
        <translation>Le motif donné avec la pause la plus récente encore ouverte.</translation>
    </message>
    <message>
        <source>Time since the state last changed (since the start of the live window when it has not changed in it).</source>
        <translation>Temps écoulé depuis le dernier changement d&apos;état (depuis le début de la fenêtre du direct si l&apos;état n&apos;y a pas changé).</translation>
    </message>
    <message>
        <source>The servers whose events make up this agent&apos;s row today.</source>
        <translation>Les serveurs dont les événements forment la ligne de cet agent aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The queues the agent is a member of now.</source>
        <translation>Les files dont l&apos;agent est membre en ce moment.</translation>
    </message>
    <message>
        <source>Calls this agent answered in the live window (since midnight unless a sliding window is set) that have ended.</source>
        <translation>Appels décrochés par cet agent dans la fenêtre du direct (depuis minuit, sauf fenêtre glissante) et terminés.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>Motif de pause</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Durée dans l&apos;état</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Décrochés auj.</translation>
    </message>
</context>
<context>
    <name>qw::AmiConnection</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2&#xa0;s</translation>
    </message>
    <message>
        <source>the connection to %1 was closed</source>
        <translation>la connexion à %1 a été fermée</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the login</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <source>%1 sent a message too large to be one</source>
        <translation>%1 a envoyé un message trop grand pour en être un</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk manager interface (it said &quot;%2&quot;)</source>
        <translation>%1 n&apos;est pas une interface manager Asterisk (réponse&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>qw::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::CallsModel</name>
    <message>
        <source>The queue the caller is in. A caller transferred to another queue is a new call there.</source>
        <translation>La file où se trouve l&apos;appelant. Un appelant transféré vers une autre file y devient un nouvel appel.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) that carries the call.</source>
        <translation>Le serveur Asterisk (partition) qui porte l&apos;appel.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, as Asterisk logged it when the call entered the queue.</source>
        <translation>Le numéro de l&apos;appelant, tel qu&apos;Asterisk l&apos;a journalisé à l&apos;entrée de l&apos;appel dans la file.</translation>
    </message>
    <message>
        <source>The agent who answered the call.</source>
        <translation>L&apos;agent qui a décroché l&apos;appel.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line now, on its server: where it entered, moved up as callers ahead left or were answered.</source>
        <translation>La position actuelle de l&apos;appelant dans la file, sur son serveur&#xa0;: sa position d&apos;entrée, avancée à mesure que les appelants devant lui sont partis ou ont été servis.</translation>
    </message>
    <message>
        <source>The caller&apos;s place in line when the call entered the queue, as Asterisk logged it.</source>
        <translation>La position de l&apos;appelant à l&apos;entrée de l&apos;appel dans la file, telle qu&apos;Asterisk l&apos;a journalisée.</translation>
    </message>
    <message>
        <source>How long the caller has been waiting in this queue. A caller waiting over 1,000 s leaves this list (a missing exit event).</source>
        <translation>Depuis combien de temps l&apos;appelant attend dans cette file. Un appelant qui attend plus de 1&#xa0;000&#xa0;s quitte cette liste (événement de sortie manquant).</translation>
    </message>
    <message>
        <source>How long the conversation has lasted since the agent answered.</source>
        <translation>Durée de la conversation depuis que l&apos;agent a décroché.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
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
        <translation>Position d&apos;entrée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>En com.</translation>
    </message>
</context>
<context>
    <name>qw::ClusterReader</name>
    <message>
        <source>%1: %2 malformed line(s) skipped.</source>
        <translation>%1&#xa0;: %2 ligne(s) mal formée(s) ignorée(s).</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseConnection</name>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Le pilote de base de données Qt %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open %1: not a file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the connection; it was closed before reading anything. Enable TLS on the server (ssl_cert, ssl_key) or remove the ssl- options.</source>
        <translation>Impossible d&apos;ouvrir %1 : l&apos;URL demande TLS (ssl-...) mais le serveur n&apos;a pas chiffré la connexion ; elle a été fermée avant toute lecture. Activez TLS sur le serveur (ssl_cert, ssl_key) ou retirez les options ssl-.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that ssl-ca names the authority that signed the server&apos;s certificate, and that ssl-cert and ssl-key belong together.</source>
        <translation>La négociation TLS a échoué : vérifiez que ssl-ca désigne l&apos;autorité qui a signé le certificat du serveur, et que ssl-cert et ssl-key vont ensemble.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires a client certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.</source>
        <translation>Vérifiez l&apos;utilisateur et le mot de passe ; un compte qui exige un certificat client (REQUIRE X509) a aussi besoin de ssl-cert et ssl-key dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Check the user and password; an account that requires TLS (REQUIRE SSL) needs ssl-ca in the URL.</source>
        <translation>Vérifiez l&apos;utilisateur et le mot de passe ; un compte qui exige TLS (REQUIRE SSL) a besoin de ssl-ca dans l&apos;URL.</translation>
    </message>
</context>
<context>
    <name>qw::DatabaseUrl</name>
    <message>
        <source>&quot;sqlite:&quot; needs the path of the database file after it.</source>
        <translation>«&#xa0;sqlite:&#xa0;» doit être suivi du chemin du fichier de base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.</source>
        <translation>«&#xa0;%1&#xa0;» désigne un serveur&#xa0;; une URL sqlite: désigne un fichier&#xa0;: sqlite:/path/to/queue_log.sqlite.</translation>
    </message>
    <message>
        <source>Not a database URL: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Ce n&apos;est pas une URL de base de données&#xa0;: utilisez mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL &quot;%1&quot;: use mysql://user@host:port/database or sqlite:PATH.</source>
        <translation>Type d&apos;URL de base de données inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez mysql://user@host:port/database ou sqlite:PATH.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL; set the %1 environment variable instead.</source>
        <translation>Ne mettez pas le mot de passe dans l&apos;URL de la base de données&#xa0;; définissez plutôt la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid: %2.</source>
        <translation>L&apos;URL de base de données «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database URL has no host name: mysql://user@HOST:port/database.</source>
        <translation>L&apos;URL de base de données n&apos;a pas de nom d&apos;hôte&#xa0;: mysql://user@HOST:port/database.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>Le port de la base de données doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The database URL has no database name: mysql://user@host:port/DATABASE.</source>
        <translation>L&apos;URL de base de données n&apos;a pas de nom de base&#xa0;: mysql://user@host:port/DATABASE.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; may not contain &quot;/&quot;.</source>
        <translation>Le nom de base «&#xa0;%1&#xa0;» ne doit pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown database URL option &quot;%1&quot;; known options: %2.</source>
        <translation>Option d&apos;URL de base de données inconnue «&#xa0;%1&#xa0;»&#xa0;; options connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; needs a value without &quot;;&quot;.</source>
        <translation>L&apos;option d&apos;URL de base de données «&#xa0;%1&#xa0;» attend une valeur sans «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; takes a number of seconds.</source>
        <translation>L&apos;option d&apos;URL de base de données «&#xa0;%1&#xa0;» attend un nombre de secondes.</translation>
    </message>
</context>
<context>
    <name>qw::DefinitionFile</name>
    <message>
        <source>a report definition</source>
        <translation>une définition de rapport</translation>
    </message>
</context>
<context>
    <name>qw::DemoBackend</name>
    <message>
        <source>The demo cannot start: no temporary folder (%1).</source>
        <translation>La démo ne peut pas démarrer&#xa0;: pas de dossier temporaire (%1).</translation>
    </message>
    <message>
        <source>The demo stopped: %1</source>
        <translation>La démo s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::FigureHelp</name>
    <message>
        <source>Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. A call that entered a second queue counts there too.</source>
        <translation>Appels entrés dans la file pendant la période et terminés dans les 4 heures&#xa0;: décrochés plus perdus. Un appel entré dans une deuxième file y compte aussi.</translation>
    </message>
    <message>
        <source>Calls an agent answered (a CONNECT, or a completed call).</source>
        <translation>Appels décrochés par un agent (un CONNECT, ou un appel terminé).</translation>
    </message>
    <message>
        <source>Calls that ended without an agent: the caller hung up, timed out, found no agents, pressed a key, or the server restarted.</source>
        <translation>Appels terminés sans agent&#xa0;: l&apos;appelant a raccroché, le délai a expiré, aucun agent, l&apos;appelant a appuyé sur une touche, ou le serveur a redémarré.</translation>
    </message>
    <message>
        <source>The caller hung up while waiting.</source>
        <translation>L&apos;appelant a raccroché pendant l&apos;attente.</translation>
    </message>
    <message>
        <source>The queue&apos;s maximum wait ran out.</source>
        <translation>Le délai d&apos;attente maximal de la file a expiré.</translation>
    </message>
    <message>
        <source>The call left because the queue had no agents who could take it.</source>
        <translation>L&apos;appel est sorti car la file n&apos;avait aucun agent pouvant le prendre.</translation>
    </message>
    <message>
        <source>The caller pressed a key to leave the queue.</source>
        <translation>L&apos;appelant a appuyé sur une touche pour quitter la file.</translation>
    </message>
    <message>
        <source>Unanswered for another reason: withdrawn, media incompatible, or the server restarted while the caller waited.</source>
        <translation>Perdu pour une autre raison&#xa0;: retiré, média incompatible, ou le serveur a redémarré pendant l&apos;attente.</translation>
    </message>
    <message>
        <source>Answered calls that waited no longer than the service-level threshold.</source>
        <translation>Appels décrochés qui n&apos;ont pas attendu plus que le seuil de niveau de service.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within the threshold: they count neither for nor against the service level.</source>
        <translation>Appels perdus abandonnés dans le seuil&#xa0;: ils ne comptent ni pour ni contre le niveau de service.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by offered minus unanswered within the threshold.</source>
        <translation>Décrochés dans le seuil, divisés par les présentés moins les perdus dans le seuil.</translation>
    </message>
    <message>
        <source>Answered within the threshold, divided by all answered calls (Asterisk&apos;s SL).</source>
        <translation>Décrochés dans le seuil, divisés par tous les appels décrochés (le SL d&apos;Asterisk).</translation>
    </message>
    <message>
        <source>Calls that ended within the threshold, answered or not, divided by offered (Asterisk&apos;s SL2).</source>
        <translation>Appels terminés dans le seuil, décrochés ou non, divisés par les présentés (le SL2 d&apos;Asterisk).</translation>
    </message>
    <message>
        <source>Average time answered calls waited before an agent took them (ASA).</source>
        <translation>Temps moyen d&apos;attente des appels décrochés avant leur prise par un agent (ASA).</translation>
    </message>
    <message>
        <source>The longest wait of an answered call.</source>
        <translation>L&apos;attente la plus longue d&apos;un appel décroché.</translation>
    </message>
    <message>
        <source>Average conversation of the answered calls whose talk time is known.</source>
        <translation>Durée moyenne de communication des appels décrochés dont la durée de conversation est connue.</translation>
    </message>
    <message>
        <source>All conversation time of the answered calls.</source>
        <translation>Durée totale de communication des appels décrochés.</translation>
    </message>
    <message>
        <source>Average time unanswered callers waited before their call ended.</source>
        <translation>Temps moyen d&apos;attente des appelants perdus avant la fin de leur appel.</translation>
    </message>
    <message>
        <source>Answered calls the agent transferred (blind, attended or old-style).</source>
        <translation>Appels décrochés transférés par l&apos;agent (transfert aveugle, supervisé ou ancien style).</translation>
    </message>
    <message>
        <source>Times an agent&apos;s phone rang for a call and was not answered.</source>
        <translation>Nombre de fois où le téléphone d&apos;un agent a sonné pour un appel sans être décroché.</translation>
    </message>
    <message>
        <source>Answered divided by offered.</source>
        <translation>Décrochés divisés par présentés.</translation>
    </message>
    <message>
        <source>Time the agent was logged in (to any queue, or by agent login) within the period, up to now for a period still running.</source>
        <translation>Temps de connexion de l&apos;agent (à une file quelconque, ou par login agent) dans la période, jusqu&apos;à maintenant pour une période en cours.</translation>
    </message>
    <message>
        <source>Time the agent was paused within the period, up to now for a period still running.</source>
        <translation>Temps de pause de l&apos;agent dans la période, jusqu&apos;à maintenant pour une période en cours.</translation>
    </message>
    <message>
        <source>Answered calls that waited at most this long, as a share of all answered.</source>
        <translation>Appels décrochés ayant attendu au plus cette durée, en part de tous les décrochés.</translation>
    </message>
    <message>
        <source>Unanswered calls that gave up within this many seconds, as a share of all unanswered.</source>
        <translation>Appels perdus abandonnés en au plus ce nombre de secondes, en part de tous les perdus.</translation>
    </message>
    <message>
        <source>Unanswered calls that ended this way.</source>
        <translation>Appels perdus terminés de cette façon.</translation>
    </message>
    <message>
        <source>A wait in seconds: the row counts calls that waited at most this long.</source>
        <translation>Une attente en secondes&#xa0;: la ligne compte les appels ayant attendu au plus cette durée.</translation>
    </message>
    <message>
        <source>Seconds from entering the queue to the answer, or to the end of an unanswered call.</source>
        <translation>Secondes entre l&apos;entrée dans la file et le décroché, ou la fin d&apos;un appel perdu.</translation>
    </message>
    <message>
        <source>Seconds of conversation; empty when the log does not tell.</source>
        <translation>Secondes de conversation&#xa0;; vide quand le journal ne l&apos;indique pas.</translation>
    </message>
    <message>
        <source>Answered, or why the call went unanswered.</source>
        <translation>Décroché, ou pourquoi l&apos;appel a été perdu.</translation>
    </message>
    <message>
        <source>The agent transferred the call.</source>
        <translation>L&apos;agent a transféré l&apos;appel.</translation>
    </message>
    <message>
        <source>The Asterisk server (partition) the call or figure comes from.</source>
        <translation>Le serveur Asterisk (partition) d&apos;où viennent l&apos;appel ou le chiffre.</translation>
    </message>
    <message>
        <source>The servers the agent&apos;s calls and sessions come from.</source>
        <translation>Les serveurs d&apos;où viennent les appels et les sessions de l&apos;agent.</translation>
    </message>
</context>
<context>
    <name>qw::FilePartitionBinding</name>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
</context>
<context>
    <name>qw::FilterPage</name>
    <message>
        <source>%1 (not in this period&apos;s data)</source>
        <translation>%1 (absent des données de cette période)</translation>
    </message>
    <message>
        <source>Queues and agents</source>
        <translation>Files et agents</translation>
    </message>
    <message>
        <source>Tick the queues and agents to include. Nothing ticked means all of them.</source>
        <translation>Cochez les files et les agents à inclure. Rien de coché signifie tous.</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Files&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Agents&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the queues and agents of this period…</source>
        <translation>Chargement des files et des agents de cette période…</translation>
    </message>
    <message>
        <source>The chosen partitions have no queues or agents in this period.</source>
        <translation>Les partitions choisies n&apos;ont ni file ni agent dans cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n queue(s)</source>
        <translation>
            <numerusform>%n file trouvée</numerusform>
            <numerusform>%n files trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in this period.</source>
        <translation>
            <numerusform>%n agent dans cette période.</numerusform>
            <numerusform>%n agents dans cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues and agents could not be listed: %1</source>
        <translation>Impossible de lister les files et les agents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::FinishPage</name>
    <message>
        <source>all</source>
        <translation>sans filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n élément choisi</numerusform>
            <numerusform>%n éléments choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve definition…</source>
        <translation>Enre&amp;gistrer la définition…</translation>
    </message>
    <message>
        <source>Service level and title</source>
        <translation>Niveau de service et titre</translation>
    </message>
    <message>
        <source>A call answered within the threshold counts towards the service level.</source>
        <translation>Un appel décroché dans le seuil compte pour le niveau de service.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level = calls answered within this many seconds / calls that entered a queue.</source>
        <translation>Niveau de service = appels décrochés en au plus ce nombre de secondes / appels entrés dans une file.</translation>
    </message>
    <message>
        <source>Empty: source and period</source>
        <translation>Vide&#xa0;: source et période</translation>
    </message>
    <message>
        <source>Save these choices to a file, to reopen and run the same report later.</source>
        <translation>Enregistrer ces choix dans un fichier, pour rouvrir et relancer le même rapport plus tard.</translation>
    </message>
    <message>
        <source>Service-level &amp;threshold:</source>
        <translation>&amp;Seuil de niveau de service&#xa0;:</translation>
    </message>
    <message>
        <source>Report t&amp;itle:</source>
        <translation>T&amp;itre du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot;
Source: %2
Period: %3 (%4)
Queues: %5
Agents: %6
Service level: answered within %n second(s)</source>
        <translation>
            <numerusform>Rapport «&#xa0;%1&#xa0;»
Source&#xa0;: %2
Période&#xa0;: %3 (%4)
Files&#xa0;: %5
Agents&#xa0;: %6
Niveau de service&#xa0;: décroché en %n seconde au plus</numerusform>
            <numerusform>Rapport «&#xa0;%1&#xa0;»
Source&#xa0;: %2
Période&#xa0;: %3 (%4)
Files&#xa0;: %5
Agents&#xa0;: %6
Niveau de service&#xa0;: décrochés en %n secondes au plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::HealthBanner</name>
    <message>
        <source>Retry now (F5)</source>
        <translation>Réessayer (F5)</translation>
    </message>
</context>
<context>
    <name>qw::HealthText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2</source>
        <translation>Serveur %1 illisible depuis %2</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2</source>
        <translation>Serveurs %1 illisibles depuis %2</translation>
    </message>
    <message>
        <source>(figures as of %1)</source>
        <translation>(chiffres de %1)</translation>
    </message>
    <message>
        <source>Server %1 cannot be read since %2: %3</source>
        <translation>Serveur %1 illisible depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Servers %1 cannot be read since %2: %3</source>
        <translation>Serveurs %1 illisibles depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing of it has been read yet.</source>
        <translation>Rien n&apos;en a encore été lu.</translation>
    </message>
    <message>
        <source>Nothing of theirs has been read yet.</source>
        <translation>Rien n&apos;en a encore été lu.</translation>
    </message>
    <message>
        <source>Its calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Ses appels et ses agents sont grisés, leurs durées figées à %1, la dernière lecture.</translation>
    </message>
    <message>
        <source>Their calls and agents are greyed, their times stopped at %1, the last read.</source>
        <translation>Leurs appels et leurs agents sont grisés, leurs durées figées à %1, la dernière lecture.</translation>
    </message>
    <message>
        <source>No new rows from any server since %1: the database is behind</source>
        <translation>Aucune nouvelle ligne d&apos;aucun serveur depuis %1&#xa0;: la base de données est en retard</translation>
    </message>
    <message>
        <source>No new rows from any server since %1 (data as of %2): the database, or the replica QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are greyed, their times stopped at %1.</source>
        <translation>Aucune nouvelle ligne d&apos;aucun serveur depuis %1 (données de %2)&#xa0;: la base de données, ou le réplica que lit QueueWatch, est en retard, ou les chargeurs se sont arrêtés. Les appels et les agents sont grisés, leurs durées figées à %1.</translation>
    </message>
    <message>
        <source>Server %1 silent since %2</source>
        <translation>Serveur %1 muet depuis %2</translation>
    </message>
    <message>
        <source>Servers %1 silent since %2</source>
        <translation>Serveurs %1 muets depuis %2</translation>
    </message>
    <message>
        <source>No new rows from server %1 since %2 while calls of it are open: the server, its loader or the database may have stopped. Its calls and agents are greyed.</source>
        <translation>Aucune nouvelle ligne du serveur %1 depuis %2 alors que des appels y sont ouverts&#xa0;: le serveur, son chargeur ou la base de données s&apos;est peut-être arrêté. Ses appels et ses agents sont grisés.</translation>
    </message>
    <message>
        <source>No new rows from servers %1 since %2 while calls of theirs are open: the servers, their loaders or the database may have stopped. Their calls and agents are greyed.</source>
        <translation>Aucune nouvelle ligne des serveurs %1 depuis %2 alors que des appels y sont ouverts&#xa0;: les serveurs, leurs chargeurs ou la base de données se sont peut-être arrêtés. Leurs appels et leurs agents sont grisés.</translation>
    </message>
    <message>
        <source>Server %1: clock ahead?</source>
        <translation>Serveur %1&#xa0;: horloge en avance&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 has %n row(s) dated %2 or later, in the future: its clock may be wrong. They are set aside, not shown.</source>
        <translation>
            <numerusform>Le serveur %1 a %n ligne datée de %2 ou plus tard, dans le futur&#xa0;: son horloge est peut-être fausse. Elle est mise de côté, pas affichée.</numerusform>
            <numerusform>Le serveur %1 a %n lignes datées de %2 ou plus tard, dans le futur&#xa0;: son horloge est peut-être fausse. Elles sont mises de côté, pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>données %1</translation>
    </message>
    <message>
        <source>Server %1: %2 since %3</source>
        <translation>Serveur %1&#xa0;: %2 depuis %3</translation>
    </message>
    <message>
        <source>Data as of (newest row): %1</source>
        <translation>Données à jour (ligne la plus récente)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last successful read: %1</source>
        <translation>Dernière lecture réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calls open: %1</source>
        <translation>Appels ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its figures are as of %1</source>
        <translation>Ses chiffres datent de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the future set aside, the first dated %1</source>
        <translation>
            <numerusform>%n ligne du futur mise de côté, la première datée de %1</numerusform>
            <numerusform>%n lignes du futur mises de côté, la première datée de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>refused the login</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>No manager interface: members and states from queue_log alone.</source>
        <translation>Pas d&apos;interface manager&#xa0;: membres et états d&apos;après le queue_log seul.</translation>
    </message>
    <message>
        <source>Manager interface: %1 since %2</source>
        <translation>Interface manager&#xa0;: %1 depuis %2</translation>
    </message>
    <message>
        <source>Members, device states and places in line from the server itself.</source>
        <translation>Membres, états des postes et positions dans la file fournis par le serveur lui-même.</translation>
    </message>
    <message>
        <source>Meanwhile members and states from queue_log alone.</source>
        <translation>En attendant, membres et états d&apos;après le queue_log seul.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lu à %1</translation>
    </message>
    <message>
        <source>%1 last read %2</source>
        <translation>%1 lu à %2</translation>
    </message>
    <message>
        <source>Connection: encrypted (%1, %2)</source>
        <translation>Connexion : chiffrée (%1, %2)</translation>
    </message>
    <message>
        <source>Connection: not encrypted</source>
        <translation>Connexion : non chiffrée</translation>
    </message>
</context>
<context>
    <name>qw::JsonFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be %2.</source>
        <translation>%1 est trop volumineux pour être %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not %3 (%4).</source>
        <translation>ligne %1, colonne %2&#xa0;: pas %3 (%4).</translation>
    </message>
    <message>
        <source>not %1: expected a JSON object.</source>
        <translation>pas %1&#xa0;: un objet JSON est attendu.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot;: %4</source>
        <translation>%1:%2&#xa0;: «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::KeyedRowsModel</name>
    <message>
        <source>Not current: server %1 is not up to date, shown as of %2.</source>
        <translation>Pas à jour&#xa0;: le serveur %1 n&apos;est pas à jour, affiché dans son état de %2.</translation>
    </message>
</context>
<context>
    <name>qw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>QueueWatch speaks the new language from its next start. Restart it now?</source>
        <translation>QueueWatch utilisera la nouvelle langue à son prochain démarrage. Le redémarrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>qw::LiveFeed</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>qw::LiveSession</name>
    <message>
        <source>This program has no demo: choose a database in File › Settings.</source>
        <translation>Ce programme n&apos;a pas de démo&#xa0;: choisissez une base de données dans Fichier › Paramètres.</translation>
    </message>
</context>
<context>
    <name>qw::LiveViewSettings</name>
    <message>
        <source>demo cluster</source>
        <translation>cluster de démo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Enter the database URL.</source>
        <translation>Saisissez l&apos;URL de la base de données.</translation>
    </message>
    <message>
        <source>Enter the source, for example cluster:A|B|C.</source>
        <translation>Saisissez la source, par exemple cluster:A|B|C.</translation>
    </message>
</context>
<context>
    <name>qw::LoaderState</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read where the loader stopped: %1</source>
        <translation>Impossible de lire où le chargeur s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record where the loader stands: %1</source>
        <translation>Impossible d&apos;enregistrer où en est le chargeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::LogFollower</name>
    <message>
        <source>The file the loader stopped in (at line %1) is no longer there and no rotated copy starts with its first line: lines written to it after line %1 were not loaded. Starting %2 from its beginning.</source>
        <translation>Le fichier où le chargeur s&apos;est arrêté (à la ligne %1) n&apos;existe plus et aucune copie issue de la rotation ne commence par sa première ligne&#xa0;: les lignes écrites après la ligne %1 n&apos;ont pas été chargées. Reprise de %2 depuis son début.</translation>
    </message>
    <message>
        <source>Finishing %1 (rotated while the loader was stopped) from line %2.</source>
        <translation>Fin du chargement de %1 (rotation pendant l&apos;arrêt du chargeur) à partir de la ligne %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: not a queue_log line, skipped.</source>
        <translation>La ligne %1 dépasse %2 octets&#xa0;: ce n&apos;est pas une ligne de queue_log, ignorée.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet).</source>
        <translation>%1 n&apos;existe pas (encore).</translation>
    </message>
    <message>
        <source>%1 was rotated but no copy starting with its first line was found: lines after line %2 may be missing.</source>
        <translation>%1 a subi une rotation mais aucune copie commençant par sa première ligne n&apos;a été trouvée&#xa0;: des lignes après la ligne %2 manquent peut-être.</translation>
    </message>
    <message>
        <source>%1 was rotated: finishing %2, then starting the new file.</source>
        <translation>%1 a subi une rotation&#xa0;: fin du chargement de %2, puis passage au nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Appels en attente</translation>
    </message>
    <message>
        <source>Calls in conversation</source>
        <translation>Appels en communication</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
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
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nouveau rapport...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open report definition...</source>
        <translation>&amp;Ouvrir une définition de rapport...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About QueueWatch</source>
        <translation>À &amp;propos de QueueWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>&lt;h3&gt;QueueWatch %1&lt;/h3&gt;&lt;p&gt;Vue en direct, wallboard et rapports d&apos;un cluster de centre d&apos;appels Asterisk, lus dans le queue_log de chaque serveur.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About QueueWatch</source>
        <translation>À propos de QueueWatch</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Loading today&apos;s calls and agents...</source>
        <translation>Chargement des appels et des agents du jour...</translation>
    </message>
    <message>
        <source>No queue has had a call today.</source>
        <translation>Aucune file n&apos;a eu d&apos;appel aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No agent has logged in today.</source>
        <translation>Aucun agent ne s&apos;est connecté aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No calls waiting.</source>
        <translation>Aucun appel en attente.</translation>
    </message>
    <message>
        <source>No calls in conversation.</source>
        <translation>Aucun appel en communication.</translation>
    </message>
    <message>
        <source>Queue members under two names</source>
        <translation>Membres de file sous deux noms</translation>
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
        <translation>Les actions de supervision sont désactivées&#xa0;: activez-les dans Fichier › Paramètres, avec une interface manager pour chaque serveur.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerConfig</name>
    <message>
        <source>&quot;%1&quot; should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</source>
        <translation>«&#xa0;%1&#xa0;» doit être de la forme NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de partition.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a host.</source>
        <translation>Le manager de %1 nécessite un hôte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>Secrets are never written with the manager&apos;s address: set QUEUEWATCH_AMI_SECRET_%1, or type it in the settings.</source>
        <translation>Les secrets ne sont jamais enregistrés avec l&apos;adresse du manager&#xa0;: définissez QUEUEWATCH_AMI_SECRET_%1, ou saisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>Unknown manager option &quot;%1&quot; for %2.</source>
        <translation>Option de manager inconnue «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>The manager of %1 needs a user (user=NAME).</source>
        <translation>Le manager de %1 nécessite un utilisateur (user=NAME).</translation>
    </message>
    <message>
        <source>The manager of %1 is given twice.</source>
        <translation>Le manager de %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>%1 has a manager but is not a server of %2.</source>
        <translation>%1 a un manager mais n&apos;est pas un serveur de %2.</translation>
    </message>
</context>
<context>
    <name>qw::ManagerMonitor</name>
    <message>
        <source>Nothing to do for %1.</source>
        <translation>Rien à faire pour %1.</translation>
    </message>
    <message>
        <source>no manager is set up for this server</source>
        <translation>aucun manager n&apos;est configuré pour ce serveur</translation>
    </message>
</context>
<context>
    <name>qw::MemberNames</name>
    <message>
        <source>a member-names file</source>
        <translation>un fichier de noms de membres</translation>
    </message>
    <message>
        <source>not a partition name (1 to 20 of A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>pas un nom de partition (1 à 20 caractères parmi A-Z, a-z, 0-9, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;»).</translation>
    </message>
    <message>
        <source>must map interfaces to member names.</source>
        <translation>doit associer des interfaces à des noms de membre.</translation>
    </message>
    <message>
        <source>not a usable interface.</source>
        <translation>pas une interface utilisable.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list the queues where it is a static member.</source>
        <translation>&quot;static&quot; doit lister les files où il est membre statique.</translation>
    </message>
    <message>
        <source>&quot;static&quot; must list queue names.</source>
        <translation>&quot;static&quot; doit lister des noms de file.</translation>
    </message>
    <message>
        <source>must be a member name, or an object with &quot;name&quot;.</source>
        <translation>doit être un nom de membre, ou un objet avec &quot;name&quot;.</translation>
    </message>
    <message>
        <source>needs a member name.</source>
        <translation>nécessite un nom de membre.</translation>
    </message>
</context>
<context>
    <name>qw::MemberSplit</name>
    <message>
        <source>Server %1 logs its queue members under two names: their interfaces (%2) when they are added or removed, their member names on every other line, so a member shows as two agents and its sessions and pauses do not add up. Give a member-names file that maps each interface to its name, or set log_membername_as_agent = yes in queues.conf on that server.</source>
        <translation>Le serveur %1 journalise ses membres de file sous deux noms&#xa0;: leur interface (%2) quand ils sont ajoutés ou retirés, leur nom de membre sur toutes les autres lignes&#xa0;; un membre apparaît donc comme deux agents et ses sessions et pauses ne s&apos;additionnent pas. Fournissez un fichier de noms de membres qui associe chaque interface à son nom, ou définissez log_membername_as_agent = yes dans queues.conf sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>qw::NativeRangeReader</name>
    <message>
        <source>This build reads MariaDB through QtSql only.</source>
        <translation>Cette version lit MariaDB uniquement via QtSql.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossible de lire la partition %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partition %1 a une ligne sans time_id ou unique_row_count valide.</translation>
    </message>
</context>
<context>
    <name>qw::OutputGuard</name>
    <message>
        <source>the queue_log of partition %1</source>
        <translation>le queue_log de la partition %1</translation>
    </message>
    <message>
        <source>the file: source</source>
        <translation>la source file:</translation>
    </message>
    <message>
        <source>the SQLite database</source>
        <translation>la base de données SQLite</translation>
    </message>
    <message>
        <source>%1 is %2 (%3): the report would overwrite what it reads.</source>
        <translation>%1 est %2 (%3)&#xa0;: le rapport écraserait ce qu&apos;il lit.</translation>
    </message>
    <message>
        <source>the SQLite database of partition %1</source>
        <translation>la base de données SQLite de la partition %1</translation>
    </message>
</context>
<context>
    <name>qw::ParseProblem</name>
    <message>
        <source>fewer than five fields</source>
        <translation>moins de cinq champs</translation>
    </message>
    <message>
        <source>the timestamp is not a number of seconds</source>
        <translation>l&apos;horodatage n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>le nom de l&apos;événement est vide</translation>
    </message>
    <message>
        <source>the line is longer than the queue_log limit</source>
        <translation>la ligne dépasse la longueur maximale du queue_log</translation>
    </message>
    <message>
        <source>line %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>ligne %1 ignorée&#xa0;: %2 («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>l&apos;heure est vide</translation>
    </message>
    <message>
        <source>the time is not a date and time</source>
        <translation>l&apos;heure n&apos;est pas une date avec heure</translation>
    </message>
    <message>
        <source>row id %1 skipped: %2 (&quot;%3&quot;)</source>
        <translation>ligne d&apos;id %1 ignorée&#xa0;: %2 («&#xa0;%3&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>qw::PartitionCatalog</name>
    <message>
        <source>Cannot list the partitions of %1: %2</source>
        <translation>Impossible de lister les partitions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Une spec de source ne peut pas désigner cette partition&#xa0;: les noms font 1 à 20 caractères parmi A-Z, a-z, 0-9, «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open %1 (partition %2): %3</source>
        <translation>Impossible d&apos;ouvrir %1 (partition %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionHealthModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données de</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>qw::PartitionPage</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;existe pas dans %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not a queue_log table.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;»&#xa0;: ce n&apos;est pas une table queue_log.</translation>
    </message>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossible de lire la partition %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Partition %1 has a row without a valid time_id or unique_row_count.</source>
        <translation>La partition %1 a une ligne sans time_id ou unique_row_count valide.</translation>
    </message>
    <message>
        <source>Cannot read row %1 of partition %2.</source>
        <translation>Impossible de lire la ligne %1 de la partition %2.</translation>
    </message>
    <message>
        <source>Reading partition %1 failed: %2</source>
        <translation>Échec de la lecture de la partition %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::PartitionReader</name>
    <message>
        <source>Cannot read partition %1: %2</source>
        <translation>Impossible de lire la partition %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>A named period such as &quot;Last week&quot; is worked out again each time a saved report runs.</source>
        <translation>Une période nommée comme «&#xa0;Semaine dernière&#xa0;» est recalculée à chaque exécution d&apos;un rapport enregistré.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fuseau horaire du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until (excluded):</source>
        <translation>&amp;Au (exclu)&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>From %1 until %2, %3 time.</source>
        <translation>Du %1 au %2, heure %3.</translation>
    </message>
</context>
<context>
    <name>qw::PeriodPresets</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The period is longer than 400 days.</source>
        <translation>La période dépasse 400 jours.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>qw::Program</name>
    <message>
        <source>QueueWatch has no translation for &quot;%1&quot;; it has %2.</source>
        <translation>QueueWatch n&apos;a pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The language to speak: %1 (default: the system&apos;s).</source>
        <translation>La langue à utiliser&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>qw::QueueDayChart</name>
    <message>
        <source>Waiting (peak)</source>
        <translation>En attente (pic)</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS auj.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>All queues today</source>
        <translation>Toutes les files aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Queue %1 today</source>
        <translation>File %1 aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Échec de la lecture de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogLoader</name>
    <message>
        <source>The queue_log table uses the %1 engine, which has no transactions: rows and the loader&apos;s bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) for exactly-once loading.</source>
        <translation>La table queue_log utilise le moteur %1, qui n&apos;a pas de transactions&#xa0;: les lignes et la position du chargeur ne peuvent pas être enregistrées ensemble. Si le chargeur est tué entre les deux, jusqu&apos;à %2 lignes peuvent être enregistrées en double au redémarrage. Convertissez la table (ALTER TABLE queue_log ENGINE=InnoDB) pour un chargement exactement une fois.</translation>
    </message>
    <message>
        <source>Resuming partition %1 after line %2 of %3.</source>
        <translation>Reprise de la partition %1 après la ligne %2 de %3.</translation>
    </message>
    <message>
        <source>Loading %1 into partition %2 from its first line.</source>
        <translation>Chargement de %1 dans la partition %2 depuis sa première ligne.</translation>
    </message>
    <message>
        <source>Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).</source>
        <translation>Impossible d&apos;enregistrer les lignes&#xa0;: %1. Nouvel essai&#xa0;; les lignes lues entre-temps sont conservées (jusqu&apos;à %2&#xa0;Mo).</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than its column; stored cut short.</source>
        <translation>Ligne %1&#xa0;: un champ dépasse la taille de sa colonne&#xa0;; enregistré tronqué.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>More bad lines follow; they are counted, not listed.</source>
        <translation>D&apos;autres lignes incorrectes suivent&#xa0;; elles sont comptées, pas listées.</translation>
    </message>
    <message>
        <source>The database is back after %1 s; %2 lines waiting are being stored.</source>
        <translation>La base de données est de retour après %1&#xa0;s&#xa0;; %2 lignes en attente sont en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Rows are stored again after %1 s; %2 lines waiting.</source>
        <translation>Les lignes sont de nouveau enregistrées après %1&#xa0;s&#xa0;; %2 lignes en attente.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it is not lost; it is tried again at the next start.</source>
        <translation>La ligne %1 de %2 est refusée par la base de données (%3) et ne peut pas être mise de côté&#xa0;: %4. Arrêt pour ne pas la perdre&#xa0;; elle sera retentée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.</source>
        <translation>La ligne %1 de %2 est refusée par la base de données&#xa0;: %3. Non enregistrée&#xa0;; mise de côté dans %4.</translation>
    </message>
    <message>
        <source>More lines are refused; they are set aside in %1 and counted, not listed.</source>
        <translation>D&apos;autres lignes sont refusées&#xa0;; elles sont mises de côté dans %1 et comptées, pas listées.</translation>
    </message>
    <message>
        <source>%1 rows stored, %2 bad lines skipped</source>
        <translation>%1 lignes enregistrées, %2 lignes incorrectes ignorées</translation>
    </message>
    <message>
        <source>, %1 lines refused by the database and set aside in %2</source>
        <translation>, %1 lignes refusées par la base de données et mises de côté dans %2</translation>
    </message>
    <message>
        <source>The partition name must have 1 to 20 characters.</source>
        <translation>Le nom de partition doit comporter de 1 à 20 caractères.</translation>
    </message>
    <message>
        <source>%1 Lines the database refuses could not be set aside: give a writable --rejected file.</source>
        <translation>%1 Les lignes refusées par la base n&apos;ont pas pu être mises de côté&#xa0;: indiquez un fichier --rejected accessible en écriture.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Arrêté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>qw::QueueLogTableWriter</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot commit the rows written to %1: %2</source>
        <translation>Impossible de valider les lignes écrites dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Impossible d&apos;écrire un fichier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server took %1 of %2 rows.</source>
        <translation>Le serveur a accepté %1 lignes sur %2.</translation>
    </message>
    <message>
        <source>The server took the rows with a warning</source>
        <translation>Le serveur a accepté les lignes avec un avertissement</translation>
    </message>
</context>
<context>
    <name>qw::QueueModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Queues with the same name on several servers are one queue.</source>
        <translation>Les files de même nom sur plusieurs serveurs forment une seule file.</translation>
    </message>
    <message>
        <source>Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer counted: its exit was not logged).</source>
        <translation>Appelants dans la file en ce moment, pas encore décrochés (un appelant qui attend plus de 1&#xa0;000&#xa0;s n&apos;est plus compté&#xa0;: sa sortie n&apos;a pas été journalisée).</translation>
    </message>
    <message>
        <source>How long the caller who has waited longest has been waiting.</source>
        <translation>Depuis combien de temps attend l&apos;appelant qui attend depuis le plus longtemps.</translation>
    </message>
    <message>
        <source>Calls of this queue in conversation with an agent now.</source>
        <translation>Appels de cette file en communication avec un agent en ce moment.</translation>
    </message>
    <message>
        <source>Agents who are members of this queue now, on a call or not.</source>
        <translation>Agents membres de cette file en ce moment, en communication ou non.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are neither paused nor on a call.</source>
        <translation>Agents connectés de cette file qui ne sont ni en pause ni en communication.</translation>
    </message>
    <message>
        <source>Logged-in agents of this queue who are paused and not on a call.</source>
        <translation>Agents connectés de cette file qui sont en pause et pas en communication.</translation>
    </message>
    <message>
        <source>Calls that entered this queue in the live window (since midnight unless a sliding window is set) and have ended: answered plus unanswered. Calls still waiting or talking are not counted yet.</source>
        <translation>Appels entrés dans cette file dans la fenêtre du direct (depuis minuit, sauf fenêtre glissante) et terminés&#xa0;: décrochés plus perdus. Les appels encore en attente ou en communication ne sont pas encore comptés.</translation>
    </message>
    <message>
        <source>Calls of &quot;Offered today&quot; that an agent answered.</source>
        <translation>Appels de «&#xa0;Présentés auj.&#xa0;» décrochés par un agent.</translation>
    </message>
    <message>
        <source>Service level in the live window: calls answered within the threshold (20 s unless set), divided by the offered calls minus those that gave up within the threshold. Empty when nothing can be divided.</source>
        <translation>Niveau de service dans la fenêtre du direct&#xa0;: appels décrochés dans le seuil (20&#xa0;s sauf réglage), divisés par les appels présentés moins ceux abandonnés dans le seuil. Vide quand la division est impossible.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente max</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>En com.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connectés</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Présentés auj.</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Décrochés auj.</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>NS auj.</translation>
    </message>
</context>
<context>
    <name>qw::QueueTile</name>
    <message>
        <source>Long wait</source>
        <translation>Attente longue</translation>
    </message>
    <message>
        <source>SL low</source>
        <translation>NS bas</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Aucun libre</translation>
    </message>
    <message>
        <source>◌ not current</source>
        <translation>◌ pas à jour</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (groupe)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>attente max</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>en com.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>SL, target %1 %</source>
        <translation>NS, objectif %1&#xa0;%</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>décrochés</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>perdus</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeRows</name>
    <message>
        <source>The table &quot;%1&quot; does not exist in %2.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;existe pas dans %2.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;: it is not an Asterisk realtime queue_log table.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;»&#xa0;: ce n&apos;est pas une table queue_log realtime d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>time (text)</source>
        <translation>time (texte)</translation>
    </message>
    <message>
        <source>time (date and time)</source>
        <translation>time (date et heure)</translation>
    </message>
    <message>
        <source>Asterisk realtime table %1: %2</source>
        <translation>Table realtime d&apos;Asterisk %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no id column, read in time order</source>
        <translation>pas de colonne id, lue par ordre chronologique</translation>
    </message>
    <message>
        <source>missing, read as empty: %1</source>
        <translation>absentes, lues comme vides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>La lecture de la table %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTable</name>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL, for example mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</source>
        <translation>Une table realtime nécessite ?table=NAME après l&apos;URL de la base de données, par exemple mysql://asterisk@pbx-a/asterisk?table=queue_log&amp;tz=Europe/Rome.</translation>
    </message>
    <message>
        <source>A realtime table needs ?table=NAME after the database URL.</source>
        <translation>Une table realtime nécessite ?table=NAME après l&apos;URL de la base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name: use letters, digits and &quot;_&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de table&#xa0;: utilisez des lettres, des chiffres et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; in tz=: use an IANA name such as Europe/Rome.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;» dans tz=&#xa0;: utilisez un nom IANA comme Europe/Rome.</translation>
    </message>
</context>
<context>
    <name>qw::RealtimeTableBinding</name>
    <message>
        <source>realtime table %1 of %2</source>
        <translation>table realtime %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Pas de connexion à %1.</translation>
    </message>
    <message>
        <source>Cannot read the names in the table %1: %2</source>
        <translation>Impossible de lire les noms de la table %1 : %2</translation>
    </message>
</context>
<context>
    <name>qw::RejectedLines</name>
    <message>
        <source>The rejected-lines file %1 cannot be written.</source>
        <translation>Le fichier des lignes rejetées %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The rejected-lines file %1 cannot be created: %2 is not a writable folder.</source>
        <translation>Le fichier des lignes rejetées %1 ne peut pas être créé&#xa0;: %2 n&apos;est pas un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the data did not reach the disk.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: les données n&apos;ont pas atteint le disque.</translation>
    </message>
</context>
<context>
    <name>qw::ReportBuilder</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before now (%4).</source>
        <translation>Partition %1&#xa0;: les données s&apos;arrêtent à %2, %3 avant maintenant (%4).</translation>
    </message>
    <message>
        <source>Partition %1: data ends at %2, %3 before the end of the period (%4).</source>
        <translation>Partition %1&#xa0;: les données s&apos;arrêtent à %2, %3 avant la fin de la période (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1: %n row(s) dated after now, the first at %2: that server&apos;s clock may be wrong.</source>
        <translation>
            <numerusform>Partition %1&#xa0;: %n ligne datée d&apos;après maintenant, la première à %2&#xa0;: l&apos;horloge de ce serveur est peut-être fausse.</numerusform>
            <numerusform>Partition %1&#xa0;: %n lignes datées d&apos;après maintenant, la première à %2&#xa0;: l&apos;horloge de ce serveur est peut-être fausse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of the data read names queue &quot;%1&quot;: its figures are all zero (check the name).</source>
        <translation>Aucun événement des données lues ne nomme la file «&#xa0;%1&#xa0;»&#xa0;: ses chiffres sont tous à zéro (vérifiez le nom).</translation>
    </message>
    <message>
        <source>No event of the data read names agent &quot;%1&quot;: it has no figures (check the name).</source>
        <translation>Aucun événement des données lues ne nomme l&apos;agent «&#xa0;%1&#xa0;»&#xa0;: il n&apos;a aucun chiffre (vérifiez le nom).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) lost: no end within 4 hours of entering the queue; not counted.</source>
        <translation>
            <numerusform>%n appel incomplet&#xa0;: pas de fin dans les 4 heures suivant l&apos;entrée en file&#xa0;; non compté.</numerusform>
            <numerusform>%n appels incomplets&#xa0;: pas de fin dans les 4 heures suivant l&apos;entrée en file&#xa0;; non comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still in progress where the data ends; not counted.</source>
        <translation>
            <numerusform>%n appel encore en cours à la fin des données&#xa0;; non compté.</numerusform>
            <numerusform>%n appels encore en cours à la fin des données&#xa0;; non comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition %1 has no events in the period.</source>
        <translation>La partition %1 n&apos;a aucun événement dans la période.</translation>
    </message>
    <message>
        <source>Static members of server %1 (%2) log no sessions: their logged-in time is not counted, only their calls and pauses.</source>
        <translation>Les membres statiques du serveur %1 (%2) ne journalisent pas de sessions&#xa0;: leur temps de connexion n&apos;est pas compté, seulement leurs appels et leurs pauses.</translation>
    </message>
</context>
<context>
    <name>qw::ReportChartData</name>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Unanswered (hatched)</source>
        <translation>Perdus (hachurés)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Waited at most (s)</source>
        <translation>Attente max. (s)</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Appels perdus</translation>
    </message>
    <message>
        <source>Share of answered calls</source>
        <translation>Part des appels décrochés</translation>
    </message>
    <message>
        <source>Share of unanswered calls</source>
        <translation>Part des appels perdus</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommandLine</name>
    <message>
        <source>Run a report definition saved by the report wizard; the options below override its source, period, zone, threshold and filters.</source>
        <translation>Exécuter une définition de rapport enregistrée par l&apos;assistant de rapport&#xa0;; les options ci-dessous remplacent sa source, sa période, son fuseau, son seuil et ses filtres.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</source>
        <translation>Ce qu&apos;il faut lire&#xa0;: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the QUEUEWATCH_DB_PASSWORD environment variable.</source>
        <translation>Base de données&#xa0;: mysql://user@host:port/database ou sqlite:PATH. Le mot de passe vient de la variable d&apos;environnement QUEUEWATCH_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>A JSON file mapping each server&apos;s queue-member interfaces to their member names (for servers with log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</source>
        <translation>Un fichier JSON qui associe les interfaces des membres de file de chaque serveur à leurs noms de membre (pour les serveurs avec log_membername_as_agent = no, la valeur par défaut d&apos;Asterisk)&#xa0;: {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}.</translation>
    </message>
    <message>
        <source>A named period: today (the default), yesterday, this-week, last-week, this-month, last-month.</source>
        <translation>Une période nommée&#xa0;: today (par défaut), yesterday, this-week, last-week, this-month, last-month.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Start of the period: ISO date/time in --tz, or epoch seconds.</source>
        <translation>Début de la période&#xa0;: date/heure ISO dans --tz, ou secondes epoch.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>End of the period (excluded). Default: the end of the day of --from.</source>
        <translation>Fin de la période (exclue). Par défaut&#xa0;: la fin du jour de --from.</translation>
    </message>
    <message>
        <source>The moment the report is made, as --from: agent time still open stops there, and named periods are counted from it. Default: the wall clock.</source>
        <translation>Le moment où le rapport est établi, comme --from&#xa0;: le temps agent encore ouvert s&apos;arrête là, et les périodes nommées sont calculées à partir de lui. Par défaut&#xa0;: l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>Time zone of dates and hours (IANA name). Default: the system&apos;s.</source>
        <translation>Fuseau horaire des dates et des heures (nom IANA). Par défaut&#xa0;: celui du système.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Service-level threshold in seconds (default 20).</source>
        <translation>Seuil de niveau de service en secondes (20 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>json (default), csv, or pdf (the whole report as a document; needs --output).</source>
        <translation>json (par défaut), csv, ou pdf (le rapport complet en document&#xa0;; nécessite --output).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced whole, never half-written).</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard (remplacé en entier, jamais à moitié écrit).</translation>
    </message>
    <message>
        <source>List every call (JSON), or write the call list instead of the queue table (CSV).</source>
        <translation>Lister chaque appel (JSON), ou écrire la liste des appels au lieu du tableau des files (CSV).</translation>
    </message>
    <message>
        <source>Print the live state at TIME instead of a report.</source>
        <translation>Afficher l&apos;état en direct à DATE au lieu d&apos;un rapport.</translation>
    </message>
    <message>
        <source>Keep printing the live state, one JSON line per poll (or replace --output at each poll), until stopped (SIGTERM, SIGINT).</source>
        <translation>Continuer à afficher l&apos;état en direct, une ligne JSON par relevé (ou remplacer --output à chaque relevé), jusqu&apos;à l&apos;arrêt (SIGTERM, SIGINT).</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 5).</source>
        <translation>Avec --follow&#xa0;: secondes entre deux relevés (5 par défaut).</translation>
    </message>
    <message>
        <source>With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) instead of since midnight.</source>
        <translation>Avec --live-at ou --follow&#xa0;: une fenêtre glissante des N dernières heures (commençant à un quart d&apos;heure) au lieu de depuis minuit.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Servers do not keep queue members over a restart (persistentmembers=no).</source>
        <translation>Les serveurs ne conservent pas les membres de file après un redémarrage (persistentmembers=no).</translation>
    </message>
    <message>
        <source>Use the bundled three-server sample cluster.</source>
        <translation>Utiliser le cluster d&apos;exemple intégré de trois serveurs.</translation>
    </message>
    <message>
        <source>Only calls of queue NAME (repeatable; default: all).</source>
        <translation>Uniquement les appels de la file NAME (répétable&#xa0;; par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Only agent NAME in the agent table (repeatable; default: all).</source>
        <translation>Uniquement l&apos;agent NAME dans le tableau des agents (répétable&#xa0;; par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 attend un nombre de %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>No source given: use --source SPEC (or --demo for the bundled sample).</source>
        <translation>Aucune source indiquée&#xa0;: utilisez --source SPEC (ou --demo pour l&apos;exemple intégré).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Rome or UTC.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom IANA comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use epoch seconds or an ISO date/time such as 2026-11-02T09:00:00.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;: utilisez des secondes epoch ou une date/heure ISO comme 2026-11-02T09:00:00.</translation>
    </message>
    <message>
        <source>Unknown --period &quot;%1&quot;: use today, yesterday, this-week, last-week, this-month or last-month, or --from and --to.</source>
        <translation>--period «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez today, yesterday, this-week, last-week, this-month ou last-month, ou --from et --to.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to doit être postérieur à --from.</translation>
    </message>
    <message>
        <source>--live-at and --follow exclude each other: --follow prints the state now, again and again.</source>
        <translation>--live-at et --follow s&apos;excluent mutuellement&#xa0;: --follow affiche l&apos;état actuel, encore et encore.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>--every goes with --follow.</source>
        <translation>--every s&apos;utilise avec --follow.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use json, csv or pdf.</source>
        <translation>--format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez json, csv ou pdf.</translation>
    </message>
    <message>
        <source>A live state is written as JSON only: leave out --format %1.</source>
        <translation>Un état en direct s&apos;écrit uniquement en JSON&#xa0;: retirez --format %1.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE.</source>
        <translation>--format pdf nécessite --output FICHIER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE or NAME=sqlite:PATH?table=TABLE (password from QUEUEWATCH_DB_PASSWORD; without tz the report&apos;s zone). Repeatable.</source>
        <translation>Lire la partition NAME depuis un fichier queue_log ou depuis une table queue_log realtime d&apos;Asterisk&#xa0;: NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&amp;tz=ZONE ou NAME=sqlite:PATH?table=TABLE (mot de passe dans QUEUEWATCH_DB_PASSWORD&#xa0;; sans tz, le fuseau horaire du rapport). Répétable.</translation>
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
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The service-level threshold must be from 0 to %1 seconds.</source>
        <translation>Le seuil de niveau de service doit être compris entre 0 et %1 secondes.</translation>
    </message>
    <message>
        <source>a report definition</source>
        <translation>une définition de rapport</translation>
    </message>
    <message>
        <source>unsupported report definition format (expected %1).</source>
        <translation>format de définition de rapport non pris en charge (%1 attendu).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>doit être du texte.</translation>
    </message>
    <message>
        <source>bad source: %1</source>
        <translation>source incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot;.</source>
        <translation>période inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a custom period needs &quot;from&quot; (epoch seconds).</source>
        <translation>une période personnalisée nécessite &quot;from&quot; (secondes epoch).</translation>
    </message>
    <message>
        <source>a custom period needs &quot;to&quot; after &quot;from&quot; (epoch seconds).</source>
        <translation>une période personnalisée nécessite &quot;to&quot; après &quot;from&quot; (secondes epoch).</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>doit être une liste de noms.</translation>
    </message>
    <message>
        <source>must be from 0 to %1 seconds.</source>
        <translation>doit être compris entre 0 et %1 secondes.</translation>
    </message>
    <message>
        <source>must be a list of NAME=FILE or NAME=URL?table=TABLE.</source>
        <translation>doit être une liste de NAME=FILE ou NAME=URL?table=TABLE.</translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Call-centre report</source>
        <translation>Rapport de centre d&apos;appels</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, end excluded)</source>
        <translation>Du %1 au %2 (%3, fin exclue)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>décrochés en %1&#xa0;s au plus</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Events read</source>
        <translation>Événements lus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Aucune donnée dans cette période.</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Appels décrochés</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Appels perdus</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unanswered call(s), listed in the CSV export of this table.</source>
        <translation>
            <numerusform>… et %Ln autre appel perdu, listé dans l&apos;export CSV de ce tableau.</numerusform>
            <numerusform>… et %Ln autres appels perdus, listés dans l&apos;export CSV de ce tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message numerus="yes">
        <source>The period has %Ln call(s). The call list is not printed; the CSV export of the call details (or queuewatch-report --format csv --calls) holds every one of them.</source>
        <translation>
            <numerusform>La période compte %Ln appel. La liste des appels n&apos;est pas imprimée&#xa0;; l&apos;export CSV du détail des appels (ou queuewatch-report --format csv --calls) les contient tous.</numerusform>
            <numerusform>La période compte %Ln appels. La liste des appels n&apos;est pas imprimée&#xa0;; l&apos;export CSV du détail des appels (ou queuewatch-report --format csv --calls) les contient tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>Le PDF n&apos;a pas pu être dessiné.</translation>
    </message>
</context>
<context>
    <name>qw::ReportTablePanel</name>
    <message>
        <source>No rows match &quot;%1&quot;.</source>
        <translation>Aucune ligne ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Aucune donnée dans cette période.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>qw::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Answered within SL</source>
        <translation>Décrochés dans le seuil</translation>
    </message>
    <message>
        <source>Unanswered within SL</source>
        <translation>Perdus dans le seuil</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Avg wait answered</source>
        <translation>Attente moy. décrochés</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Attente max</translation>
    </message>
    <message>
        <source>Avg talk</source>
        <translation>DMC</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de com.</translation>
    </message>
    <message>
        <source>Avg wait unanswered</source>
        <translation>Attente moy. perdus</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Answered share</source>
        <translation>Taux de décroché</translation>
    </message>
    <message>
        <source>SL = answered within %1 s / (offered - unanswered within %1 s)</source>
        <translation>NS = décrochés en %1&#xa0;s / (présentés - perdus en %1&#xa0;s)</translation>
    </message>
    <message>
        <source>Caller hung up (abandon)</source>
        <translation>L&apos;appelant a raccroché (abandon)</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Délai de la file expiré</translation>
    </message>
    <message>
        <source>No agents (exit empty)</source>
        <translation>Aucun agent (sortie file vide)</translation>
    </message>
    <message>
        <source>Caller pressed a key</source>
        <translation>L&apos;appelant a appuyé sur une touche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Every figure by queue</source>
        <translation>Tous les chiffres par file</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai expiré</translation>
    </message>
    <message>
        <source>Exit empty</source>
        <translation>Sortie file vide</translation>
    </message>
    <message>
        <source>Exit with key</source>
        <translation>Sortie par touche</translation>
    </message>
    <message>
        <source>Answered within SL / answered</source>
        <translation>Décrochés dans le seuil / décrochés</translation>
    </message>
    <message>
        <source>Within SL / offered</source>
        <translation>Dans le seuil / présentés</translation>
    </message>
    <message>
        <source>Ring no answer</source>
        <translation>Sonnerie sans réponse</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détail des appels</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Com.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Appels présentés</translation>
    </message>
    <message>
        <source>Service level (%1 s)</source>
        <translation>Niveau de service (%1&#xa0;s)</translation>
    </message>
    <message>
        <source>Answered within %1 s / answered</source>
        <translation>Décrochés en %1&#xa0;s / décrochés</translation>
    </message>
    <message>
        <source>Within %1 s (answered or not) / offered</source>
        <translation>Terminés en %1&#xa0;s (décrochés ou non) / présentés</translation>
    </message>
    <message>
        <source>Average wait, answered</source>
        <translation>Attente moyenne, décrochés</translation>
    </message>
    <message>
        <source>Longest wait, answered</source>
        <translation>Attente max, décrochés</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Durée moyenne de com. (DMC)</translation>
    </message>
    <message>
        <source>Average wait before giving up</source>
        <translation>Attente moyenne avant abandon</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Answered calls by queue</source>
        <translation>Appels décrochés par file</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>Answered calls by agent</source>
        <translation>Appels décrochés par agent</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>Délai de décroché</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Sous (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Appels décrochés</translation>
    </message>
    <message>
        <source>Share of answered</source>
        <translation>Part des décrochés</translation>
    </message>
    <message>
        <source>Wait before giving up</source>
        <translation>Attente avant abandon</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Appels perdus</translation>
    </message>
    <message>
        <source>Share of unanswered</source>
        <translation>Part des perdus</translation>
    </message>
    <message>
        <source>Unanswered calls by cause</source>
        <translation>Appels perdus par cause</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Calls by hour</source>
        <translation>Appels par heure</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Calls by day</source>
        <translation>Appels par jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Calls by weekday</source>
        <translation>Appels par jour de semaine</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de semaine</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused time by reason</source>
        <translation>Temps de pause par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
</context>
<context>
    <name>qw::ReportView</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>No calls match &quot;%1&quot;.</source>
        <translation>Aucun appel ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Aucun appel dans cette période.</translation>
    </message>
    <message>
        <source>No agents match &quot;%1&quot;.</source>
        <translation>Aucun agent ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No agent figures in this period.</source>
        <translation>Aucun chiffre d&apos;agent dans cette période.</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Décrochés</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Perdus</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>Dis&amp;tribution</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>Se&amp;rveurs</translation>
    </message>
    <message>
        <source>&amp;Call details</source>
        <translation>Détail des &amp;appels</translation>
    </message>
</context>
<context>
    <name>qw::ReportWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>QueueWatch report</source>
        <translation>Rapport QueueWatch</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;New report...</source>
        <translation>&amp;Nouveau rapport...</translation>
    </message>
    <message>
        <source>&amp;Open definition...</source>
        <translation>&amp;Ouvrir une définition...</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV...</source>
        <translation>Exporter le tableau en &amp;CSV...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Stop this report (Esc)</source>
        <translation>Arrêter ce rapport (Échap)</translation>
    </message>
    <message>
        <source>Reading... %L1 events</source>
        <translation>Lecture... %L1 événements</translation>
    </message>
    <message>
        <source>Choose Report &gt; New report to build one.</source>
        <translation>Choisissez Rapport &gt; Nouveau rapport pour en créer un.</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>Démarrage de %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Open report definition</source>
        <translation>Ouvrir une définition de rapport</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Définitions de rapport (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%L1 events read, %L2 calls.</source>
        <translation>%L1 événements lus, %L2 appels.</translation>
    </message>
    <message>
        <source>QueueWatch report - %1</source>
        <translation>Rapport QueueWatch - %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Le rapport a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportWizard</name>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Lancer le rapport</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save report definition</source>
        <translation>Enregistrer la définition de rapport</translation>
    </message>
    <message>
        <source>Report definitions (*.json);;All files (*)</source>
        <translation>Définitions de rapport (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>qw::Schema</name>
    <message>
        <source>The schema file is missing from the program&apos;s resources.</source>
        <translation>Le fichier de schéma est absent des ressources du programme.</translation>
    </message>
    <message>
        <source>Cannot create the queue_log table: %1</source>
        <translation>Impossible de créer la table queue_log&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>qw::SecretStore</name>
    <message>
        <source>this build of QueueWatch has no keychain support</source>
        <translation>cette version de QueueWatch ne prend pas en charge le trousseau</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Passwords are kept for this session only; QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service (GNOME Keyring, KWallet) to have them remembered.</source>
        <translation>Le trousseau du système est injoignable (%1). Les mots de passe ne valent que pour cette session ; QUEUEWATCH_DB_PASSWORD et QUEUEWATCH_AMI_SECRET fonctionnent toujours. Démarrez un service de trousseau (GNOME Keyring, KWallet) pour qu&apos;ils soient retenus.</translation>
    </message>
</context>
<context>
    <name>qw::SettingsDialog</name>
    <message>
        <source>&amp;Demo: a simulated three-server cluster</source>
        <translation>&amp;Démo&#xa0;: un cluster simulé de trois serveurs</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Allow supervisor &amp;actions: pause, log on and off, listen</source>
        <translation>Autoriser les &amp;actions de supervision&#xa0;: pause, connexion et déconnexion, écoute</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Live view settings</source>
        <translation>Paramètres de la vue en direct</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_DB_PASSWORD</source>
        <translation>Non enregistré&#xa0;; vide&#xa0;: QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls of B); clustrw:A|B|C names agents per server.</source>
        <translation>sql:A pour un serveur&#xa0;; cluster:A|B|C pour fusionner des serveurs (B- ne garde que les appels de B)&#xa0;; clustrw:A|B|C nomme les agents par serveur.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>depuis minuit</translation>
    </message>
    <message>
        <source>last </source>
        <translation>dernières </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Which calls the live view counts: today&apos;s, or those of the last hours (the start moves on every quarter hour).</source>
        <translation>Les appels comptés par la vue en direct&#xa0;: ceux du jour, ou ceux des dernières heures (le début avance à chaque quart d&apos;heure).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Member names:</source>
        <translation>&amp;Noms des membres&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a JSON file of member names per server</source>
        <translation>Facultatif&#xa0;: un fichier JSON des noms de membres par serveur</translation>
    </message>
    <message>
        <source>For servers that log queue members by interface when they are added or removed and by name otherwise (log_membername_as_agent = no, Asterisk&apos;s default): {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. See the README.</source>
        <translation>Pour les serveurs qui journalisent les membres de file par interface quand ils sont ajoutés ou retirés, et par nom sinon (log_membername_as_agent = no, la valeur par défaut d&apos;Asterisk)&#xa0;: {&quot;A&quot;: {&quot;Local/101@agents/n&quot;: &quot;Anna&quot;}}. Voir le README.</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Noms des membres</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connects with this URL and password, in the background, and looks for the servers of the source in the queue_log table.</source>
        <translation>Se connecte avec cette URL et ce mot de passe, en arrière-plan, et cherche les serveurs de la source dans la table queue_log.</translation>
    </message>
    <message>
        <source>Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</source>
        <translation>Facultatif, un serveur par ligne&#xa0;: A=pbx-a.example:5038,user=queuewatch,device=SIP/900</translation>
    </message>
    <message>
        <source>Each server&apos;s manager interface (AMI): static members, ringing phones and the callers&apos; places come from it, and supervisor actions go through it. Options: user=NAME (needed), tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the supervisor&apos;s phone on that server, for listening in).</source>
        <translation>L&apos;interface manager (AMI) de chaque serveur&#xa0;: les membres statiques, les téléphones qui sonnent et les positions des appelants en proviennent, et les actions de supervision passent par elle. Options&#xa0;: user=NAME (obligatoire), tls, plain (envoie le secret au lieu d&apos;un challenge MD5), device=DEVICE (le téléphone du superviseur sur ce serveur, pour l&apos;écoute).</translation>
    </message>
    <message>
        <source>Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Non enregistré&#xa0;; vide&#xa0;: QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Off: the window only shows. On: the agents panel can pause, log off, log on and listen through the servers&apos; manager interfaces; every action is written to the audit log.</source>
        <translation>Désactivé&#xa0;: la fenêtre ne fait qu&apos;afficher. Activé&#xa0;: le panneau des agents peut mettre en pause, déconnecter, connecter et écouter via les interfaces manager des serveurs&#xa0;; chaque action est inscrite dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Mana&amp;gers:</source>
        <translation>&amp;Managers&#xa0;:</translation>
    </message>
    <message>
        <source>Manager s&amp;ecret:</source>
        <translation>S&amp;ecret manager&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>&amp;Interroger toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Live &amp;window:</source>
        <translation>&amp;Fenêtre du direct&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>%1: no rows in the queue_log table</source>
        <translation>%1&#xa0;: aucune ligne dans la table queue_log</translation>
    </message>
    <message>
        <source>%1: newest row %2</source>
        <translation>%1&#xa0;: ligne la plus récente %2</translation>
    </message>
    <message>
        <source>Connected; every server of the source has rows.</source>
        <translation>Connecté&#xa0;; chaque serveur de la source a des lignes.</translation>
    </message>
    <message>
        <source>Connected, but some servers of the source have no rows (a wrong name, or no loader yet).</source>
        <translation>Connecté, mais certains serveurs de la source n&apos;ont aucune ligne (nom erroné, ou pas encore de chargeur).</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>Le retenir dans le trousseau du s&amp;ystème</translation>
    </message>
    <message>
        <source>Remember them in the system ke&amp;ychain</source>
        <translation>Les retenir dans le tr&amp;ousseau du système</translation>
    </message>
    <message>
        <source>The password typed here is kept in the operating system&apos;s keychain (GNOME Keyring, KWallet, Windows Credential Manager) for this database account, never in QueueWatch&apos;s settings file; an empty field then means the one kept there. Untick to remove it from the keychain.</source>
        <translation>Le mot de passe saisi ici est conservé dans le trousseau du système d&apos;exploitation (GNOME Keyring, KWallet, Gestionnaire d&apos;identification Windows) pour ce compte de la base de données, jamais dans le fichier de réglages de QueueWatch ; un champ vide désigne alors celui qui y est conservé. Décochez pour le retirer du trousseau.</translation>
    </message>
    <message>
        <source>The secret typed here is kept in the operating system&apos;s keychain for each server&apos;s manager login, never in QueueWatch&apos;s settings file; an empty field then means the ones kept there. Untick to remove them.</source>
        <translation>Le secret saisi ici est conservé dans le trousseau du système d&apos;exploitation pour la connexion au manager de chaque serveur, jamais dans le fichier de réglages de QueueWatch ; un champ vide désigne alors ceux qui y sont conservés. Décochez pour les retirer.</translation>
    </message>
    <message>
        <source>Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD</source>
        <translation>Vide : celui du trousseau, sinon QUEUEWATCH_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)</source>
        <translation>Vide : ceux du trousseau, sinon QUEUEWATCH_AMI_SECRET(_SERVER)</translation>
    </message>
    <message>
        <source>Looking in the keychain...</source>
        <translation>Recherche dans le trousseau...</translation>
    </message>
    <message>
        <source>Optional, one server a line: B=/var/log/asterisk/queue_log, or B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</source>
        <translation>Facultatif, un serveur par ligne&#xa0;: B=/var/log/asterisk/queue_log, ou B=mysql://asterisk@pbx-b/asterisk?table=queue_log&amp;tz=Europe/Rome</translation>
    </message>
    <message>
        <source>Servers whose queue_log is not a partition of the database&apos;s queue_log table: a queue_log file, or the table Asterisk writes itself through its realtime configuration (one per server, the server&apos;s local time; tz= names its zone, the default is this computer&apos;s). Tables use the password above.</source>
        <translation>Serveurs dont le queue_log n&apos;est pas une partition de la table queue_log de la base&#xa0;: un fichier queue_log, ou la table qu&apos;Asterisk écrit lui-même via sa configuration realtime (une par serveur, à l&apos;heure locale du serveur&#xa0;; tz= indique son fuseau horaire, par défaut celui de cet ordinateur). Les tables utilisent le mot de passe ci-dessus.</translation>
    </message>
    <message>
        <source>Pa&amp;rtitions:</source>
        <translation>Partitions e&amp;xternes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>qw::SourceBindings</name>
    <message>
        <source>&quot;%1&quot; should be NAME=PATH, for example A=/var/log/asterisk/queue_log.</source>
        <translation>«&#xa0;%1&#xa0;» doit être de la forme NAME=PATH, par exemple A=/var/log/asterisk/queue_log.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de partition&#xa0;: utilisez 1 à 20 caractères parmi A-Z, a-z, 0-9, «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>The partition %1 needs a file path after &quot;=&quot;.</source>
        <translation>La partition %1 nécessite un chemin de fichier après «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::SourcePage</name>
    <message>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>&amp;Rename agents per server (Agent/101 on A becomes Agent/A-101)</source>
        <translation>&amp;Renommer les agents par serveur (Agent/101 sur A devient Agent/A-101)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tick the servers (partitions) to report on. A partition marked &quot;calls only&quot; adds its calls but not its agents.</source>
        <translation>Cochez les serveurs (partitions) du rapport. Une partition marquée «&#xa0;Appels seuls&#xa0;» apporte ses appels mais pas ses agents.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Événement le plus récent</translation>
    </message>
    <message>
        <source>Agent events</source>
        <translation>Événements agent</translation>
    </message>
    <message>
        <source>Use when the servers number their agents independently, so the same agent code means different people.</source>
        <translation>À utiliser quand les serveurs numérotent leurs agents indépendamment, de sorte qu&apos;un même code agent désigne des personnes différentes.</translation>
    </message>
    <message>
        <source>cluster:A|B|C</source>
        <translation>cluster:A|B|C</translation>
    </message>
    <message>
        <source>sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls of B); clustrw:A|B|C also renames agents per partition.</source>
        <translation>sql:A pour une partition&#xa0;; cluster:A|B|C fusionne des partitions (B- ne garde que les appels de B)&#xa0;; clustrw:A|B|C renomme en plus les agents par partition.</translation>
    </message>
    <message>
        <source>Source &amp;spec:</source>
        <translation>&amp;Spec de source&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the partitions…</source>
        <translation>Chargement des partitions…</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Appels seuls</translation>
    </message>
    <message>
        <source>Count this partition&apos;s calls but drop its agent events (logins, pauses).</source>
        <translation>Compter les appels de cette partition mais ignorer ses événements agent (connexions, pauses).</translation>
    </message>
    <message>
        <source>No partitions were found. Type a source spec below.</source>
        <translation>Aucune partition trouvée. Saisissez une spec de source ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) found.</source>
        <translation>
            <numerusform>%n partition trouvée.</numerusform>
            <numerusform>%n partitions trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partitions could not be listed: %1
You can still type a source spec below.</source>
        <translation>Impossible de lister les partitions&#xa0;: %1
Vous pouvez quand même saisir une spec de source ci-dessous.</translation>
    </message>
    <message>
        <source>Not found in the data: %1.</source>
        <translation>Absent des données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>qw::SourceSpec</name>
    <message>
        <source>The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.</source>
        <translation>La source est vide&#xa0;: écrivez file:PATH, sql:NAME, cluster:A|B ou clustrw:A|B.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; at most %2 are allowed.</source>
        <translation>La source fait %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>&quot;file:&quot; needs a path after it.</source>
        <translation>«&#xa0;file:&#xa0;» doit être suivi d&apos;un chemin.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; has no file name to name its partition after.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» n&apos;a pas de nom de fichier pour nommer sa partition.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; ends in &quot;-&quot;: the calls-only flag is allowed in cluster: and clustrw: sources only.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» se termine par «&#xa0;-&#xa0;»&#xa0;: l&apos;indicateur appels seuls n&apos;est autorisé que dans les sources cluster: et clustrw:.</translation>
    </message>
    <message>
        <source>Unknown source type &quot;%1&quot;: a source starts with file:, sql:, cluster: or clustrw: (lower case).</source>
        <translation>Type de source inconnu «&#xa0;%1&#xa0;»&#xa0;: une source commence par file:, sql:, cluster: ou clustrw: (en minuscules).</translation>
    </message>
    <message>
        <source>&quot;sql:&quot; names one partition; use cluster: to merge several.</source>
        <translation>«&#xa0;sql:&#xa0;» désigne une seule partition&#xa0;; utilisez cluster: pour en fusionner plusieurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the calls-only flag &quot;-&quot; is allowed in cluster: and clustrw: sources only.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l&apos;indicateur appels seuls «&#xa0;-&#xa0;» n&apos;est autorisé que dans les sources cluster: et clustrw:.</translation>
    </message>
    <message>
        <source>Empty partition name at character %1 of &quot;%2&quot;.</source>
        <translation>Nom de partition vide au caractère %1 de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; has the character &quot;%2&quot; at position %3; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>La partition «&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;» en position %3&#xa0;; les noms n&apos;utilisent que A-Z, a-z, 0-9, «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>Partition name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Le nom de partition «&#xa0;%1&#xa0;» fait %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Partition &quot;%1&quot; appears twice in the source.</source>
        <translation>La partition «&#xa0;%1&#xa0;» apparaît deux fois dans la source.</translation>
    </message>
</context>
<context>
    <name>qw::SqlPartitionBinding</name>
    <message>
        <source>partition %1 of %2</source>
        <translation>partition %1 de %2</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Pas de connexion à %1.</translation>
    </message>
    <message>
        <source>Cannot read the %1 names of partition %2: %3</source>
        <translation>Impossible de lire les noms (%1) de la partition %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the member lines of partition %1: %2</source>
        <translation>Impossible de lire les lignes des membres de la partition %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::StoreErrorText</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)</source>
        <translation>L&apos;utilisateur de base de données %1 n&apos;a pas %2 sur %3&#xa0;: %4&#xa0;; puis relancez le chargeur. (Réponse du serveur&#xa0;: %5)</translation>
    </message>
    <message>
        <source>The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) and its grants, then start the loader again.</source>
        <translation>La base de données refuse l&apos;utilisateur %1&#xa0;: %2. Vérifiez l&apos;utilisateur, son mot de passe (QUEUEWATCH_DB_PASSWORD) et ses droits, puis relancez le chargeur.</translation>
    </message>
    <message>
        <source>The database server is read-only (read_only or super_read_only is set, or it is a replica): it refuses to store rows. Point --db at the primary server, or lift read-only there, then start the loader again. (The server said: %1)</source>
        <translation>Le serveur de base de données est en lecture seule (read_only ou super_read_only est activé, ou c&apos;est un réplica)&#xa0;: il refuse d&apos;enregistrer des lignes. Pointez --db vers le serveur principal, ou levez la lecture seule sur celui-ci, puis relancez le chargeur. (Réponse du serveur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The table queue_log does not take what the loader writes: %1. It needs the columns `partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in the sources); fix it, then start the loader again.</source>
        <translation>La table queue_log n&apos;accepte pas ce qu&apos;écrit le chargeur&#xa0;: %1. Elle doit avoir les colonnes `partition`, time_id, call_id, queue, agent, verb et data1 à data5 (voir resources/sql dans les sources)&#xa0;; corrigez-la, puis relancez le chargeur.</translation>
    </message>
    <message>
        <source>The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.</source>
        <translation>La table %1 n&apos;accepte pas ce qu&apos;écrit le chargeur&#xa0;: %2. Corrigez-la, puis relancez le chargeur.</translation>
    </message>
    <message>
        <source>The database lacks what the loader needs: %1. Fix it, then start the loader again.</source>
        <translation>Il manque à la base de données ce dont le chargeur a besoin&#xa0;: %1. Corrigez-le, puis relancez le chargeur.</translation>
    </message>
</context>
<context>
    <name>qw::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Rien ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>qw::UnboundPartitionBinding</name>
    <message>
        <source>Partition &quot;%1&quot; has nothing to read from: give a database URL, or a file for it (%1=PATH).</source>
        <translation>La partition «&#xa0;%1&#xa0;» n&apos;a rien à lire&#xa0;: indiquez une URL de base de données, ou un fichier pour elle (%1=PATH).</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1: names must be text of 1 to %2 characters without surrounding spaces.</source>
        <translation>%1&#xa0;: les noms doivent être du texte de 1 à %2 caractères sans espaces autour.</translation>
    </message>
    <message>
        <source>%1: names must not contain control characters.</source>
        <translation>%1&#xa0;: les noms ne doivent pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of at most %3 names.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une liste d&apos;au plus %3 noms.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est listé deux fois.</translation>
    </message>
    <message>
        <source>%1: thresholds must be an object.</source>
        <translation>%1&#xa0;: les seuils doivent être un objet.</translation>
    </message>
    <message>
        <source>%1: &quot;nobodyFree&quot; must be &quot;off&quot;, &quot;amber&quot; or &quot;red&quot;.</source>
        <translation>%1&#xa0;: &quot;nobodyFree&quot; doit valoir &quot;off&quot;, &quot;amber&quot; ou &quot;red&quot;.</translation>
    </message>
    <message>
        <source>%1: the red wait must not be shorter than the amber wait.</source>
        <translation>%1&#xa0;: l&apos;attente rouge ne doit pas être plus courte que l&apos;attente orange.</translation>
    </message>
    <message>
        <source>%1: the red service level must not be above the amber one.</source>
        <translation>%1&#xa0;: le niveau de service rouge ne doit pas être supérieur à l&apos;orange.</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>wallboard</translation>
    </message>
    <message>
        <source>This is not a QueueWatch wallboard file (&quot;format&quot; is missing or wrong).</source>
        <translation>Ce n&apos;est pas un fichier wallboard QueueWatch (&quot;format&quot; manquant ou incorrect).</translation>
    </message>
    <message>
        <source>Wallboard file version %1 is not supported (expected %2).</source>
        <translation>La version %1 du fichier wallboard n&apos;est pas prise en charge (%2 attendue).</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>files</translation>
    </message>
    <message>
        <source>default thresholds</source>
        <translation>seuils par défaut</translation>
    </message>
    <message>
        <source>groups: must be a list of at most %1 groups.</source>
        <translation>groups&#xa0;: doit être une liste d&apos;au plus %1 groupes.</translation>
    </message>
    <message>
        <source>groups: each group must be an object with a name and queues.</source>
        <translation>groups&#xa0;: chaque groupe doit être un objet avec un nom et des files.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nom de groupe</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>group %1: lists no queues.</source>
        <translation>groupe %1&#xa0;: aucune file listée.</translation>
    </message>
    <message>
        <source>groups: &quot;%1&quot; is defined twice.</source>
        <translation>groups&#xa0;: «&#xa0;%1&#xa0;» est défini deux fois.</translation>
    </message>
    <message>
        <source>thresholds: must be an object of at most %1 tiles.</source>
        <translation>thresholds&#xa0;: doit être un objet d&apos;au plus %1 tuiles.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>seuils</translation>
    </message>
    <message>
        <source>thresholds of %1</source>
        <translation>seuils de %1</translation>
    </message>
    <message>
        <source>figures: must be a list.</source>
        <translation>figures&#xa0;: doit être une liste.</translation>
    </message>
    <message>
        <source>figures: &quot;%1&quot; is unknown or listed twice.</source>
        <translation>figures&#xa0;: «&#xa0;%1&#xa0;» est inconnu ou listé deux fois.</translation>
    </message>
    <message>
        <source>a wallboard file</source>
        <translation>un fichier wallboard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qw::WallboardConfigDialog</name>
    <message>
        <source>Calls waiting</source>
        <translation>Appels en attente</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente max</translation>
    </message>
    <message>
        <source>Agents free / on a call / paused</source>
        <translation>Agents libres / en com. / en pause</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Niveau de service du jour</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Décrochés du jour</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Abandons du jour</translation>
    </message>
    <message>
        <source>One tile per queue</source>
        <translation>Une tuile par file</translation>
    </message>
    <message>
        <source>Own thresholds for this tile</source>
        <translation>Seuils propres à cette tuile</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> appels</translation>
    </message>
    <message>
        <source>Agent strip</source>
        <translation>Bandeau des agents</translation>
    </message>
    <message>
        <source>Configure wallboard</source>
        <translation>Configurer le wallboard</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>One group per line, e.g.
Front office: sales, support</source>
        <translation>Un groupe par ligne, par ex.
Accueil&#xa0;: sales, support</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <source>Queues (none ticked: every queue):</source>
        <translation>Files (aucune cochée&#xa0;: toutes les files)&#xa0;:</translation>
    </message>
    <message>
        <source>Groups, each shown as one tile:</source>
        <translation>Groupes, chacun affiché sur une tuile&#xa0;:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Longest wait amber over:</source>
        <translation>Attente max orange au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Longest wait red over:</source>
        <translation>Attente max rouge au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Service level target:</source>
        <translation>Objectif de niveau de service&#xa0;:</translation>
    </message>
    <message>
        <source>Service level amber under:</source>
        <translation>Niveau de service orange sous&#xa0;:</translation>
    </message>
    <message>
        <source>Service level red under:</source>
        <translation>Niveau de service rouge sous&#xa0;:</translation>
    </message>
    <message>
        <source>SL alarms from:</source>
        <translation>Alarmes NS à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Callers waiting, nobody free:</source>
        <translation>Appelants en attente, aucun libre&#xa0;:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Next page every:</source>
        <translation>Page suivante toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Every tile (default)</source>
        <translation>Toutes les tuiles (par défaut)</translation>
    </message>
    <message>
        <source>Groups, line %1: write the group&apos;s name, a colon, then its queues.</source>
        <translation>Groupes, ligne %1&#xa0;: écrivez le nom du groupe, deux-points, puis ses files.</translation>
    </message>
    <message>
        <source>Import wallboard</source>
        <translation>Importer un wallboard</translation>
    </message>
    <message>
        <source>Wallboard files (*.json);;All files (*)</source>
        <translation>Fichiers wallboard (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export wallboard</source>
        <translation>Exporter le wallboard</translation>
    </message>
    <message>
        <source>wallboard.json</source>
        <translation>wallboard.json</translation>
    </message>
    <message>
        <source>Wallboard files (*.json)</source>
        <translation>Fichiers wallboard (*.json)</translation>
    </message>
</context>
<context>
    <name>qw::WallboardWindow</name>
    <message>
        <source>QueueWatch wallboard</source>
        <translation>Wallboard QueueWatch</translation>
    </message>
    <message>
        <source>QueueWatch</source>
        <translation>QueueWatch</translation>
    </message>
    <message>
        <source>No agent logged in</source>
        <translation>Aucun agent connecté</translation>
    </message>
    <message>
        <source>&amp;Configure wallboard...</source>
        <translation>&amp;Configurer le wallboard...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Close wallboard</source>
        <translation>&amp;Fermer le wallboard</translation>
    </message>
    <message>
        <source>QueueWatch · %1</source>
        <translation>QueueWatch · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This is the wall screen: press %1 to quit it.</source>
        <translation>Ce wallboard occupe l&apos;écran mural&#xa0;: appuyez sur %1 pour le quitter.</translation>
    </message>
</context>
</TS>
