<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try 'edxloader-cli %1 --help'.</source>
        <translation>Essayez « edxloader-cli %1 --help ».</translation>
    </message>
    <message>
        <source>Walks files and folders and shows, for each file, what it is (SQL table, forum posts, course
structure, tracking log, …), the course it belongs to and the database.collection it would be
imported into. Nothing is read beyond the names and nothing is written.
Paths that do not exist are still classified by name and flagged.</source>
        <translation>Parcourt fichiers et dossiers et indique, pour chaque fichier, ce qu'il est (table SQL, messages
du forum, structure de cours, journal de suivi…), le cours auquel il appartient et la
base.collection où il serait importé. Seuls les noms sont lus et rien n'est écrit.
Les chemins inexistants sont tout de même classés d'après leur nom, et signalés.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Files and folders (walked recursively).</source>
        <translation>Fichiers et dossiers (parcourus récursivement).</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Affiche un tableau JSON au lieu d'un tableau de texte.</translation>
    </message>
    <message>
        <source>Collection names: 'mcgillx' (user, enrollment, …; default) or 'edx' (auth_user, student_courseenrollment, …).</source>
        <translation>Noms des collections : « mcgillx » (user, enrollment… ; par défaut) ou « edx » (auth_user, student_courseenrollment…).</translation>
    </message>
    <message>
        <source>classify needs at least one file or folder</source>
        <translation>classify demande au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>unknown collection scheme '%1' (use mcgillx or edx)</source>
        <translation>schéma de collections « %1 » inconnu (utilisez mcgillx ou edx)</translation>
    </message>
    <message>
        <source>edxloader-cli: warning: %1 not found; classified by its name only</source>
        <translation>edxloader-cli : attention : %1 introuvable ; classé d'après son seul nom</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>Output folder (created; must be empty).</source>
        <translation>Dossier de sortie (créé ; doit être vide).</translation>
    </message>
    <message>
        <source>Number of courses (default 2).</source>
        <translation>Nombre de cours (2 par défaut).</translation>
    </message>
    <message>
        <source>Days of tracking logs (default 3).</source>
        <translation>Jours de journaux de suivi (3 par défaut).</translation>
    </message>
    <message>
        <source>Events per daily log (default 2000).</source>
        <translation>Événements par journal quotidien (2000 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>Print a JSON summary instead of text.</source>
        <translation>Affiche un résumé JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Write into DIR even if it is not empty.</source>
        <translation>Écrit dans DOSSIER même s'il n'est pas vide.</translation>
    </message>
    <message>
        <source>demo needs exactly one output folder</source>
        <translation>demo demande exactement un dossier de sortie</translation>
    </message>
    <message>
        <source>edxloader-cli: %1 is not empty (use --force to write into it anyway)</source>
        <translation>edxloader-cli : %1 n'est pas vide (utilisez --force pour y écrire quand même)</translation>
    </message>
    <message>
        <source>Writing demo package… %1/%2</source>
        <translation>Écriture du paquet de démonstration… %1/%2</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>%1 fichiers écrits dans %2</translation>
    </message>
    <message>
        <source>  course files:   %1</source>
        <translation>  fichiers des cours :   %1</translation>
    </message>
    <message>
        <source>  tracking logs:  %1 (%2 events, %3 MB uncompressed, %4 MB/s)</source>
        <translation>  journaux de suivi :    %1 (%2 événements, %3 Mo décompressés, %4 Mo/s)</translation>
    </message>
    <message>
        <source>  expected counts: %1</source>
        <translation>  comptes attendus :     %1</translation>
    </message>
    <message>
        <source>Try: edxloader-cli classify %1</source>
        <translation>Essayez : edxloader-cli classify %1</translation>
    </message>
    <message>
        <source>edxloader-cli: unknown command '%1'</source>
        <translation>edxloader-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Run 'edxloader-cli --help' for the list of commands.</source>
        <translation>Lancez « edxloader-cli --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Writes a realistic synthetic edX research data package into DIR: the weekly package folder
with per-course SQL tables, forum posts and course structures (plus files that are not
imported), daily tracking logs in DIR/events, and DIR/manifest.json with the exact counts
an import of each file must produce. The same seed always gives the same content.</source>
        <translation>Écrit dans DOSSIER un paquet de données de recherche edX synthétique et réaliste : le dossier du
paquet hebdomadaire avec, par cours, les tables SQL, les messages du forum et la structure du
cours (plus des fichiers qui ne sont pas importés), les journaux de suivi quotidiens dans
DOSSIER/events, et DOSSIER/manifest.json avec les comptes exacts que doit produire l'import de
chaque fichier. La même graine donne toujours le même contenu.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>Collection names: mcgillx (default) or edx.</source>
        <translation>Noms des collections : mcgillx (par défaut) ou edx.</translation>
    </message>
    <message>
        <source>Also import this optional table (e.g. wiki_article); 'all' for every one. May be repeated.</source>
        <translation>Importe aussi cette table facultative (p. ex. wiki_article) ; « all » pour toutes. Peut être répété.</translation>
    </message>
    <message>
        <source>Replace what a file imported before when its content changed.</source>
        <translation>Remplace ce qu'un fichier a importé auparavant quand son contenu a changé.</translation>
    </message>
    <message>
        <source>Also write each file's rejected lines to FILE-errors beside it.</source>
        <translation>Écrit aussi les lignes rejetées de chaque fichier dans FICHIER-errors à côté de lui.</translation>
    </message>
    <message>
        <source>Print a JSON summary instead of a table.</source>
        <translation>Affiche un résumé JSON au lieu d'un tableau.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import demande au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>edxloader-cli: %1 not found</source>
        <translation>edxloader-cli : %1 introuvable</translation>
    </message>
    <message>
        <source>read %1, imported %2, rejected %3, skipped %4</source>
        <translation>lues %1, importées %2, rejetées %3, ignorées %4</translation>
    </message>
    <message>
        <source>%1 files unchanged since their last import: skipped</source>
        <translation>%1 fichiers inchangés depuis leur dernier import : ignorés</translation>
    </message>
    <message>
        <source>%1 files into %2: read %3, imported %4, rejected %5, skipped %6 in %7 s</source>
        <translation>%1 fichiers vers %2 : lues %3, importées %4, rejetées %5, ignorées %6 en %7 s</translation>
    </message>
    <message>
        <source>Rejected lines: edxloader-cli errors FILE</source>
        <translation>Lignes rejetées : edxloader-cli errors FICHIER</translation>
    </message>
    <message>
        <source>Lists the databases and collections of the target with their document counts.</source>
        <translation>Liste les bases et collections de la cible avec leur nombre de documents.</translation>
    </message>
    <message>
        <source>Only this database.</source>
        <translation>Seulement cette base.</translation>
    </message>
    <message>
        <source>Print a JSON array of {database, collection, count}.</source>
        <translation>Affiche un tableau JSON de {database, collection, count}.</translation>
    </message>
    <message>
        <source>Nothing in %1 yet.</source>
        <translation>Rien dans %1 pour l'instant.</translation>
    </message>
    <message>
        <source>Prints the documents of a collection, one MongoDB Extended JSON v2 (relaxed) document per line, in the order they were imported.</source>
        <translation>Affiche les documents d'une collection, un document MongoDB Extended JSON v2 (relaxed) par ligne, dans l'ordre de leur import.</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>La base.</translation>
    </message>
    <message>
        <source>The collection.</source>
        <translation>La collection.</translation>
    </message>
    <message>
        <source>At most N documents.</source>
        <translation>Au plus N documents.</translation>
    </message>
    <message>
        <source>dump needs a database and a collection</source>
        <translation>dump demande une base et une collection</translation>
    </message>
    <message>
        <source>--limit must be a whole number</source>
        <translation>--limit doit être un nombre entier</translation>
    </message>
    <message>
        <source>edxloader-cli: no collection %1.%2 in %3</source>
        <translation>edxloader-cli : pas de collection %1.%2 dans %3</translation>
    </message>
    <message>
        <source>Shows the ledger: every file imported into the target, with its status, date and counts.</source>
        <translation>Affiche le registre : chaque fichier importé dans la cible, avec son état, sa date et ses effectifs.</translation>
    </message>
    <message>
        <source>Print the ledger entries as a JSON array.</source>
        <translation>Affiche les entrées du registre en tableau JSON.</translation>
    </message>
    <message>
        <source>No file has been imported into %1 yet.</source>
        <translation>Aucun fichier n'a encore été importé dans %1.</translation>
    </message>
    <message>
        <source>Prints the error report of an imported file: every rejected line (and every value kept with a warning) with its line number, reason, message and complete raw text.</source>
        <translation>Affiche le rapport d'erreurs d'un fichier importé : chaque ligne rejetée (et chaque valeur gardée avec un avertissement) avec son numéro de ligne, sa raison, son message et son texte brut complet.</translation>
    </message>
    <message>
        <source>The imported file (its path or name).</source>
        <translation>Le fichier importé (son chemin ou son nom).</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (par défaut) ou jsonl.</translation>
    </message>
    <message>
        <source>errors needs exactly one file</source>
        <translation>errors demande exactement un fichier</translation>
    </message>
    <message>
        <source>unknown format '%1' (use csv or jsonl)</source>
        <translation>format « %1 » inconnu (utilisez csv ou jsonl)</translation>
    </message>
    <message>
        <source>edxloader-cli: %1 has not been imported into %2</source>
        <translation>edxloader-cli : %1 n'a pas été importé dans %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4% · %5 MB/s · about %6 s left</source>
        <translation>[%1/%2] %3 %4 % · %5 Mo/s · environ %6 s restantes</translation>
    </message>
    <message>
        <source>GnuPG home holding the secret key for .gpg files (default: $GNUPGHOME, else ~/.gnupg).</source>
        <translation>Dossier GnuPG qui contient la clé secrète des fichiers .gpg (par défaut : $GNUPGHOME, sinon ~/.gnupg).</translation>
    </message>
    <message>
        <source>Deliver it as edX does: the package as a zip of .gpg files and the logs as .log.gz.gpg, encrypted to this GnuPG key.</source>
        <translation>Le livrer comme edX : le paquet en zip de fichiers .gpg et les journaux en .log.gz.gpg, chiffrés pour cette clé GnuPG.</translation>
    </message>
    <message>
        <source>Replace usernames by their anonymous RIPEMD-160 hash and leave out e-mail addresses, names, mailing addresses and IP addresses.</source>
        <translation>Remplacer les noms d'utilisateur par leur empreinte RIPEMD-160 anonyme et omettre adresses e-mail, noms, adresses postales et adresses IP.</translation>
    </message>
    <message>
        <source>Builds a course's own tracking collection from the imported tracking logs (tracking_logs.tracking):
every event of the config's course ids whose time falls between the enrollment and completion
dates (UTC, both days included), each given the parent_data and metadata of the course-structure
block it refers to. The config is McGillX's template_config.json format. The destination
(by default {course database}.tracking) is replaced whole: building again never duplicates.</source>
        <translation>Construit la collection de suivi propre à un cours à partir des journaux de suivi importés
(tracking_logs.tracking) : chaque événement des identifiants de cours de la configuration dont l'heure
tombe entre les dates d'inscription et de fin (UTC, les deux jours compris), avec les parent_data et
metadata du bloc de la structure du cours auquel il se rapporte. La configuration est au format
template_config.json de McGillX. La destination (par défaut {base du cours}.tracking) est remplacée
en entier : reconstruire ne duplique jamais rien.</translation>
    </message>
    <message>
        <source>The course config (JSON).</source>
        <translation>La configuration du cours (JSON).</translation>
    </message>
    <message>
        <source>Destination database (default: the first course id's database).</source>
        <translation>Base de destination (par défaut : la base du premier identifiant de cours).</translation>
    </message>
    <message>
        <source>Destination collection (default: tracking).</source>
        <translation>Collection de destination (par défaut : tracking).</translation>
    </message>
    <message>
        <source>build-course needs --config FILE</source>
        <translation>build-course demande --config FICHIER</translation>
    </message>
    <message>
        <source>build-course takes no arguments besides its options</source>
        <translation>build-course ne prend pas d'argument en dehors de ses options</translation>
    </message>
    <message>
        <source>the course config cannot be used:</source>
        <translation>la configuration du cours est inutilisable :</translation>
    </message>
    <message>
        <source>Building %1.%2: %3 of %4 events · %5 events/s</source>
        <translation>Construction de %1.%2 : %3 événements sur %4 · %5 événements/s</translation>
    </message>
    <message>
        <source>Built %1.%2 in %3 s: %4 events copied, %5 enriched with their block, %6 naming no block, %7 unresolved (%8 course-structure blocks known)</source>
        <translation>%1.%2 construite en %3 s : %4 événements copiés, %5 enrichis de leur bloc, %6 sans bloc, %7 non résolus (%8 blocs de structure connus)</translation>
    </message>
    <message>
        <source>%1 unresolved: %2</source>
        <translation>%1 non résolus : %2</translation>
    </message>
    <message>
        <source>Writes a collection, whole or filtered, as a CSV file (RFC 4180, UTF-8): one row per
document in the order they were imported, one column per field. Nested fields are named by
their dotted path (context.course_id); objects and arrays are written as JSON text, dates as
ISO-8601 UTC, ObjectIds as hex, null and missing fields as empty cells. Without --fields the
columns are the top-level fields of the first 1000 matching documents.

Example:
  edxloader-cli export-csv tracking_logs tracking --fields time,username,event_type \
    --filter '{"course_id": "course-v1:DemoX+DS101x+1T2016",
              "timestamp": {"$gte": {"$date": "2016-03-01T00:00:00Z"}}}' events.csv</source>
        <translation>Écrit une collection, entière ou filtrée, dans un fichier CSV (RFC 4180, UTF-8) : une ligne par
document dans l'ordre de leur import, une colonne par champ. Les champs imbriqués sont nommés par
leur chemin pointé (context.course_id) ; objets et tableaux sont écrits en texte JSON, les dates en
ISO-8601 UTC, les ObjectId en hexadécimal, les champs nuls ou absents en cellules vides. Sans --fields,
les colonnes sont les champs de premier niveau des 1000 premiers documents retenus.

Exemple :
  edxloader-cli export-csv tracking_logs tracking --fields time,username,event_type \
    --filter '{"course_id": "course-v1:DemoX+DS101x+1T2016",
              "timestamp": {"$gte": {"$date": "2016-03-01T00:00:00Z"}}}' evenements.csv</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>Le fichier CSV à écrire (remplacé s'il existe).</translation>
    </message>
    <message>
        <source>The columns: field paths separated by commas.</source>
        <translation>Les colonnes : chemins de champs séparés par des virgules.</translation>
    </message>
    <message>
        <source>Only the documents matching a MongoDB-style query: {"field": value}, $in, $gt, $gte, $lt, $lte; dates as {"$date": "…"}.</source>
        <translation>Seulement les documents qui satisfont une requête à la MongoDB : {"champ": valeur}, $in, $gt, $gte, $lt, $lte ; dates en {"$date": "…"}.</translation>
    </message>
    <message>
        <source>Replace usernames by their anonymous hash and leave out e-mail addresses, names, mailing addresses and IP addresses.</source>
        <translation>Remplacer les noms d'utilisateur par leur empreinte anonyme et omettre adresses électroniques, noms, adresses postales et adresses IP.</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark, so that Excel reads it as UTF-8.</source>
        <translation>Commencer le fichier par une marque d'ordre des octets, pour qu'Excel le lise en UTF-8.</translation>
    </message>
    <message>
        <source>export-csv needs DATABASE COLLECTION OUT.csv</source>
        <translation>export-csv demande BASE COLLECTION SORTIE.csv</translation>
    </message>
    <message>
        <source>--fields names no field</source>
        <translation>--fields ne nomme aucun champ</translation>
    </message>
    <message>
        <source>Exporting %1.%2: %3 of %4 rows · %5 rows/s</source>
        <translation>Export de %1.%2 : %3 lignes sur %4 · %5 lignes/s</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 columns, %4 MB in %5 s</source>
        <translation>%1 écrit : %2 lignes, %3 colonnes, %4 Mo en %5 s</translation>
    </message>
    <message>
        <source>Fields found only after the first 1000 documents, not exported (name them with --fields): %1</source>
        <translation>Champs trouvés seulement après les 1000 premiers documents, non exportés (nommez-les avec --fields) : %1</translation>
    </message>
    <message>
        <source>Computes the person_course table of a course database, as edx2bigquery defines it: one row per
