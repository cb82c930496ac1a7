#!/usr/bin/env python3
"""Fills translations/edxloader_fr.ts from the table below and the English plural forms of
translations/edxloader_en.ts. Run after `cmake --build build --target update_translations`;
entries missing from the table stay unfinished, which tst_translations reports."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FR = {
    "Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n  classify PATH…   show what each file is and where it would be imported (writes nothing)\n  demo DIR         write a synthetic edX data package to try EdxLoader with\n\nOptions:\n  -h, --help       show this help, or a command's help after the command\n  -v, --version    show the version\n\nExit codes: 0 success, 1 the work failed (the message says which file), 2 wrong usage.\nRun 'edxloader-cli COMMAND --help' for a command's options.\n":
    "Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n  classify CHEMIN…  indique ce qu'est chaque fichier et où il serait importé (n'écrit rien)\n  demo DOSSIER      écrit un paquet de données edX synthétique pour essayer EdxLoader\n\nOptions :\n  -h, --help        affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version     affiche la version\n\nCodes de sortie : 0 succès, 1 le travail a échoué (le message nomme le fichier), 2 mauvaise utilisation.\nLancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    "Try 'edxloader-cli %1 --help'.": "Essayez « edxloader-cli %1 --help ».",
    "Walks files and folders and shows, for each file, what it is (SQL table, forum posts, course\nstructure, tracking log, …), the course it belongs to and the database.collection it would be\nimported into. Nothing is read beyond the names and nothing is written.\nPaths that do not exist are still classified by name and flagged.":
    "Parcourt fichiers et dossiers et indique, pour chaque fichier, ce qu'il est (table SQL, messages\ndu forum, structure de cours, journal de suivi…), le cours auquel il appartient et la\nbase.collection où il serait importé. Seuls les noms sont lus et rien n'est écrit.\nLes chemins inexistants sont tout de même classés d'après leur nom, et signalés.",
    "The command.": "La commande.",
    "Files and folders (walked recursively).": "Fichiers et dossiers (parcourus récursivement).",
    "Print a JSON array instead of a table.": "Affiche un tableau JSON au lieu d'un tableau de texte.",
    "Collection names: 'mcgillx' (user, enrollment, …; default) or 'edx' (auth_user, student_courseenrollment, …).":
    "Noms des collections : « mcgillx » (user, enrollment… ; par défaut) ou « edx » (auth_user, student_courseenrollment…).",
    "classify needs at least one file or folder": "classify demande au moins un fichier ou un dossier",
    "unknown collection scheme '%1' (use mcgillx or edx)": "schéma de collections « %1 » inconnu (utilisez mcgillx ou edx)",
    "edxloader-cli: warning: %1 not found; classified by its name only": "edxloader-cli : attention : %1 introuvable ; classé d'après son seul nom",
    "--%1 must be a whole number from %2 to %3": "--%1 doit être un nombre entier de %2 à %3",
    "Writes a realistic synthetic edX research data package into DIR: the weekly package folder\nwith per-course SQL tables, forum posts and course structures (plus files that are not\nimported), daily tracking logs in DIR/events, and DIR/manifest.json with the exact counts\nan import of each file must produce. The same seed always gives the same content.":
    "Écrit dans DOSSIER un paquet de données de recherche edX synthétique et réaliste : le dossier du\npaquet hebdomadaire avec, par cours, les tables SQL, les messages du forum et la structure du\ncours (plus des fichiers qui ne sont pas importés), les journaux de suivi quotidiens dans\nDOSSIER/events, et DOSSIER/manifest.json avec les comptes exacts que doit produire l'import de\nchaque fichier. La même graine donne toujours le même contenu.",
    "Output folder (created; must be empty).": "Dossier de sortie (créé ; doit être vide).",
    "Number of courses (default 2).": "Nombre de cours (2 par défaut).",
    "Days of tracking logs (default 3).": "Jours de journaux de suivi (3 par défaut).",
    "Events per daily log (default 2000).": "Événements par journal quotidien (2000 par défaut).",
    "Random seed (default 1).": "Graine aléatoire (1 par défaut).",
    "Print a JSON summary instead of text.": "Affiche un résumé JSON au lieu de texte.",
    "Write into DIR even if it is not empty.": "Écrit dans DOSSIER même s'il n'est pas vide.",
    "demo needs exactly one output folder": "demo demande exactement un dossier de sortie",
    "edxloader-cli: %1 is not empty (use --force to write into it anyway)": "edxloader-cli : %1 n'est pas vide (utilisez --force pour y écrire quand même)",
    "Writing demo package… %1/%2": "Écriture du paquet de démonstration… %1/%2",
    "Wrote %1 files to %2": "%1 fichiers écrits dans %2",
    "  course files:   %1": "  fichiers des cours :   %1",
    "  tracking logs:  %1 (%2 events, %3 MB uncompressed, %4 MB/s)": "  journaux de suivi :    %1 (%2 événements, %3 Mo décompressés, %4 Mo/s)",
    "  expected counts: %1": "  comptes attendus :     %1",
    "Try: edxloader-cli classify %1": "Essayez : edxloader-cli classify %1",
    "edxloader-cli: unknown command '%1'": "edxloader-cli : commande inconnue « %1 »",
    "Run 'edxloader-cli --help' for the list of commands.": "Lancez « edxloader-cli --help » pour la liste des commandes.",
    "SQL table %1": "Table SQL %1",
    "Open-response table %1": "Table de réponses ouvertes %1",
    "Forum posts": "Messages du forum",
    "Course structure": "Structure du cours",
    "Tracking log %1": "Journal de suivi du %1",
    "Email opt-in report": "Consentements aux courriels",
    "Course export (OLX)": "Export du cours (OLX)",
    "Data package %1": "Paquet de données du %1",
    "Weekly tracking archive %1": "Archive hebdomadaire de suivi du %1",
    "Error report of an older loader": "Rapport d'erreurs d'un ancien chargeur",
    "Unrecognised": "Non reconnu",
    "FILE": "FICHIER",
    "KIND": "TYPE",
    "COURSE": "COURS",
    "TARGET": "CIBLE",
    "NOTE": "REMARQUE",
    "Classification rules are not a JSON object: %1": "Les règles de classement ne sont pas un objet JSON : %1",
    "Classification rules lack sites, tables or the tracking target": "Il manque aux règles de classement les sites, les tables ou la cible du suivi",
    "Invalid classification rule %1: %2": "Règle de classement invalide %1 : %2",
    "Export failed at edX: the file holds the exporter's error report, not data": "Export échoué chez edX : le fichier contient le rapport d'erreur de l'exportateur, pas des données",
    "Unrecognised name: not an edX research data file that EdxLoader knows": "Nom non reconnu : ce n'est pas un fichier de données de recherche edX connu d'EdxLoader",
    "Unknown edX table: not imported unless you include it": "Table edX inconnue : importée seulement si vous l'incluez",
    "Not in use: not imported by default": "Inutilisé : pas importé par défaut",
    "Optional edX table: not imported by default": "Table edX facultative : pas importée par défaut",
    "Open-response assessment table: not imported by default": "Table d'évaluation des réponses ouvertes : pas importée par défaut",
    "Course content export: not imported": "Export du contenu du cours : pas importé",
    "Weekly data package of %1: a zip of the course files": "Paquet de données hebdomadaire de %1 : un zip des fichiers des cours",
    "Pre-2014 weekly tracking archive: extract it and add its .log files": "Archive hebdomadaire de suivi d'avant 2014 : extrayez-la et ajoutez ses fichiers .log",
    "Written by an older loader: not imported": "Écrit par un ancien chargeur : pas importé",
    "Encrypted (OpenPGP)": "Chiffré (OpenPGP)",
    "Renamed by the browser: classified by its original name": "Renommé par le navigateur : classé d'après son nom d'origine",
    "From edge.edx.org": "Provient d'edge.edx.org",
    "Create Demo Package": "Créer un paquet de démonstration",
    "Browse…": "Parcourir…",
    "Writes a synthetic edX data package — course tables, forum posts, course structures and daily tracking logs of invented learners — so that you can try EdxLoader without real data.":
    "Écrit un paquet de données edX synthétique — tables des cours, messages du forum, structures des cours et journaux de suivi quotidiens d'apprenants inventés — pour essayer EdxLoader sans données réelles.",
    "&Folder:": "&Dossier :",
    "&Courses:": "&Cours :",
    "&Days of tracking logs:": "&Jours de journaux de suivi :",
    "&Events per day:": "Év&énements par jour :",
    "&Seed:": "&Graine :",
    "C&reate": "C&réer",
    "Folder for the Demo Package": "Dossier du paquet de démonstration",
    "The folder %1 is not empty: choose an empty or new folder.": "Le dossier %1 n'est pas vide : choisissez un dossier vide ou nouveau.",
    "Writing the demo package…": "Écriture du paquet de démonstration…",
    "The demo package could not be written: %1": "Le paquet de démonstration n'a pas pu être écrit : %1",
    "Close": "Fermer",
    "Stopping…": "Arrêt en cours…",
    "No output folder given": "Aucun dossier de sortie indiqué",
    "The number of courses must be between 1 and 50": "Le nombre de cours doit être compris entre 1 et 50",
    "The number of days must be between 0 and 366": "Le nombre de jours doit être compris entre 0 et 366",
    "The number of events per day must be between 1 and 50000000": "Le nombre d'événements par jour doit être compris entre 1 et 50000000",
    "Cannot create the folder %1": "Impossible de créer le dossier %1",
    "Cannot build the course export: %1": "Impossible de construire l'export du cours : %1",
    "Cannot write %1: %2": "Impossible d'écrire %1 : %2",
    "Cannot create the folder for %1": "Impossible de créer le dossier de %1",
    "Drop edX data files, folders or packages here": "Déposez ici des fichiers, dossiers ou paquets de données edX",
    "SQL tables (.sql), forum posts (.mongo), course structures (.json), daily tracking logs (.log.gz) and whole weekly packages (.zip), encrypted (.gpg) or not.\nEach file is recognised by its name and shown with the database and collection it is meant for.":
    "Tables SQL (.sql), messages du forum (.mongo), structures de cours (.json), journaux de suivi quotidiens (.log.gz) et paquets hebdomadaires entiers (.zip), chiffrés (.gpg) ou non.\nChaque fichier est reconnu d'après son nom et affiché avec la base et la collection auxquelles il est destiné.",
    "Add Files…": "Ajouter des fichiers…",
    "Add Folder…": "Ajouter un dossier…",
    "Create a Demo Package…": "Créer un paquet de démonstration…",
    "No data at hand?": "Pas de données sous la main ?",
    "not imported": "non importé",
    "Would go to %1 if included": "Irait dans %1 s'il était inclus",
    "Name": "Nom",
    "Size": "Taille",
    "Kind": "Type",
    "Course": "Cours",
    "Target": "Cible",
    "Note": "Remarque",
    "Import list": "Liste d'import",
    "Filter by name, kind, course or target": "Filtrer par nom, type, cours ou cible",
    "Drop more files or folders anywhere in this window to add them.": "Déposez d'autres fichiers ou dossiers n'importe où dans cette fenêtre pour les ajouter.",
    "Not found, so not added: %1": "Introuvable, donc pas ajouté : %1",
    "Only files on this computer can be added; download these first: %1": "Seuls les fichiers de cet ordinateur peuvent être ajoutés ; téléchargez d'abord ceux-ci : %1",
    "EdxLoader": "EdxLoader",
    "Target: embedded database in %1": "Cible : base intégrée dans %1",
    "Each course gets its own database file here; tracking logs go to tracking_logs.": "Chaque cours a ici son propre fichier de base ; les journaux de suivi vont dans tracking_logs.",
    "Add &Files…": "Ajouter des &fichiers…",
    "Add edX data files or packages to the import list": "Ajouter des fichiers ou paquets de données edX à la liste d'import",
    "Add F&older…": "Ajouter un d&ossier…",
    "Add every file of a folder and its subfolders": "Ajouter tous les fichiers d'un dossier et de ses sous-dossiers",
    "&Remove from List": "&Retirer de la liste",
    "Take the selected rows off the list (the files are not touched)": "Retirer les lignes sélectionnées de la liste (les fichiers restent intacts)",
    "&Clear List": "&Vider la liste",
    "&Quit": "&Quitter",
    "Create &Demo Package…": "Créer un paquet de &démonstration…",
    "Write a synthetic edX data package to try EdxLoader with": "Écrire un paquet de données edX synthétique pour essayer EdxLoader",
    "&About EdxLoader": "À &propos d'EdxLoader",
    "&File": "&Fichier",
    "&Help": "&Aide",
    "Main": "Principale",
    "Add edX Data Files": "Ajouter des fichiers de données edX",
    "edX data files (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;All files (*)": "Fichiers de données edX (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;Tous les fichiers (*)",
    "Add a Folder of edX Data": "Ajouter un dossier de données edX",
    "Demo package written to %1": "Paquet de démonstration écrit dans %1",
    "About EdxLoader": "À propos d'EdxLoader",
    "<h3>EdxLoader %1</h3><p>Loads edX research data packages — course tables, forum posts, course structures and daily tracking logs — into a document database: an embedded SQLite store or MongoDB.</p>":
    "<h3>EdxLoader %1</h3><p>Charge les paquets de données de recherche edX — tables des cours, messages du forum, structures des cours et journaux de suivi quotidiens — dans une base de données documentaire : une base SQLite intégrée ou MongoDB.</p>",
    "Loads edX research data packages into a document database.": "Charge les paquets de données de recherche edX dans une base de données documentaire.",
    "Files or folders to add to the import list.": "Fichiers ou dossiers à ajouter à la liste d'import.",
    "Interface language (en, fr).": "Langue de l'interface (en, fr).",
    "Folder of the embedded databases.": "Dossier des bases intégrées.",
    "Save a picture of the window to FILE once it is ready, then quit.": "Enregistre une image de la fenêtre dans FICHIER dès qu'elle est prête, puis quitte.",
    "Start with a small demo package in the import list.": "Démarre avec un petit paquet de démonstration dans la liste d'import.",
"Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n  classify PATH…           show what each file is and where it would be imported\n  import PATH…             import course files into the target database\n  list [DATABASE]          databases and collections of the target, with counts\n  dump DATABASE COLLECTION print documents as Extended JSON, one per line\n  status                   the ledger: every imported file and how it went\n  errors FILE              the rejected lines of an imported file (CSV or JSON lines)\n  demo DIR                 write a synthetic edX data package to try EdxLoader with\n\nOptions:\n  -h, --help               show this help, or a command's help after the command\n  -v, --version            show the version\n\nThe target is the embedded store in %1 unless --target names another\n(sqlite:DIR or a folder).\n\nExit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n":
    "Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n  classify CHEMIN…          indique ce qu'est chaque fichier et où il serait importé\n  import CHEMIN…            importe les fichiers des cours dans la base cible\n  list [BASE]               bases et collections de la cible, avec leurs effectifs\n  dump BASE COLLECTION      affiche les documents en Extended JSON, un par ligne\n  status                    le registre : chaque fichier importé et son issue\n  errors FICHIER            les lignes rejetées d'un fichier importé (CSV ou JSON lines)\n  demo DOSSIER              écrit un paquet de données edX synthétique pour essayer EdxLoader\n\nOptions :\n  -h, --help                affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version             affiche la version\n\nLa cible est la base intégrée dans %1, sauf si --target en désigne une autre\n(sqlite:DOSSIER ou un dossier).\n\nCodes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),\n3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    "Where the data goes: sqlite:DIR or a folder for the embedded store (default: %1).": "Où vont les données : sqlite:DOSSIER ou un dossier pour la base intégrée (par défaut : %1).",
    "imported": "importé",
    "unchanged": "inchangé",
    "CHANGED": "MODIFIÉ",
    "FAILED": "ÉCHEC",
    "cancelled": "annulé",
    "Imports edX course files — SQL tables, forum posts, course structures — found in the given files\nand folders into the target: one database per course, one collection per kind of file. Each file\nis imported whole or not at all, recorded in the ledger ({collection}_imported), and its rejected\nlines are kept ({collection}_errors; see 'edxloader-cli errors'). A file already imported with\nthe same content is skipped; a changed file is only replaced with --replace.":
    "Importe dans la cible les fichiers de cours edX — tables SQL, messages du forum, structures de cours —\ntrouvés dans les fichiers et dossiers donnés : une base par cours, une collection par sorte de fichier.\nChaque fichier est importé en entier ou pas du tout, inscrit au registre ({collection}_imported), et ses\nlignes rejetées sont conservées ({collection}_errors ; voir « edxloader-cli errors »). Un fichier déjà\nimporté avec le même contenu est ignoré ; un fichier modifié n'est remplacé qu'avec --replace.",
    "Collection names: mcgillx (default) or edx.": "Noms des collections : mcgillx (par défaut) ou edx.",
    "Also import this optional table (e.g. wiki_article); 'all' for every one. May be repeated.": "Importe aussi cette table facultative (p. ex. wiki_article) ; « all » pour toutes. Peut être répété.",
    "Replace what a file imported before when its content changed.": "Remplace ce qu'un fichier a importé auparavant quand son contenu a changé.",
    "Also write each file's rejected lines to FILE-errors beside it.": "Écrit aussi les lignes rejetées de chaque fichier dans FICHIER-errors à côté de lui.",
    "Print a JSON summary instead of a table.": "Affiche un résumé JSON au lieu d'un tableau.",
    "import needs at least one file or folder": "import demande au moins un fichier ou un dossier",
    "edxloader-cli: %1 not found": "edxloader-cli : %1 introuvable",
    "[%1/%2] %3 %4%": "[%1/%2] %3 %4 %",
    "read %1, imported %2, rejected %3, skipped %4": "lues %1, importées %2, rejetées %3, ignorées %4",
    "%1 warnings": "%1 avertissements",
    "%1 files unchanged since their last import: skipped": "%1 fichiers inchangés depuis leur dernier import : ignorés",
    "%1 files into %2: read %3, imported %4, rejected %5, skipped %6 in %7 s": "%1 fichiers vers %2 : lues %3, importées %4, rejetées %5, ignorées %6 en %7 s",
    "Rejected lines: edxloader-cli errors FILE": "Lignes rejetées : edxloader-cli errors FICHIER",
    "Lists the databases and collections of the target with their document counts.": "Liste les bases et collections de la cible avec leur nombre de documents.",
    "Only this database.": "Seulement cette base.",
    "Print a JSON array of {database, collection, count}.": "Affiche un tableau JSON de {database, collection, count}.",
    "Nothing in %1 yet.": "Rien dans %1 pour l'instant.",
    "Prints the documents of a collection, one MongoDB Extended JSON v2 (relaxed) document per line, in the order they were imported.": "Affiche les documents d'une collection, un document MongoDB Extended JSON v2 (relaxed) par ligne, dans l'ordre de leur import.",
    "The database.": "La base.",
    "The collection.": "La collection.",
    "At most N documents.": "Au plus N documents.",
    "dump needs a database and a collection": "dump demande une base et une collection",
    "--limit must be a whole number": "--limit doit être un nombre entier",
    "edxloader-cli: no collection %1.%2 in %3": "edxloader-cli : pas de collection %1.%2 dans %3",
    "Shows the ledger: every file imported into the target, with its status, date and counts.": "Affiche le registre : chaque fichier importé dans la cible, avec son état, sa date et ses effectifs.",
    "Print the ledger entries as a JSON array.": "Affiche les entrées du registre en tableau JSON.",
    "No file has been imported into %1 yet.": "Aucun fichier n'a encore été importé dans %1.",
    "Prints the error report of an imported file: every rejected line (and every value kept with a warning) with its line number, reason, message and complete raw text.": "Affiche le rapport d'erreurs d'un fichier importé : chaque ligne rejetée (et chaque valeur gardée avec un avertissement) avec son numéro de ligne, sa raison, son message et son texte brut complet.",
    "The imported file (its path or name).": "Le fichier importé (son chemin ou son nom).",
    "csv (default) or jsonl.": "csv (par défaut) ou jsonl.",
    "errors needs exactly one file": "errors demande exactement un fichier",
    "unknown format '%1' (use csv or jsonl)": "format « %1 » inconnu (utilisez csv ou jsonl)",
    "edxloader-cli: %1 has not been imported into %2": "edxloader-cli : %1 n'a pas été importé dans %2",
    "Bytes that are not UTF-8 were replaced by U+FFFD": "Des octets non UTF-8 ont été remplacés par U+FFFD",
    "Reading stopped at line %1: %2": "Lecture interrompue à la ligne %1 : %2",
    "No JSON object in the file": "Aucun objet JSON dans le fichier",
    "The course structure is not valid JSON: %1": "La structure du cours n'est pas du JSON valide : %1",
    "Block %1 lists the child %2, which is not in the file": "Le bloc %1 cite l'enfant %2, absent du fichier",
    "The value of %1 is not an object": "La valeur de %1 n'est pas un objet",
    "No block lists %1 as a child": "Aucun bloc ne cite %1 comme enfant",
    "no database": "pas de base",
    "A document without _id cannot be stored": "Un document sans _id ne peut pas être enregistré",
    "embedded store in %1": "base intégrée dans %1",
    "Invalid database name \"%1\"": "Nom de base invalide « %1 »",
    "No database %1 in %2": "Pas de base %1 dans %2",
    "Cannot open %1: %2": "Impossible d'ouvrir %1 : %2",
    "Unreadable document in %1.%2: %3": "Document illisible dans %1.%2 : %3",
    "MongoDB targets are not available in this version yet: use the embedded store": "Les cibles MongoDB ne sont pas encore disponibles dans cette version : utilisez la base intégrée",
    "SHA-256 is not available: install the QCA OpenSSL plugin (package libqca-qt6-plugins)": "SHA-256 n'est pas disponible : installez le greffon OpenSSL de QCA (paquet libqca-qt6-plugins)",
    "Cannot read %1: %2": "Impossible de lire %1 : %2",
    "Cancelled": "Annulé",
    "Another document of this file has the same _id; the first one was kept": "Un autre document de ce fichier a le même _id ; le premier a été gardé",
    "Tracking logs are not imported by this version yet": "Les journaux de suivi ne sont pas encore importés par cette version",
    "Encrypted: decrypt it with GnuPG first (built-in decryption is coming)": "Chiffré : déchiffrez-le d'abord avec GnuPG (le déchiffrement intégré arrive)",
    "Internal error: %1": "Erreur interne : %1",
    "Internal error": "Erreur interne",
    "Cannot write to %1: %2": "Impossible d'écrire dans %1 : %2",
    "Already imported on %1 with the same content: skipped": "Déjà importé le %1 avec le même contenu : ignoré",
    "Imported on %1, and the file has changed since: import again with Replace to replace what it imported": "Importé le %1, et le fichier a changé depuis : importez-le de nouveau avec Remplacer pour remplacer ce qu'il avait importé",
    "EdxLoader cannot import this kind of file": "EdxLoader ne sait pas importer cette sorte de fichier",
    "Cancelled: nothing of this file was kept": "Annulé : rien de ce fichier n'a été gardé",
    "Writing to %1.%2 failed: %3": "L'écriture dans %1.%2 a échoué : %3",
    "Cannot record the import: %1": "Impossible d'inscrire l'import : %1",
    "The error report could not be written beside the file: %1": "Le rapport d'erreurs n'a pas pu être écrit à côté du fichier : %1",
    "Cannot read the file: %1": "Impossible de lire le fichier : %1",
    "The file is empty: an edX table always starts with a header line": "Le fichier est vide : une table edX commence toujours par une ligne d'en-tête",
    "The first line is not a header of column names (found \"%1\"): the file cannot be mapped by column name": "La première ligne n'est pas un en-tête de noms de colonnes (trouvé « %1 ») : le fichier ne peut pas être lu par nom de colonne",
    "%1 fields where the header has %2 columns": "%1 champs alors que l'en-tête a %2 colonnes",
    "Column %1 held a Python bytes literal (exporter bug of Nov 2022); its text was kept": "La colonne %1 contenait un littéral d'octets Python (bogue de l'exportateur de nov. 2022) ; son texte a été gardé",
    "Column %1: \"%2\" is not a valid date and time; kept as text": "Colonne %1 : « %2 » n'est pas une date et heure valide ; gardé comme texte",
    "Column %1: \"%2\" is not a valid number; kept as text": "Colonne %1 : « %2 » n'est pas un nombre valide ; gardé comme texte",
    "Cannot decompress %1: %2": "Impossible de décompresser %1 : %2",
    "The gzip data is damaged or cut short: nothing of this file was kept": "Les données gzip sont abîmées ou tronquées : rien de ce fichier n'a été gardé",
    "The index on course_id and timestamp could not be made: %1": "L'index sur course_id et timestamp n'a pas pu être créé : %1",
    "No JSON object on this line": "Aucun objet JSON sur cette ligne",
    "The line ends before its JSON does (%1 characters): %2": "La ligne s'arrête avant la fin de son JSON (%1 caractères) : %2",
    "The time \"%1\" is not a date and time": "L'heure « %1 » n'est pas une date et heure",
    "Reading stopped after line %1: %2": "Lecture interrompue après la ligne %1 : %2",
}

# Plural forms: (singular, plural) for English and French.
PLURALS = {
    "%n file(s)": (("%n file", "%n files"), ("%n fichier", "%n fichiers")),
    "%n to import (%1)": (("%n to import (%1)", "%n to import (%1)"), ("%n à importer (%1)", "%n à importer (%1)")),
    "%n not imported by default": (("%n not imported by default", "%n not imported by default"),
                                   ("%n non importé par défaut", "%n non importés par défaut")),
    "%n unrecognised": (("%n unrecognised", "%n unrecognised"), ("%n non reconnu", "%n non reconnus")),
    "%n failed at edX": (("%n failed at edX", "%n failed at edX"), ("%n en échec chez edX", "%n en échec chez edX")),
    "%n byte(s) before the JSON object were ignored": (("%n byte before the JSON object was ignored",
                                                        "%n bytes before the JSON object were ignored"),
                                                       ("%n octet avant l'objet JSON a été ignoré",
                                                        "%n octets avant l'objet JSON ont été ignorés")),
    "Reading folders… %n file(s) so far": (("Reading folders… %n file so far", "Reading folders… %n files so far"),
                                           ("Lecture des dossiers… %n fichier pour l'instant",
                                            "Lecture des dossiers… %n fichiers pour l'instant")),
}


def fill(path: Path, lang: int) -> int:
    tree = ET.parse(path)
    # lrelease needs the language to know the plural rules (French: 0 and 1 are singular).
    tree.getroot().set("language", ("en_GB", "fr_FR")[lang])
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source)
            if not forms:
                missing += 1
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms[lang]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif lang == 1:
            if source in FR:
                translation.text = FR[source]
                translation.attrib.pop("type", None)
            else:
                missing += 1
                print(f"untranslated: {source!r}", file=sys.stderr)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = Path(__file__).resolve().parent.parent / "translations"
missing = fill(root / "edxloader_en.ts", 0) + fill(root / "edxloader_fr.ts", 1)
sys.exit(1 if missing else 0)
