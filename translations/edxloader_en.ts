<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try 'edxloader-cli %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walks files and folders and shows, for each file, what it is (SQL table, forum posts, course
structure, tracking log, …), the course it belongs to and the database.collection it would be
imported into. Nothing is read beyond the names and nothing is written.
Paths that do not exist are still classified by name and flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files and folders (walked recursively).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collection names: 'mcgillx' (user, enrollment, …; default) or 'edx' (auth_user, student_courseenrollment, …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>classify needs at least one file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown collection scheme '%1' (use mcgillx or edx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: warning: %1 not found; classified by its name only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output folder (created; must be empty).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of courses (default 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days of tracking logs (default 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events per daily log (default 2000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON summary instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write into DIR even if it is not empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo needs exactly one output folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: %1 is not empty (use --force to write into it anyway)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing demo package… %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  course files:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  tracking logs:  %1 (%2 events, %3 MB uncompressed, %4 MB/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  expected counts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try: edxloader-cli classify %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: unknown command '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'edxloader-cli --help' for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a realistic synthetic edX research data package into DIR: the weekly package folder
with per-course SQL tables, forum posts and course structures (plus files that are not
imported), daily tracking logs in DIR/events, and DIR/manifest.json with the exact counts
an import of each file must produce. The same seed always gives the same content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANGED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collection names: mcgillx (default) or edx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also import this optional table (e.g. wiki_article); 'all' for every one. May be repeated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace what a file imported before when its content changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write each file's rejected lines to FILE-errors beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON summary instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: %1 not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read %1, imported %2, rejected %3, skipped %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files unchanged since their last import: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files into %2: read %3, imported %4, rejected %5, skipped %6 in %7 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected lines: edxloader-cli errors FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the databases and collections of the target with their document counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON array of {database, collection, count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the documents of a collection, one MongoDB Extended JSON v2 (relaxed) document per line, in the order they were imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most N documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dump needs a database and a collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: no collection %1.%2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the ledger: every file imported into the target, with its status, date and counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the ledger entries as a JSON array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file has been imported into %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the error report of an imported file: every rejected line (and every value kept with a warning) with its line number, reason, message and complete raw text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The imported file (its path or name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors needs exactly one file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format '%1' (use csv or jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: %1 has not been imported into %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[%1/%2] %3 %4% · %5 MB/s · about %6 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GnuPG home holding the secret key for .gpg files (default: $GNUPGHOME, else ~/.gnupg).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver it as edX does: the package as a zip of .gpg files and the logs as .log.gz.gpg, encrypted to this GnuPG key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace usernames by their anonymous RIPEMD-160 hash and leave out e-mail addresses, names, mailing addresses and IP addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds a course's own tracking collection from the imported tracking logs (tracking_logs.tracking):
every event of the config's course ids whose time falls between the enrollment and completion
dates (UTC, both days included), each given the parent_data and metadata of the course-structure
block it refers to. The config is McGillX's template_config.json format. The destination
(by default {course database}.tracking) is replaced whole: building again never duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course config (JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination database (default: the first course id's database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination collection (default: tracking).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>build-course needs --config FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>build-course takes no arguments besides its options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the course config cannot be used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building %1.%2: %3 of %4 events · %5 events/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built %1.%2 in %3 s: %4 events copied, %5 enriched with their block, %6 naming no block, %7 unresolved (%8 course-structure blocks known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unresolved: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The columns: field paths separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the documents matching a MongoDB-style query: {"field": value}, $in, $gt, $gte, $lt, $lte; dates as {"$date": "…"}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace usernames by their anonymous hash and leave out e-mail addresses, names, mailing addresses and IP addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the file with a byte-order mark, so that Excel reads it as UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-csv needs DATABASE COLLECTION OUT.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fields names no field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1.%2: %3 of %4 rows · %5 rows/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 columns, %4 MB in %5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields found only after the first 1000 documents, not exported (name them with --fields): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computes the person_course table of a course database, as edx2bigquery defines it: one row per
learner of its enrollment table with the profile (gender, year of birth, level of education,
country), the enrollment (date, mode, active), the certificate (status, grade), activity from the
tracking events (first and last event, events, active days, video plays, problem checks) and the
forum (posts, threads, comments), and the flags viewed, explored and certified. Events come from
the course's own tracking collection when build-course made one, else from tracking_logs.
It is written as the collection person_course of that database, replaced on every run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the table as a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write usernames as their anonymous hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the CSV file with a byte-order mark, so that Excel reads it as UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person-course needs DATABASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no database %1 in the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the events of %1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1.person_course in %2 s: %3 learners, %4 of their events counted from %5 (%6 chapters in the course structure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no tracking collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 events of users who are not in the enrollment table were left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the data goes: sqlite:DIR or a folder for the embedded store (default: %1), or a MongoDB connection string (mongodb://… or mongodb+srv://…; the password from $EDXLOADER_MONGODB_PASSWORD or asked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of MongoDB user %1 at %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names the user %2 but no password: set EDXLOADER_MONGODB_PASSWORD</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The databases to copy (default: all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store to copy from: sqlite:DIR or a folder (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --target: where the databases go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target is the store copied from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 holds no database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying %1.%2: %3 of %4 documents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1.%2: %n document(s)</source>
        <translation><numerusform>%1.%2: %n document</numerusform><numerusform>%1.%2: %n documents</numerusform></translation>
    </message>
    <message>
        <source>Copied %1 documents of %2 collections to the %3 in %4 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export copies from the embedded store (sqlite:DIR or a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show what each file is and where it would be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import course files into the target database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>databases and collections of the target, with counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print documents as Extended JSON, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger: every imported file and how it went</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rejected lines of an imported file (CSV or JSON lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>build a course's tracking collection from a course config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a collection, whole or filtered, as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy databases of the embedded store to MongoDB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compute a course's per-learner summary (edx2bigquery's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a synthetic edX data package to try EdxLoader with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]

Loads edX research data packages into a document database; the command-line twin of
the EdxLoader window.

Commands:
</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[DATABASE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATABASE COLLECTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--config F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DB COLL OUT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--target URI [DB…]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATABASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a file even when a file with the same content (SHA-256) was imported into the same collection under another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files with the same content as a file imported under another name: skipped (--allow-duplicate-content imports them anyway)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requests of the course team to Studio left out (not learner activity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course found from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Studio requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how a course is doing: enrollment, activity, problems, videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print every figure as JSON instead of a summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overview needs DATABASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the events of %1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  enrolled now:   %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  enrollments:    %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  certificates:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  activity:       no tracking events for this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  events:         %1 of enrolled learners in %2 (%3 of other users)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  week        active  video  problem    events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  problems:       %1 (%2 tried by someone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  videos:         %1 (%2 watched by someone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every figure: edxloader-cli overview --json %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows how a course is doing, from the data loaded: learners enrolled now (by mode) and over time,
certificates, weekly activity (learners active, watching videos, trying problems), and for each
problem and video of the course structure, in course order, the learners who tried or watched it
and the share right at the first and at the last attempt. Days and weeks are UTC; events come from
the course's own tracking collection when build-course made one, else from tracking_logs.
Nothing is written to the database. --html writes the same as a page with charts that any browser
opens (no script, nothing fetched from the network), to send by e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the figures and their charts as an HTML report to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--org ORG DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>download what is new from edX's buckets (still encrypted)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download folder (created if needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation as edX names it (e.g. mcgillx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs of edx (default), edge, or all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>packages, logs, or both (default: packages,logs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only files of this day (YYYY-MM-DD) or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only files of this day (YYYY-MM-DD) or earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An S3-compatible server's URL instead of Amazon S3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The buckets' region (default: AWS_REGION, else us-east-1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bucket of the weekly packages (default: course-data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bucket of the daily logs (default: edx-course-data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile of ~/.aws/credentials to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what is there and what would be downloaded; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch needs DIR, the download folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch needs --org, your organisation as edX names it (e.g. mcgillx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--site must be edx, edge or all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--what takes packages, logs or both (packages,logs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or put them under [%1] in %2. Nothing was downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is not set. Nothing was downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing what %1 holds for %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: warning: not downloaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing of %1 in %2: check the organisation (--org), the buckets and the keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files in %2; %3 to download (%4 MB) into %5. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[%1/%2] %3 %4 of %5 MB · %6 MB/s%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downloaded  %1 (%2 MB)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, resumed after %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edxloader-cli: %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 downloaded (%2 MB), %3 already present, %4 failed, in %5. Next: edxloader-cli import %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::BrowserPane</name>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ObjectId</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation><numerusform>[%n item]</numerusform><numerusform>[%n items]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation><numerusform>{%n field}</numerusform><numerusform>{%n fields}</numerusform></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database / collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing imported yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Person-Course Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the selected collection, whole or filtered, as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute the selected course's per-learner summary (edx2bigquery's person_course): profile, certificate, activity and forum counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing %1.person_course: reading the course's tables and counting its events…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1.person_course: %n learner(s), %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.</source>
        <translation><numerusform>%1.person_course: %n learner, %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.</numerusform><numerusform>%1.person_course: %n learners, %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.</numerusform></translation>
    </message>
    <message>
        <source>no tracking collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person_course table could not be computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the target: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What EdxLoader keeps about its imports: the ledgers ({collection}_imported) and the error reports ({collection}_errors)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n database(s), %1 documents of data (and %2 import records) in %3</source>
        <translation><numerusform>%n database, %1 documents of data (and %2 import records) in %3</numerusform><numerusform>%n databases, %1 documents of data (and %2 import records) in %3</numerusform></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter, e.g. {"event_type": "play_video"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the documents that match: a JSON object of field: value, with {"$in": […]}, {"$gte": …} and {"$lt": …} as in edxloader-cli export-csv --filter. Press Enter to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::Classification</name>
    <message>
        <source>SQL table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open-response table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forum posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking log %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email opt-in report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course export (OLX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data package %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly tracking archive %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error report of an older loader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unrecognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open-response table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly tracking archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a table of a course package: "auth_user — SQL table"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ClassificationReport</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COURSE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::Classifier</name>
    <message>
        <source>Classification rules are not a JSON object: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification rules lack sites, tables or the tracking target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid classification rule %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed at edX: the file holds the exporter's error report, not data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unrecognised name: not an edX research data file that EdxLoader knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown edX table: not imported unless you include it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in use: not imported by default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional edX table: not imported by default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open-response assessment table: not imported by default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course content export: not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-2014 weekly tracking archive: extract it and add its .log files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written by an older loader: not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted (OpenPGP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renamed by the browser: classified by its original name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From edge.edx.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly data package of %1: a zip of the course files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An unfinished download: download from edX again (or run edxloader-cli fetch) to complete it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseBuilder</name>
    <message>
        <source>The course collection cannot go into %1, the database of the tracking logs themselves: choose the course's database or another one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no course structure imported for this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the block it names is not in the course structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored event could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event already has parent_data or metadata of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the previous %1.%2 is unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1.course_structure failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseConfig</name>
    <message>
        <source>Not a course configuration: %1 (at byte %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a course configuration: the file is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course_ids must be a list of course ids, like ["McGillX/ATOC185x/2T2014"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course_ids must hold only text (course ids)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one course id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enrollment date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enrollment date "%1" is not a date written YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion date "%1" is not a date written YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion date (%1) is before the enrollment date (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination collection needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination collection cannot be named "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination database needs a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseForm</name>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. atoc185x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Natural Disasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course i&amp;ds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination &amp;database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination co&amp;llection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Course Config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course configs (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Course Config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course configs (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tracking logs imported yet: import some, or type the course ids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the course ids of the tracking logs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course's database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the course's database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building %1.%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: %3 events copied in %4 s — %5 enriched with their block, %6 naming no block, %7 unresolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unresolved: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the course collection, whole or filtered, as a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 has not been built yet: Build it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the course ids of the tracking logs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out: %1 requests of the course team to Studio (not learner activity).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds a course's own tracking collection from the imported tracking logs: the events of the chosen course ids between the two dates (UTC, both days included), each with the place in the course (chapter, subsection, unit) of the block it refers to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course's short code, used to name its files (edx_id in a McGillX course config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course's title (edx_course_name in a McGillX course config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day whose events are copied, in UTC (enrollment_date in a McGillX course config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day whose events are copied, in UTC (completion_date in a McGillX course config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Days (UTC):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the events of %1.%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the events to copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No imported event of these course ids falls between %1 and %2: building would replace %3, which holds %4 documents, with an empty collection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No imported event of these course ids falls between %1 and %2: %3 would be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2 documents; the new build would copy %3 events, fewer than it replaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Build Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the Current Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was built: %1 is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their events could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No event of these ids is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their events: %1 to %2, %3 events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseIdList</name>
    <message>
        <source>Every id under which the course's events were logged: tick those of this course (course_ids in a McGillX course config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another course id, e.g. McGillX/ATOC185x/2T2014</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  (no events imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  (%2 events)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseOverviewBuilder</name>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no enrollment table (student_courseenrollment): import the course's files first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1.course_structure failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot find the events of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CourseStructureReader</name>
    <message>
        <source>No JSON object in the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) before the JSON object were ignored</source>
        <translation><numerusform>%n byte before the JSON object was ignored</numerusform><numerusform>%n bytes before the JSON object were ignored</numerusform></translation>
    </message>
    <message>
        <source>The course structure is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 lists the child %2, which is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of %1 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No block lists %1 as a child</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n key repeated in an object: the last value was kept, as JSON readers do</numerusform><numerusform>%n keys repeated in an object: the last value was kept, as JSON readers do</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n block id(s) given twice: the last value of each was kept</source>
        <translation><numerusform>%n block id given twice: its last value was kept</numerusform><numerusform>%n block ids given twice: the last value of each was kept</numerusform></translation>
    </message>
    <message>
        <source>The course structure is larger than %1 MB: not a course structure edX writes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::CsvExporter</name>
    <message>
        <source>The filter is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The filter must be a JSON object such as {"course_id": "…"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported filter key "%1": name a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of "%1" must be a string, number, true/false, null or a date ({"$date": "2016-03-01T00:00:00Z"})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported operator %1 for "%2": use $eq, $in, $gt, $gte, $lt or $lte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$in for "%1" takes an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported value for %1 of "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no collection %1.%2 in the %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored document could not be read for anonymisation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored document is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::DemoDialog</name>
    <message>
        <source>Create Demo Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a synthetic edX data package — course tables, forum posts, course structures and daily tracking logs of invented learners — so that you can try EdxLoader without real data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Days of tracking logs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Events per day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the Demo Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or new folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the demo package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo package could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No: plain files in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encrypt as edX does:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To %1 (a zip of .gpg files and .log.gz.gpg logs)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::DemoGenerator</name>
    <message>
        <source>No output folder given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of courses must be between 1 and 50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of days must be between 0 and 366</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of events per day must be between 1 and 50000000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build the course export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::DownloadDialog</name>
    <message>
        <source>Download from edX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your edX research data access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AKIA…, from the file edX sent your data czar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember it in the desktop's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember it (needs a desktop keychain, not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as edX names it, e.g. mcgillx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs of courses on edx.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs of courses on edge.edx.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packages bucket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs bucket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: Amazon S3; else an S3-compatible server's URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List what edX holds for your organisation (nothing is downloaded yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download and &amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the access key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secret access key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the download folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give %1 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be kept in the keychain (%1); it is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing what %1 holds for %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Nothing was downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of %1 in %2: check the organisation, the sites and the buckets.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) at edX, from %1 to %2.</source>
        <translation><numerusform>%n file at edX, from %1 to %2.</numerusform><numerusform>%n files at edX, from %1 to %2.</numerusform></translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) ticked, %1</source>
        <translation><numerusform>%n file ticked, %1</numerusform><numerusform>%n files ticked, %1</numerusform></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)…</source>
        <translation><numerusform>Downloading %n file…</numerusform><numerusform>Downloading %n files…</numerusform></translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1/s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · about %n min left</source>
        <translation><numerusform> · about %n min left</numerusform><numerusform> · about %n min left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation><numerusform> · about %n s left</numerusform><numerusform> · about %n s left</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded (%1)</source>
        <translation><numerusform>%n file downloaded (%1)</numerusform><numerusform>%n files downloaded (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n already here</source>
        <translation><numerusform>, %n already here</numerusform><numerusform>, %n already here</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n not downloaded:</source>
        <translation><numerusform>, %n not downloaded:</numerusform><numerusform>, %n not downloaded:</numerusform></translation>
    </message>
    <message>
        <source>They are in the import list and being imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are in the import list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be taken out of the keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which files are imported already is not known: the target could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::DropZone</name>
    <message>
        <source>Drop edX data files, folders or packages here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a Demo Package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data at hand?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL tables (.sql), forum posts (.mongo), course structures (.json), daily tracking logs (.log.gz) and whole weekly packages (.zip), encrypted (.gpg) or not.
Each file is recognised by its name and shown with the database and collection it is meant for.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::EdxFetch</name>
    <message>
        <source>%1/%2: its name would put it outside the download folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>partly downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::EmbeddedStore</name>
    <message>
        <source>no database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document without _id cannot be stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>embedded store in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid database name "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreadable document in %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An index needs at least one field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ErrorReportModel</name>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason code: %1 (docs/error-report.md explains each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text after the JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong number of fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same id twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a course block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text before the JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid UTF-8 replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value kept as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>b'…' text unwrapped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child block missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block without parent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ExportDialog</name>
    <message>
        <source>Only &amp;events from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Anonymise learners (hashed usernames; no e-mail, names, addresses or IP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a byte-order mark so that E&amp;xcel reads the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1.%2 as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1.%2&lt;/b&gt; as a CSV file for R, Stata, pandas or a spreadsheet: one row per document, one column per field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nested fields are named by their path (context.course_id); a whole object or array is written as JSON text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Top-level fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(UTC days, both included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no condition)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the fields of a sample of the documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for collections of events (a timestamp field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s). Pick the columns, narrow the rows if needed, then Export….</source>
        <translation><numerusform>%n document. Pick the columns, narrow the rows if needed, then Export….</numerusform><numerusform>%n documents. Pick the columns, narrow the rows if needed, then Export….</numerusform></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 of %2 rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 rows, %n column(s), %3 MB in %4 s.</source>
        <translation><numerusform>Wrote %1: %2 rows, %n column, %3 MB in %4 s.</numerusform><numerusform>Wrote %1: %2 rows, %n columns, %3 MB in %4 s.</numerusform></translation>
    </message>
    <message>
        <source>Fields found only after the sample were not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::FastJson</name>
    <message>
        <source>a string is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the brackets and braces do not match, or a value is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object or an array is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string holds a bad escape or a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a word that is not true, false or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing but spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string holds a raw control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested deeper than %1 levels, or a number out of range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::FileHash</name>
    <message>
        <source>SHA-256 is not available: install the QCA OpenSSL plugin (package libqca-qt6-plugins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QCA's OpenSSL plugin is missing, so files cannot be fingerprinted (SHA-256) nor learners anonymised (RIPEMD-160): install the package libqca-qt6-plugins</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ForumReader</name>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n key repeated in an object: the last value was kept, as JSON readers do</numerusform><numerusform>%n keys repeated in an object: the last value was kept, as JSON readers do</numerusform></translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A JSON value that is not an object: a forum post is one JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No JSON object on this line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::GnuPG</name>
    <message>
        <source>GnuPG could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GnuPG is not installed or too old: install the gnupg package (version 2.2 or later) to decrypt edX files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The GnuPG keys could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No GnuPG key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot encrypt %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot encrypt %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys of %1 could not be imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no secret key (only public ones): the secret key is what decrypts edX files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a GnuPG key file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::GpgDecryptDevice</name>
    <message>
        <source>A decrypting device can only be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decryption stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for the secret key of this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No passphrase was given: the file was not decrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not OpenPGP-encrypted data (or it is empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted data is damaged or cut short (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file uses an encryption algorithm GnuPG does not support: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret key for this file: it was encrypted to %1 (Settings ▸ Decryption: Import Secret Key…, or choose the GnuPG home that holds it)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::GzipDevice</name>
    <message>
        <source>its CRC-32 checksum does not match the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its recorded length does not match the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not gzip data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zlib error %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing gzip data is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip decompressor could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the end of the gzip data are not a gzip member</source>
        <translation><numerusform>%n byte after the end of the gzip data is not a gzip member</numerusform><numerusform>%n bytes after the end of the gzip data are not a gzip member</numerusform></translation>
    </message>
    <message>
        <source>The gzip data is cut short (in its member %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data is cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to decompress the gzip data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data is damaged (in its member %1: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::HandbookDialog</name>
    <message>
        <source>EdxLoader Handbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ImportController</name>
    <message numerus="yes">
        <source>%n file(s) imported (%1 documents)</source>
        <translation><numerusform>%n file imported (%1 documents)</numerusform><numerusform>%n files imported (%1 documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already imported with the same content</source>
        <translation><numerusform>%n already imported with the same content</numerusform><numerusform>%n already imported with the same content</numerusform></translation>
    </message>
    <message>
        <source>%1 lines rejected: see the Note column</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: see the Note column</source>
        <translation><numerusform>%n file not imported: see the Note column</numerusform><numerusform>%n files not imported: see the Note column</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected: double-click the row for the error report</source>
        <translation><numerusform>%n line rejected: double-click the row for the error report</numerusform><numerusform>%n lines rejected: double-click the row for the error report</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase was wrong. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the passphrase of the GnuPG key
%1
to decrypt the edX files encrypted to it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n with the same content as a file imported under another name (Import Anyway loads it)</source>
        <translation><numerusform>%n with the same content as a file imported under another name (Import Anyway loads it)</numerusform><numerusform>%n with the same content as files imported under other names (Import Anyway loads them)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled — %n file(s) imported (%1 documents)</source>
        <translation><numerusform>Cancelled — %n file imported (%1 documents)</numerusform><numerusform>Cancelled — %n files imported (%1 documents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped half-way (nothing of them kept)</source>
        <translation><numerusform>%n stopped half-way (nothing of it kept)</numerusform><numerusform>%n stopped half-way (nothing of them kept)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation><numerusform>%n not started</numerusform><numerusform>%n not started</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n files: %1</source>
        <translation><numerusform>%n file: %1</numerusform><numerusform>%n files: %1</numerusform></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a course source and its number of events</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course found from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Studio requests (left out of course builds)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ImportDetails</name>
    <message>
        <source>File details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a file to see where it comes from, where it goes and what its import did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported (would go to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 read: %2 imported, %3 rejected, %4 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ImportJob</name>
    <message>
        <source>Another document of this file has the same _id; the first one was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already imported on %1 with the same content: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported on %1, and the file has changed since: import again with Replace to replace what it imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EdxLoader cannot import this kind of file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing of this file was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing to %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The error report could not be written beside the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The index on course_id and timestamp could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edX's export of this table failed (its report could not be read: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edX's export of this table failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing of this file was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No error file was written beside this encrypted file: it would hold decrypted learner data (see edxloader-cli errors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No error file was written for this archive member (see edxloader-cli errors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(raw text withheld: this import anonymises learners)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the ledger %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same content as %1, imported on %2: skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ImportListModel</name>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would go to %1 if included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed since import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 imported, %n rejected</source>
        <translation><numerusform>%1 imported, %n rejected</numerusform><numerusform>%1 imported, %n rejected</numerusform></translation>
    </message>
    <message>
        <source>Goes to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to change the database (for the whole course) or the collection; the check box in front of the name includes or leaves out the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same content as another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking logs of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking logs, %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unrecognised files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n databases</source>
        <translation><numerusform>%n database</numerusform><numerusform>%n databases</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation><numerusform>%n not imported</numerusform><numerusform>%n not imported</numerusform></translation>
    </message>
    <message>
        <source>The files of the course run %1 in its weekly package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily tracking logs: the events of every course, one file per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files that belong to no single course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files whose names match no edX research-data file: they are not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ImportPanel</name>
    <message>
        <source>Import list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, kind, course or target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop more files or folders anywhere in this window to add them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found, so not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to import (%1)</source>
        <translation><numerusform>%n to import (%1)</numerusform><numerusform>%n to import (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not imported by default</source>
        <translation><numerusform>%n not imported by default</numerusform><numerusform>%n not imported by default</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unrecognised</source>
        <translation><numerusform>%n unrecognised</numerusform><numerusform>%n unrecognised</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed at edX</source>
        <translation><numerusform>%n failed at edX</numerusform><numerusform>%n failed at edX</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading folders… %n file(s) so far</source>
        <translation><numerusform>Reading folders… %n file so far</numerusform><numerusform>Reading folders… %n files so far</numerusform></translation>
    </message>
    <message>
        <source>Only files on this computer can be added; download these first: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n archive(s) refused</source>
        <translation><numerusform>%n archive refused</numerusform><numerusform>%n archives refused</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::LineLoop</name>
    <message>
        <source>Bytes that are not valid UTF-8 text were replaced by “�” (the first at byte %1 of the line)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::MainActions</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add edX data files or packages to the import list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add every file of a folder and its subfolders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected rows off the list (the files are not touched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the selected files, or every file of the list when none is selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the import: files not finished are left as they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel &amp;Selected Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop importing the selected files; the others go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error &amp;Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the rejected lines of the selected imported file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the selected files that were skipped because a file with the same content was imported under another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import again the files that failed or were cancelled (of the selection, or of the whole list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;Demo Package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a synthetic edX data package to try EdxLoader with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Configure EdxLoader…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collection names, anonymisation, GnuPG keys, target and language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EdxLoader &amp;Handbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to get, import, check and use edX data with EdxLoader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About EdxLoader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do&amp;wnload from edX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the new packages and logs from edX's research data buckets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::MainWindow</name>
    <message>
        <source>EdxLoader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: embedded database in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each course gets its own database file here; tracking logs go to tracking_logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add edX Data Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edX data files (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a Folder of edX Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo package written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About EdxLoader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;EdxLoader %1&lt;/h3&gt;&lt;p&gt;Loads edX research data packages — course tables, forum posts, course structures and daily tracking logs — into a document database: an embedded SQLite store or MongoDB.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import: no file of the selection is imported by default (see the Note column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files to Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners anonymised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usernames are hashed and direct identifiers left out (Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course Collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files Changed Since Their Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since they were imported.</source>
        <translation><numerusform>%n file changed since it was imported.</numerusform><numerusform>%n files changed since they were imported.</numerusform></translation>
    </message>
    <message>
        <source>Replace what they imported with their new content? The documents of their earlier import are removed in the same step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the Earlier Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected files are not imported, so they have no error report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file of the list has rejected lines. Select a file to see its report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Data stays on this computer: nothing decrypted is written outside the target database.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each course gets its own database; tracking logs go to tracking_logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1): it will be asked again at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing: waiting for a passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> at %1/s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>, about %n min left</source>
        <translation><numerusform>, about %n min left</numerusform><numerusform>, about %n min left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation><numerusform>, about %n s left</numerusform><numerusform>, about %n s left</numerusform></translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation><numerusform>%n file could not be imported.</numerusform><numerusform>%n files could not be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mend the cause, then &lt;i&gt;Retry Failed&lt;/i&gt; imports these files again.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new target applies when the import or course build in progress ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now using %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course Overview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::MongoStore</name>
    <message>
        <source>The MongoDB connection string is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document of %1 MB is larger than MongoDB's limit of 16 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB refused a document: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write concern was not satisfied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document without _id cannot be stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EdxLoader needs acknowledged writes: remove w=0 from the connection string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the MongoDB connection string: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (replica set %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No primary server of %1 answered within %2 s (unreachable, or no primary elected): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No MongoDB server answered at %1 within %2 s: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name of %1 could not be resolved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB at %1 refused the credentials of user %2 (check the user name, the password and authSource): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB client error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MongoDB user %1 lacks the privileges for this (ask for readWrite on the databases, or readWriteAnyDatabase): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no user)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB refused the operation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharded cluster (through mongos)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replica set %1 (primary %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standalone server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database needs a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::OverviewLabels</name>
    <message>
        <source>Enrolled now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners enrolled over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watched a video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right at first attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right at last attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tracking events for this course: weekly activity, problems and videos appear once tracking logs holding its course ids are imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No course structure was imported: problems and videos are named by their block id, in the order they were first met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <comment>a whole percentage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count and enrollment mode: 17 audit</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of the %n learners who enrolled</source>
        <translation><numerusform>%1 of the %n learner who enrolled</numerusform><numerusform>%1 of the %n learners who enrolled</numerusform></translation>
    </message>
    <message>
        <source>%1 of the learners who enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed by EdxLoader on %1 UTC from the database %2 (no tracking events). Days and weeks are UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed by EdxLoader on %1 UTC from the database %2 and the events of %3. Days and weeks are UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 of other users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course overview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enrollment table gives no dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No videos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners are the users of the enrollment table; an event is theirs when its username is theirs. Problems count graded submissions (server problem_check events); videos count play_video events.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::OverviewPage</name>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course databases of the target (those with an enrollment table).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the courses again and compute the figures of the one shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save these figures and charts as one HTML page, to open in any browser or send by e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No course here yet.

Import a course's files (its enrollment table at least, with the tracking logs for its activity): its enrollment, weekly activity, problems and videos then show on this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for courses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The courses could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the figures of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 enrolled (%3 in, %4 out that day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (from %2) · %3: %4 learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No figures to save yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: choose the course again, or Refresh, to compute its figures.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::PersonCourseBuilder</name>
    <message>
        <source>%1 has no enrollment table (student_courseenrollment): import the course's files first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1.person_course is unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace %1.person_course: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1.person_course failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1.%2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot find the events of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ReportDialog</name>
    <message>
        <source>Error Report — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the messages and raw text, or a line number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rejected lines and %2 warnings in %3; %4 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Error Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be written to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Error Report — %n file(s)</source>
        <translation><numerusform>Error Report — %n file</numerusform><numerusform>Error Report — %n files</numerusform></translation>
    </message>
    <message>
        <source>Select a line to see its message and its whole raw text here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the error report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2 — %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message>
        <source>The error report could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::S3Client</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the address and the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed while %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the access key id is not one the server knows: check the key id edX sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the secret access key does not match the key id: check the secret edX sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>these keys may not read it: check the organisation and the bucket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such bucket: check its name under Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session token has expired or is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bucket is in another region: check the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing of %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered the listing of %2/%3 with something that is not S3's XML: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cut the listing of %2/%3 short without saying where to go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the download of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download of %1 has %2 bytes where the store lists %3: deleted, to be downloaded again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download of %1 does not match its checksum (MD5 %2): deleted, to be downloaded again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the creation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the upload of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 bytes received are kept in %2 and the next download goes on from there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed at edX since it was listed: the part downloaded is deleted; list again and download it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::SettingsDialog</name>
    <message>
        <source>&amp;Anonymise learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>McGillX names (user, userprofile, enrollment…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edX table names (auth_user, auth_userprofile…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usernames become their anonymous RIPEMD-160 hash (the Stanford/MOOCdb anon_screen_name, the same in every collection); e-mail addresses, names, mailing addresses and IP addresses are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Collection names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decrypts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GnuPG &amp;home:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GnuPG Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for secret keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subkeys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret key here: edX files are encrypted to your organisation's key, which must be in this GnuPG home to import them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>GnuPG %1: %n secret key(s). Passphrases are asked when a file needs them, and never stored by EdxLoader.</source>
        <translation><numerusform>GnuPG %1: %n secret key. Passphrases are asked when a file needs them, and never stored by EdxLoader.</numerusform><numerusform>GnuPG %1: %n secret keys. Passphrases are asked when a file needs them, and never stored by EdxLoader.</numerusform></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the Embedded Databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Files imported at once:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Embedded databases: SQLite files in a folder, nothing to set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;MongoDB: a server, a replica set or a sharded cluster (Atlas too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mongodb://host:27017/ or mongodb+srv://cluster.example.net/</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options go after ?: replicaSet=rs0, tls=true, authSource=admin, w=majority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when the connection string names a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is never written in the settings: it is kept in the keychain when asked, otherwise asked once each time EdxLoader starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is never written in the settings: it is asked once each time EdxLoader starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A MongoDB connection string starts with mongodb:// or mongodb+srv://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was moved out of the connection string: it is not saved with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: MongoDB %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the data go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How files are imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GnuPG keys for the .gpg files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;nterface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Secret Key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your organisation's secret key (a .asc, .gpg or .key file exported from GnuPG) to this GnuPG home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Secret Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key files (*.asc *.gpg *.key *.pgp *.sec);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the GnuPG home %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase was wrong. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the passphrase of the key
%1
to import it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n secret key(s) imported from %1.</source>
        <translation><numerusform>%n secret key imported from %1.</numerusform><numerusform>%n secret keys imported from %1.</numerusform></translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new target applies at once (after an import or a course build in progress has ended).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::SourceChain</name>
    <message>
        <source>The archive %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive %1 no longer holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read from the archive %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot decompress %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the data</source>
        <translation><numerusform>%n byte follows the end of the data</numerusform><numerusform>%n bytes follow the end of the data</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::StoreCopier</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s) with an _id seen before</source>
        <translation><numerusform>%n document with an _id seen before</numerusform><numerusform>%n documents with an _id seen before</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: %1 was left as it was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The index on course_id and timestamp of %1.%2 could not be made: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::StoreTarget</name>
    <message>
        <source>embedded database in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB (connection string not valid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MongoDB at %1 (replica set %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a MongoDB connection string</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::TrackingReader</name>
    <message>
        <source>No JSON object on this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line ends before its JSON does (%1 characters): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time "%1" is not a date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading stopped after line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated in an object: the last value was kept, as JSON readers do</source>
        <translation><numerusform>%n key repeated in an object: the last value was kept, as JSON readers do</numerusform><numerusform>%n keys repeated in an object: the last value was kept, as JSON readers do</numerusform></translation>
    </message>
    <message>
        <source>A complete JSON object is followed by more text (from character %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A JSON value that is not an object: a tracking event is one JSON object</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) before the JSON object were ignored (kept here, escaped)</source>
        <translation><numerusform>%n byte before the JSON object was ignored (kept here, escaped)</numerusform><numerusform>%n bytes before the JSON object were ignored (kept here, escaped)</numerusform></translation>
    </message>
</context>
<context>
    <name>EdxLoader::TsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: an edX table always starts with a header line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first line is not a header of column names (found "%1"): the file cannot be mapped by column name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2 columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 held a Python bytes literal (exporter bug of Nov 2022); its text was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: "%2" is not a valid date and time; kept as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: "%2" is not a valid number; kept as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line is longer than %1 MB: rejected (its first 4 KB are kept here)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::Worker</name>
    <message>
        <source>An internal error stopped this task: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An internal error stopped this task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EdxLoader::ZipPackage</name>
    <message>
        <source>The archive is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: this archive holds entries whose path leaves the archive (%1). edX's exporter never writes such paths; nothing of the archive is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the archive's list of entries cannot be checked, so it might hold entries whose path leaves it; nothing of it is imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loads edX research data packages into a document database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files or folders to add to the import list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language (en, fr).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the embedded databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is ready, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with a small demo package in the import list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the files given on the command line once they are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EdxLoader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the data go: a folder (or sqlite:DIR) for the embedded databases, or a MongoDB connection string (mongodb://… or mongodb+srv://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of MongoDB user %1 at %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page to show: import (the default), databases, course or overview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course database the Course Overview page shows first.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>