learner of its enrollment table with the profile (gender, year of birth, level of education,
country), the enrollment (date, mode, active), the certificate (status, grade), activity from the
tracking events (first and last event, events, active days, video plays, problem checks) and the
forum (posts, threads, comments), and the flags viewed, explored and certified. Events come from
the course's own tracking collection when build-course made one, else from tracking_logs.
It is written as the collection person_course of that database, replaced on every run.</source>
        <translation>Calcule la table person_course d'une base de cours, telle qu'edx2bigquery la définit : une ligne par
apprenant de sa table d'inscriptions avec le profil (genre, année de naissance, niveau d'études,
pays), l'inscription (date, mode, active), le certificat (statut, note), l'activité tirée des
événements de suivi (premier et dernier événement, événements, jours actifs, lectures vidéo,
vérifications d'exercices) et du forum (messages, fils, commentaires), et les indicateurs viewed,
explored et certified. Les événements viennent de la collection de suivi du cours quand build-course
l'a construite, sinon de tracking_logs. Elle est écrite comme collection person_course de cette base,
remplacée à chaque exécution.</translation>
    </message>
    <message>
        <source>The course database.</source>
        <translation>La base du cours.</translation>
    </message>
    <message>
        <source>Also write the table as a CSV file.</source>
        <translation>Écrire aussi la table dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Write usernames as their anonymous hash.</source>
        <translation>Écrire les noms d'utilisateur sous forme d'empreinte anonyme.</translation>
    </message>
    <message>
        <source>Start the CSV file with a byte-order mark, so that Excel reads it as UTF-8.</source>
        <translation>Commencer le fichier CSV par une marque d'ordre des octets, pour qu'Excel le lise en UTF-8.</translation>
    </message>
    <message>
        <source>person-course needs DATABASE</source>
        <translation>person-course demande BASE</translation>
    </message>
    <message>
        <source>no database %1 in the %2</source>
        <translation>pas de base %1 dans le %2</translation>
    </message>
    <message>
        <source>Counting the events of %1: %2 of %3</source>
        <translation>Décompte des événements de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Wrote %1.person_course in %2 s: %3 learners, %4 of their events counted from %5 (%6 chapters in the course structure)</source>
        <translation>%1.person_course écrite en %2 s : %3 apprenants, %4 de leurs événements comptés depuis %5 (%6 chapitres dans la structure du cours)</translation>
    </message>
    <message>
        <source>no tracking collection</source>
        <translation>aucune collection de suivi</translation>
    </message>
    <message>
        <source>%1 events of users who are not in the enrollment table were left out</source>
        <translation>%1 événements d'utilisateurs absents de la table des inscriptions ont été laissés de côté</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows</source>
        <translation>%1 écrit : %2 lignes</translation>
    </message>
    <message>
        <source>Where the data goes: sqlite:DIR or a folder for the embedded store (default: %1), or a MongoDB connection string (mongodb://… or mongodb+srv://…; the password from $EDXLOADER_MONGODB_PASSWORD or asked).</source>
        <translation>Où vont les données : sqlite:DOSSIER ou un dossier pour la base intégrée (par défaut : %1), ou une chaîne de connexion MongoDB (mongodb://… ou mongodb+srv://… ; le mot de passe est lu dans $EDXLOADER_MONGODB_PASSWORD ou demandé).</translation>
    </message>
    <message>
        <source>Password of MongoDB user %1 at %2: </source>
        <translation>Mot de passe de l'utilisateur MongoDB %1 sur %2 : </translation>
    </message>
    <message>
        <source>%1 names the user %2 but no password: set EDXLOADER_MONGODB_PASSWORD</source>
        <translation>%1 nomme l'utilisateur %2 mais pas de mot de passe : définissez EDXLOADER_MONGODB_PASSWORD</translation>
    </message>
    <message>
        <source>Copies databases from the embedded store to another target — typically MongoDB, when the
data outgrow one machine: every collection with the same documents, the ledgers and error
reports included, so that later imports into the new target carry on from there (an
unchanged file is skipped, a changed one replaces what it imported). Without DATABASE every
database is copied. A database already in the target has each of its copied collections
replaced as a whole: copying again gives the same result.

Example:
  EDXLOADER_MONGODB_PASSWORD=… edxloader-cli export \
    --target 'mongodb://loader@db1.example.org,db2.example.org/?replicaSet=rs0' tracking_logs</source>
        <translation>Copie des bases de la base intégrée vers une autre cible — en général MongoDB, quand les
données dépassent une machine : chaque collection avec les mêmes documents, registres et
rapports d'erreurs compris, pour que les imports suivants dans la nouvelle cible reprennent
là où ils en sont (un fichier inchangé est ignoré, un fichier modifié remplace ce qu'il avait
importé). Sans BASE, toutes les bases sont copiées. Dans une base déjà présente dans la cible,
chaque collection copiée est remplacée en entier : copier à nouveau donne le même résultat.

Exemple :
  EDXLOADER_MONGODB_PASSWORD=… edxloader-cli export \
    --target 'mongodb://loader@db1.example.org,db2.example.org/?replicaSet=rs0' tracking_logs</translation>
    </message>
    <message>
        <source>The databases to copy (default: all).</source>
        <translation>Les bases à copier (par défaut : toutes).</translation>
    </message>
    <message>
        <source>The store to copy from: sqlite:DIR or a folder (default: %1).</source>
        <translation>La base d'où copier : sqlite:DOSSIER ou un dossier (par défaut : %1).</translation>
    </message>
    <message>
        <source>export needs --target: where the databases go</source>
        <translation>export demande --target : où vont les bases</translation>
    </message>
    <message>
        <source>the target is the store copied from</source>
        <translation>la cible est la base d'où l'on copie</translation>
    </message>
    <message>
        <source>the %1 holds no database</source>
        <translation>la %1 ne contient aucune base</translation>
    </message>
    <message>
        <source>Copying %1.%2: %3 of %4 documents</source>
        <translation>Copie de %1.%2 : %3 documents sur %4</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: %n document(s)</source>
        <translation><numerusform>%1.%2 : %n document</numerusform><numerusform>%1.%2 : %n documents</numerusform></translation>
    </message>
    <message>
        <source>Copied %1 documents of %2 collections to the %3 in %4 s.</source>
        <translation>%1 documents de %2 collections copiés vers la %3 en %4 s.</translation>
    </message>
    <message>
        <source>export copies from the embedded store (sqlite:DIR or a folder)</source>
        <translation>export copie depuis la base intégrée (sqlite:DOSSIER ou un dossier)</translation>
    </message>
    <message>
        <source>show what each file is and where it would be imported</source>
        <translation>indique ce qu'est chaque fichier et où il serait importé</translation>
    </message>
    <message>
        <source>import course files into the target database</source>
        <translation>importe les fichiers des cours dans la base cible</translation>
    </message>
    <message>
        <source>databases and collections of the target, with counts</source>
        <translation>bases et collections de la cible, avec leurs effectifs</translation>
    </message>
    <message>
        <source>print documents as Extended JSON, one per line</source>
        <translation>affiche les documents en Extended JSON, un par ligne</translation>
    </message>
    <message>
        <source>the ledger: every imported file and how it went</source>
        <translation>le registre : chaque fichier importé et son issue</translation>
    </message>
    <message>
        <source>the rejected lines of an imported file (CSV or JSON lines)</source>
        <translation>les lignes rejetées d'un fichier importé (CSV ou JSON lines)</translation>
    </message>
    <message>
        <source>build a course's tracking collection from a course config</source>
        <translation>construit la collection de suivi d'un cours d'après sa configuration</translation>
    </message>
    <message>
        <source>write a collection, whole or filtered, as a CSV file</source>
        <translation>écrit une collection, entière ou filtrée, en fichier CSV</translation>
    </message>
    <message>
        <source>copy databases of the embedded store to MongoDB</source>
        <translation>copie des bases de la base intégrée vers MongoDB</translation>
    </message>
    <message>
        <source>compute a course's per-learner summary (edx2bigquery's)</source>
        <translation>calcule le résumé par apprenant d'un cours (celui d'edx2bigquery)</translation>
    </message>
    <message>
        <source>write a synthetic edX data package to try EdxLoader with</source>
        <translation>écrit un paquet de données edX synthétique pour essayer EdxLoader</translation>
    </message>
    <message>
        <source>Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]

Loads edX research data packages into a document database; the command-line twin of
the EdxLoader window.

Commands:
</source>
        <translation>Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]

Charge les paquets de données de recherche edX dans une base de données documentaire ; le
jumeau en ligne de commande de la fenêtre EdxLoader.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help               show this help, or a command's help after the command
  -v, --version            show the version

The target is the embedded store in %1 unless --target names another:
sqlite:DIR or a folder, or MongoDB by connection string (mongodb://HOST/ or
mongodb+srv://…; a password is read from EDXLOADER_MONGODB_PASSWORD or asked).

Exit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),
3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.
</source>
        <translation>
Options :
  -h, --help               affiche cette aide, ou l'aide d'une commande placée après elle
  -v, --version            affiche la version

La cible est la base intégrée dans %1, sauf si --target en désigne une autre :
sqlite:DOSSIER ou un dossier, ou MongoDB par chaîne de connexion (mongodb://HÔTE/ ou
mongodb+srv://… ; le mot de passe est lu dans EDXLOADER_MONGODB_PASSWORD ou demandé).

Codes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),
3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.
</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>CHEMIN…</translation>
    </message>
    <message>
        <source>[DATABASE]</source>
        <translation>[BASE]</translation>
    </message>
    <message>
        <source>DATABASE COLLECTION</source>
        <translation>BASE COLLECTION</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--config F</source>
        <translation>--config F</translation>
    </message>
    <message>
        <source>DB COLL OUT</source>
        <translation>BASE COLL SORTIE</translation>
    </message>
    <message>
        <source>--target URI [DB…]</source>
        <translation>--target URI [BASE…]</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>Imports edX course files — SQL tables, forum posts, course structures — found in the given files
and folders into the target: one database per course, one collection per kind of file. Each file
is imported whole or not at all, recorded in the ledger ({collection}_imported), and its rejected
lines are kept ({collection}_errors; see 'edxloader-cli errors'). A file already imported with
the same content is skipped, and so is a file whose content was imported under another name
(unless --allow-duplicate-content); a changed file is only replaced with --replace.
Weekly packages ({org}-{date}.zip) are read in place, member by member, and .gpg files are
decrypted on the fly with your GnuPG key (gpg-agent asks for the passphrase): nothing decrypted
is ever written to disk.</source>
        <translation>Importe les fichiers de cours edX — tables SQL, messages du forum, structures de cours — trouvés
dans les fichiers et dossiers donnés vers la cible : une base par cours, une collection par sorte
de fichier. Chaque fichier est importé en entier ou pas du tout, inscrit au registre
({collection}_imported), et ses lignes rejetées sont conservées ({collection}_errors ; voir
'edxloader-cli errors'). Un fichier déjà importé avec le même contenu est ignoré, de même qu'un
fichier dont le contenu a été importé sous un autre nom (sauf avec --allow-duplicate-content) ;
un fichier modifié n'est remplacé qu'avec --replace.
Les paquets hebdomadaires ({org}-{date}.zip) sont lus sur place, membre par membre, et les fichiers
.gpg sont déchiffrés à la volée avec votre clé GnuPG (gpg-agent demande la phrase secrète) : rien
de déchiffré n'est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>Import a file even when a file with the same content (SHA-256) was imported into the same collection under another name.</source>
        <translation>Importer un fichier même quand un fichier de même contenu (SHA-256) a été importé dans la même collection sous un autre nom.</translation>
    </message>
    <message>
        <source>%1 files with the same content as a file imported under another name: skipped (--allow-duplicate-content imports them anyway)</source>
        <translation>%1 fichiers de même contenu qu'un fichier importé sous un autre nom : ignorés (--allow-duplicate-content les importe quand même)</translation>
    </message>
    <message>
        <source>%1 requests of the course team to Studio left out (not learner activity)</source>
        <translation>%1 requêtes de l'équipe du cours à Studio laissées de côté (pas une activité d'apprenant)</translation>
    </message>
    <message>
        <source>course found from: %1</source>
        <translation>cours trouvé par : %1</translation>
    </message>
    <message>
        <source>%1 Studio requests</source>
        <translation>%1 requêtes à Studio</translation>
    </message>
    <message>
        <source>how a course is doing: enrollment, activity, problems, videos</source>
        <translation>où en est un cours : inscriptions, activité, problèmes, vidéos</translation>
    </message>
    <message>
        <source>Print every figure as JSON instead of a summary.</source>
        <translation>Affiche tous les chiffres en JSON au lieu d'un résumé.</translation>
    </message>
    <message>
        <source>overview needs DATABASE</source>
        <translation>overview demande BASE</translation>
    </message>
    <message>
        <source>Reading the events of %1: %2 of %3</source>
        <translation>Lecture des événements de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  enrolled now:   %1 (%2)</source>
        <translation>  inscrits :       %1 (%2)</translation>
    </message>
    <message>
        <source>  enrollments:    %1 to %2</source>
        <translation>  inscriptions :   du %1 au %2</translation>
    </message>
    <message>
        <source>  certificates:   %1</source>
        <translation>  certificats :    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  activity:       no tracking events for this course</source>
        <translation>  activité :       aucun événement de suivi pour ce cours</translation>
    </message>
    <message>
        <source>  events:         %1 of enrolled learners in %2 (%3 of other users)</source>
        <translation>  événements :     %1 d'apprenants inscrits dans %2 (%3 d'autres utilisateurs)</translation>
    </message>
    <message>
        <source>  week        active  video  problem    events</source>
        <translation>  semaine    actifs  vidéo problème événements</translation>
    </message>
    <message>
        <source>  problems:       %1 (%2 tried by someone)</source>
        <translation>  problèmes :      %1 (%2 essayés par quelqu'un)</translation>
    </message>
    <message>
        <source>  videos:         %1 (%2 watched by someone)</source>
        <translation>  vidéos :         %1 (%2 regardées par quelqu'un)</translation>
    </message>
    <message>
        <source>Every figure: edxloader-cli overview --json %1</source>
        <translation>Tous les chiffres : edxloader-cli overview --json %1</translation>
    </message>
    <message>
        <source>Shows how a course is doing, from the data loaded: learners enrolled now (by mode) and over time,
certificates, weekly activity (learners active, watching videos, trying problems), and for each
problem and video of the course structure, in course order, the learners who tried or watched it
and the share right at the first and at the last attempt. Days and weeks are UTC; events come from
the course's own tracking collection when build-course made one, else from tracking_logs.
Nothing is written to the database. --html writes the same as a page with charts that any browser
opens (no script, nothing fetched from the network), to send by e-mail.</source>
        <translation>Montre comment se porte un cours, d'après les données chargées : apprenants inscrits aujourd'hui (par
mode) et au fil du temps, certificats, activité par semaine (apprenants actifs, qui regardent des
vidéos, qui tentent des problèmes) et, pour chaque problème et chaque vidéo de la structure du cours,
dans l'ordre du cours, les apprenants qui l'ont tenté ou regardée et la part de réussite à la première
et à la dernière tentative. Jours et semaines en UTC ; les événements viennent de la collection de suivi
du cours quand build-course l'a construite, sinon de tracking_logs.
Rien n'est écrit dans la base. --html écrit la même chose sous forme de page avec des graphiques, que
tout navigateur ouvre (sans script, rien n'est chargé depuis le réseau), à envoyer par courriel.</translation>
    </message>
    <message>
        <source>Also write the figures and their charts as an HTML report to FILE.</source>
        <translation>Écrit aussi les chiffres et leurs graphiques dans le rapport HTML FICHIER.</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d'écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>--org ORG DIR</source>
        <translation>--org ORG DOSSIER</translation>
    </message>
    <message>
        <source>download what is new from edX's buckets (still encrypted)</source>
        <translation>télécharge les nouveautés des compartiments d'edX (toujours chiffrées)</translation>
    </message>
    <message>
        <source>Downloads what is new in edX's research-data buckets into DIR, still encrypted: the weekly
packages (s3://course-data/ORG-DATE.zip, as DIR/ORG-DATE.zip) and the daily tracking logs
(s3://edx-course-data/ORG/SITE/events/YEAR/…, as DIR/events/SITE/YEAR/…). Files already complete
in DIR are not downloaded again; an interrupted download (NAME.part) goes on where it stopped.
Then: edxloader-cli import DIR.

The access keys edX gave you are read from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and
AWS_SESSION_TOKEN), else from the profile of ~/.aws/credentials (--profile, AWS_PROFILE, or
'default'). Exit codes: 0 every file asked for is in DIR, 1 some failed (the reasons are
printed), 2 nothing could be listed (wrong keys, no server, nothing found), 3 wrong usage.</source>
        <translation>Télécharge dans DOSSIER les nouveautés des compartiments de données de recherche d'edX, toujours
chiffrées : les paquets hebdomadaires (s3://course-data/ORG-DATE.zip, en DOSSIER/ORG-DATE.zip) et les
journaux de suivi quotidiens (s3://edx-course-data/ORG/SITE/events/ANNÉE/…, en
DOSSIER/events/SITE/ANNÉE/…). Les fichiers déjà complets dans DOSSIER ne sont pas retéléchargés ; un
téléchargement interrompu (NOM.part) reprend là où il s'était arrêté.
Ensuite : edxloader-cli import DOSSIER.

Les clés d'accès données par edX sont lues dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY (et
AWS_SESSION_TOKEN), sinon dans le profil de ~/.aws/credentials (--profile, AWS_PROFILE ou
« default »). Codes de sortie : 0 tous les fichiers demandés sont dans DOSSIER, 1 certains ont échoué
(les raisons sont affichées), 2 rien n'a pu être listé (clés erronées, pas de serveur, rien trouvé),
3 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>The download folder (created if needed).</source>
        <translation>Le dossier de téléchargement (créé au besoin).</translation>
    </message>
    <message>
        <source>Your organisation as edX names it (e.g. mcgillx).</source>
        <translation>Votre organisation telle qu'edX la nomme (p. ex. mcgillx).</translation>
    </message>
    <message>
        <source>Logs of edx (default), edge, or all.</source>
        <translation>Journaux d'edx (par défaut), d'edge, ou all pour les deux.</translation>
    </message>
    <message>
        <source>packages, logs, or both (default: packages,logs).</source>
        <translation>packages, logs, ou les deux (par défaut : packages,logs).</translation>
    </message>
    <message>
        <source>Only files of this day (YYYY-MM-DD) or later.</source>
        <translation>Seulement les fichiers de ce jour (AAAA-MM-JJ) ou après.</translation>
    </message>
    <message>
        <source>Only files of this day (YYYY-MM-DD) or earlier.</source>
        <translation>Seulement les fichiers de ce jour (AAAA-MM-JJ) ou avant.</translation>
    </message>
    <message>
        <source>An S3-compatible server's URL instead of Amazon S3.</source>
        <translation>L'URL d'un serveur compatible S3 au lieu d'Amazon S3.</translation>
    </message>
    <message>
        <source>The buckets' region (default: AWS_REGION, else us-east-1).</source>
        <translation>La région des compartiments (par défaut : AWS_REGION, sinon us-east-1).</translation>
    </message>
    <message>
        <source>The bucket of the weekly packages (default: course-data).</source>
        <translation>Le compartiment des paquets hebdomadaires (par défaut : course-data).</translation>
    </message>
    <message>
        <source>The bucket of the daily logs (default: edx-course-data).</source>
        <translation>Le compartiment des journaux quotidiens (par défaut : edx-course-data).</translation>
    </message>
    <message>
        <source>The profile of ~/.aws/credentials to use.</source>
        <translation>Le profil de ~/.aws/credentials à utiliser.</translation>
    </message>
    <message>
        <source>Show what is there and what would be downloaded; write nothing.</source>
        <translation>Montre ce qui s'y trouve et ce qui serait téléchargé ; n'écrit rien.</translation>
    </message>
    <message>
        <source>fetch needs DIR, the download folder</source>
        <translation>fetch demande DOSSIER, le dossier de téléchargement</translation>
    </message>
    <message>
        <source>fetch needs --org, your organisation as edX names it (e.g. mcgillx)</source>
        <translation>fetch demande --org, votre organisation telle qu'edX la nomme (p. ex. mcgillx)</translation>
    </message>
    <message>
        <source>--site must be edx, edge or all</source>
        <translation>--site vaut edx, edge ou all</translation>
    </message>
    <message>
        <source>--what takes packages, logs or both (packages,logs)</source>
        <translation>--what prend packages, logs ou les deux (packages,logs)</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD</source>
        <translation>--%1 prend un jour sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>no access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or put them under [%1] in %2. Nothing was downloaded.</source>
        <translation>aucune clé d'accès : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou placez-les sous [%1] dans %2. Rien n'a été téléchargé.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is not set. Nothing was downloaded.</source>
        <translation>AWS_SECRET_ACCESS_KEY n'est pas définie. Rien n'a été téléchargé.</translation>
    </message>
    <message>
        <source>Listing what %1 holds for %2…</source>
        <translation>Liste de ce que %1 contient pour %2…</translation>
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation>Rien n'a été téléchargé.</translation>
    </message>
    <message>
        <source>edxloader-cli: warning: not downloaded: %1</source>
        <translation>edxloader-cli : attention : non téléchargé : %1</translation>
    </message>
    <message>
        <source>nothing of %1 in %2: check the organisation (--org), the buckets and the keys</source>
        <translation>rien de %1 dans %2 : vérifiez l'organisation (--org), les compartiments et les clés</translation>
    </message>
    <message>
        <source>%1 files in %2; %3 to download (%4 MB) into %5. Nothing was written.</source>
        <translation>%1 fichiers dans %2 ; %3 à télécharger (%4 Mo) dans %5. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4 of %5 MB · %6 MB/s%7</source>
        <translation>[%1/%2] %3 %4 sur %5 Mo · %6 Mo/s%7</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · environ %1 s restantes</translation>
    </message>
    <message>
        <source>downloaded  %1 (%2 MB)%3</source>
        <translation>téléchargé  %1 (%2 Mo)%3</translation>
    </message>
    <message>
        <source>, resumed after %1 MB</source>
        <translation>, repris après %1 Mo</translation>
    </message>
    <message>
        <source>edxloader-cli: %1 failed: %2</source>
        <translation>edxloader-cli : %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 downloaded (%2 MB), %3 already present, %4 failed, in %5. Next: edxloader-cli import %6</source>
        <translation>%1 téléchargés (%2 Mo), %3 déjà présents, %4 en échec, dans %5. Ensuite : edxloader-cli import %6</translation>
    </message>
</context>
<context>
    <name>EdxLoader::BrowserPane</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>ObjectId</source>
        <translation>ObjectId</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation><numerusform>[%n élément]</numerusform><numerusform>[%n éléments]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation><numerusform>{%n champ}</numerusform><numerusform>{%n champs}</numerusform></translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Database / collection</source>
        <translation>Base / collection</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Counting the documents…</source>
        <translation>Comptage des documents…</translation>
    </message>
    <message>
        <source>Nothing imported yet: %1</source>
        <translation>Rien d'importé pour l'instant : %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Person-Course Table</source>
        <translation>Table &amp;person-course</translation>
    </message>
    <message>
        <source>Write the selected collection, whole or filtered, as a CSV file</source>
        <translation>Écrire la collection choisie, entière ou filtrée, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Compute the selected course's per-learner summary (edx2bigquery's person_course): profile, certificate, activity and forum counts</source>
        <translation>Calculer le résumé par apprenant du cours choisi (la table person_course d'edx2bigquery) : profil, certificat, activité et forum</translation>
    </message>
    <message>
        <source>Computing %1.person_course: reading the course's tables and counting its events…</source>
        <translation>Calcul de %1.person_course : lecture des tables du cours et décompte de ses événements…</translation>
    </message>
    <message numerus="yes">
        <source>%1.person_course: %n learner(s), %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.</source>
        <translation><numerusform>%1.person_course : %n apprenant, %2 de ses événements comptés depuis %3 en %4 s. Choisissez-la puis Exporter… pour l'écrire en CSV.</numerusform><numerusform>%1.person_course : %n apprenants, %2 de leurs événements comptés depuis %3 en %4 s. Choisissez-la puis Exporter… pour l'écrire en CSV.</numerusform></translation>
    </message>
    <message>
        <source>no tracking collection</source>
        <translation>aucune collection de suivi</translation>
    </message>
    <message>
        <source>The person_course table could not be computed</source>
        <translation>La table person_course n'a pas pu être calculée</translation>
    </message>
    <message>
        <source>Cannot read the target: %1</source>
        <translation>Impossible de lire la cible : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Registres d'import</translation>
    </message>
    <message>
        <source>What EdxLoader keeps about its imports: the ledgers ({collection}_imported) and the error reports ({collection}_errors)</source>
        <translation>Ce qu'EdxLoader garde de ses imports : les registres ({collection}_imported) et les rapports d'erreurs ({collection}_errors)</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s), %1 documents of data (and %2 import records) in %3</source>
        <translation><numerusform>%n base, %1 documents de données (et %2 registres d'import) dans %3</numerusform><numerusform>%n bases, %1 documents de données (et %2 registres d'import) dans %3</numerusform></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédents</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivants</translation>
    </message>
    <message>
        <source>Filter, e.g. {"event_type": "play_video"}</source>
        <translation>Filtre, p. ex. {"event_type": "play_video"}</translation>
    </message>
    <message>
        <source>Shows only the documents that match: a JSON object of field: value, with {"$in": […]}, {"$gte": …} and {"$lt": …} as in edxloader-cli export-csv --filter. Press Enter to apply.</source>
        <translation>N'affiche que les documents qui correspondent : un objet JSON champ: valeur, avec {"$in": […]}, {"$gte": …} et {"$lt": …} comme edxloader-cli export-csv --filter. Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>No document matches</source>
        <translation>Aucun document ne correspond</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
</context>
<context>
    <name>EdxLoader::Classification</name>
    <message>
        <source>SQL table %1</source>
        <translation>Table SQL %1</translation>
    </message>
    <message>
        <source>Open-response table %1</source>
        <translation>Table de réponses ouvertes %1</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Messages du forum</translation>
    </message>
    <message>
        <source>Course structure</source>
        <translation>Structure du cours</translation>
    </message>
    <message>
        <source>Tracking log %1</source>
        <translation>Journal de suivi du %1</translation>
    </message>
    <message>
        <source>Email opt-in report</source>
        <translation>Consentements aux courriels</translation>
    </message>
    <message>
        <source>Course export (OLX)</source>
        <translation>Export du cours (OLX)</translation>
    </message>
    <message>
        <source>Data package %1</source>
        <translation>Paquet de données du %1</translation>
    </message>
    <message>
        <source>Weekly tracking archive %1</source>
        <translation>Archive hebdomadaire de suivi du %1</translation>
    </message>
    <message>
        <source>Error report of an older loader</source>
        <translation>Rapport d'erreurs d'un ancien chargeur</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>SQL table</source>
        <translation>Table SQL</translation>
    </message>
    <message>
        <source>Open-response table</source>
        <translation>Table de réponses ouvertes</translation>
    </message>
    <message>
        <source>Tracking log</source>
        <translation>Journal de suivi</translation>
    </message>
    <message>
        <source>Data package</source>
        <translation>Paquet de données</translation>
    </message>
    <message>
        <source>Weekly tracking archive</source>
        <translation>Archive de suivi hebdomadaire</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a table of a course package: "auth_user — SQL table"</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ClassificationReport</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>COURS</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
</context>
<context>
    <name>EdxLoader::Classifier</name>
    <message>
        <source>Classification rules are not a JSON object: %1</source>
        <translation>Les règles de classement ne sont pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>Classification rules lack sites, tables or the tracking target</source>
        <translation>Il manque aux règles de classement les sites, les tables ou la cible du suivi</translation>
    </message>
    <message>
        <source>Invalid classification rule %1: %2</source>
        <translation>Règle de classement invalide %1 : %2</translation>
    </message>
    <message>
        <source>Export failed at edX: the file holds the exporter's error report, not data</source>
        <translation>Export échoué chez edX : le fichier contient le rapport d'erreur de l'exportateur, pas des données</translation>
    </message>
    <message>
        <source>Unrecognised name: not an edX research data file that EdxLoader knows</source>
        <translation>Nom non reconnu : ce n'est pas un fichier de données de recherche edX connu d'EdxLoader</translation>
    </message>
    <message>
        <source>Unknown edX table: not imported unless you include it</source>
        <translation>Table edX inconnue : importée seulement si vous l'incluez</translation>
    </message>
    <message>
        <source>Not in use: not imported by default</source>
        <translation>Inutilisé : pas importé par défaut</translation>
    </message>
    <message>
        <source>Optional edX table: not imported by default</source>
        <translation>Table edX facultative : pas importée par défaut</translation>
    </message>
    <message>
        <source>Open-response assessment table: not imported by default</source>
        <translation>Table d'évaluation des réponses ouvertes : pas importée par défaut</translation>
    </message>
    <message>
        <source>Course content export: not imported</source>
        <translation>Export du contenu du cours : pas importé</translation>
    </message>
    <message>
        <source>Pre-2014 weekly tracking archive: extract it and add its .log files</source>
        <translation>Archive hebdomadaire de suivi d'avant 2014 : extrayez-la et ajoutez ses fichiers .log</translation>
    </message>
    <message>
        <source>Written by an older loader: not imported</source>
        <translation>Écrit par un ancien chargeur : pas importé</translation>
    </message>
    <message>
        <source>Encrypted (OpenPGP)</source>
        <translation>Chiffré (OpenPGP)</translation>
    </message>
    <message>
        <source>Renamed by the browser: classified by its original name</source>
        <translation>Renommé par le navigateur : classé d'après son nom d'origine</translation>
    </message>
    <message>
        <source>From edge.edx.org</source>
        <translation>Provient d'edge.edx.org</translation>
    </message>
    <message>
        <source>Weekly data package of %1: a zip of the course files</source>
        <translation>Paquet de données hebdomadaire de %1 : un zip des fichiers des cours</translation>
    </message>
    <message>
        <source>An unfinished download: download from edX again (or run edxloader-cli fetch) to complete it</source>
        <translation>Un téléchargement inachevé : téléchargez de nouveau depuis edX (ou lancez edxloader-cli fetch) pour le terminer</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseBuilder</name>
    <message>
        <source>The course collection cannot go into %1, the database of the tracking logs themselves: choose the course's database or another one</source>
        <translation>La collection du cours ne peut pas aller dans %1, la base des journaux de suivi eux-mêmes : choisissez la base du cours ou une autre</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d'écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.%2: %3</source>
        <translation>Impossible de remplacer %1.%2 : %3</translation>
    </message>
    <message>
        <source>no course structure imported for this course</source>
        <translation>aucune structure de cours importée pour ce cours</translation>
    </message>
    <message>
        <source>the block it names is not in the course structure</source>
        <translation>le bloc qu'il désigne n'est pas dans la structure du cours</translation>
    </message>
    <message>
        <source>the stored event could not be read</source>
        <translation>l'événement enregistré n'a pas pu être lu</translation>
    </message>
    <message>
        <source>the event already has parent_data or metadata of its own</source>
        <translation>l'événement a déjà ses propres parent_data ou metadata</translation>
    </message>
    <message>
        <source>Cancelled: the previous %1.%2 is unchanged</source>
        <translation>Annulé : la précédente %1.%2 est inchangée</translation>
    </message>
    <message>
        <source>Writing %1.%2 failed: %3</source>
        <translation>L'écriture de %1.%2 a échoué : %3</translation>
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation>La lecture de %1.%2 a échoué : %3</translation>
    </message>
    <message>
        <source>Reading %1.course_structure failed: %2</source>
        <translation>La lecture de %1.course_structure a échoué : %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseConfig</name>
    <message>
        <source>Not a course configuration: %1 (at byte %2)</source>
        <translation>Pas une configuration de cours : %1 (à l'octet %2)</translation>
    </message>
    <message>
        <source>Not a course configuration: the file is not a JSON object</source>
        <translation>Pas une configuration de cours : le fichier n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>course_ids must be a list of course ids, like ["McGillX/ATOC185x/2T2014"]</source>
        <translation>course_ids doit être une liste d'identifiants de cours, comme ["McGillX/ATOC185x/2T2014"]</translation>
    </message>
    <message>
        <source>course_ids must hold only text (course ids)</source>
        <translation>course_ids ne doit contenir que du texte (des identifiants de cours)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Choose at least one course id</source>
        <translation>Choisissez au moins un identifiant de cours</translation>
    </message>
    <message>
        <source>The enrollment date is missing</source>
        <translation>La date d'inscription manque</translation>
    </message>
    <message>
        <source>The enrollment date "%1" is not a date written YYYY-MM-DD</source>
        <translation>La date d'inscription « %1 » n'est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The completion date is missing</source>
        <translation>La date de fin manque</translation>
    </message>
    <message>
        <source>The completion date "%1" is not a date written YYYY-MM-DD</source>
        <translation>La date de fin « %1 » n'est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The completion date (%1) is before the enrollment date (%2)</source>
        <translation>La date de fin (%1) précède la date d'inscription (%2)</translation>
    </message>
    <message>
        <source>The destination collection needs a name</source>
        <translation>La collection de destination doit avoir un nom</translation>
    </message>
    <message>
        <source>The destination collection cannot be named "%1"</source>
        <translation>La collection de destination ne peut pas s'appeler « %1 »</translation>
    </message>
    <message>
        <source>The destination database needs a name</source>
        <translation>La base de destination doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseForm</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>e.g. atoc185x</source>
        <translation>p. ex. atoc185x</translation>
    </message>
    <message>
        <source>e.g. Natural Disasters</source>
        <translation>p. ex. Natural Disasters</translation>
    </message>
    <message>
        <source>Course &amp;name:</source>
        <translation>&amp;Nom du cours :</translation>
    </message>
    <message>
        <source>Course i&amp;ds:</source>
        <translation>Identifiants de co&amp;urs :</translation>
    </message>
    <message>
        <source>Destination &amp;database:</source>
        <translation>&amp;Base de destination :</translation>
    </message>
    <message>
        <source>Destination co&amp;llection:</source>
        <translation>Co&amp;llection de destination :</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Course Config</source>
        <translation>Ouvrir une configuration de cours</translation>
    </message>
    <message>
        <source>Course configs (*.json);;All files (*)</source>
        <translation>Configurations de cours (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save Course Config</source>
        <translation>Enregistrer la configuration du cours</translation>
    </message>
    <message>
        <source>Course configs (*.json)</source>
        <translation>Configurations de cours (*.json)</translation>
    </message>
    <message>
        <source>No tracking logs imported yet: import some, or type the course ids.</source>
        <translation>Aucun journal de suivi importé pour l'instant : importez-en, ou saisissez les identifiants de cours.</translation>
    </message>
    <message>
        <source>Reading the course ids of the tracking logs…</source>
        <translation>Lecture des identifiants de cours des journaux de suivi…</translation>
    </message>
    <message>
        <source>The course's database</source>
        <translation>La base du cours</translation>
    </message>
    <message>
        <source>%1 (the course's database)</source>
        <translation>%1 (la base du cours)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Building %1.%2…</source>
        <translation>Construction de %1.%2…</translation>
    </message>
    <message>
        <source>%1.%2: %3 events copied in %4 s — %5 enriched with their block, %6 naming no block, %7 unresolved.</source>
        <translation>%1.%2 : %3 événements copiés en %4 s — %5 enrichis de leur bloc, %6 sans bloc, %7 non résolus.</translation>
    </message>
    <message>
        <source>Unresolved: %1 — %2</source>
        <translation>Non résolus : %1 — %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Write the course collection, whole or filtered, as a CSV file</source>
        <translation>Écrire la collection du cours, entière ou filtrée, dans un fichier CSV</translation>
    </message>
    <message>
        <source>%1.%2 has not been built yet: Build it first.</source>
        <translation>%1.%2 n'a pas encore été construite : construisez-la d'abord.</translation>
    </message>
    <message>
        <source>Cannot read the course ids of the tracking logs: %1</source>
        <translation>Impossible de lire les identifiants de cours des journaux de suivi : %1</translation>
    </message>
    <message>
        <source>Left out: %1 requests of the course team to Studio (not learner activity).</source>
        <translation>Laissées de côté : %1 requêtes de l'équipe du cours à Studio (pas une activité d'apprenant).</translation>
    </message>
    <message>
        <source>Builds a course's own tracking collection from the imported tracking logs: the events of the chosen course ids between the two dates (UTC, both days included), each with the place in the course (chapter, subsection, unit) of the block it refers to.</source>
        <translation>Construit la collection de suivi propre à un cours à partir des journaux de suivi importés : les événements des identifiants de cours choisis entre les deux dates (UTC, les deux jours inclus), chacun avec la place dans le cours (chapitre, sous-section, unité) du bloc auquel il se rapporte.</translation>
    </message>
    <message>
        <source>The course's short code, used to name its files (edx_id in a McGillX course config)</source>
        <translation>Le code court du cours, qui nomme ses fichiers (edx_id dans une configuration de cours McGillX)</translation>
    </message>
    <message>
        <source>The course's title (edx_course_name in a McGillX course config)</source>
        <translation>Le titre du cours (edx_course_name dans une configuration de cours McGillX)</translation>
    </message>
    <message>
        <source>The first day whose events are copied, in UTC (enrollment_date in a McGillX course config)</source>
        <translation>Le premier jour dont les événements sont copiés, en UTC (enrollment_date dans une configuration de cours McGillX)</translation>
    </message>
    <message>
        <source>The last day whose events are copied, in UTC (completion_date in a McGillX course config)</source>
        <translation>Le dernier jour dont les événements sont copiés, en UTC (completion_date dans une configuration de cours McGillX)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Course &amp;code:</source>
        <translation>&amp;Code du cours :</translation>
    </message>
    <message>
        <source>&amp;Days (UTC):</source>
        <translation>&amp;Jours (UTC) :</translation>
    </message>
    <message>
        <source>Counting the events of %1.%2…</source>
        <translation>Décompte des événements de %1.%2…</translation>
    </message>
    <message>
        <source>Cannot count the events to copy: %1</source>
        <translation>Impossible de compter les événements à copier : %1</translation>
    </message>
    <message>
        <source>No imported event of these course ids falls between %1 and %2: building would replace %3, which holds %4 documents, with an empty collection.</source>
        <translation>Aucun événement importé de ces identifiants de cours ne tombe entre le %1 et le %2 : la construction remplacerait %3, qui contient %4 documents, par une collection vide.</translation>
    </message>
    <message>
        <source>No imported event of these course ids falls between %1 and %2: %3 would be empty.</source>
        <translation>Aucun événement importé de ces identifiants de cours ne tombe entre le %1 et le %2 : %3 serait vide.</translation>
    </message>
    <message>
        <source>%1 holds %2 documents; the new build would copy %3 events, fewer than it replaces.</source>
        <translation>%1 contient %2 documents ; la nouvelle construction copierait %3 événements, moins qu'elle n'en remplace.</translation>
    </message>
    <message>
        <source>Build %1?</source>
        <translation>Construire %1 ?</translation>
    </message>
    <message>
        <source>&amp;Build Anyway</source>
        <translation>&amp;Construire quand même</translation>
    </message>
    <message>
        <source>&amp;Keep the Current Collection</source>
        <translation>&amp;Garder la collection actuelle</translation>
    </message>
    <message>
        <source>Nothing was built: %1 is unchanged.</source>
        <translation>Rien n'a été construit : %1 est inchangée.</translation>
    </message>
    <message>
        <source>Nothing was built.</source>
        <translation>Rien n'a été construit.</translation>
    </message>
    <message>
        <source>Their events could not be read: %1</source>
        <translation>Leurs événements n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No event of these ids is imported.</source>
        <translation>Aucun événement de ces identifiants n'est importé.</translation>
    </message>
    <message>
        <source>Their events: %1 to %2, %3 events</source>
        <translation>Leurs événements : du %1 au %2, %3 événements</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseIdList</name>
    <message>
        <source>Every id under which the course's events were logged: tick those of this course (course_ids in a McGillX course config)</source>
        <translation>Chaque identifiant sous lequel les événements du cours ont été journalisés : cochez ceux de ce cours (course_ids dans une configuration de cours McGillX)</translation>
    </message>
    <message>
        <source>Another course id, e.g. McGillX/ATOC185x/2T2014</source>
        <translation>Un autre identifiant de cours, p. ex. McGillX/ATOC185x/2T2014</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>%1  (no events imported)</source>
        <translation>%1  (aucun événement importé)</translation>
    </message>
    <message>
        <source>%1  (%2 events)</source>
        <translation>%1  (%2 événements)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseOverviewBuilder</name>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation>La lecture de %1.%2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 has no enrollment table (student_courseenrollment): import the course's files first</source>
        <translation>%1 n'a pas de table d'inscriptions (student_courseenrollment) : importez d'abord les fichiers du cours</translation>
    </message>
    <message>
        <source>Reading %1.course_structure failed: %2</source>
        <translation>La lecture de %1.course_structure a échoué : %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot find the events of %1: %2</source>
        <translation>Impossible de trouver les événements de %1 : %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CourseStructureReader</name>
    <message>
        <source>No JSON object in the file</source>
        <translation>Aucun objet JSON dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) before the JSON object were ignored</source>
        <translation><numerusform>%n octet avant l'objet JSON a été ignoré</numerusform><numerusform>%n octets avant l'objet JSON ont été ignorés</numerusform></translation>
    </message>
    <message>
        <source>The course structure is not valid JSON: %1</source>
        <translation>La structure du cours n'est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>Block %1 lists the child %2, which is not in the file</source>
        <translation>Le bloc %1 cite l'enfant %2, absent du fichier</translation>
    </message>
    <message>
        <source>The value of %1 is not an object</source>
        <translation>La valeur de %1 n'est pas un objet</translation>
    </message>
    <message>
        <source>No block lists %1 as a child</source>
        <translation>Aucun bloc ne cite %1 comme enfant</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n clé répétée dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform><numerusform>%n clés répétées dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n block id(s) given twice: the last value of each was kept</source>
        <translation><numerusform>%n identifiant de bloc donné deux fois : sa dernière valeur a été gardée</numerusform><numerusform>%n identifiants de bloc donnés deux fois : la dernière valeur de chacun a été gardée</numerusform></translation>
    </message>
    <message>
        <source>The course structure is larger than %1 MB: not a course structure edX writes</source>
        <translation>La structure de cours dépasse %1 Mo : ce n'est pas une structure de cours écrite par edX</translation>
    </message>
</context>
<context>
    <name>EdxLoader::CsvExporter</name>
    <message>
        <source>The filter is not valid JSON: %1</source>
        <translation>Le filtre n'est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The filter must be a JSON object such as {"course_id": "…"}</source>
        <translation>Le filtre doit être un objet JSON comme {"course_id": "…"}</translation>
    </message>
    <message>
        <source>Unsupported filter key "%1": name a field</source>
        <translation>Clé de filtre « %1 » non prise en charge : nommez un champ</translation>
    </message>
    <message>
        <source>The value of "%1" must be a string, number, true/false, null or a date ({"$date": "2016-03-01T00:00:00Z"})</source>
        <translation>La valeur de « %1 » doit être un texte, un nombre, true/false, null ou une date ({"$date": "2016-03-01T00:00:00Z"})</translation>
    </message>
    <message>
        <source>Unsupported operator %1 for "%2": use $eq, $in, $gt, $gte, $lt or $lte</source>
        <translation>Opérateur %1 non pris en charge pour « %2 » : utilisez $eq, $in, $gt, $gte, $lt ou $lte</translation>
    </message>
    <message>
        <source>$in for "%1" takes an array</source>
        <translation>$in pour « %1 » prend un tableau</translation>
    </message>
    <message>
        <source>Unsupported value for %1 of "%2"</source>
        <translation>Valeur non prise en charge pour %1 de « %2 »</translation>
    </message>
    <message>
        <source>There is no collection %1.%2 in the %3</source>
        <translation>Il n'y a pas de collection %1.%2 dans le %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>A stored document could not be read for anonymisation: %1</source>
        <translation>Un document enregistré n'a pas pu être lu pour l'anonymisation : %1</translation>
    </message>
    <message>
        <source>A stored document is not valid JSON</source>
        <translation>Un document enregistré n'est pas du JSON valide</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written</source>
        <translation>Annulé : %1 n'a pas été écrit</translation>
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation>La lecture de %1.%2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>EdxLoader::DemoDialog</name>
    <message>
        <source>Create Demo Package</source>
        <translation>Créer un paquet de démonstration</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Writes a synthetic edX data package — course tables, forum posts, course structures and daily tracking logs of invented learners — so that you can try EdxLoader without real data.</source>
        <translation>Écrit un paquet de données edX synthétique — tables des cours, messages du forum, structures des cours et journaux de suivi quotidiens d'apprenants inventés — pour essayer EdxLoader sans données réelles.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>&amp;Days of tracking logs:</source>
        <translation>&amp;Jours de journaux de suivi :</translation>
    </message>
    <message>
        <source>&amp;Events per day:</source>
        <translation>Év&amp;énements par jour :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Folder for the Demo Package</source>
        <translation>Dossier du paquet de démonstration</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or new folder.</source>
        <translation>Le dossier %1 n'est pas vide : choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>Writing the demo package…</source>
        <translation>Écriture du paquet de démonstration…</translation>
    </message>
    <message>
        <source>The demo package could not be written: %1</source>
        <translation>Le paquet de démonstration n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>No: plain files in a folder</source>
        <translation>Non : des fichiers en clair dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Encrypt as edX does:</source>
        <translation>&amp;Chiffrer comme edX :</translation>
    </message>
    <message>
        <source>To %1 (a zip of .gpg files and .log.gz.gpg logs)</source>
        <translation>Pour %1 (un zip de fichiers .gpg et des journaux .log.gz.gpg)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::DemoGenerator</name>
    <message>
        <source>No output folder given</source>
        <translation>Aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>The number of courses must be between 1 and 50</source>
        <translation>Le nombre de cours doit être compris entre 1 et 50</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and 366</source>
        <translation>Le nombre de jours doit être compris entre 0 et 366</translation>
    </message>
    <message>
        <source>The number of events per day must be between 1 and 50000000</source>
        <translation>Le nombre d'événements par jour doit être compris entre 1 et 50000000</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot build the course export: %1</source>
        <translation>Impossible de construire l'export du cours : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2: %3</source>
        <translation>Impossible d'ajouter %1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>EdxLoader::DownloadDialog</name>
    <message>
        <source>Download from edX</source>
        <translation>Télécharger depuis edX</translation>
    </message>
    <message>
        <source>Your edX research data access</source>
        <translation>Votre accès aux données de recherche d'edX</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>ID de &amp;clé d'accès :</translation>
    </message>
    <message>
        <source>AKIA…, from the file edX sent your data czar</source>
        <translation>AKIA…, du fichier qu'edX a envoyé à votre responsable des données</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clé d'accès &amp;secrète :</translation>
    </message>
    <message>
        <source>Remember it in the desktop's keychain</source>
        <translation>La retenir dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Remember it (needs a desktop keychain, not found)</source>
        <translation>La retenir (demande un trousseau du bureau, introuvable)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>as edX names it, e.g. mcgillx</source>
        <translation>telle qu'edX la nomme, p. ex. mcgillx</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites :</translation>
    </message>
    <message>
        <source>Logs of courses on edx.org</source>
        <translation>Journaux des cours sur edx.org</translation>
    </message>
    <message>
        <source>Logs of courses on edge.edx.org</source>
        <translation>Journaux des cours sur edge.edx.org</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Dossier de téléchargement :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Packages bucket:</source>
        <translation>Compartiment des paquets :</translation>
    </message>
    <message>
        <source>Logs bucket:</source>
        <translation>Compartiment des journaux :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point d'accès :</translation>
    </message>
    <message>
        <source>empty: Amazon S3; else an S3-compatible server's URL</source>
        <translation>vide : Amazon S3 ; sinon l'URL d'un serveur compatible S3</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>List what edX holds for your organisation (nothing is downloaded yet)</source>
        <translation>Lister ce qu'edX détient pour votre organisation (rien n'est encore téléchargé)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Weekly packages</source>
        <translation>Paquets hebdomadaires</translation>
    </message>
    <message>
        <source>Daily logs</source>
        <translation>Journaux quotidiens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download and &amp;Import</source>
        <translation>Télécharger et &amp;importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>the access key ID</source>
        <translation>l'ID de clé d'accès</translation>
    </message>
    <message>
        <source>the secret access key</source>
        <translation>la clé d'accès secrète</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l'organisation</translation>
    </message>
    <message>
        <source>a site</source>
        <translation>un site</translation>
    </message>
    <message>
        <source>the download folder</source>
        <translation>le dossier de téléchargement</translation>
    </message>
    <message>
        <source>Give %1 first.</source>
        <translation>Indiquez d'abord %1.</translation>
    </message>
    <message>
        <source>The secret could not be kept in the keychain (%1); it is kept for this session only.</source>
        <translation>La clé secrète n'a pas pu être gardée dans le trousseau (%1) ; elle est gardée pour cette session seulement.</translation>
    </message>
    <message>
        <source>Listing what %1 holds for %2…</source>
        <translation>Liste de ce que %1 contient pour %2…</translation>
    </message>
    <message>
        <source>%1
Nothing was downloaded.</source>
        <translation>%1
Rien n'a été téléchargé.</translation>
    </message>
    <message>
        <source>Nothing of %1 in %2: check the organisation, the sites and the buckets.</source>
        <translation>Rien de %1 dans %2 : vérifiez l'organisation, les sites et les compartiments.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) at edX, from %1 to %2.</source>
        <translation><numerusform>%n fichier chez edX, du %1 au %2.</numerusform><numerusform>%n fichiers chez edX, du %1 au %2.</numerusform></translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>Non proposés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ticked, %1</source>
        <translation><numerusform>%n fichier coché, %1</numerusform><numerusform>%n fichiers cochés, %1</numerusform></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)…</source>
        <translation><numerusform>Téléchargement de %n fichier…</numerusform><numerusform>Téléchargement de %n fichiers…</numerusform></translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5</source>
        <translation>Fichier %1 sur %2 : %3 — %4 sur %5</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation><numerusform> · environ %n min restante</numerusform><numerusform> · environ %n min restantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation><numerusform> · environ %n s restante</numerusform><numerusform> · environ %n s restantes</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded (%1)</source>
        <translation><numerusform>%n fichier téléchargé (%1)</numerusform><numerusform>%n fichiers téléchargés (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n already here</source>
        <translation><numerusform>, %n déjà présent</numerusform><numerusform>, %n déjà présents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n not downloaded:</source>
        <translation><numerusform>, %n non téléchargé :</numerusform><numerusform>, %n non téléchargés :</numerusform></translation>
    </message>
    <message>
        <source>They are in the import list and being imported.</source>
        <translation>Ils sont dans la liste d'import et en cours d'import.</translation>
    </message>
    <message>
        <source>They are in the import list.</source>
        <translation>Ils sont dans la liste d'import.</translation>
    </message>
    <message>
        <source>The secret could not be taken out of the keychain: %1</source>
        <translation>La clé secrète n'a pas pu être retirée du trousseau : %1</translation>
    </message>
    <message>
        <source>Which files are imported already is not known: the target could not be read (%1).</source>
        <translation>On ne sait pas quels fichiers sont déjà importés : la cible n’a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>EdxLoader::DropZone</name>
    <message>
        <source>Drop edX data files, folders or packages here</source>
        <translation>Déposez ici des fichiers, dossiers ou paquets de données edX</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Create a Demo Package…</source>
        <translation>Créer un paquet de démonstration…</translation>
    </message>
    <message>
        <source>No data at hand?</source>
        <translation>Pas de données sous la main ?</translation>
    </message>
    <message>
        <source>SQL tables (.sql), forum posts (.mongo), course structures (.json), daily tracking logs (.log.gz) and whole weekly packages (.zip), encrypted (.gpg) or not.
Each file is recognised by its name and shown with the database and collection it is meant for.</source>
        <translation>Tables SQL (.sql), messages du forum (.mongo), structures de cours (.json), journaux de suivi quotidiens (.log.gz) et paquets hebdomadaires entiers (.zip), chiffrés (.gpg) ou non.
Chaque fichier est reconnu d'après son nom et affiché avec la base et la collection auxquelles il est destiné.</translation>
    </message>
</context>
<context>
    <name>EdxLoader::EdxFetch</name>
    <message>
        <source>%1/%2: its name would put it outside the download folder</source>
        <translation>%1/%2 : son nom le placerait hors du dossier de téléchargement</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>partly downloaded</source>
        <translation>partiellement téléchargé</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>EdxLoader::EmbeddedStore</name>
    <message>
        <source>no database</source>
        <translation>pas de base</translation>
    </message>
    <message>
        <source>A document without _id cannot be stored</source>
        <translation>Un document sans _id ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>embedded store in %1</source>
        <translation>base intégrée dans %1</translation>
    </message>
    <message>
        <source>Invalid database name "%1"</source>
        <translation>Nom de base invalide « %1 »</translation>
    </message>
    <message>
        <source>No database %1 in %2</source>
        <translation>Pas de base %1 dans %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Unreadable document in %1.%2: %3</source>
        <translation>Document illisible dans %1.%2 : %3</translation>
    </message>
    <message>
        <source>An index needs at least one field</source>
        <translation>Un index demande au moins un champ</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ErrorReportModel</name>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Reason code: %1 (docs/error-report.md explains each)</source>
        <translation>Code de la raison : %1 (docs/error-report.md explique chacune)</translation>
    </message>
    <message>
        <source>Line too long</source>
        <translation>Ligne trop longue</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>Line cut short</source>
        <translation>Ligne tronquée</translation>
    </message>
    <message>
        <source>Text after the JSON</source>
        <translation>Texte après le JSON</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Pas un objet JSON</translation>
    </message>
    <message>
        <source>Wrong number of fields</source>
        <translation>Mauvais nombre de champs</translation>
    </message>
    <message>
        <source>Same id twice</source>
        <translation>Même identifiant deux fois</translation>
    </message>
    <message>
        <source>Not a course block</source>
        <translation>Pas un bloc de cours</translation>
    </message>
    <message>
        <source>Blank line</source>
        <translation>Ligne vide</translation>
    </message>
    <message>
        <source>Text before the JSON</source>
        <translation>Texte avant le JSON</translation>
    </message>
    <message>
        <source>Invalid UTF-8 replaced</source>
        <translation>UTF-8 invalide remplacé</translation>
    </message>
    <message>
        <source>Key repeated</source>
        <translation>Clé répétée</translation>
    </message>
    <message>
        <source>Time unreadable</source>
        <translation>Heure illisible</translation>
    </message>
    <message>
        <source>Value kept as text</source>
        <translation>Valeur gardée en texte</translation>
    </message>
    <message>
        <source>b'…' text unwrapped</source>
        <translation>Texte b'…' déballé</translation>
    </message>
    <message>
        <source>Child block missing</source>
        <translation>Bloc enfant absent</translation>
    </message>
    <message>
        <source>Block without parent</source>
        <translation>Bloc sans parent</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ExportDialog</name>
    <message>
        <source>Only &amp;events from</source>
        <translation>Seulement les &amp;événements du</translation>
    </message>
    <message>
        <source>&amp;Anonymise learners (hashed usernames; no e-mail, names, addresses or IP)</source>
        <translation>&amp;Anonymiser les apprenants (noms d'utilisateur hachés ; ni courriel, ni noms, ni adresses, ni IP)</translation>
    </message>
    <message>
        <source>Add a byte-order mark so that E&amp;xcel reads the file as UTF-8</source>
        <translation>Ajouter une marque d'ordre des octets pour qu'E&amp;xcel lise le fichier en UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export %1.%2 as CSV</source>
        <translation>Exporter %1.%2 en CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.%2&lt;/b&gt; as a CSV file for R, Stata, pandas or a spreadsheet: one row per document, one column per field.</source>
        <translation>&lt;b&gt;%1.%2&lt;/b&gt; en fichier CSV pour R, Stata, pandas ou un tableur : une ligne par document, une colonne par champ.</translation>
    </message>
    <message>
        <source>Nested fields are named by their path (context.course_id); a whole object or array is written as JSON text.</source>
        <translation>Les champs imbriqués sont nommés par leur chemin (context.course_id) ; un objet ou un tableau entier est écrit en texte JSON.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Top-level fields</source>
        <translation>Champs de &amp;premier niveau</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation>(jours UTC, tous deux inclus)</translation>
    </message>
    <message>
        <source>(no condition)</source>
        <translation>(aucune condition)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>Reading the fields of a sample of the documents…</source>
        <translation>Lecture des champs d'un échantillon des documents…</translation>
    </message>
    <message>
        <source>Only for collections of events (a timestamp field)</source>
        <translation>Seulement pour les collections d'événements (un champ timestamp)</translation>
    </message>
    <message>
        <source>The collection is empty.</source>
        <translation>La collection est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s). Pick the columns, narrow the rows if needed, then Export….</source>
        <translation><numerusform>%n document. Choisissez les colonnes, restreignez les lignes si besoin, puis Exporter….</numerusform><numerusform>%n documents. Choisissez les colonnes, restreignez les lignes si besoin, puis Exporter….</numerusform></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 lignes exportées sur %2…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 rows, %n column(s), %3 MB in %4 s.</source>
        <translation><numerusform>%1 écrit : %2 lignes, %n colonne, %3 Mo en %4 s.</numerusform><numerusform>%1 écrit : %2 lignes, %n colonnes, %3 Mo en %4 s.</numerusform></translation>
    </message>
    <message>
        <source>Fields found only after the sample were not exported: %1</source>
        <translation>Les champs trouvés seulement après l'échantillon n'ont pas été exportés : %1</translation>
    </message>
    <message>
        <source>Cannot read %1.%2: %3</source>
        <translation>Impossible de lire %1.%2 : %3</translation>
    </message>
</context>
<context>
    <name>EdxLoader::FastJson</name>
    <message>
        <source>a string is never closed</source>
        <translation>une chaîne n'est jamais fermée</translation>
    </message>
    <message>
        <source>the brackets and braces do not match, or a value is missing</source>
        <translation>les crochets et accolades ne se correspondent pas, ou une valeur manque</translation>
    </message>
    <message>
        <source>an object or an array is never closed</source>
        <translation>un objet ou un tableau n'est jamais fermé</translation>
    </message>
    <message>
        <source>a string holds a bad escape or a control character</source>
        <translation>une chaîne contient un échappement incorrect ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n'est pas de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation>un nombre n'est pas écrit comme JSON écrit les nombres</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <source>a word that is not true, false or null</source>
        <translation>un mot qui n'est ni true, ni false, ni null</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <source>nothing but spaces</source>
        <translation>rien que des espaces</translation>
    </message>
    <message>
        <source>a string holds a raw control character</source>
        <translation>une chaîne contient un caractère de contrôle brut</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, or a number out of range</source>
        <translation>imbriqué sur plus de %1 niveaux, ou un nombre hors limites</translation>
    </message>
</context>
<context>
    <name>EdxLoader::FileHash</name>
    <message>
        <source>SHA-256 is not available: install the QCA OpenSSL plugin (package libqca-qt6-plugins)</source>
        <translation>SHA-256 n'est pas disponible : installez le greffon OpenSSL de QCA (paquet libqca-qt6-plugins)</translation>
    </message>
    <message>
        <source>QCA's OpenSSL plugin is missing, so files cannot be fingerprinted (SHA-256) nor learners anonymised (RIPEMD-160): install the package libqca-qt6-plugins</source>
        <translation>Le module OpenSSL de QCA est absent : les fichiers ne peuvent pas recevoir d'empreinte (SHA-256) ni les apprenants être anonymisés (RIPEMD-160). Installez le paquet libqca-qt6-plugins</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ForumReader</name>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n clé répétée dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform><numerusform>%n clés répétées dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform></translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Lecture interrompue à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>A JSON value that is not an object: a forum post is one JSON object</source>
        <translation>Une valeur JSON qui n’est pas un objet : un message de forum est un objet JSON</translation>
    </message>
    <message>
        <source>No JSON object on this line</source>
        <translation>Aucun objet JSON sur cette ligne</translation>
    </message>
</context>
<context>
    <name>EdxLoader::GnuPG</name>
    <message>
        <source>GnuPG could not be started: %1</source>
        <translation>GnuPG n'a pas pu être lancé : %1</translation>
    </message>
    <message>
        <source>GnuPG is not installed or too old: install the gnupg package (version 2.2 or later) to decrypt edX files</source>
        <translation>GnuPG n'est pas installé ou est trop ancien : installez le paquet gnupg (version 2.2 ou ultérieure) pour déchiffrer les fichiers edX</translation>
    </message>
    <message>
        <source>The GnuPG keys could not be listed: %1</source>
        <translation>Les clés GnuPG n'ont pas pu être listées : %1</translation>
    </message>
    <message>
        <source>No GnuPG key %1: %2</source>
        <translation>Pas de clé GnuPG %1 : %2</translation>
    </message>
    <message>
        <source>Cannot encrypt %1: %2</source>
        <translation>Impossible de chiffrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot encrypt %1 to %2: %3</source>
        <translation>Impossible de chiffrer %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>%1 est trop gros pour être un fichier de clé</translation>
    </message>
    <message>
        <source>The keys of %1 could not be imported: %2</source>
        <translation>Les clés de %1 n'ont pas pu être importées : %2</translation>
    </message>
    <message>
        <source>%1 holds no secret key (only public ones): the secret key is what decrypts edX files</source>
        <translation>%1 ne contient aucune clé secrète (seulement des clés publiques) : c'est la clé secrète qui déchiffre les fichiers edX</translation>
    </message>
    <message>
        <source>%1 is not a GnuPG key file</source>
        <translation>%1 n'est pas un fichier de clé GnuPG</translation>
    </message>
</context>
<context>
    <name>EdxLoader::GpgDecryptDevice</name>
    <message>
        <source>A decrypting device can only be read</source>
        <translation>Un flux de déchiffrement ne peut qu'être lu</translation>
    </message>
    <message>
        <source>Decryption stopped</source>
        <translation>Déchiffrement interrompu</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>une clé inconnue</translation>
    </message>
    <message>
        <source>Wrong passphrase for the secret key of this file</source>
        <translation>Phrase secrète erronée pour la clé secrète de ce fichier</translation>
    </message>
    <message>
        <source>No passphrase was given: the file was not decrypted</source>
        <translation>Aucune phrase secrète donnée : le fichier n'a pas été déchiffré</translation>
    </message>
    <message>
        <source>This is not OpenPGP-encrypted data (or it is empty)</source>
        <translation>Ce ne sont pas des données chiffrées OpenPGP (ou le fichier est vide)</translation>
    </message>
    <message>
        <source>The encrypted data is damaged or cut short (%1)</source>
        <translation>Les données chiffrées sont endommagées ou tronquées (%1)</translation>
    </message>
    <message>
        <source>This file uses an encryption algorithm GnuPG does not support: %1</source>
        <translation>Ce fichier utilise un algorithme de chiffrement que GnuPG ne prend pas en charge : %1</translation>
    </message>
    <message>
        <source>No secret key for this file: it was encrypted to %1 (Settings ▸ Decryption: Import Secret Key…, or choose the GnuPG home that holds it)</source>
        <translation>Pas de clé secrète pour ce fichier : il a été chiffré pour %1 (Paramètres ▸ Déchiffrement : Importer une clé secrète…, ou choisissez le dossier GnuPG qui la contient)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::GzipDevice</name>
    <message>
        <source>its CRC-32 checksum does not match the data</source>
        <translation>sa somme de contrôle CRC-32 ne correspond pas aux données</translation>
    </message>
    <message>
        <source>its recorded length does not match the data</source>
        <translation>sa longueur enregistrée ne correspond pas aux données</translation>
    </message>
    <message>
        <source>it is not gzip data</source>
        <translation>ce ne sont pas des données gzip</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>erreur zlib %1</translation>
    </message>
    <message>
        <source>Writing gzip data is not supported</source>
        <translation>L'écriture de données gzip n'est pas prise en charge</translation>
    </message>
    <message>
        <source>The gzip decompressor could not start</source>
        <translation>Le décompresseur gzip n'a pas pu démarrer</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Lecture interrompue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the end of the gzip data are not a gzip member</source>
        <translation><numerusform>%n octet après la fin des données gzip n'est pas un membre gzip</numerusform><numerusform>%n octets après la fin des données gzip ne sont pas un membre gzip</numerusform></translation>
    </message>
    <message>
        <source>The gzip data is cut short (in its member %1)</source>
        <translation>Les données gzip sont tronquées (dans leur membre %1)</translation>
    </message>
    <message>
        <source>The gzip data is cut short</source>
        <translation>Les données gzip sont tronquées</translation>
    </message>
    <message>
        <source>Not enough memory to decompress the gzip data</source>
        <translation>Pas assez de mémoire pour décompresser les données gzip</translation>
    </message>
    <message>
        <source>The gzip data is damaged (in its member %1: %2)</source>
        <translation>Les données gzip sont endommagées (dans leur membre %1 : %2)</translation>
    </message>
    <message>
        <source>The gzip data is damaged (%1)</source>
        <translation>Les données gzip sont endommagées (%1)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::HandbookDialog</name>
    <message>
        <source>EdxLoader Handbook</source>
        <translation>Manuel d'EdxLoader</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ImportController</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1 documents)</source>
        <translation><numerusform>%n fichier importé (%1 documents)</numerusform><numerusform>%n fichiers importés (%1 documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already imported with the same content</source>
        <translation><numerusform>%n déjà importé avec le même contenu</numerusform><numerusform>%n déjà importés avec le même contenu</numerusform></translation>
    </message>
    <message>
        <source>%1 lines rejected: see the Note column</source>
        <translation>%1 lignes rejetées : voir la colonne Remarque</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: see the Note column</source>
        <translation><numerusform>%n fichier non importé : voir la colonne Remarque</numerusform><numerusform>%n fichiers non importés : voir la colonne Remarque</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected: double-click the row for the error report</source>
        <translation><numerusform>%n ligne rejetée : double-cliquez sur la ligne pour le rapport d'erreurs</numerusform><numerusform>%n lignes rejetées : double-cliquez sur la ligne pour le rapport d'erreurs</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>That passphrase was wrong. </source>
        <translation>Cette phrase secrète était erronée. </translation>
    </message>
    <message>
        <source>Enter the passphrase of the GnuPG key
%1
to decrypt the edX files encrypted to it.</source>
        <translation>Saisissez la phrase secrète de la clé GnuPG
%1
pour déchiffrer les fichiers edX chiffrés pour elle.</translation>
    </message>
    <message numerus="yes">
        <source>%n with the same content as a file imported under another name (Import Anyway loads it)</source>
        <translation><numerusform>%n de même contenu qu'un fichier importé sous un autre nom (Importer quand même le charge)</numerusform><numerusform>%n de même contenu que des fichiers importés sous d'autres noms (Importer quand même les charge)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled — %n file(s) imported (%1 documents)</source>
        <translation><numerusform>Annulé — %n fichier importé (%1 documents)</numerusform><numerusform>Annulé — %n fichiers importés (%1 documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped half-way (nothing of them kept)</source>
        <translation><numerusform>%n arrêté en cours de route (rien n'en est gardé)</numerusform><numerusform>%n arrêtés en cours de route (rien n'en est gardé)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation><numerusform>%n non commencé</numerusform><numerusform>%n non commencés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n files: %1</source>
        <translation><numerusform>%n fichier : %1</numerusform><numerusform>%n fichiers : %1</numerusform></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a course source and its number of events</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Course found from: %1</source>
        <translation>Cours trouvé par : %1</translation>
    </message>
    <message>
        <source>%1 Studio requests (left out of course builds)</source>
        <translation>%1 requêtes Studio (écartées des constructions de cours)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ImportDetails</name>
    <message>
        <source>File details</source>
        <translation>Détails du fichier</translation>
    </message>
    <message>
        <source>Select a file to see where it comes from, where it goes and what its import did.</source>
        <translation>Sélectionnez un fichier pour voir d'où il vient, où il va et ce qu'a fait son import.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, chiffré</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>not imported (would go to %1)</source>
        <translation>non importé (irait dans %1)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1 read: %2 imported, %3 rejected, %4 skipped</source>
        <translation>%1 lues : %2 importées, %3 rejetées, %4 ignorées</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ImportJob</name>
    <message>
        <source>Another document of this file has the same _id; the first one was kept</source>
        <translation>Un autre document de ce fichier a le même _id ; le premier a été gardé</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d'écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Already imported on %1 with the same content: skipped</source>
        <translation>Déjà importé le %1 avec le même contenu : ignoré</translation>
    </message>
    <message>
        <source>Imported on %1, and the file has changed since: import again with Replace to replace what it imported</source>
        <translation>Importé le %1, et le fichier a changé depuis : importez-le de nouveau avec Remplacer pour remplacer ce qu'il avait importé</translation>
    </message>
    <message>
        <source>EdxLoader cannot import this kind of file</source>
        <translation>EdxLoader ne sait pas importer cette sorte de fichier</translation>
    </message>
    <message>
        <source>Cancelled: nothing of this file was kept</source>
        <translation>Annulé : rien de ce fichier n'a été gardé</translation>
    </message>
    <message>
        <source>Writing to %1.%2 failed: %3</source>
        <translation>L'écriture dans %1.%2 a échoué : %3</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d'inscrire l'import : %1</translation>
    </message>
    <message>
        <source>The error report could not be written beside the file: %1</source>
        <translation>Le rapport d'erreurs n'a pas pu être écrit à côté du fichier : %1</translation>
    </message>
    <message>
        <source>The index on course_id and timestamp could not be made: %1</source>
        <translation>L'index sur course_id et timestamp n'a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>edX's export of this table failed (its report could not be read: %1)</source>
        <translation>L'export de cette table par edX a échoué (son rapport n'a pas pu être lu : %1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>edX's export of this table failed: %1</source>
        <translation>L'export de cette table par edX a échoué : %1</translation>
    </message>
    <message>
        <source>%1: nothing of this file was kept</source>
        <translation>%1 : rien de ce fichier n'a été conservé</translation>
    </message>
    <message>
        <source>No error file was written beside this encrypted file: it would hold decrypted learner data (see edxloader-cli errors)</source>
        <translation>Aucun fichier d'erreurs n'a été écrit à côté de ce fichier chiffré : il contiendrait des données d'apprenants déchiffrées (voir edxloader-cli errors)</translation>
    </message>
    <message>
        <source>No error file was written for this archive member (see edxloader-cli errors)</source>
        <translation>Aucun fichier d'erreurs n'a été écrit pour ce membre d'archive (voir edxloader-cli errors)</translation>
    </message>
    <message>
        <source>(raw text withheld: this import anonymises learners)</source>
        <translation>(texte brut retenu : cette importation anonymise les apprenants)</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulé avant de commencer</translation>
    </message>
    <message>
        <source>Cannot read the ledger %1.%2: %3</source>
        <translation>Impossible de lire le registre %1.%2 : %3</translation>
    </message>
    <message>
        <source>Same content as %1, imported on %2: skipped</source>
        <translation>Même contenu que %1, importé le %2 : ignoré</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ImportListModel</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>Would go to %1 if included</source>
        <translation>Irait dans %1 s'il était inclus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 importés</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Changed since import</source>
        <translation>Modifié depuis l'import</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported, %n rejected</source>
        <translation><numerusform>%1 importés, %n rejeté</numerusform><numerusform>%1 importés, %n rejetés</numerusform></translation>
    </message>
    <message>
        <source>Goes to %1</source>
        <translation>Va dans %1</translation>
    </message>
    <message>
        <source>Double-click to change the database (for the whole course) or the collection; the check box in front of the name includes or leaves out the file.</source>
        <translation>Double-cliquez pour changer la base (pour tout le cours) ou la collection ; la case devant le nom inclut ou écarte le fichier.</translation>
    </message>
    <message>
        <source>Same content as another file</source>
        <translation>Même contenu qu'un autre fichier</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Cours %1</translation>
    </message>
    <message>
        <source>Tracking logs</source>
        <translation>Journaux de suivi</translation>
    </message>
    <message>
        <source>Tracking logs of %1</source>
        <translation>Journaux de suivi du %1</translation>
    </message>
    <message>
        <source>Tracking logs, %1 to %2</source>
        <translation>Journaux de suivi, du %1 au %2</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <source>Unrecognised files</source>
        <translation>Fichiers non reconnus</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n databases</source>
        <translation><numerusform>%n base</numerusform><numerusform>%n bases</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation><numerusform>%n non importé</numerusform><numerusform>%n non importés</numerusform></translation>
    </message>
    <message>
        <source>The files of the course run %1 in its weekly package</source>
        <translation>Les fichiers de la session de cours %1 dans son paquet hebdomadaire</translation>
    </message>
    <message>
        <source>Daily tracking logs: the events of every course, one file per day</source>
        <translation>Journaux de suivi quotidiens : les événements de tous les cours, un fichier par jour</translation>
    </message>
    <message>
        <source>Files that belong to no single course</source>
        <translation>Fichiers qui n'appartiennent à aucun cours en particulier</translation>
    </message>
    <message>
        <source>Files whose names match no edX research-data file: they are not imported</source>
        <translation>Fichiers dont le nom ne correspond à aucun fichier de données de recherche edX : ils ne sont pas importés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ImportPanel</name>
    <message>
        <source>Import list</source>
        <translation>Liste d'import</translation>
    </message>
    <message>
        <source>Filter by name, kind, course or target</source>
        <translation>Filtrer par nom, type, cours ou cible</translation>
    </message>
    <message>
        <source>Drop more files or folders anywhere in this window to add them.</source>
        <translation>Déposez d'autres fichiers ou dossiers n'importe où dans cette fenêtre pour les ajouter.</translation>
    </message>
    <message>
        <source>Not found, so not added: %1</source>
        <translation>Introuvable, donc pas ajouté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to import (%1)</source>
        <translation><numerusform>%n à importer (%1)</numerusform><numerusform>%n à importer (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not imported by default</source>
        <translation><numerusform>%n non importé par défaut</numerusform><numerusform>%n non importés par défaut</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unrecognised</source>
        <translation><numerusform>%n non reconnu</numerusform><numerusform>%n non reconnus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed at edX</source>
        <translation><numerusform>%n en échec chez edX</numerusform><numerusform>%n en échec chez edX</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading folders… %n file(s) so far</source>
        <translation><numerusform>Lecture des dossiers… %n fichier pour l'instant</numerusform><numerusform>Lecture des dossiers… %n fichiers pour l'instant</numerusform></translation>
    </message>
    <message>
        <source>Only files on this computer can be added; download these first: %1</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être ajoutés ; téléchargez d'abord ceux-ci : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s) refused</source>
        <translation><numerusform>%n archive refusée</numerusform><numerusform>%n archives refusées</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::LineLoop</name>
    <message>
        <source>Bytes that are not valid UTF-8 text were replaced by “�” (the first at byte %1 of the line)</source>
        <translation>Des octets qui ne sont pas du texte UTF-8 valide ont été remplacés par « � » (le premier à l'octet %1 de la ligne)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::MainActions</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add edX data files or packages to the import list</source>
        <translation>Ajouter des fichiers ou paquets de données edX à la liste d'import</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Add every file of a folder and its subfolders</source>
        <translation>Ajouter tous les fichiers d'un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Take the selected rows off the list (the files are not touched)</source>
        <translation>Retirer les lignes sélectionnées de la liste (les fichiers restent intacts)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the selected files, or every file of the list when none is selected</source>
        <translation>Importer les fichiers sélectionnés, ou tous les fichiers de la liste si aucun n'est sélectionné</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>A&amp;nnuler l'import</translation>
    </message>
    <message>
        <source>Stop the import: files not finished are left as they were</source>
        <translation>Arrêter l'import : les fichiers non terminés restent tels qu'ils étaient</translation>
    </message>
    <message>
        <source>Cancel &amp;Selected Files</source>
        <translation>Annuler les fichiers &amp;sélectionnés</translation>
    </message>
    <message>
        <source>Stop importing the selected files; the others go on</source>
        <translation>Arrêter l'importation des fichiers sélectionnés ; les autres continuent</translation>
    </message>
    <message>
        <source>Error &amp;Report</source>
        <translation>&amp;Rapport d'erreurs</translation>
    </message>
    <message>
        <source>Show the rejected lines of the selected imported file</source>
        <translation>Afficher les lignes rejetées du fichier importé sélectionné</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
    <message>
        <source>Import the selected files that were skipped because a file with the same content was imported under another name</source>
        <translation>Importer les fichiers choisis qui ont été ignorés parce qu'un fichier de même contenu a été importé sous un autre nom</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <source>Import again the files that failed or were cancelled (of the selection, or of the whole list)</source>
        <translation>Importer de nouveau les fichiers en échec ou annulés (de la sélection, ou de toute la liste)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Create &amp;Demo Package…</source>
        <translation>Créer un paquet de &amp;démonstration…</translation>
    </message>
    <message>
        <source>Write a synthetic edX data package to try EdxLoader with</source>
        <translation>Écrire un paquet de données edX synthétique pour essayer EdxLoader</translation>
    </message>
    <message>
        <source>&amp;Configure EdxLoader…</source>
        <translation>&amp;Configurer EdxLoader…</translation>
    </message>
    <message>
        <source>Collection names, anonymisation, GnuPG keys, target and language</source>
        <translation>Noms des collections, anonymisation, clés GnuPG, cible et langue</translation>
    </message>
    <message>
        <source>EdxLoader &amp;Handbook</source>
        <translation>&amp;Manuel d'EdxLoader</translation>
    </message>
    <message>
        <source>How to get, import, check and use edX data with EdxLoader</source>
        <translation>Comment obtenir, importer, vérifier et utiliser les données edX avec EdxLoader</translation>
    </message>
    <message>
        <source>&amp;About EdxLoader</source>
        <translation>À &amp;propos d'EdxLoader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Do&amp;wnload from edX…</source>
        <translation>Télé&amp;charger depuis edX…</translation>
    </message>
    <message>
        <source>Fetch the new packages and logs from edX's research data buckets</source>
        <translation>Récupérer les nouveaux paquets et journaux dans les compartiments de données de recherche d'edX</translation>
    </message>
</context>
<context>
    <name>EdxLoader::MainWindow</name>
    <message>
        <source>EdxLoader</source>
        <translation>EdxLoader</translation>
    </message>
    <message>
        <source>Target: embedded database in %1</source>
        <translation>Cible : base intégrée dans %1</translation>
    </message>
    <message>
        <source>Each course gets its own database file here; tracking logs go to tracking_logs.</source>
        <translation>Chaque cours a ici son propre fichier de base ; les journaux de suivi vont dans tracking_logs.</translation>
    </message>
    <message>
        <source>Add edX Data Files</source>
        <translation>Ajouter des fichiers de données edX</translation>
    </message>
    <message>
        <source>edX data files (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;All files (*)</source>
        <translation>Fichiers de données edX (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a Folder of edX Data</source>
        <translation>Ajouter un dossier de données edX</translation>
    </message>
    <message>
        <source>Demo package written to %1</source>
        <translation>Paquet de démonstration écrit dans %1</translation>
    </message>
    <message>
        <source>About EdxLoader</source>
        <translation>À propos d'EdxLoader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EdxLoader %1&lt;/h3&gt;&lt;p&gt;Loads edX research data packages — course tables, forum posts, course structures and daily tracking logs — into a document database: an embedded SQLite store or MongoDB.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdxLoader %1&lt;/h3&gt;&lt;p&gt;Charge les paquets de données de recherche edX — tables des cours, messages du forum, structures des cours et journaux de suivi quotidiens — dans une base de données documentaire : une base SQLite intégrée ou MongoDB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>Nothing to import: no file of the selection is imported by default (see the Note column).</source>
        <translation>Rien à importer : aucun fichier de la sélection n'est importé par défaut (voir la colonne Remarque).</translation>
    </message>
    <message>
        <source>Files to Import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases</translation>
    </message>
    <message>
        <source>Learners anonymised</source>
        <translation>Apprenants anonymisés</translation>
    </message>
    <message>
        <source>Usernames are hashed and direct identifiers left out (Settings)</source>
        <translation>Les noms d'utilisateur sont hachés et les identifiants directs omis (Paramètres)</translation>
    </message>
    <message>
        <source>Course Collection</source>
        <translation>Collection du cours</translation>
    </message>
    <message>
        <source>Files Changed Since Their Import</source>
        <translation>Fichiers modifiés depuis leur importation</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since they were imported.</source>
        <translation><numerusform>%n fichier a changé depuis son importation.</numerusform><numerusform>%n fichiers ont changé depuis leur importation.</numerusform></translation>
    </message>
    <message>
        <source>Replace what they imported with their new content? The documents of their earlier import are removed in the same step.</source>
        <translation>Remplacer ce qu'ils ont importé par leur nouveau contenu ? Les documents de leur importation précédente sont retirés dans la même opération.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep the Earlier Import</source>
        <translation>&amp;Garder l'importation précédente</translation>
    </message>
    <message>
        <source>The selected files are not imported, so they have no error report.</source>
        <translation>Les fichiers sélectionnés ne sont pas importés : ils n'ont pas de rapport d'erreurs.</translation>
    </message>
    <message>
        <source>No file of the list has rejected lines. Select a file to see its report.</source>
        <translation>Aucun fichier de la liste n'a de ligne rejetée. Sélectionnez un fichier pour voir son rapport.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Repose sur :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data stays on this computer: nothing decrypted is written outside the target database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les données restent sur cet ordinateur : rien de déchiffré n'est écrit hors de la base cible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Each course gets its own database; tracking logs go to tracking_logs.</source>
        <translation>Chaque cours a sa propre base ; les journaux de suivi vont dans tracking_logs.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1): it will be asked again at the next start.</source>
        <translation>Le mot de passe n'a pas pu être gardé dans le trousseau du système (%1) : il sera demandé à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Importing: waiting for a passphrase…</source>
        <translation>Import : en attente d'une phrase secrète…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation>Importation : %1 sur %2</translation>
    </message>
    <message>
        <source> at %1/s</source>
        <translation> à %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, about %n min left</source>
        <translation><numerusform>, environ %n min restante</numerusform><numerusform>, environ %n min restantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation><numerusform>, environ %n s restante</numerusform><numerusform>, environ %n s restantes</numerusform></translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Non importés</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation><numerusform>%n fichier n'a pas pu être importé.</numerusform><numerusform>%n fichiers n'ont pas pu être importés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mend the cause, then &lt;i&gt;Retry Failed&lt;/i&gt; imports these files again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Corrigez la cause, puis &lt;i&gt;Réessayer les échecs&lt;/i&gt; importe de nouveau ces fichiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new target applies when the import or course build in progress ends.</source>
        <translation>La nouvelle cible s'applique à la fin de l'import ou de la construction de cours en cours.</translation>
    </message>
    <message>
        <source>Now using %1</source>
        <translation>Cible maintenant utilisée : %1</translation>
    </message>
    <message>
        <source>Course Overview</source>
        <translation>Vue d'ensemble du cours</translation>
    </message>
</context>
<context>
    <name>EdxLoader::MongoStore</name>
    <message>
        <source>The MongoDB connection string is not valid: %1</source>
        <translation>La chaîne de connexion MongoDB n'est pas valide : %1</translation>
    </message>
    <message>
        <source>A document of %1 MB is larger than MongoDB's limit of 16 MB</source>
        <translation>Un document de %1 Mo dépasse la limite de 16 Mo de MongoDB</translation>
    </message>
    <message>
        <source>MongoDB refused a document: %1</source>
        <translation>MongoDB a refusé un document : %1</translation>
    </message>
    <message>
        <source>The write concern was not satisfied: %1</source>
        <translation>La garantie d'écriture (write concern) n'a pas été satisfaite : %1</translation>
    </message>
    <message>
        <source>A document without _id cannot be stored</source>
        <translation>Un document sans _id ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>EdxLoader needs acknowledged writes: remove w=0 from the connection string</source>
        <translation>EdxLoader a besoin d'écritures confirmées : retirez w=0 de la chaîne de connexion</translation>
    </message>
    <message>
        <source>Cannot use the MongoDB connection string: %1</source>
        <translation>Impossible d'utiliser la chaîne de connexion MongoDB : %1</translation>
    </message>
    <message>
        <source>%1 (replica set %2)</source>
        <translation>%1 (jeu de réplicas %2)</translation>
    </message>
    <message>
        <source>MongoDB at %1</source>
        <translation>MongoDB sur %1</translation>
    </message>
    <message>
        <source>No primary server of %1 answered within %2 s (unreachable, or no primary elected): %3</source>
        <translation>Aucun serveur primaire de %1 n'a répondu en %2 s (injoignable, ou aucun primaire élu) : %3</translation>
    </message>
    <message>
        <source>No MongoDB server answered at %1 within %2 s: %3</source>
        <translation>Aucun serveur MongoDB n'a répondu sur %1 en %2 s : %3</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved: %2</source>
        <translation>Le nom d'hôte de %1 n'a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>MongoDB at %1 refused the credentials of user %2 (check the user name, the password and authSource): %3</source>
        <translation>MongoDB sur %1 a refusé les identifiants de l'utilisateur %2 (vérifiez le nom d'utilisateur, le mot de passe et authSource) : %3</translation>
    </message>
    <message>
        <source>MongoDB client error: %1</source>
        <translation>Erreur du client MongoDB : %1</translation>
    </message>
    <message>
        <source>The MongoDB user %1 lacks the privileges for this (ask for readWrite on the databases, or readWriteAnyDatabase): %2</source>
        <translation>L'utilisateur MongoDB %1 n'a pas les droits nécessaires (demandez readWrite sur les bases, ou readWriteAnyDatabase) : %2</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <source>MongoDB refused the operation: %1</source>
        <translation>MongoDB a refusé l'opération : %1</translation>
    </message>
    <message>
        <source>MongoDB error: %1</source>
        <translation>Erreur MongoDB : %1</translation>
    </message>
    <message>
        <source>sharded cluster (through mongos)</source>
        <translation>grappe partitionnée (via mongos)</translation>
    </message>
    <message>
        <source>replica set %1 (primary %2)</source>
        <translation>jeu de réplicas %1 (primaire %2)</translation>
    </message>
    <message>
        <source>standalone server</source>
        <translation>serveur autonome</translation>
    </message>
    <message>
        <source>A database needs a name</source>
        <translation>Une base a besoin d'un nom</translation>
    </message>
</context>
<context>
    <name>EdxLoader::OverviewLabels</name>
    <message>
        <source>Enrolled now</source>
        <translation>Inscrits maintenant</translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation>Apprenants actifs</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificats délivrés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Learners enrolled over time</source>
        <translation>Apprenants inscrits au fil du temps</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Weekly activity</source>
        <translation>Activité par semaine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Watched a video</source>
        <translation>Ont regardé une vidéo</translation>
    </message>
    <message>
        <source>Submitted a problem</source>
        <translation>Ont soumis un problème</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Événements par jour</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>Right at first attempt</source>
        <translation>Réussi à la 1re tentative</translation>
    </message>
    <message>
        <source>Right at last attempt</source>
        <translation>Réussi à la dernière tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>No tracking events for this course: weekly activity, problems and videos appear once tracking logs holding its course ids are imported.</source>
        <translation>Aucun événement de suivi pour ce cours : l'activité par semaine, les problèmes et les vidéos apparaissent une fois importés des journaux de suivi qui contiennent ses identifiants de cours.</translation>
    </message>
    <message>
        <source>No course structure was imported: problems and videos are named by their block id, in the order they were first met.</source>
        <translation>Aucune structure de cours n'a été importée : problèmes et vidéos sont nommés par l'identifiant de leur bloc, dans l'ordre où ils ont été rencontrés.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a whole percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and enrollment mode: 17 audit</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n learners who enrolled</source>
        <translation><numerusform>%1 de l'apprenant inscrit</numerusform><numerusform>%1 des %n apprenants inscrits</numerusform></translation>
    </message>
    <message>
        <source>%1 of the learners who enrolled</source>
        <translation>%1 des apprenants inscrits</translation>
    </message>
    <message>
        <source>Computed by EdxLoader on %1 UTC from the database %2 (no tracking events). Days and weeks are UTC.</source>
        <translation>Calculé par EdxLoader le %1 UTC à partir de la base %2 (sans événements de suivi). Jours et semaines en UTC.</translation>
    </message>
    <message>
        <source>Computed by EdxLoader on %1 UTC from the database %2 and the events of %3. Days and weeks are UTC.</source>
        <translation>Calculé par EdxLoader le %1 UTC à partir de la base %2 et des événements de %3. Jours et semaines en UTC.</translation>
    </message>
    <message>
        <source>and %1 of other users</source>
        <translation>et %1 d'autres utilisateurs</translation>
    </message>
    <message>
        <source>Course overview: %1</source>
        <translation>Vue d'ensemble du cours : %1</translation>
    </message>
    <message>
        <source>The enrollment table gives no dates.</source>
        <translation>La table des inscriptions ne donne aucune date.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>Aucun certificat.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>No videos.</source>
        <translation>Aucune vidéo.</translation>
    </message>
    <message>
        <source>Learners are the users of the enrollment table; an event is theirs when its username is theirs. Problems count graded submissions (server problem_check events); videos count play_video events.</source>
        <translation>Les apprenants sont les utilisateurs de la table des inscriptions ; un événement est le leur quand son nom d'utilisateur est le leur. Les problèmes comptent les soumissions notées (événements problem_check du serveur) ; les vidéos, les événements play_video.</translation>
    </message>
</context>
<context>
    <name>EdxLoader::OverviewPage</name>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>The course databases of the target (those with an enrollment table).</source>
        <translation>Les bases de cours de la cible (celles qui ont une table des inscriptions).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the courses again and compute the figures of the one shown.</source>
        <translation>Relister les cours et recalculer les chiffres de celui qui est affiché.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save these figures and charts as one HTML page, to open in any browser or send by e-mail.</source>
        <translation>Enregistrer ces chiffres et graphiques dans une page HTML, à ouvrir dans tout navigateur ou à envoyer par courriel.</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image.</source>
        <translation>Enregistrer ce graphique comme image PNG ou SVG.</translation>
    </message>
    <message>
        <source>No course here yet.

Import a course's files (its enrollment table at least, with the tracking logs for its activity): its enrollment, weekly activity, problems and videos then show on this page.</source>
        <translation>Pas encore de cours ici.

Importez les fichiers d'un cours (au moins sa table des inscriptions, et les journaux de suivi pour son activité) : ses inscriptions, son activité par semaine, ses problèmes et ses vidéos s'affichent alors sur cette page.</translation>
    </message>
    <message>
        <source>Looking for courses…</source>
        <translation>Recherche des cours…</translation>
    </message>
    <message>
        <source>The courses could not be listed: %1</source>
        <translation>Les cours n'ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>Computing the figures of %1…</source>
        <translation>Calcul des chiffres de %1…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n'ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>%1: %2 enrolled (%3 in, %4 out that day)</source>
        <translation>%1 : %2 inscrits (%3 arrivées, %4 départs ce jour-là)</translation>
    </message>
    <message>
        <source>%1 (from %2) · %3: %4 learners</source>
        <translation>%1 (à partir du %2) · %3 : %4 apprenants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>No figures to save yet.</source>
        <translation>Pas encore de chiffres à enregistrer.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Cancelled: choose the course again, or Refresh, to compute its figures.</source>
        <translation>Annulé : choisissez de nouveau le cours, ou Actualiser, pour calculer ses chiffres.</translation>
    </message>
</context>
<context>
    <name>EdxLoader::PersonCourseBuilder</name>
    <message>
        <source>%1 has no enrollment table (student_courseenrollment): import the course's files first</source>
        <translation>%1 n'a pas de table d'inscriptions (student_courseenrollment) : importez d'abord les fichiers du cours</translation>
    </message>
    <message>
        <source>Cancelled: %1.person_course is unchanged</source>
        <translation>Annulé : %1.person_course est inchangée</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d'écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.person_course: %2</source>
        <translation>Impossible de remplacer %1.person_course : %2</translation>
    </message>
    <message>
        <source>Writing %1.person_course failed: %2</source>
        <translation>L'écriture de %1.person_course a échoué : %2</translation>
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation>La lecture de %1.%2 a échoué : %3</translation>
    </message>
    <message>
        <source>Cannot find the events of %1: %2</source>
        <translation>Impossible de trouver les événements de %1 : %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ReportDialog</name>
    <message>
        <source>Error Report — %1</source>
        <translation>Rapport d'erreurs — %1</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <source>Search the messages and raw text, or a line number</source>
        <translation>Chercher dans les messages et le texte brut, ou un numéro de ligne</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation>Exporter en &amp;JSON lines…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>%1 rejected lines and %2 warnings in %3; %4 shown</source>
        <translation>%1 lignes rejetées et %2 avertissements dans %3 ; %4 affichés</translation>
    </message>
    <message>
        <source>Export the Error Report</source>
        <translation>Exporter le rapport d'erreurs</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1</source>
        <translation>Le rapport n'a pas pu être écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Error Report — %n file(s)</source>
        <translation><numerusform>Rapport d'erreurs — %n fichier</numerusform><numerusform>Rapport d'erreurs — %n fichiers</numerusform></translation>
    </message>
    <message>
        <source>Select a line to see its message and its whole raw text here.</source>
        <translation>Sélectionnez une ligne pour voir ici son message et tout son texte brut.</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Reading the error report…</source>
        <translation>Lecture du rapport d'erreurs…</translation>
    </message>
    <message>
        <source>%1, line %2 — %3: %4</source>
        <translation>%1, ligne %2 — %3 : %4</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation>
    </message>
    <message>
        <source>The error report could not be read: %1</source>
        <translation>Le rapport d'erreurs n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>EdxLoader::S3Client</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the address and the network</source>
        <translation>%1 est injoignable (%2) : vérifiez l'adresse et le réseau</translation>
    </message>
    <message>
        <source>The connection to %1 failed while %2: %3</source>
        <translation>La connexion à %1 a échoué pendant %2 : %3</translation>
    </message>
    <message>
        <source>the access key id is not one the server knows: check the key id edX sent</source>
        <translation>le serveur ne connaît pas cet ID de clé d'accès : vérifiez l'ID envoyé par edX</translation>
    </message>
    <message>
        <source>the secret access key does not match the key id: check the secret edX sent</source>
        <translation>la clé d'accès secrète ne correspond pas à l'ID de clé : vérifiez la clé secrète envoyée par edX</translation>
    </message>
    <message>
        <source>these keys may not read it: check the organisation and the bucket</source>
        <translation>ces clés ne permettent pas de le lire : vérifiez l'organisation et le compartiment</translation>
    </message>
    <message>
        <source>there is no such bucket: check its name under Advanced</source>
        <translation>ce compartiment n'existe pas : vérifiez son nom sous Avancé</translation>
    </message>
    <message>
        <source>the session token has expired or is wrong</source>
        <translation>le jeton de session a expiré ou est erroné</translation>
    </message>
    <message>
        <source>the bucket is in another region: check the region</source>
        <translation>le compartiment est dans une autre région : vérifiez la région</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>%1 refused %2 (%3): %4</source>
        <translation>%1 a refusé %2 (%3) : %4</translation>
    </message>
    <message>
        <source>the listing of %1/%2</source>
        <translation>la liste de %1/%2</translation>
    </message>
    <message>
        <source>%1 answered the listing of %2/%3 with something that is not S3's XML: %4</source>
        <translation>%1 a répondu à la liste de %2/%3 par autre chose que le XML de S3 : %4</translation>
    </message>
    <message>
        <source>%1 cut the listing of %2/%3 short without saying where to go on</source>
        <translation>%1 a interrompu la liste de %2/%3 sans dire où la reprendre</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>Le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L'écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>the download of %1</source>
        <translation>le téléchargement de %1</translation>
    </message>
    <message>
        <source>The download of %1 has %2 bytes where the store lists %3: deleted, to be downloaded again</source>
        <translation>Le téléchargement de %1 fait %2 octets alors que le stockage en annonce %3 : supprimé, à retélécharger</translation>
    </message>
    <message>
        <source>The download of %1 does not match its checksum (MD5 %2): deleted, to be downloaded again</source>
        <translation>Le téléchargement de %1 ne correspond pas à sa somme de contrôle (MD5 %2) : supprimé, à retélécharger</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>%1 ne peut pas être renommé en %2</translation>
    </message>
    <message>
        <source>the creation of %1</source>
        <translation>la création de %1</translation>
    </message>
    <message>
        <source>the upload of %1</source>
        <translation>l'envoi de %1</translation>
    </message>
    <message>
        <source>the %1 bytes received are kept in %2 and the next download goes on from there</source>
        <translation>les %1 octets reçus sont gardés dans %2 et le prochain téléchargement reprendra à partir de là</translation>
    </message>
    <message>
        <source>Cancelled; %1</source>
        <translation>Annulé ; %1</translation>
    </message>
    <message>
        <source>%1 changed at edX since it was listed: the part downloaded is deleted; list again and download it</source>
        <translation>%1 a changé chez edX depuis qu'il a été listé : la partie téléchargée est supprimée ; listez de nouveau et téléchargez-le</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::SettingsDialog</name>
    <message>
        <source>&amp;Anonymise learners</source>
        <translation>&amp;Anonymiser les apprenants</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>McGillX names (user, userprofile, enrollment…)</source>
        <translation>Noms McGillX (user, userprofile, enrollment…)</translation>
    </message>
    <message>
        <source>edX table names (auth_user, auth_userprofile…)</source>
        <translation>Noms des tables edX (auth_user, auth_userprofile…)</translation>
    </message>
    <message>
        <source>Usernames become their anonymous RIPEMD-160 hash (the Stanford/MOOCdb anon_screen_name, the same in every collection); e-mail addresses, names, mailing addresses and IP addresses are left out.</source>
        <translation>Les noms d'utilisateur deviennent leur empreinte RIPEMD-160 anonyme (l'anon_screen_name de Stanford/MOOCdb, la même dans toutes les collections) ; adresses e-mail, noms, adresses postales et adresses IP sont omis.</translation>
    </message>
    <message>
        <source>&amp;Collection names:</source>
        <translation>&amp;Noms des collections :</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Decrypts</source>
        <translation>Déchiffre</translation>
    </message>
    <message>
        <source>GnuPG &amp;home:</source>
        <translation>&amp;Dossier GnuPG :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>GnuPG Home</source>
        <translation>Dossier GnuPG</translation>
    </message>
    <message>
        <source>Looking for secret keys…</source>
        <translation>Recherche des clés secrètes…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <source>Subkeys: %1</source>
        <translation>Sous-clés : %1</translation>
    </message>
    <message>
        <source>No secret key here: edX files are encrypted to your organisation's key, which must be in this GnuPG home to import them.</source>
        <translation>Aucune clé secrète ici : les fichiers edX sont chiffrés pour la clé de votre établissement, qui doit se trouver dans ce dossier GnuPG pour les importer.</translation>
    </message>
    <message numerus="yes">
        <source>GnuPG %1: %n secret key(s). Passphrases are asked when a file needs them, and never stored by EdxLoader.</source>
        <translation><numerusform>GnuPG %1 : %n clé secrète. Les phrases secrètes sont demandées quand un fichier en a besoin, et jamais enregistrées par EdxLoader.</numerusform><numerusform>GnuPG %1 : %n clés secrètes. Les phrases secrètes sont demandées quand un fichier en a besoin, et jamais enregistrées par EdxLoader.</numerusform></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Folder of the Embedded Databases</source>
        <translation>Dossier des bases intégrées</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Un par cœur (%1)</translation>
    </message>
    <message>
        <source>&amp;Files imported at once:</source>
        <translation>&amp;Fichiers importés en même temps :</translation>
    </message>
    <message>
        <source>&amp;Embedded databases: SQLite files in a folder, nothing to set up</source>
        <translation>Bases &amp;intégrées : des fichiers SQLite dans un dossier, rien à installer</translation>
    </message>
    <message>
        <source>&amp;MongoDB: a server, a replica set or a sharded cluster (Atlas too)</source>
        <translation>&amp;MongoDB : un serveur, un jeu de réplicas ou une grappe partitionnée (Atlas aussi)</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Garder le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>mongodb://host:27017/ or mongodb+srv://cluster.example.net/</source>
        <translation>mongodb://hôte:27017/ ou mongodb+srv://grappe.exemple.net/</translation>
    </message>
    <message>
        <source>Options go after ?: replicaSet=rs0, tls=true, authSource=admin, w=majority…</source>
        <translation>Les options viennent après ? : replicaSet=rs0, tls=true, authSource=admin, w=majority…</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>&amp;Chaîne de connexion :</translation>
    </message>
    <message>
        <source>Only when the connection string names a user</source>
        <translation>Seulement si la chaîne de connexion nomme un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>The password is never written in the settings: it is kept in the keychain when asked, otherwise asked once each time EdxLoader starts.</source>
        <translation>Le mot de passe n'est jamais écrit dans les réglages : il est gardé dans le trousseau si vous le demandez, sinon demandé une fois à chaque démarrage d'EdxLoader.</translation>
    </message>
    <message>
        <source>The password is never written in the settings: it is asked once each time EdxLoader starts.</source>
        <translation>Le mot de passe n'est jamais écrit dans les réglages : il est demandé une fois à chaque démarrage d'EdxLoader.</translation>
    </message>
    <message>
        <source>A MongoDB connection string starts with mongodb:// or mongodb+srv://.</source>
        <translation>Une chaîne de connexion MongoDB commence par mongodb:// ou mongodb+srv://.</translation>
    </message>
    <message>
        <source>The password was moved out of the connection string: it is not saved with it.</source>
        <translation>Le mot de passe a été retiré de la chaîne de connexion : il n'est pas enregistré avec elle.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: MongoDB %1, %2.</source>
        <translation>Connecté : MongoDB %1, %2.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Where the data go</source>
        <translation>Où vont les données</translation>
    </message>
    <message>
        <source>How files are imported</source>
        <translation>Comment les fichiers sont importés</translation>
    </message>
    <message>
        <source>GnuPG keys for the .gpg files</source>
        <translation>Clés GnuPG pour les fichiers .gpg</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>&amp;Decryption</source>
        <translation>&amp;Déchiffrement</translation>
    </message>
    <message>
        <source>I&amp;nterface</source>
        <translation>I&amp;nterface</translation>
    </message>
    <message>
        <source>Import &amp;Options</source>
        <translation>&amp;Options d'import</translation>
    </message>
    <message>
        <source>&amp;Import Secret Key…</source>
        <translation>&amp;Importer une clé secrète…</translation>
    </message>
    <message>
        <source>Add your organisation's secret key (a .asc, .gpg or .key file exported from GnuPG) to this GnuPG home</source>
        <translation>Ajouter la clé secrète de votre organisation (un fichier .asc, .gpg ou .key exporté de GnuPG) à ce répertoire GnuPG</translation>
    </message>
    <message>
        <source>Import a Secret Key</source>
        <translation>Importer une clé secrète</translation>
    </message>
    <message>
        <source>Key files (*.asc *.gpg *.key *.pgp *.sec);;All files (*)</source>
        <translation>Fichiers de clé (*.asc *.gpg *.key *.pgp *.sec);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot create the GnuPG home %1</source>
        <translation>Impossible de créer le répertoire GnuPG %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>That passphrase was wrong. </source>
        <translation>Cette phrase secrète était erronée. </translation>
    </message>
    <message>
        <source>Enter the passphrase of the key
%1
to import it.</source>
        <translation>Saisissez la phrase secrète de la clé
%1
pour l'importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) imported from %1.</source>
        <translation><numerusform>%n clé secrète importée depuis %1.</numerusform><numerusform>%n clés secrètes importées depuis %1.</numerusform></translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>En service maintenant : %1</translation>
    </message>
    <message>
        <source>A new target applies at once (after an import or a course build in progress has ended).</source>
        <translation>Une nouvelle cible s'applique aussitôt (après la fin d'un import ou d'une construction de cours en cours).</translation>
    </message>
</context>
<context>
    <name>EdxLoader::SourceChain</name>
    <message>
        <source>The archive %1 cannot be read: %2</source>
        <translation>L'archive %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The archive %1 no longer holds %2</source>
        <translation>L'archive %1 ne contient plus %2</translation>
    </message>
    <message>
        <source>%1 cannot be read from the archive %2</source>
        <translation>%1 ne peut pas être lu dans l'archive %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot decompress %1: %2</source>
        <translation>Impossible de décompresser %1 : %2</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Lecture interrompue : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the data</source>
        <translation><numerusform>%n octet suit la fin des données</numerusform><numerusform>%n octets suivent la fin des données</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::StoreCopier</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d'écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to %1.%2: %3</source>
        <translation>Impossible d'écrire dans %1.%2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with an _id seen before</source>
        <translation><numerusform>%n document avec un _id déjà vu</numerusform><numerusform>%n documents avec un _id déjà vu</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: %1 was left as it was</source>
        <translation>Annulé : %1 est resté tel quel</translation>
    </message>
    <message>
        <source>Cannot read %1.%2: %3</source>
        <translation>Impossible de lire %1.%2 : %3</translation>
    </message>
    <message>
        <source>The index on course_id and timestamp of %1.%2 could not be made: %3</source>
        <translation>L'index sur course_id et timestamp de %1.%2 n'a pas pu être créé : %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>EdxLoader::StoreTarget</name>
    <message>
        <source>embedded database in %1</source>
        <translation>base intégrée dans %1</translation>
    </message>
    <message>
        <source>MongoDB (connection string not valid)</source>
        <translation>MongoDB (chaîne de connexion non valide)</translation>
    </message>
    <message>
        <source>MongoDB at %1</source>
        <translation>MongoDB sur %1</translation>
    </message>
    <message>
        <source>MongoDB at %1 (replica set %2)</source>
        <translation>MongoDB sur %1 (jeu de réplicas %2)</translation>
    </message>
    <message>
        <source>%1 is not a MongoDB connection string</source>
        <translation>%1 n'est pas une chaîne de connexion MongoDB</translation>
    </message>
</context>
<context>
    <name>EdxLoader::TrackingReader</name>
    <message>
        <source>No JSON object on this line</source>
        <translation>Aucun objet JSON sur cette ligne</translation>
    </message>
    <message>
        <source>The line ends before its JSON does (%1 characters): %2</source>
        <translation>La ligne s'arrête avant la fin de son JSON (%1 caractères) : %2</translation>
    </message>
    <message>
        <source>The time "%1" is not a date and time</source>
        <translation>L'heure « %1 » n'est pas une date et heure</translation>
    </message>
    <message>
        <source>Reading stopped after line %1: %2</source>
        <translation>Lecture interrompue après la ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n clé répétée dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform><numerusform>%n clés répétées dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON</numerusform></translation>
    </message>
    <message>
        <source>A complete JSON object is followed by more text (from character %1)</source>
        <translation>Un objet JSON complet est suivi d'autre texte (à partir du caractère %1)</translation>
    </message>
    <message>
        <source>A JSON value that is not an object: a tracking event is one JSON object</source>
        <translation>Une valeur JSON qui n'est pas un objet : un événement de suivi est un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) before the JSON object were ignored (kept here, escaped)</source>
        <translation><numerusform>%n octet avant l'objet JSON a été ignoré (gardé ici, échappé)</numerusform><numerusform>%n octets avant l'objet JSON ont été ignorés (gardés ici, échappés)</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::TsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The file is empty: an edX table always starts with a header line</source>
        <translation>Le fichier est vide : une table edX commence toujours par une ligne d'en-tête</translation>
    </message>
    <message>
        <source>The first line is not a header of column names (found "%1"): the file cannot be mapped by column name</source>
        <translation>La première ligne n'est pas un en-tête de noms de colonnes (trouvé « %1 ») : le fichier ne peut pas être lu par nom de colonne</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns</source>
        <translation>%1 champs alors que l'en-tête a %2 colonnes</translation>
    </message>
    <message>
        <source>Column %1 held a Python bytes literal (exporter bug of Nov 2022); its text was kept</source>
        <translation>La colonne %1 contenait un littéral d'octets Python (bogue de l'exportateur de nov. 2022) ; son texte a été gardé</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Lecture interrompue à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Column %1: "%2" is not a valid date and time; kept as text</source>
        <translation>Colonne %1 : « %2 » n'est pas une date et heure valide ; gardé comme texte</translation>
    </message>
    <message>
        <source>Column %1: "%2" is not a valid number; kept as text</source>
        <translation>Colonne %1 : « %2 » n'est pas un nombre valide ; gardé comme texte</translation>
    </message>
    <message>
        <source>The line is longer than %1 MB: rejected (its first 4 KB are kept here)</source>
        <translation>La ligne dépasse %1 Mo : rejetée (ses 4 premiers Ko sont gardés ici)</translation>
    </message>
</context>
<context>
    <name>EdxLoader::Worker</name>
    <message>
        <source>An internal error stopped this task: %1</source>
        <translation>Une erreur interne a arrêté cette tâche : %1</translation>
    </message>
    <message>
        <source>An internal error stopped this task</source>
        <translation>Une erreur interne a arrêté cette tâche</translation>
    </message>
</context>
<context>
    <name>EdxLoader::ZipPackage</name>
    <message>
        <source>The archive is empty</source>
        <translation>L'archive est vide</translation>
    </message>
    <message>
        <source>Refused: this archive holds entries whose path leaves the archive (%1). edX's exporter never writes such paths; nothing of the archive is imported.</source>
        <translation>Refusée : cette archive contient des entrées dont le chemin sort de l'archive (%1). L'exportateur d'edX n'écrit jamais de tels chemins ; rien de l'archive n'est importé.</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>L'archive ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Refused: the archive's list of entries cannot be checked, so it might hold entries whose path leaves it; nothing of it is imported</source>
        <translation>Refusée : la liste des entrées de l'archive ne peut pas être vérifiée, elle pourrait contenir des entrées dont le chemin en sort ; rien n'en est importé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loads edX research data packages into a document database.</source>
        <translation>Charge les paquets de données de recherche edX dans une base de données documentaire.</translation>
    </message>
    <message>
        <source>Files or folders to add to the import list.</source>
        <translation>Fichiers ou dossiers à ajouter à la liste d'import.</translation>
    </message>
    <message>
        <source>Interface language (en, fr).</source>
        <translation>Langue de l'interface (en, fr).</translation>
    </message>
    <message>
        <source>Folder of the embedded databases.</source>
        <translation>Dossier des bases intégrées.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is ready, then quit.</source>
        <translation>Enregistre une image de la fenêtre dans FICHIER dès qu'elle est prête, puis quitte.</translation>
    </message>
    <message>
        <source>Start with a small demo package in the import list.</source>
        <translation>Démarre avec un petit paquet de démonstration dans la liste d'import.</translation>
    </message>
    <message>
        <source>Import the files given on the command line once they are listed.</source>
        <translation>Importe les fichiers donnés en ligne de commande dès qu'ils sont listés.</translation>
    </message>
    <message>
        <source>EdxLoader</source>
        <translation>EdxLoader</translation>
    </message>
    <message>
        <source>Where the data go: a folder (or sqlite:DIR) for the embedded databases, or a MongoDB connection string (mongodb://… or mongodb+srv://…).</source>
        <translation>Où vont les données : un dossier (ou sqlite:DOSSIER) pour les bases intégrées, ou une chaîne de connexion MongoDB (mongodb://… ou mongodb+srv://…).</translation>
    </message>
    <message>
        <source>Password of MongoDB user %1 at %2:</source>
        <translation>Mot de passe de l'utilisateur MongoDB %1 sur %2 :</translation>
    </message>
    <message>
        <source>The page to show: import (the default), databases, course or overview.</source>
        <translation>La page à afficher : import (par défaut), databases, course ou overview.</translation>
    </message>
    <message>
        <source>The course database the Course Overview page shows first.</source>
        <translation>La base de cours que la page Vue d'ensemble du cours affiche d'abord.</translation>
    </message>
</context>
</TS>