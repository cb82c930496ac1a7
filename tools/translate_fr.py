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
    "[%1/%2] %3 %4% · %5 MB/s · about %6 s left": "[%1/%2] %3 %4 % · %5 Mo/s · environ %6 s restantes",
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
    "%1 lines rejected: see the Note column": "%1 lignes rejetées : voir la colonne Remarque",
    "Status": "État",
    "Waiting": "En attente",
    "Importing…": "Import en cours…",
    "%1 imported": "%1 importés",
    "Already imported": "Déjà importé",
    "Changed since import": "Modifié depuis l'import",
    "Failed": "Échec",
    "Not imported": "Non importé",
    "&Import": "&Importer",
    "Import the selected files, or every file of the list when none is selected": "Importer les fichiers sélectionnés, ou tous les fichiers de la liste si aucun n'est sélectionné",
    "Ca&ncel Import": "A&nnuler l'import",
    "Stop the import: files not finished are left as they were": "Arrêter l'import : les fichiers non terminés restent tels qu'ils étaient",
    "An import is already running.": "Un import est déjà en cours.",
    "Nothing to import: no file of the selection is imported by default (see the Note column).": "Rien à importer : aucun fichier de la sélection n'est importé par défaut (voir la colonne Remarque).",
    "Importing: %1 of %2 at %3/s, about %4 s left": "Import : %1 sur %2 à %3/s, environ %4 s restantes",
    "Import the files given on the command line once they are listed.": "Importe les fichiers donnés en ligne de commande dès qu'ils sont listés.",
    "warning": "avertissement",
    "rejected": "rejetée",
    "File": "Fichier",
    "Line": "Ligne",
    "Reason": "Raison",
    "Message": "Message",
    "Raw text": "Texte brut",
    "Error &Report": "&Rapport d'erreurs",
    "Show the rejected lines of the selected imported file": "Afficher les lignes rejetées du fichier importé sélectionné",
    "Select an imported file to see its error report.": "Sélectionnez un fichier importé pour voir son rapport d'erreurs.",
    "%1 is not imported, so it has no error report.": "%1 n'est pas importé : il n'a pas de rapport d'erreurs.",
    "Error Report — %1": "Rapport d'erreurs — %1",
    "All reasons": "Toutes les raisons",
    "Search the messages and raw text, or a line number": "Chercher dans les messages et le texte brut, ou un numéro de ligne",
    "&Copy": "&Copier",
    "Export &CSV…": "Exporter en &CSV…",
    "Export &JSON Lines…": "Exporter en &JSON lines…",
    "Reason:": "Raison :",
    "%1 rejected lines and %2 warnings in %3; %4 shown": "%1 lignes rejetées et %2 avertissements dans %3 ; %4 affichés",
    "Export the Error Report": "Exporter le rapport d'erreurs",
    "JSON lines (*.jsonl)": "JSON lines (*.jsonl)",
    "CSV (*.csv)": "CSV (*.csv)",
    "The report could not be written to %1": "Le rapport n'a pas pu être écrit dans %1",
    "text": "texte",
    "integer": "entier",
    "number": "nombre",
    "true/false": "vrai/faux",
    "null": "null",
    "date": "date",
    "ObjectId": "ObjectId",
    "array": "tableau",
    "object": "objet",
    "other": "autre",
    "Database / collection": "Base / collection",
    "Documents": "Documents",
    "Field": "Champ",
    "Value": "Valeur",
    "Type": "Type",
    "&Refresh": "&Actualiser",
    "Counting the documents…": "Comptage des documents…",
    "Nothing imported yet: %1": "Rien d'importé pour l'instant : %1",
    "Document %1": "Document %1",
    "Files to Import": "Fichiers à importer",
    "Databases": "Bases",
    "GnuPG home holding the secret key for .gpg files (default: $GNUPGHOME, else ~/.gnupg).": "Dossier GnuPG qui contient la clé secrète des fichiers .gpg (par défaut : $GNUPGHOME, sinon ~/.gnupg).",
    "Deliver it as edX does: the package as a zip of .gpg files and the logs as .log.gz.gpg, encrypted to this GnuPG key.": "Le livrer comme edX : le paquet en zip de fichiers .gpg et les journaux en .log.gz.gpg, chiffrés pour cette clé GnuPG.",
    "Imports edX course files — SQL tables, forum posts, course structures — found in the given files\nand folders into the target: one database per course, one collection per kind of file. Each file\nis imported whole or not at all, recorded in the ledger ({collection}_imported), and its rejected\nlines are kept ({collection}_errors; see 'edxloader-cli errors'). A file already imported with\nthe same content is skipped; a changed file is only replaced with --replace.\nWeekly packages ({org}-{date}.zip) are read in place, member by member, and .gpg files are\ndecrypted on the fly with your GnuPG key (gpg-agent asks for the passphrase): nothing decrypted\nis ever written to disk.": "Importe les fichiers de cours edX — tables SQL, messages du forum, structures de cours — trouvés\ndans les fichiers et dossiers donnés vers la cible : une base par cours, une collection par sorte\nde fichier. Chaque fichier est importé en entier ou pas du tout, inscrit au registre\n({collection}_imported), et ses lignes rejetées sont conservées ({collection}_errors ; voir\n'edxloader-cli errors'). Un fichier déjà importé avec le même contenu est ignoré ; un fichier\nmodifié n'est remplacé qu'avec --replace.\nLes paquets hebdomadaires ({org}-{date}.zip) sont lus sur place, membre par membre, et les fichiers\n.gpg sont déchiffrés à la volée avec votre clé GnuPG (gpg-agent demande la phrase secrète) : rien\nde déchiffré n'est jamais écrit sur le disque.",
    "Replace usernames by their anonymous RIPEMD-160 hash and leave out e-mail addresses, names, mailing addresses and IP addresses.": "Remplacer les noms d'utilisateur par leur empreinte RIPEMD-160 anonyme et omettre adresses e-mail, noms, adresses postales et adresses IP.",
    "Cannot add %1 to %2: %3": "Impossible d'ajouter %1 à %2 : %3",
    "QCA's OpenSSL plugin is missing, so files cannot be fingerprinted (SHA-256) nor learners anonymised (RIPEMD-160): install the package libqca-qt6-plugins": "Le module OpenSSL de QCA est absent : les fichiers ne peuvent pas recevoir d'empreinte (SHA-256) ni les apprenants être anonymisés (RIPEMD-160). Installez le paquet libqca-qt6-plugins",
    "GnuPG could not be started: %1": "GnuPG n'a pas pu être lancé : %1",
    "GnuPG is not installed or too old: install the gnupg package (version 2.2 or later) to decrypt edX files": "GnuPG n'est pas installé ou est trop ancien : installez le paquet gnupg (version 2.2 ou ultérieure) pour déchiffrer les fichiers edX",
    "The GnuPG keys could not be listed: %1": "Les clés GnuPG n'ont pas pu être listées : %1",
    "No GnuPG key %1: %2": "Pas de clé GnuPG %1 : %2",
    "Cannot encrypt %1: %2": "Impossible de chiffrer %1 : %2",
    "Cannot encrypt %1 to %2: %3": "Impossible de chiffrer %1 pour %2 : %3",
    "A decrypting device can only be read": "Un flux de déchiffrement ne peut qu'être lu",
    "Decryption stopped": "Déchiffrement interrompu",
    "No secret key for this file: it was encrypted to %1 (Settings ▸ Decryption: Import Secret Key…, or choose the GnuPG home that holds it)": "Pas de clé secrète pour ce fichier : il a été chiffré pour %1 (Paramètres ▸ Déchiffrement : Importer une clé secrète…, ou choisissez le dossier GnuPG qui la contient)",
    "an unknown key": "une clé inconnue",
    "Wrong passphrase for the secret key of this file": "Phrase secrète erronée pour la clé secrète de ce fichier",
    "No passphrase was given: the file was not decrypted": "Aucune phrase secrète donnée : le fichier n'a pas été déchiffré",
    "This is not OpenPGP-encrypted data (or it is empty)": "Ce ne sont pas des données chiffrées OpenPGP (ou le fichier est vide)",
    "The encrypted data is damaged or cut short (%1)": "Les données chiffrées sont endommagées ou tronquées (%1)",
    "This file uses an encryption algorithm GnuPG does not support: %1": "Ce fichier utilise un algorithme de chiffrement que GnuPG ne prend pas en charge : %1",
    "Passphrase": "Phrase secrète",
    "That passphrase was wrong. ": "Cette phrase secrète était erronée. ",
    "Enter the passphrase of the GnuPG key\n%1\nto decrypt the edX files encrypted to it.": "Saisissez la phrase secrète de la clé GnuPG\n%1\npour déchiffrer les fichiers edX chiffrés pour elle.",
    "edX's export of this table failed (its report could not be read: %1)": "L'export de cette table par edX a échoué (son rapport n'a pas pu être lu : %1)",
    "empty": "vide",
    "edX's export of this table failed: %1": "L'export de cette table par edX a échoué : %1",
    "%1: nothing of this file was kept": "%1 : rien de ce fichier n'a été conservé",
    "Learners anonymised": "Apprenants anonymisés",
    "Usernames are hashed and direct identifiers left out (Settings)": "Les noms d'utilisateur sont hachés et les identifiants directs omis (Paramètres)",
    "&Settings…": "&Paramètres…",
    "Collection names, anonymisation, GnuPG keys and language": "Noms des collections, anonymisation, clés GnuPG et langue",
    "&Anonymise learners": "&Anonymiser les apprenants",
    "Settings": "Paramètres",
    "Import": "Importation",
    "McGillX names (user, userprofile, enrollment…)": "Noms McGillX (user, userprofile, enrollment…)",
    "edX table names (auth_user, auth_userprofile…)": "Noms des tables edX (auth_user, auth_userprofile…)",
    "Usernames become their anonymous RIPEMD-160 hash (the Stanford/MOOCdb anon_screen_name, the same in every collection); e-mail addresses, names, mailing addresses and IP addresses are left out.": "Les noms d'utilisateur deviennent leur empreinte RIPEMD-160 anonyme (l'anon_screen_name de Stanford/MOOCdb, la même dans toutes les collections) ; adresses e-mail, noms, adresses postales et adresses IP sont omis.",
    "&Collection names:": "&Noms des collections :",
    "Decryption (GnuPG)": "Déchiffrement (GnuPG)",
    "Default: %1": "Par défaut : %1",
    "&Browse…": "&Parcourir…",
    "Secret key": "Clé secrète",
    "Key ID": "ID de clé",
    "Decrypts": "Déchiffre",
    "GnuPG &home:": "&Dossier GnuPG :",
    "Interface": "Interface",
    "System language": "Langue du système",
    "&Language:": "&Langue :",
    "A new language applies the next time EdxLoader starts.": "Une nouvelle langue s'applique au prochain démarrage d'EdxLoader.",
    "GnuPG Home": "Dossier GnuPG",
    "Looking for secret keys…": "Recherche des clés secrètes…",
    "yes": "oui",
    "no": "non",
    "Fingerprint %1": "Empreinte %1",
    "Subkeys: %1": "Sous-clés : %1",
    "No secret key here: edX files are encrypted to your organisation's key, which must be in this GnuPG home to import them.": "Aucune clé secrète ici : les fichiers edX sont chiffrés pour la clé de votre établissement, qui doit se trouver dans ce dossier GnuPG pour les importer.",
    "The archive %1 cannot be read: %2": "L'archive %1 ne peut pas être lue : %2",
    "The archive %1 no longer holds %2": "L'archive %1 ne contient plus %2",
    "%1 cannot be read from the archive %2": "%1 ne peut pas être lu dans l'archive %2",
    "Reading stopped: %1": "Lecture interrompue : %1",
    "The gzip data is damaged or cut short": "Les données gzip sont endommagées ou tronquées",
    "The archive is empty": "L'archive est vide",
    "Refused: this archive holds entries whose path leaves the archive (%1). edX's exporter never writes such paths; nothing of the archive is imported.": "Refusée : cette archive contient des entrées dont le chemin sort de l'archive (%1). L'exportateur d'edX n'écrit jamais de tels chemins ; rien de l'archive n'est importé.",
    "The archive cannot be read: %1": "L'archive ne peut pas être lue : %1",
    "No: plain files in a folder": "Non : des fichiers en clair dans un dossier",
    "&Encrypt as edX does:": "&Chiffrer comme edX :",
    "To %1 (a zip of .gpg files and .log.gz.gpg logs)": "Pour %1 (un zip de fichiers .gpg et des journaux .log.gz.gpg)",
    "Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n  classify PATH…           show what each file is and where it would be imported\n  import PATH…             import course files into the target database\n  list [DATABASE]          databases and collections of the target, with counts\n  dump DATABASE COLLECTION print documents as Extended JSON, one per line\n  status                   the ledger: every imported file and how it went\n  errors FILE              the rejected lines of an imported file (CSV or JSON lines)\n  build-course --config F  build a course's tracking collection from a course config\n  demo DIR                 write a synthetic edX data package to try EdxLoader with\n\nOptions:\n  -h, --help               show this help, or a command's help after the command\n  -v, --version            show the version\n\nThe target is the embedded store in %1 unless --target names another\n(sqlite:DIR or a folder).\n\nExit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n": "Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n  classify CHEMIN…          indique ce qu'est chaque fichier et où il serait importé\n  import CHEMIN…            importe les fichiers des cours dans la base cible\n  list [BASE]               bases et collections de la cible, avec leurs effectifs\n  dump BASE COLLECTION      affiche les documents en Extended JSON, un par ligne\n  status                    le registre : chaque fichier importé et son issue\n  errors FICHIER            les lignes rejetées d'un fichier importé (CSV ou JSON lines)\n  build-course --config F  construit la collection de suivi d'un cours d'après sa configuration\n  demo DOSSIER              écrit un paquet de données edX synthétique pour essayer EdxLoader\n\nOptions :\n  -h, --help                affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version             affiche la version\n\nLa cible est la base intégrée dans %1, sauf si --target en désigne une autre\n(sqlite:DOSSIER ou un dossier).\n\nCodes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),\n3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    "Builds a course's own tracking collection from the imported tracking logs (tracking_logs.tracking):\nevery event of the config's course ids whose time falls between the enrollment and completion\ndates (UTC, both days included), each given the parent_data and metadata of the course-structure\nblock it refers to. The config is McGillX's template_config.json format. The destination\n(by default {course database}.tracking) is replaced whole: building again never duplicates.": "Construit la collection de suivi propre à un cours à partir des journaux de suivi importés\n(tracking_logs.tracking) : chaque événement des identifiants de cours de la configuration dont l'heure\ntombe entre les dates d'inscription et de fin (UTC, les deux jours compris), avec les parent_data et\nmetadata du bloc de la structure du cours auquel il se rapporte. La configuration est au format\ntemplate_config.json de McGillX. La destination (par défaut {base du cours}.tracking) est remplacée\nen entier : reconstruire ne duplique jamais rien.",
    "The course config (JSON).": "La configuration du cours (JSON).",
    "Destination database (default: the first course id's database).": "Base de destination (par défaut : la base du premier identifiant de cours).",
    "Destination collection (default: tracking).": "Collection de destination (par défaut : tracking).",
    "build-course needs --config FILE": "build-course demande --config FICHIER",
    "build-course takes no arguments besides its options": "build-course ne prend pas d'argument en dehors de ses options",
    "the course config cannot be used:": "la configuration du cours est inutilisable :",
    "Building %1.%2: %3 of %4 events · %5 events/s": "Construction de %1.%2 : %3 événements sur %4 · %5 événements/s",
    "Built %1.%2 in %3 s: %4 events copied, %5 enriched with their block, %6 naming no block, %7 unresolved (%8 course-structure blocks known)": "%1.%2 construite en %3 s : %4 événements copiés, %5 enrichis de leur bloc, %6 sans bloc, %7 non résolus (%8 blocs de structure connus)",
    "%1 unresolved: %2": "%1 non résolus : %2",
    "The course collection cannot go into %1, the database of the tracking logs themselves: choose the course's database or another one": "La collection du cours ne peut pas aller dans %1, la base des journaux de suivi eux-mêmes : choisissez la base du cours ou une autre",
    "Cannot replace %1.%2: %3": "Impossible de remplacer %1.%2 : %3",
    "no course structure imported for this course": "aucune structure de cours importée pour ce cours",
    "the block it names is not in the course structure": "le bloc qu'il désigne n'est pas dans la structure du cours",
    "the stored event could not be read": "l'événement enregistré n'a pas pu être lu",
    "the event already has parent_data or metadata of its own": "l'événement a déjà ses propres parent_data ou metadata",
    "Cancelled: the previous %1.%2 is unchanged": "Annulé : la précédente %1.%2 est inchangée",
    "Writing %1.%2 failed: %3": "L'écriture de %1.%2 a échoué : %3",
    "Reading %1.%2 failed: %3": "La lecture de %1.%2 a échoué : %3",
    "Not a course configuration: %1 (at byte %2)": "Pas une configuration de cours : %1 (à l'octet %2)",
    "Not a course configuration: the file is not a JSON object": "Pas une configuration de cours : le fichier n'est pas un objet JSON",
    "course_ids must be a list of course ids, like [\"McGillX/ATOC185x/2T2014\"]": "course_ids doit être une liste d'identifiants de cours, comme [\"McGillX/ATOC185x/2T2014\"]",
    "course_ids must hold only text (course ids)": "course_ids ne doit contenir que du texte (des identifiants de cours)",
    "%1: %2": "%1 : %2",
    "Choose at least one course id": "Choisissez au moins un identifiant de cours",
    "The enrollment date is missing": "La date d'inscription manque",
    "The enrollment date \"%1\" is not a date written YYYY-MM-DD": "La date d'inscription « %1 » n'est pas une date écrite AAAA-MM-JJ",
    "The completion date is missing": "La date de fin manque",
    "The completion date \"%1\" is not a date written YYYY-MM-DD": "La date de fin « %1 » n'est pas une date écrite AAAA-MM-JJ",
    "The completion date (%1) is before the enrollment date (%2)": "La date de fin (%1) précède la date d'inscription (%2)",
    "The destination collection needs a name": "La collection de destination doit avoir un nom",
    "The destination collection cannot be named \"%1\"": "La collection de destination ne peut pas s'appeler « %1 »",
    "The destination database needs a name": "La base de destination doit avoir un nom",
    "&Build": "&Construire",
    "Cancel": "Annuler",
    "Builds a course's own tracking collection from the imported tracking logs: the events of the chosen course ids between the two dates (UTC, both days included), each with the place in the course of the block it refers to (parent_data, metadata).": "Construit la collection de suivi propre à un cours à partir des journaux de suivi importés : les événements des identifiants de cours choisis entre les deux dates (UTC, les deux jours compris), chacun avec la place dans le cours du bloc auquel il se rapporte (parent_data, metadata).",
    "e.g. atoc185x": "p. ex. atoc185x",
    "e.g. Natural Disasters": "p. ex. Natural Disasters",
    "Another course id, e.g. McGillX/ATOC185x/2T2014": "Un autre identifiant de cours, p. ex. McGillX/ATOC185x/2T2014",
    "A&dd": "A&jouter",
    "edX &id:": "&Identifiant edX :",
    "Course &name:": "&Nom du cours :",
    "Course i&ds:": "Identifiants de co&urs :",
    "&Enrollment date:": "Date d'&inscription :",
    "Com&pletion date:": "Date de &fin :",
    "Destination &database:": "&Base de destination :",
    "Destination co&llection:": "Co&llection de destination :",
    "&Open…": "&Ouvrir…",
    "Open Course Config": "Ouvrir une configuration de cours",
    "Course configs (*.json);;All files (*)": "Configurations de cours (*.json);;Tous les fichiers (*)",
    "&Save…": "&Enregistrer…",
    "Save Course Config": "Enregistrer la configuration du cours",
    "Course configs (*.json)": "Configurations de cours (*.json)",
    "%1  (%2 events)": "%1  (%2 événements)",
    "%1  (no events imported)": "%1  (aucun événement importé)",
    "No tracking logs imported yet: import some, or type the course ids.": "Aucun journal de suivi importé pour l'instant : importez-en, ou saisissez les identifiants de cours.",
    "Reading the course ids of the tracking logs…": "Lecture des identifiants de cours des journaux de suivi…",
    "The course's database": "La base du cours",
    "%1 (the course's database)": "%1 (la base du cours)",
    "Saved %1": "%1 enregistré",
    "Building %1.%2…": "Construction de %1.%2…",
    "%1.%2: %3 events copied in %4 s — %5 enriched with their block, %6 naming no block, %7 unresolved.": "%1.%2 : %3 événements copiés en %4 s — %5 enrichis de leur bloc, %6 sans bloc, %7 non résolus.",
    "Unresolved: %1 — %2": "Non résolus : %1 — %2",
    "Done.": "Terminé.",
    "No error file was written beside this encrypted file: it would hold decrypted learner data (see edxloader-cli errors)": "Aucun fichier d'erreurs n'a été écrit à côté de ce fichier chiffré : il contiendrait des données d'apprenants déchiffrées (voir edxloader-cli errors)",
    "No error file was written for this archive member (see edxloader-cli errors)": "Aucun fichier d'erreurs n'a été écrit pour ce membre d'archive (voir edxloader-cli errors)",
    "(raw text withheld: this import anonymises learners)": "(texte brut retenu : cette importation anonymise les apprenants)",
    "Course Collection": "Collection du cours",
    "Refused: the archive's list of entries cannot be checked, so it might hold entries whose path leaves it; nothing of it is imported": "Refusée : la liste des entrées de l'archive ne peut pas être vérifiée, elle pourrait contenir des entrées dont le chemin en sort ; rien n'en est importé",
    "The new target folder or language applies the next time EdxLoader starts.": "Le nouveau dossier cible ou la nouvelle langue s'applique au prochain démarrage d'EdxLoader.",
    "Files Changed Since Their Import": "Fichiers modifiés depuis leur importation",
    "Replace what they imported with their new content? The documents of their earlier import are removed in the same step.": "Remplacer ce qu'ils ont importé par leur nouveau contenu ? Les documents de leur importation précédente sont retirés dans la même opération.",
    "&Replace": "&Remplacer",
    "&Keep the Earlier Import": "&Garder l'importation précédente",
    "The selected files are not imported, so they have no error report.": "Les fichiers sélectionnés ne sont pas importés : ils n'ont pas de rapport d'erreurs.",
    "No file of the list has rejected lines. Select a file to see its report.": "Aucun fichier de la liste n'a de ligne rejetée. Sélectionnez un fichier pour voir son rapport.",
    "Built on:": "Repose sur :",
    "<p>Data stays on this computer: nothing decrypted is written outside the target database.</p>": "<p>Les données restent sur cet ordinateur : rien de déchiffré n'est écrit hors de la base cible.</p>",
    "Select a line to see its message and its whole raw text here.": "Sélectionnez une ligne pour voir ici son message et tout son texte brut.",
    "All files": "Tous les fichiers",
    "Reading the error report…": "Lecture du rapport d'erreurs…",
    "%1, line %2 — %3: %4": "%1, ligne %2 — %3 : %4",
    "Where: %1": "Où : %1",
    "B&rowse…": "P&arcourir…",
    "Folder of the Embedded Databases": "Dossier des bases intégrées",
    "&Target folder:": "Dossier &cible :",
    "One per core (%1)": "Un par cœur (%1)",
    "The embedded databases: one SQLite file per course. A new folder applies the next time EdxLoader starts.": "Les bases intégrées : un fichier SQLite par cours. Un nouveau dossier s'applique au prochain démarrage d'EdxLoader.",
    "&Files imported at once:": "&Fichiers importés en même temps :",
    "Cancelled before it started": "Annulé avant de commencer",
    "Cancel &Selected Files": "Annuler les fichiers &sélectionnés",
    "Stop importing the selected files; the others go on": "Arrêter l'importation des fichiers sélectionnés ; les autres continuent",
    "The build stopped on an internal error: %1": "La construction s'est arrêtée sur une erreur interne : %1",
    "Goes to %1": "Va dans %1",
    "Double-click to change the database (for the whole course) or the collection; the check box in front of the name includes or leaves out the file.": "Double-cliquez pour changer la base (pour tout le cours) ou la collection ; la case devant le nom inclut ou écarte le fichier.",
    "Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n  classify PATH…           show what each file is and where it would be imported\n  import PATH…             import course files into the target database\n  list [DATABASE]          databases and collections of the target, with counts\n  dump DATABASE COLLECTION print documents as Extended JSON, one per line\n  status                   the ledger: every imported file and how it went\n  errors FILE              the rejected lines of an imported file (CSV or JSON lines)\n  build-course --config F  build a course's tracking collection from a course config\n  export-csv DB COLL OUT   write a collection, whole or filtered, as a CSV file\n  person-course DATABASE   compute a course's per-learner summary (edx2bigquery's)\n  demo DIR                 write a synthetic edX data package to try EdxLoader with\n\nOptions:\n  -h, --help               show this help, or a command's help after the command\n  -v, --version            show the version\n\nThe target is the embedded store in %1 unless --target names another\n(sqlite:DIR or a folder).\n\nExit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n": "Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n  classify CHEMIN…          indique ce qu'est chaque fichier et où il serait importé\n  import CHEMIN…            importe les fichiers des cours dans la base cible\n  list [BASE]               bases et collections de la cible, avec leurs effectifs\n  dump BASE COLLECTION      affiche les documents en Extended JSON, un par ligne\n  status                    le registre : chaque fichier importé et son issue\n  errors FICHIER            les lignes rejetées d'un fichier importé (CSV ou JSON lines)\n  build-course --config F   construit la collection de suivi d'un cours d'après sa configuration\n  export-csv BASE COLL SORTIE  écrit une collection, entière ou filtrée, en fichier CSV\n  person-course BASE        calcule le résumé par apprenant d'un cours (celui d'edx2bigquery)\n  demo DOSSIER              écrit un paquet de données edX synthétique pour essayer EdxLoader\n\nOptions :\n  -h, --help                affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version             affiche la version\n\nLa cible est la base intégrée dans %1, sauf si --target en désigne une autre\n(sqlite:DOSSIER ou un dossier).\n\nCodes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),\n3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    "Writes a collection, whole or filtered, as a CSV file (RFC 4180, UTF-8): one row per\ndocument in the order they were imported, one column per field. Nested fields are named by\ntheir dotted path (context.course_id); objects and arrays are written as JSON text, dates as\nISO-8601 UTC, ObjectIds as hex, null and missing fields as empty cells. Without --fields the\ncolumns are the top-level fields of the first 1000 matching documents.\n\nExample:\n  edxloader-cli export-csv tracking_logs tracking --fields time,username,event_type \\\n    --filter '{\"course_id\": \"course-v1:DemoX+DS101x+1T2016\",\n              \"timestamp\": {\"$gte\": {\"$date\": \"2016-03-01T00:00:00Z\"}}}' events.csv": "Écrit une collection, entière ou filtrée, dans un fichier CSV (RFC 4180, UTF-8) : une ligne par\ndocument dans l'ordre de leur import, une colonne par champ. Les champs imbriqués sont nommés par\nleur chemin pointé (context.course_id) ; objets et tableaux sont écrits en texte JSON, les dates en\nISO-8601 UTC, les ObjectId en hexadécimal, les champs nuls ou absents en cellules vides. Sans --fields,\nles colonnes sont les champs de premier niveau des 1000 premiers documents retenus.\n\nExemple :\n  edxloader-cli export-csv tracking_logs tracking --fields time,username,event_type \\\n    --filter '{\"course_id\": \"course-v1:DemoX+DS101x+1T2016\",\n              \"timestamp\": {\"$gte\": {\"$date\": \"2016-03-01T00:00:00Z\"}}}' evenements.csv",
    "The CSV file to write (replaced if it exists).": "Le fichier CSV à écrire (remplacé s'il existe).",
    "The columns: field paths separated by commas.": "Les colonnes : chemins de champs séparés par des virgules.",
    "Only the documents matching a MongoDB-style query: {\"field\": value}, $in, $gt, $gte, $lt, $lte; dates as {\"$date\": \"…\"}.": "Seulement les documents qui satisfont une requête à la MongoDB : {\"champ\": valeur}, $in, $gt, $gte, $lt, $lte ; dates en {\"$date\": \"…\"}.",
    "Replace usernames by their anonymous hash and leave out e-mail addresses, names, mailing addresses and IP addresses.": "Remplacer les noms d'utilisateur par leur empreinte anonyme et omettre adresses électroniques, noms, adresses postales et adresses IP.",
    "Start the file with a byte-order mark, so that Excel reads it as UTF-8.": "Commencer le fichier par une marque d'ordre des octets, pour qu'Excel le lise en UTF-8.",
    "export-csv needs DATABASE COLLECTION OUT.csv": "export-csv demande BASE COLLECTION SORTIE.csv",
    "--fields names no field": "--fields ne nomme aucun champ",
    "Exporting %1.%2: %3 of %4 rows · %5 rows/s": "Export de %1.%2 : %3 lignes sur %4 · %5 lignes/s",
    "Wrote %1: %2 rows, %3 columns, %4 MB in %5 s": "%1 écrit : %2 lignes, %3 colonnes, %4 Mo en %5 s",
    "Fields found only after the first 1000 documents, not exported (name them with --fields): %1": "Champs trouvés seulement après les 1000 premiers documents, non exportés (nommez-les avec --fields) : %1",
    "Computes the person_course table of a course database, as edx2bigquery defines it: one row per\nlearner of its enrollment table with the profile (gender, year of birth, level of education,\ncountry), the enrollment (date, mode, active), the certificate (status, grade), activity from the\ntracking events (first and last event, events, active days, video plays, problem checks) and the\nforum (posts, threads, comments), and the flags viewed, explored and certified. Events come from\nthe course's own tracking collection when build-course made one, else from tracking_logs.\nIt is written as the collection person_course of that database, replaced on every run.": "Calcule la table person_course d'une base de cours, telle qu'edx2bigquery la définit : une ligne par\napprenant de sa table d'inscriptions avec le profil (genre, année de naissance, niveau d'études,\npays), l'inscription (date, mode, active), le certificat (statut, note), l'activité tirée des\névénements de suivi (premier et dernier événement, événements, jours actifs, lectures vidéo,\nvérifications d'exercices) et du forum (messages, fils, commentaires), et les indicateurs viewed,\nexplored et certified. Les événements viennent de la collection de suivi du cours quand build-course\nl'a construite, sinon de tracking_logs. Elle est écrite comme collection person_course de cette base,\nremplacée à chaque exécution.",
    "The course database.": "La base du cours.",
    "Also write the table as a CSV file.": "Écrire aussi la table dans un fichier CSV.",
    "Write usernames as their anonymous hash.": "Écrire les noms d'utilisateur sous forme d'empreinte anonyme.",
    "Start the CSV file with a byte-order mark, so that Excel reads it as UTF-8.": "Commencer le fichier CSV par une marque d'ordre des octets, pour qu'Excel le lise en UTF-8.",
    "person-course needs DATABASE": "person-course demande BASE",
    "no database %1 in the %2": "pas de base %1 dans le %2",
    "Counting the events of %1: %2 of %3": "Décompte des événements de %1 : %2 sur %3",
    "Wrote %1.person_course in %2 s: %3 learners, %4 of their events counted from %5 (%6 chapters in the course structure)": "%1.person_course écrite en %2 s : %3 apprenants, %4 de leurs événements comptés depuis %5 (%6 chapitres dans la structure du cours)",
    "no tracking collection": "aucune collection de suivi",
    "%1 events of users who are not in the enrollment table were left out": "%1 événements d'utilisateurs absents de la table des inscriptions ont été laissés de côté",
    "Wrote %1: %2 rows": "%1 écrit : %2 lignes",
    "&Export…": "&Exporter…",
    "&Person-Course Table": "Table &person-course",
    "Write the selected collection, whole or filtered, as a CSV file": "Écrire la collection choisie, entière ou filtrée, dans un fichier CSV",
    "Compute the selected course's per-learner summary (edx2bigquery's person_course): profile, certificate, activity and forum counts": "Calculer le résumé par apprenant du cours choisi (la table person_course d'edx2bigquery) : profil, certificat, activité et forum",
    "Computing %1.person_course: reading the course's tables and counting its events…": "Calcul de %1.person_course : lecture des tables du cours et décompte de ses événements…",
    "The person_course table could not be computed": "La table person_course n'a pas pu être calculée",
    "E&xport as CSV…": "E&xporter en CSV…",
    "Write the course collection, whole or filtered, as a CSV file": "Écrire la collection du cours, entière ou filtrée, dans un fichier CSV",
    "%1.%2 has not been built yet: Build it first.": "%1.%2 n'a pas encore été construite : construisez-la d'abord.",
    "The filter is not valid JSON: %1": "Le filtre n'est pas du JSON valide : %1",
    "The filter must be a JSON object such as {\"course_id\": \"…\"}": "Le filtre doit être un objet JSON comme {\"course_id\": \"…\"}",
    "Unsupported filter key \"%1\": name a field": "Clé de filtre « %1 » non prise en charge : nommez un champ",
    "The value of \"%1\" must be a string, number, true/false, null or a date ({\"$date\": \"2016-03-01T00:00:00Z\"})": "La valeur de « %1 » doit être un texte, un nombre, true/false, null ou une date ({\"$date\": \"2016-03-01T00:00:00Z\"})",
    "Unsupported operator %1 for \"%2\": use $eq, $in, $gt, $gte, $lt or $lte": "Opérateur %1 non pris en charge pour « %2 » : utilisez $eq, $in, $gt, $gte, $lt ou $lte",
    "$in for \"%1\" takes an array": "$in pour « %1 » prend un tableau",
    "Unsupported value for %1 of \"%2\"": "Valeur non prise en charge pour %1 de « %2 »",
    "There is no collection %1.%2 in the %3": "Il n'y a pas de collection %1.%2 dans le %3",
    "A stored document could not be read for anonymisation: %1": "Un document enregistré n'a pas pu être lu pour l'anonymisation : %1",
    "A stored document is not valid JSON": "Un document enregistré n'est pas du JSON valide",
    "Cancelled: %1 was not written": "Annulé : %1 n'a pas été écrit",
    "Only &events from": "Seulement les &événements du",
    "&Anonymise learners (hashed usernames; no e-mail, names, addresses or IP)": "&Anonymiser les apprenants (noms d'utilisateur hachés ; ni courriel, ni noms, ni adresses, ni IP)",
    "Add a byte-order mark so that E&xcel reads the file as UTF-8": "Ajouter une marque d'ordre des octets pour qu'E&xcel lise le fichier en UTF-8",
    "Export %1.%2 as CSV": "Exporter %1.%2 en CSV",
    "<b>%1.%2</b> as a CSV file for R, Stata, pandas or a spreadsheet: one row per document, one column per field.": "<b>%1.%2</b> en fichier CSV pour R, Stata, pandas ou un tableur : une ligne par document, une colonne par champ.",
    "Nested fields are named by their path (context.course_id); a whole object or array is written as JSON text.": "Les champs imbriqués sont nommés par leur chemin (context.course_id) ; un objet ou un tableau entier est écrit en texte JSON.",
    "&All": "&Tous",
    "&None": "&Aucun",
    "&Top-level fields": "Champs de &premier niveau",
    "Columns": "Colonnes",
    "Every course": "Tous les cours",
    "to": "au",
    "(UTC days, both included)": "(jours UTC, tous deux inclus)",
    "(no condition)": "(aucune condition)",
    "value": "valeur",
    "equals": "égal à",
    "Rows": "Lignes",
    "&Course:": "&Cours :",
    "&Where:": "&Où :",
    "Reading the fields of a sample of the documents…": "Lecture des champs d'un échantillon des documents…",
    "Only for collections of events (a timestamp field)": "Seulement pour les collections d'événements (un champ timestamp)",
    "The collection is empty.": "La collection est vide.",
    "Export as CSV": "Exporter en CSV",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "Exporting to %1…": "Export vers %1…",
    "Exported %1 of %2 rows…": "%1 lignes exportées sur %2…",
    "Fields found only after the sample were not exported: %1": "Les champs trouvés seulement après l'échantillon n'ont pas été exportés : %1",
    "%1 has no enrollment table (student_courseenrollment): import the course's files first": "%1 n'a pas de table d'inscriptions (student_courseenrollment) : importez d'abord les fichiers du cours",
    "Cancelled: %1.person_course is unchanged": "Annulé : %1.person_course est inchangée",
    "Reading %1 failed: %2": "La lecture de %1 a échoué : %2",
    "Cannot replace %1.person_course: %2": "Impossible de remplacer %1.person_course : %2",
    "Writing %1.person_course failed: %2": "L'écriture de %1.person_course a échoué : %2",
    "The line is longer than %1 MB: rejected (its first 4 KB are kept here)": "La ligne dépasse %1 Mo : rejetée (ses 4 premiers Ko sont gardés ici)",
    "Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n  classify PATH…           show what each file is and where it would be imported\n  import PATH…             import course files into the target database\n  list [DATABASE]          databases and collections of the target, with counts\n  dump DATABASE COLLECTION print documents as Extended JSON, one per line\n  status                   the ledger: every imported file and how it went\n  errors FILE              the rejected lines of an imported file (CSV or JSON lines)\n  build-course --config F  build a course's tracking collection from a course config\n  export-csv DB COLL OUT   write a collection, whole or filtered, as a CSV file\n  export --target URI [DB…] copy databases of the embedded store to MongoDB\n  person-course DATABASE   compute a course's per-learner summary (edx2bigquery's)\n  demo DIR                 write a synthetic edX data package to try EdxLoader with\n\nOptions:\n  -h, --help               show this help, or a command's help after the command\n  -v, --version            show the version\n\nThe target is the embedded store in %1 unless --target names another:\nsqlite:DIR or a folder, or MongoDB by connection string (mongodb://HOST/ or\nmongodb+srv://…; a password is read from EDXLOADER_MONGODB_PASSWORD or asked).\n\nExit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n": "Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n  classify CHEMIN…          indique ce qu'est chaque fichier et où il serait importé\n  import CHEMIN…            importe les fichiers des cours dans la base cible\n  list [BASE]               bases et collections de la cible, avec leurs effectifs\n  dump BASE COLLECTION      affiche les documents en Extended JSON, un par ligne\n  status                    le registre : chaque fichier importé et son issue\n  errors FICHIER            les lignes rejetées d'un fichier importé (CSV ou JSON lines)\n  build-course --config F   construit la collection de suivi d'un cours d'après sa configuration\n  export-csv BASE COLL SORTIE  écrit une collection, entière ou filtrée, en fichier CSV\n  export --target URI [BASE…]  copie des bases de la base intégrée vers MongoDB\n  person-course BASE        calcule le résumé par apprenant d'un cours (celui d'edx2bigquery)\n  demo DOSSIER              écrit un paquet de données edX synthétique pour essayer EdxLoader\n\nOptions :\n  -h, --help                affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version             affiche la version\n\nLa cible est la base intégrée dans %1, sauf si --target en désigne une autre :\nsqlite:DOSSIER ou un dossier, ou MongoDB par chaîne de connexion (mongodb://HÔTE/ ou\nmongodb+srv://… ; le mot de passe est lu dans EDXLOADER_MONGODB_PASSWORD ou demandé).\n\nCodes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),\n3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    "Where the data goes: sqlite:DIR or a folder for the embedded store (default: %1), or a MongoDB connection string (mongodb://… or mongodb+srv://…; the password from $EDXLOADER_MONGODB_PASSWORD or asked).": "Où vont les données : sqlite:DOSSIER ou un dossier pour la base intégrée (par défaut : %1), ou une chaîne de connexion MongoDB (mongodb://… ou mongodb+srv://… ; le mot de passe est lu dans $EDXLOADER_MONGODB_PASSWORD ou demandé).",
    "Password of MongoDB user %1 at %2: ": "Mot de passe de l'utilisateur MongoDB %1 sur %2 : ",
    "%1 names the user %2 but no password: set EDXLOADER_MONGODB_PASSWORD": "%1 nomme l'utilisateur %2 mais pas de mot de passe : définissez EDXLOADER_MONGODB_PASSWORD",
    "Copies databases from the embedded store to another target — typically MongoDB, when the\ndata outgrow one machine: every collection with the same documents, the ledgers and error\nreports included, so that later imports into the new target carry on from there (an\nunchanged file is skipped, a changed one replaces what it imported). Without DATABASE every\ndatabase is copied. A database already in the target has each of its copied collections\nreplaced as a whole: copying again gives the same result.\n\nExample:\n  EDXLOADER_MONGODB_PASSWORD=… edxloader-cli export \\\n    --target 'mongodb://loader@db1.example.org,db2.example.org/?replicaSet=rs0' tracking_logs": "Copie des bases de la base intégrée vers une autre cible — en général MongoDB, quand les\ndonnées dépassent une machine : chaque collection avec les mêmes documents, registres et\nrapports d'erreurs compris, pour que les imports suivants dans la nouvelle cible reprennent\nlà où ils en sont (un fichier inchangé est ignoré, un fichier modifié remplace ce qu'il avait\nimporté). Sans BASE, toutes les bases sont copiées. Dans une base déjà présente dans la cible,\nchaque collection copiée est remplacée en entier : copier à nouveau donne le même résultat.\n\nExemple :\n  EDXLOADER_MONGODB_PASSWORD=… edxloader-cli export \\\n    --target 'mongodb://loader@db1.example.org,db2.example.org/?replicaSet=rs0' tracking_logs",
    "The databases to copy (default: all).": "Les bases à copier (par défaut : toutes).",
    "The store to copy from: sqlite:DIR or a folder (default: %1).": "La base d'où copier : sqlite:DOSSIER ou un dossier (par défaut : %1).",
    "export needs --target: where the databases go": "export demande --target : où vont les bases",
    "the target is the store copied from": "la cible est la base d'où l'on copie",
    "the %1 holds no database": "la %1 ne contient aucune base",
    "Copying %1.%2: %3 of %4 documents": "Copie de %1.%2 : %3 documents sur %4",
    "Copied %1 documents of %2 collections to the %3 in %4 s.": "%1 documents de %2 collections copiés vers la %3 en %4 s.",
    "Cannot read the target: %1": "Impossible de lire la cible : %1",
    "Target: %1": "Cible : %1",
    "Each course gets its own database; tracking logs go to tracking_logs.": "Chaque cours a sa propre base ; les journaux de suivi vont dans tracking_logs.",
    "The password could not be kept in the system keychain (%1): it will be asked again at the next start.": "Le mot de passe n'a pas pu être gardé dans le trousseau du système (%1) : il sera demandé à nouveau au prochain démarrage.",
    "The new target or language applies the next time EdxLoader starts.": "La nouvelle cible ou la nouvelle langue s'applique au prochain démarrage d'EdxLoader.",
    "The MongoDB connection string is not valid: %1": "La chaîne de connexion MongoDB n'est pas valide : %1",
    "A document of %1 MB is larger than MongoDB's limit of 16 MB": "Un document de %1 Mo dépasse la limite de 16 Mo de MongoDB",
    "MongoDB refused a document: %1": "MongoDB a refusé un document : %1",
    "The write concern was not satisfied: %1": "La garantie d'écriture (write concern) n'a pas été satisfaite : %1",
    "EdxLoader needs acknowledged writes: remove w=0 from the connection string": "EdxLoader a besoin d'écritures confirmées : retirez w=0 de la chaîne de connexion",
    "Cannot use the MongoDB connection string: %1": "Impossible d'utiliser la chaîne de connexion MongoDB : %1",
    "%1 (replica set %2)": "%1 (jeu de réplicas %2)",
    "MongoDB at %1": "MongoDB sur %1",
    "No primary server of %1 answered within %2 s (unreachable, or no primary elected): %3": "Aucun serveur primaire de %1 n'a répondu en %2 s (injoignable, ou aucun primaire élu) : %3",
    "No MongoDB server answered at %1 within %2 s: %3": "Aucun serveur MongoDB n'a répondu sur %1 en %2 s : %3",
    "The host name of %1 could not be resolved: %2": "Le nom d'hôte de %1 n'a pas pu être résolu : %2",
    "The connection to %1 failed: %2": "La connexion à %1 a échoué : %2",
    "MongoDB at %1 refused the credentials of user %2 (check the user name, the password and authSource): %3": "MongoDB sur %1 a refusé les identifiants de l'utilisateur %2 (vérifiez le nom d'utilisateur, le mot de passe et authSource) : %3",
    "MongoDB client error: %1": "Erreur du client MongoDB : %1",
    "The MongoDB user %1 lacks the privileges for this (ask for readWrite on the databases, or readWriteAnyDatabase): %2": "L'utilisateur MongoDB %1 n'a pas les droits nécessaires (demandez readWrite sur les bases, ou readWriteAnyDatabase) : %2",
    "(no user)": "(aucun utilisateur)",
    "MongoDB refused the operation: %1": "MongoDB a refusé l'opération : %1",
    "MongoDB error: %1": "Erreur MongoDB : %1",
    "sharded cluster (through mongos)": "grappe partitionnée (via mongos)",
    "replica set %1 (primary %2)": "jeu de réplicas %1 (primaire %2)",
    "standalone server": "serveur autonome",
    "A database needs a name": "Une base a besoin d'un nom",
    "&Embedded databases: SQLite files in a folder, nothing to set up": "Bases &intégrées : des fichiers SQLite dans un dossier, rien à installer",
    "&MongoDB: a server, a replica set or a sharded cluster (Atlas too)": "&MongoDB : un serveur, un jeu de réplicas ou une grappe partitionnée (Atlas aussi)",
    "Remember the password in the system &keychain": "Garder le mot de passe dans le &trousseau du système",
    "&Test Connection": "&Tester la connexion",
    "mongodb://host:27017/ or mongodb+srv://cluster.example.net/": "mongodb://hôte:27017/ ou mongodb+srv://grappe.exemple.net/",
    "Options go after ?: replicaSet=rs0, tls=true, authSource=admin, w=majority…": "Les options viennent après ? : replicaSet=rs0, tls=true, authSource=admin, w=majority…",
    "Connection &string:": "&Chaîne de connexion :",
    "Only when the connection string names a user": "Seulement si la chaîne de connexion nomme un utilisateur",
    "&Password:": "Mot de &passe :",
    "The password is never written in the settings: it is kept in the keychain when asked, otherwise asked once each time EdxLoader starts.": "Le mot de passe n'est jamais écrit dans les réglages : il est gardé dans le trousseau si vous le demandez, sinon demandé une fois à chaque démarrage d'EdxLoader.",
    "The password is never written in the settings: it is asked once each time EdxLoader starts.": "Le mot de passe n'est jamais écrit dans les réglages : il est demandé une fois à chaque démarrage d'EdxLoader.",
    "A new target applies the next time EdxLoader starts.": "Une nouvelle cible s'applique au prochain démarrage d'EdxLoader.",
    "A MongoDB connection string starts with mongodb:// or mongodb+srv://.": "Une chaîne de connexion MongoDB commence par mongodb:// ou mongodb+srv://.",
    "The password was moved out of the connection string: it is not saved with it.": "Le mot de passe a été retiré de la chaîne de connexion : il n'est pas enregistré avec elle.",
    "Connecting to %1…": "Connexion à %1…",
    "Connected: MongoDB %1, %2.": "Connecté : MongoDB %1, %2.",
    "Failed: %1": "Échec : %1",
    "%1 has no collection to copy": "%1 n'a aucune collection à copier",
    "Cannot write to %1.%2: %3": "Impossible d'écrire dans %1.%2 : %3",
    "Cancelled: %1 was left as it was": "Annulé : %1 est resté tel quel",
    "Cannot read %1.%2: %3": "Impossible de lire %1.%2 : %3",
    "The index on course_id and timestamp of %1.%2 could not be made: %3": "L'index sur course_id et timestamp de %1.%2 n'a pas pu être créé : %3",
    "Where the data go: a folder (or sqlite:DIR) for the embedded databases, or a MongoDB connection string (mongodb://… or mongodb+srv://…).": "Où vont les données : un dossier (ou sqlite:DOSSIER) pour les bases intégrées, ou une chaîne de connexion MongoDB (mongodb://… ou mongodb+srv://…).",
    "Password of MongoDB user %1 at %2:": "Mot de passe de l'utilisateur MongoDB %1 sur %2 :",
    "export copies from the embedded store (sqlite:DIR or a folder)": "export copie depuis la base intégrée (sqlite:DOSSIER ou un dossier)",
    "Where the data go": "Où vont les données",
    "How files are imported": "Comment les fichiers sont importés",
    "GnuPG keys for the .gpg files": "Clés GnuPG pour les fichiers .gpg",
    "Language": "Langue",
    "Tar&get": "&Cible",
    "&Decryption": "&Déchiffrement",
    "I&nterface": "I&nterface",
    "Import &Options": "&Options d'import",
    'show what each file is and where it would be imported':
    "indique ce qu'est chaque fichier et où il serait importé",
    'import course files into the target database':
    'importe les fichiers des cours dans la base cible',
    'databases and collections of the target, with counts':
    'bases et collections de la cible, avec leurs effectifs',
    'print documents as Extended JSON, one per line':
    'affiche les documents en Extended JSON, un par ligne',
    'the ledger: every imported file and how it went':
    'le registre : chaque fichier importé et son issue',
    'the rejected lines of an imported file (CSV or JSON lines)':
    "les lignes rejetées d'un fichier importé (CSV ou JSON lines)",
    "build a course's tracking collection from a course config":
    "construit la collection de suivi d'un cours d'après sa configuration",
    'write a collection, whole or filtered, as a CSV file':
    'écrit une collection, entière ou filtrée, en fichier CSV',
    'copy databases of the embedded store to MongoDB':
    'copie des bases de la base intégrée vers MongoDB',
    "compute a course's per-learner summary (edx2bigquery's)":
    "calcule le résumé par apprenant d'un cours (celui d'edx2bigquery)",
    'write a synthetic edX data package to try EdxLoader with':
    'écrit un paquet de données edX synthétique pour essayer EdxLoader',
    'PATH…':
    'CHEMIN…',
    '[DATABASE]':
    '[BASE]',
    'DATABASE COLLECTION':
    'BASE COLLECTION',
    '--config F':
    '--config F',
    'DB COLL OUT':
    'BASE COLL SORTIE',
    '--target URI [DB…]':
    '--target URI [BASE…]',
    'DATABASE':
    'BASE',
    'DIR':
    'DOSSIER',
    'Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nLoads edX research data packages into a document database; the command-line twin of\nthe EdxLoader window.\n\nCommands:\n':
    'Utilisation : edxloader-cli COMMANDE [OPTIONS] [ARGUMENTS]\n\nCharge les paquets de données de recherche edX dans une base de données documentaire ; le\njumeau en ligne de commande de la fenêtre EdxLoader.\n\nCommandes :\n',
    "\nOptions:\n  -h, --help               show this help, or a command's help after the command\n  -v, --version            show the version\n\nThe target is the embedded store in %1 unless --target names another:\nsqlite:DIR or a folder, or MongoDB by connection string (mongodb://HOST/ or\nmongodb+srv://…; a password is read from EDXLOADER_MONGODB_PASSWORD or asked).\n\nExit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n":
    "\nOptions :\n  -h, --help               affiche cette aide, ou l'aide d'une commande placée après elle\n  -v, --version            affiche la version\n\nLa cible est la base intégrée dans %1, sauf si --target en désigne une autre :\nsqlite:DOSSIER ou un dossier, ou MongoDB par chaîne de connexion (mongodb://HÔTE/ ou\nmongodb+srv://… ; le mot de passe est lu dans EDXLOADER_MONGODB_PASSWORD ou demandé).\n\nCodes de sortie : 0 succès, 1 des lignes ont été rejetées, 2 un fichier a échoué (le message le nomme),\n3 mauvaise utilisation. Lancez « edxloader-cli COMMANDE --help » pour les options d'une commande.\n",
    'Reading %1.course_structure failed: %2':
    'La lecture de %1.course_structure a échoué : %2',
    'Cannot read the course ids of the tracking logs: %1':
    'Impossible de lire les identifiants de cours des journaux de suivi : %1',
    'The course structure is larger than %1 MB: not a course structure edX writes':
    "La structure de cours dépasse %1 Mo : ce n'est pas une structure de cours écrite par edX",
    'An index needs at least one field':
    'Un index demande au moins un champ',
    'Cannot remove %1':
    'Impossible de supprimer %1',
    'Cannot read the ledger %1.%2: %3':
    'Impossible de lire le registre %1.%2 : %3',
    'The error report could not be read: %1':
    "Le rapport d'erreurs n'a pas pu être lu : %1",
    'embedded database in %1':
    'base intégrée dans %1',
    'MongoDB (connection string not valid)':
    'MongoDB (chaîne de connexion non valide)',
    'MongoDB at %1 (replica set %2)':
    'MongoDB sur %1 (jeu de réplicas %2)',
    '%1 is not a MongoDB connection string':
    "%1 n'est pas une chaîne de connexion MongoDB",
    'An internal error stopped this task: %1':
    'Une erreur interne a arrêté cette tâche : %1',
    'An internal error stopped this task':
    'Une erreur interne a arrêté cette tâche',
    'A JSON value that is not an object: a tracking event is one JSON object':
    "Une valeur JSON qui n'est pas un objet : un événement de suivi est un objet JSON",
    'Bytes that are not UTF-8 were replaced by U+FFFD (the first at byte %1 of the line)':
    "Des octets qui ne sont pas de l'UTF-8 ont été remplacés par U+FFFD (le premier à l'octet %1 de la ligne)",
    'A complete JSON object is followed by more text (from character %1)':
    "Un objet JSON complet est suivi d'autre texte (à partir du caractère %1)",
    'duplicate': 'doublon',
    'Import a file even when a file with the same content (SHA-256) was imported into the same collection under another name.': 'Importer un fichier même quand un fichier de même contenu (SHA-256) a été importé dans la même collection sous un autre nom.',
    '%1 files with the same content as a file imported under another name: skipped (--allow-duplicate-content imports them anyway)': "%1 fichiers de même contenu qu'un fichier importé sous un autre nom : ignorés (--allow-duplicate-content les importe quand même)",
    'its CRC-32 checksum does not match the data': 'sa somme de contrôle CRC-32 ne correspond pas aux données',
    'its recorded length does not match the data': 'sa longueur enregistrée ne correspond pas aux données',
    'it is not gzip data': 'ce ne sont pas des données gzip',
    'zlib error %1': 'erreur zlib %1',
    'Writing gzip data is not supported': "L'écriture de données gzip n'est pas prise en charge",
    'The gzip decompressor could not start': "Le décompresseur gzip n'a pas pu démarrer",
    'The gzip data is cut short (in its member %1)': 'Les données gzip sont tronquées (dans leur membre %1)',
    'The gzip data is cut short': 'Les données gzip sont tronquées',
    'Not enough memory to decompress the gzip data': 'Pas assez de mémoire pour décompresser les données gzip',
    'The gzip data is damaged (in its member %1: %2)': 'Les données gzip sont endommagées (dans leur membre %1 : %2)',
    'The gzip data is damaged (%1)': 'Les données gzip sont endommagées (%1)',
    'Same content as %1, imported on %2: skipped': 'Même contenu que %1, importé le %2 : ignoré',
    'Same content as another file': "Même contenu qu'un autre fichier",
    'Import &Anyway': 'Importer &quand même',
    'Import the selected files that were skipped because a file with the same content was imported under another name': "Importer les fichiers choisis qui ont été ignorés parce qu'un fichier de même contenu a été importé sous un autre nom",
    "Imports edX course files — SQL tables, forum posts, course structures — found in the given files\nand folders into the target: one database per course, one collection per kind of file. Each file\nis imported whole or not at all, recorded in the ledger ({collection}_imported), and its rejected\nlines are kept ({collection}_errors; see 'edxloader-cli errors'). A file already imported with\nthe same content is skipped, and so is a file whose content was imported under another name\n(unless --allow-duplicate-content); a changed file is only replaced with --replace.\nWeekly packages ({org}-{date}.zip) are read in place, member by member, and .gpg files are\ndecrypted on the fly with your GnuPG key (gpg-agent asks for the passphrase): nothing decrypted\nis ever written to disk.": "Importe les fichiers de cours edX — tables SQL, messages du forum, structures de cours — trouvés\ndans les fichiers et dossiers donnés vers la cible : une base par cours, une collection par sorte\nde fichier. Chaque fichier est importé en entier ou pas du tout, inscrit au registre\n({collection}_imported), et ses lignes rejetées sont conservées ({collection}_errors ; voir\n'edxloader-cli errors'). Un fichier déjà importé avec le même contenu est ignoré, de même qu'un\nfichier dont le contenu a été importé sous un autre nom (sauf avec --allow-duplicate-content) ;\nun fichier modifié n'est remplacé qu'avec --replace.\nLes paquets hebdomadaires ({org}-{date}.zip) sont lus sur place, membre par membre, et les fichiers\n.gpg sont déchiffrés à la volée avec votre clé GnuPG (gpg-agent demande la phrase secrète) : rien\nde déchiffré n'est jamais écrit sur le disque.",
    '%1 requests of the course team to Studio left out (not learner activity)': "%1 requêtes de l'équipe du cours à Studio laissées de côté (pas une activité d'apprenant)",
    'course found from: %1': 'cours trouvé par : %1',
    '%1 Studio requests': '%1 requêtes à Studio',
    'Left out: %1 requests of the course team to Studio (not learner activity).': "Laissées de côté : %1 requêtes de l'équipe du cours à Studio (pas une activité d'apprenant).",
    'Without a course in their context: %1 events given theirs from a URL or block key, %2 with none': "Sans cours dans leur contexte : %1 événements ont reçu le leur d'une URL ou d'une clé de bloc, %2 n'en ont aucun",
    "Builds a course's own tracking collection from the imported tracking logs: the events of the chosen course ids between the two dates (UTC, both days included), each with the place in the course (chapter, subsection, unit) of the block it refers to.": 'Construit la collection de suivi propre à un cours à partir des journaux de suivi importés : les événements des identifiants de cours choisis entre les deux dates (UTC, les deux jours inclus), chacun avec la place dans le cours (chapitre, sous-section, unité) du bloc auquel il se rapporte.',
    "The course's short code, used to name its files (edx_id in a McGillX course config)": 'Le code court du cours, qui nomme ses fichiers (edx_id dans une configuration de cours McGillX)',
    "The course's title (edx_course_name in a McGillX course config)": 'Le titre du cours (edx_course_name dans une configuration de cours McGillX)',
    "Every id under which the course's events were logged: tick those of this course (course_ids in a McGillX course config)": 'Chaque identifiant sous lequel les événements du cours ont été journalisés : cochez ceux de ce cours (course_ids dans une configuration de cours McGillX)',
    'The first day whose events are copied, in UTC (enrollment_date in a McGillX course config)': 'Le premier jour dont les événements sont copiés, en UTC (enrollment_date dans une configuration de cours McGillX)',
    'The last day whose events are copied, in UTC (completion_date in a McGillX course config)': 'Le dernier jour dont les événements sont copiés, en UTC (completion_date dans une configuration de cours McGillX)',
    'Course &code:': '&Code du cours :',
    '&Days (UTC):': '&Jours (UTC) :',
    'Counting the events of %1.%2…': 'Décompte des événements de %1.%2…',
    'Cannot count the events to copy: %1': 'Impossible de compter les événements à copier : %1',
    'No imported event of these course ids falls between %1 and %2: building would replace %3, which holds %4 documents, with an empty collection.': 'Aucun événement importé de ces identifiants de cours ne tombe entre le %1 et le %2 : la construction remplacerait %3, qui contient %4 documents, par une collection vide.',
    'No imported event of these course ids falls between %1 and %2: %3 would be empty.': 'Aucun événement importé de ces identifiants de cours ne tombe entre le %1 et le %2 : %3 serait vide.',
    '%1 holds %2 documents; the new build would copy %3 events, fewer than it replaces.': "%1 contient %2 documents ; la nouvelle construction copierait %3 événements, moins qu'elle n'en remplace.",
    'Build %1?': 'Construire %1 ?',
    '&Build Anyway': '&Construire quand même',
    '&Keep the Current Collection': '&Garder la collection actuelle',
    'Nothing was built: %1 is unchanged.': "Rien n'a été construit : %1 est inchangée.",
    'Nothing was built.': "Rien n'a été construit.",
    'Their events could not be read: %1': "Leurs événements n'ont pas pu être lus : %1",
    'No event of these ids is imported.': "Aucun événement de ces identifiants n'est importé.",
    'Their events: %1 to %2, %3 events': 'Leurs événements : du %1 au %2, %3 événements',
    'Importing: waiting for a passphrase…': "Import : en attente d'une phrase secrète…",
    'Importing: %1 of %2': 'Importation : %1 sur %2',
    ' at %1/s': ' à %1/s',
    'Retry &Failed': 'Réessayer les é&checs',
    'Import again the files that failed or were cancelled (of the selection, or of the whole list)': 'Importer de nouveau les fichiers en échec ou annulés (de la sélection, ou de toute la liste)',
    'Not Imported': 'Non importés',
    '<p>Mend the cause, then <i>Retry Failed</i> imports these files again.</p>': '<p>Corrigez la cause, puis <i>Réessayer les échecs</i> importe de nouveau ces fichiers.</p>',
    '%1 is too large to be a key file': '%1 est trop gros pour être un fichier de clé',
    'The keys of %1 could not be imported: %2': "Les clés de %1 n'ont pas pu être importées : %2",
    '%1 holds no secret key (only public ones): the secret key is what decrypts edX files': "%1 ne contient aucune clé secrète (seulement des clés publiques) : c'est la clé secrète qui déchiffre les fichiers edX",
    '%1 is not a GnuPG key file': "%1 n'est pas un fichier de clé GnuPG",
    '&Import Secret Key…': '&Importer une clé secrète…',
    "Add your organisation's secret key (a .asc, .gpg or .key file exported from GnuPG) to this GnuPG home": 'Ajouter la clé secrète de votre organisation (un fichier .asc, .gpg ou .key exporté de GnuPG) à ce répertoire GnuPG',
    'Import a Secret Key': 'Importer une clé secrète',
    'Key files (*.asc *.gpg *.key *.pgp *.sec);;All files (*)': 'Fichiers de clé (*.asc *.gpg *.key *.pgp *.sec);;Tous les fichiers (*)',
    'Cannot create the GnuPG home %1': 'Impossible de créer le répertoire GnuPG %1',
    'Enter the passphrase of the key\n%1\nto import it.': "Saisissez la phrase secrète de la clé\n%1\npour l'importer.",
    'Reason code: %1 (docs/error-report.md explains each)': 'Code de la raison : %1 (docs/error-report.md explique chacune)',
    'Line too long': 'Ligne trop longue',
    'Not valid JSON': 'JSON non valide',
    'Line cut short': 'Ligne tronquée',
    'Text after the JSON': 'Texte après le JSON',
    'Not a JSON object': 'Pas un objet JSON',
    'Wrong number of fields': 'Mauvais nombre de champs',
    'Same id twice': 'Même identifiant deux fois',
    'Not a course block': 'Pas un bloc de cours',
    'Blank line': 'Ligne vide',
    'Text before the JSON': 'Texte avant le JSON',
    'Invalid UTF-8 replaced': 'UTF-8 invalide remplacé',
    'Key repeated': 'Clé répétée',
    'Time unreadable': 'Heure illisible',
    'Value kept as text': 'Valeur gardée en texte',
    "b'…' text unwrapped": "Texte b'…' déballé",
    'Child block missing': 'Bloc enfant absent',
    'Block without parent': 'Bloc sans parent',
    'a string is never closed': "une chaîne n'est jamais fermée",
    'the brackets and braces do not match, or a value is missing': 'les crochets et accolades ne se correspondent pas, ou une valeur manque',
    'an object or an array is never closed': "un objet ou un tableau n'est jamais fermé",
    'a string holds a bad escape or a control character': 'une chaîne contient un échappement incorrect ou un caractère de contrôle',
    'the text is not valid UTF-8': "le texte n'est pas de l'UTF-8 valide",
    'a number is not written as JSON writes numbers': "un nombre n'est pas écrit comme JSON écrit les nombres",
    'a number is too large': 'un nombre est trop grand',
    'a word that is not true, false or null': "un mot qui n'est ni true, ni false, ni null",
    'nested too deeply': 'imbriqué trop profondément',
    'nothing but spaces': 'rien que des espaces',
    'a string holds a raw control character': 'une chaîne contient un caractère de contrôle brut',
    'not valid JSON (%1)': 'JSON non valide (%1)',
    'not a JSON object': 'pas un objet JSON',
    'nested deeper than %1 levels, or a number out of range': 'imbriqué sur plus de %1 niveaux, ou un nombre hors limites',
    'Bytes that are not valid UTF-8 text were replaced by “�”': 'Des octets qui ne sont pas du texte UTF-8 valide ont été remplacés par « � »',
    'Bytes that are not valid UTF-8 text were replaced by “�” (the first at byte %1 of the line)': "Des octets qui ne sont pas du texte UTF-8 valide ont été remplacés par « � » (le premier à l'octet %1 de la ligne)",
    'Import records': "Registres d'import",
    'What EdxLoader keeps about its imports: the ledgers ({collection}_imported) and the error reports ({collection}_errors)': "Ce qu'EdxLoader garde de ses imports : les registres ({collection}_imported) et les rapports d'erreurs ({collection}_errors)",
    '&Previous': '&Précédents',
    '&Next': '&Suivants',
    'Filter, e.g. {"event_type": "play_video"}': 'Filtre, p. ex. {"event_type": "play_video"}',
    'Shows only the documents that match: a JSON object of field: value, with {"$in": […]}, {"$gte": …} and {"$lt": …} as in edxloader-cli export-csv --filter. Press Enter to apply.': 'N\'affiche que les documents qui correspondent : un objet JSON champ: valeur, avec {"$in": […]}, {"$gte": …} et {"$lt": …} comme edxloader-cli export-csv --filter. Entrée pour appliquer.',
    'Filter: %1': 'Filtre : %1',
    'Reading…': 'Lecture…',
    'No document': 'Aucun document',
    'No document matches': 'Aucun document ne correspond',
    '%1–%2 of %3': '%1–%2 sur %3',
    'EdxLoader Handbook': "Manuel d'EdxLoader",
    '&Configure EdxLoader…': '&Configurer EdxLoader…',
    '&Settings': '&Configuration',
    'EdxLoader &Handbook': "&Manuel d'EdxLoader",
    'How to get, import, check and use edX data with EdxLoader': 'Comment obtenir, importer, vérifier et utiliser les données edX avec EdxLoader',
    'About &Qt': 'À propos de &Qt',
    'In use now: %1': 'En service maintenant : %1',
    'SQL table': 'Table SQL',
    'Open-response table': 'Table de réponses ouvertes',
    'Tracking log': 'Journal de suivi',
    'Data package': 'Paquet de données',
    'Weekly tracking archive': 'Archive de suivi hebdomadaire',
    '%1 — %2': '%1 — %2',
    'File details': 'Détails du fichier',
    'Select a file to see where it comes from, where it goes and what its import did.': "Sélectionnez un fichier pour voir d'où il vient, où il va et ce qu'a fait son import.",
    'In the package': 'Dans le paquet',
    'Folder': 'Dossier',
    '%1 (%2 bytes)': '%1 (%2 octets)',
    '%1, encrypted': '%1, chiffré',
    'not imported (would go to %1)': 'non importé (irait dans %1)',
    'Lines': 'Lignes',
    '%1 read: %2 imported, %3 rejected, %4 skipped': '%1 lues : %2 importées, %3 rejetées, %4 ignorées',
    'Files': 'Fichiers',
    'About': 'À propos',
    'Course %1': 'Cours %1',
    'Tracking logs': 'Journaux de suivi',
    'Tracking logs of %1': 'Journaux de suivi du %1',
    'Tracking logs, %1 to %2': 'Journaux de suivi, du %1 au %2',
    'Other files': 'Autres fichiers',
    'Unrecognised files': 'Fichiers non reconnus',
    '%1 of %2 done': '%1 sur %2 terminés',
    'The files of the course run %1 in its weekly package': 'Les fichiers de la session de cours %1 dans son paquet hebdomadaire',
    'Daily tracking logs: the events of every course, one file per day': 'Journaux de suivi quotidiens : les événements de tous les cours, un fichier par jour',
    'Files that belong to no single course': "Fichiers qui n'appartiennent à aucun cours en particulier",
    'Files whose names match no edX research-data file: they are not imported': 'Fichiers dont le nom ne correspond à aucun fichier de données de recherche edX : ils ne sont pas importés',
    'Collection names, anonymisation, GnuPG keys, target and language': 'Noms des collections, anonymisation, clés GnuPG, cible et langue',
    'The new target applies when the import or course build in progress ends.': "La nouvelle cible s'applique à la fin de l'import ou de la construction de cours en cours.",
    'Now using %1': 'Cible maintenant utilisée : %1',
    'A new target applies at once (after an import or a course build in progress has ended).': "Une nouvelle cible s'applique aussitôt (après la fin d'un import ou d'une construction de cours en cours).",
    'The page to show: import (the default), databases or course.': 'La page à afficher : import (par défaut), databases ou course.',
    'how a course is doing: enrollment, activity, problems, videos': 'où en est un cours : inscriptions, activité, problèmes, vidéos',
    "Shows how a course is doing, from the data loaded: learners enrolled now (by mode) and over time,\ncertificates, weekly activity (learners active, watching videos, trying problems), and for each\nproblem and video of the course structure, in course order, the learners who tried or watched it\nand the share right at the first and at the last attempt. Days and weeks are UTC; events come from\nthe course's own tracking collection when build-course made one, else from tracking_logs.\nNothing is written to the database.": "Montre où en est un cours, d'après les données chargées : apprenants inscrits aujourd'hui (par mode) et au\nfil du temps, certificats, activité par semaine (apprenants actifs, qui regardent des vidéos, qui\nessaient des problèmes) et, pour chaque problème et vidéo de la structure du cours, dans l'ordre du\ncours, les apprenants qui l'ont essayé ou regardée et la part de réussite au premier et au dernier essai.\nJours et semaines en UTC ; les événements viennent de la collection de suivi propre au cours quand\nbuild-course l'a faite, sinon de tracking_logs. Rien n'est écrit dans la base.",
    'Print every figure as JSON instead of a summary.': "Affiche tous les chiffres en JSON au lieu d'un résumé.",
    'overview needs DATABASE': 'overview demande BASE',
    'Reading the events of %1: %2 of %3': 'Lecture des événements de %1 : %2 sur %3',
    '%1 (%2)': '%1 (%2)',
    '  enrolled now:   %1 (%2)': '  inscrits :       %1 (%2)',
    '  enrollments:    %1 to %2': '  inscriptions :   du %1 au %2',
    '  certificates:   %1': '  certificats :    %1',
    'none': 'aucun',
    '  activity:       no tracking events for this course': '  activité :       aucun événement de suivi pour ce cours',
    '  events:         %1 of enrolled learners in %2 (%3 of other users)': "  événements :     %1 d'apprenants inscrits dans %2 (%3 d'autres utilisateurs)",
    '  week        active  video  problem    events': '  semaine    actifs  vidéo problème événements',
    '  problems:       %1 (%2 tried by someone)': "  problèmes :      %1 (%2 essayés par quelqu'un)",
    '  videos:         %1 (%2 watched by someone)': "  vidéos :         %1 (%2 regardées par quelqu'un)",
    'Every figure: edxloader-cli overview --json %1': 'Tous les chiffres : edxloader-cli overview --json %1',
    "Shows how a course is doing, from the data loaded: learners enrolled now (by mode) and over time,\ncertificates, weekly activity (learners active, watching videos, trying problems), and for each\nproblem and video of the course structure, in course order, the learners who tried or watched it\nand the share right at the first and at the last attempt. Days and weeks are UTC; events come from\nthe course's own tracking collection when build-course made one, else from tracking_logs.\nNothing is written to the database. --html writes the same as a page with charts that any browser\nopens (no script, nothing fetched from the network), to send by e-mail.":
    "Montre comment se porte un cours, d'après les données chargées : apprenants inscrits aujourd'hui (par\nmode) et au fil du temps, certificats, activité par semaine (apprenants actifs, qui regardent des\nvidéos, qui tentent des problèmes) et, pour chaque problème et chaque vidéo de la structure du cours,\ndans l'ordre du cours, les apprenants qui l'ont tenté ou regardée et la part de réussite à la première\net à la dernière tentative. Jours et semaines en UTC ; les événements viennent de la collection de suivi\ndu cours quand build-course l'a construite, sinon de tracking_logs.\nRien n'est écrit dans la base. --html écrit la même chose sous forme de page avec des graphiques, que\ntout navigateur ouvre (sans script, rien n'est chargé depuis le réseau), à envoyer par courriel.",
    "Also write the figures and their charts as an HTML report to FILE.":
    "Écrit aussi les chiffres et leurs graphiques dans le rapport HTML FICHIER.",
    "cannot write the report %1: %2":
    "impossible d'écrire le rapport %1 : %2",
    "Report written to %1":
    "Rapport écrit dans %1",
    "Course Overview":
    "Vue d'ensemble du cours",
    "Enrolled now":
    "Inscrits maintenant",
    "Active learners":
    "Apprenants actifs",
    "Certificates issued":
    "Certificats délivrés",
    "Events":
    "Événements",
    "Learners enrolled over time":
    "Apprenants inscrits au fil du temps",
    "Enrolled":
    "Inscrits",
    "Weekly activity":
    "Activité par semaine",
    "Active":
    "Actifs",
    "Watched a video":
    "Ont regardé une vidéo",
    "Submitted a problem":
    "Ont soumis un problème",
    "Events per day":
    "Événements par jour",
    "Problems":
    "Problèmes",
    "Videos":
    "Vidéos",
    "Certificates":
    "Certificats",
    "Problem":
    "Problème",
    "Video":
    "Vidéo",
    "Learners":
    "Apprenants",
    "Submissions":
    "Soumissions",
    "Right at first attempt":
    "Réussi à la 1re tentative",
    "Right at last attempt":
    "Réussi à la dernière tentative",
    "Mode":
    "Mode",
    "Count":
    "Nombre",
    "Week":
    "Semaine",
    "No tracking events for this course: weekly activity, problems and videos appear once tracking logs holding its course ids are imported.":
    "Aucun événement de suivi pour ce cours : l'activité par semaine, les problèmes et les vidéos apparaissent une fois importés des journaux de suivi qui contiennent ses identifiants de cours.",
    "No course structure was imported: problems and videos are named by their block id, in the order they were first met.":
    "Aucune structure de cours n'a été importée : problèmes et vidéos sont nommés par l'identifiant de leur bloc, dans l'ordre où ils ont été rencontrés.",
    "%1%":
    "%1 %",
    "%1 %2":
    "%1 %2",
    "%1 of the learners who enrolled":
    "%1 des apprenants inscrits",
    "Computed by EdxLoader on %1 UTC from the database %2 (no tracking events). Days and weeks are UTC.":
    "Calculé par EdxLoader le %1 UTC à partir de la base %2 (sans événements de suivi). Jours et semaines en UTC.",
    "Computed by EdxLoader on %1 UTC from the database %2 and the events of %3. Days and weeks are UTC.":
    "Calculé par EdxLoader le %1 UTC à partir de la base %2 et des événements de %3. Jours et semaines en UTC.",
    "and %1 of other users":
    "et %1 d'autres utilisateurs",
    "Course overview: %1":
    "Vue d'ensemble du cours : %1",
    "The enrollment table gives no dates.":
    "La table des inscriptions ne donne aucune date.",
    "From":
    "Du",
    "No certificates.":
    "Aucun certificat.",
    "No problems.":
    "Aucun problème.",
    "No videos.":
    "Aucune vidéo.",
    "Learners are the users of the enrollment table; an event is theirs when its username is theirs. Problems count graded submissions (server problem_check events); videos count play_video events.":
    "Les apprenants sont les utilisateurs de la table des inscriptions ; un événement est le leur quand son nom d'utilisateur est le leur. Les problèmes comptent les soumissions notées (événements problem_check du serveur) ; les vidéos, les événements play_video.",
    "The course databases of the target (those with an enrollment table).":
    "Les bases de cours de la cible (celles qui ont une table des inscriptions).",
    "List the courses again and compute the figures of the one shown.":
    "Relister les cours et recalculer les chiffres de celui qui est affiché.",
    "Save &Report…":
    "Enregistrer le &rapport…",
    "Save these figures and charts as one HTML page, to open in any browser or send by e-mail.":
    "Enregistrer ces chiffres et graphiques dans une page HTML, à ouvrir dans tout navigateur ou à envoyer par courriel.",
    "Save Chart…":
    "Enregistrer le graphique…",
    "Save this chart as a PNG or SVG image.":
    "Enregistrer ce graphique comme image PNG ou SVG.",
    "No course here yet.\n\nImport a course's files (its enrollment table at least, with the tracking logs for its activity): its enrollment, weekly activity, problems and videos then show on this page.":
    "Pas encore de cours ici.\n\nImportez les fichiers d'un cours (au moins sa table des inscriptions, et les journaux de suivi pour son activité) : ses inscriptions, son activité par semaine, ses problèmes et ses vidéos s'affichent alors sur cette page.",
    "Looking for courses…":
    "Recherche des cours…",
    "The courses could not be listed: %1":
    "Les cours n'ont pas pu être listés : %1",
    "Computing the figures of %1…":
    "Calcul des chiffres de %1…",
    "The figures could not be computed: %1":
    "Les chiffres n'ont pas pu être calculés : %1",
    "%1: %2 enrolled (%3 in, %4 out that day)":
    "%1 : %2 inscrits (%3 arrivées, %4 départs ce jour-là)",
    "%1 (from %2) · %3: %4 learners":
    "%1 (à partir du %2) · %3 : %4 apprenants",
    "%1 cannot be written.":
    "%1 ne peut pas être écrit.",
    "%1 cannot be written: %2":
    "%1 ne peut pas être écrit : %2",
    "No figures to save yet.":
    "Pas encore de chiffres à enregistrer.",
    "PNG image (*.png)":
    "Image PNG (*.png)",
    "Save Chart":
    "Enregistrer le graphique",
    "SVG image (*.svg)":
    "Image SVG (*.svg)",
    "Save Report":
    "Enregistrer le rapport",
    "Web page (*.html)":
    "Page web (*.html)",
    "Cancelled: choose the course again, or Refresh, to compute its figures.":
    "Annulé : choisissez de nouveau le cours, ou Actualiser, pour calculer ses chiffres.",
    "The page to show: import (the default), databases, course or overview.":
    "La page à afficher : import (par défaut), databases, course ou overview.",
    "The course database the Course Overview page shows first.":
    "La base de cours que la page Vue d'ensemble du cours affiche d'abord.",
    "--org ORG DIR":
    "--org ORG DOSSIER",
    "download what is new from edX's buckets (still encrypted)":
    "télécharge les nouveautés des compartiments d'edX (toujours chiffrées)",
    "Downloads what is new in edX's research-data buckets into DIR, still encrypted: the weekly\npackages (s3://course-data/ORG-DATE.zip, as DIR/ORG-DATE.zip) and the daily tracking logs\n(s3://edx-course-data/ORG/SITE/events/YEAR/…, as DIR/events/SITE/YEAR/…). Files already complete\nin DIR are not downloaded again; an interrupted download (NAME.part) goes on where it stopped.\nThen: edxloader-cli import DIR.\n\nThe access keys edX gave you are read from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and\nAWS_SESSION_TOKEN), else from the profile of ~/.aws/credentials (--profile, AWS_PROFILE, or\n'default'). Exit codes: 0 every file asked for is in DIR, 1 some failed (the reasons are\nprinted), 2 nothing could be listed (wrong keys, no server, nothing found), 3 wrong usage.":
    "Télécharge dans DOSSIER les nouveautés des compartiments de données de recherche d'edX, toujours\nchiffrées : les paquets hebdomadaires (s3://course-data/ORG-DATE.zip, en DOSSIER/ORG-DATE.zip) et les\njournaux de suivi quotidiens (s3://edx-course-data/ORG/SITE/events/ANNÉE/…, en\nDOSSIER/events/SITE/ANNÉE/…). Les fichiers déjà complets dans DOSSIER ne sont pas retéléchargés ; un\ntéléchargement interrompu (NOM.part) reprend là où il s'était arrêté.\nEnsuite : edxloader-cli import DOSSIER.\n\nLes clés d'accès données par edX sont lues dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY (et\nAWS_SESSION_TOKEN), sinon dans le profil de ~/.aws/credentials (--profile, AWS_PROFILE ou\n« default »). Codes de sortie : 0 tous les fichiers demandés sont dans DOSSIER, 1 certains ont échoué\n(les raisons sont affichées), 2 rien n'a pu être listé (clés erronées, pas de serveur, rien trouvé),\n3 mauvaise utilisation.",
    "The download folder (created if needed).":
    "Le dossier de téléchargement (créé au besoin).",
    "Your organisation as edX names it (e.g. mcgillx).":
    "Votre organisation telle qu'edX la nomme (p. ex. mcgillx).",
    "Logs of edx (default), edge, or all.":
    "Journaux d'edx (par défaut), d'edge, ou all pour les deux.",
    "packages, logs, or both (default: packages,logs).":
    "packages, logs, ou les deux (par défaut : packages,logs).",
    "Only files of this day (YYYY-MM-DD) or later.":
    "Seulement les fichiers de ce jour (AAAA-MM-JJ) ou après.",
    "Only files of this day (YYYY-MM-DD) or earlier.":
    "Seulement les fichiers de ce jour (AAAA-MM-JJ) ou avant.",
    "An S3-compatible server's URL instead of Amazon S3.":
    "L'URL d'un serveur compatible S3 au lieu d'Amazon S3.",
    "The buckets' region (default: AWS_REGION, else us-east-1).":
    "La région des compartiments (par défaut : AWS_REGION, sinon us-east-1).",
    "The bucket of the weekly packages (default: course-data).":
    "Le compartiment des paquets hebdomadaires (par défaut : course-data).",
    "The bucket of the daily logs (default: edx-course-data).":
    "Le compartiment des journaux quotidiens (par défaut : edx-course-data).",
    "The profile of ~/.aws/credentials to use.":
    "Le profil de ~/.aws/credentials à utiliser.",
    "Show what is there and what would be downloaded; write nothing.":
    "Montre ce qui s'y trouve et ce qui serait téléchargé ; n'écrit rien.",
    "fetch needs DIR, the download folder":
    "fetch demande DOSSIER, le dossier de téléchargement",
    "fetch needs --org, your organisation as edX names it (e.g. mcgillx)":
    "fetch demande --org, votre organisation telle qu'edX la nomme (p. ex. mcgillx)",
    "--site must be edx, edge or all":
    "--site vaut edx, edge ou all",
    "--what takes packages, logs or both (packages,logs)":
    "--what prend packages, logs ou les deux (packages,logs)",
    "--%1 takes a day as YYYY-MM-DD":
    "--%1 prend un jour sous la forme AAAA-MM-JJ",
    "no access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or put them under [%1] in %2. Nothing was downloaded.":
    "aucune clé d'accès : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou placez-les sous [%1] dans %2. Rien n'a été téléchargé.",
    "AWS_SECRET_ACCESS_KEY is not set. Nothing was downloaded.":
    "AWS_SECRET_ACCESS_KEY n'est pas définie. Rien n'a été téléchargé.",
    "Listing what %1 holds for %2…":
    "Liste de ce que %1 contient pour %2…",
    "Nothing was downloaded.":
    "Rien n'a été téléchargé.",
    "edxloader-cli: warning: not downloaded: %1":
    "edxloader-cli : attention : non téléchargé : %1",
    "nothing of %1 in %2: check the organisation (--org), the buckets and the keys":
    "rien de %1 dans %2 : vérifiez l'organisation (--org), les compartiments et les clés",
    "%1 files in %2; %3 to download (%4 MB) into %5. Nothing was written.":
    "%1 fichiers dans %2 ; %3 à télécharger (%4 Mo) dans %5. Rien n'a été écrit.",
    "cannot create the folder %1":
    "impossible de créer le dossier %1",
    "[%1/%2] %3 %4 of %5 MB · %6 MB/s%7":
    "[%1/%2] %3 %4 sur %5 Mo · %6 Mo/s%7",
    " · about %1 s left":
    " · environ %1 s restantes",
    "downloaded  %1 (%2 MB)%3":
    "téléchargé  %1 (%2 Mo)%3",
    ", resumed after %1 MB":
    ", repris après %1 Mo",
    "edxloader-cli: %1 failed: %2":
    "edxloader-cli : %1 a échoué : %2",
    "%1 downloaded (%2 MB), %3 already present, %4 failed, in %5. Next: edxloader-cli import %6":
    "%1 téléchargés (%2 Mo), %3 déjà présents, %4 en échec, dans %5. Ensuite : edxloader-cli import %6",
    "An unfinished download: download from edX again (or run edxloader-cli fetch) to complete it":
    "Un téléchargement inachevé : téléchargez de nouveau depuis edX (ou lancez edxloader-cli fetch) pour le terminer",
    "Download from edX":
    "Télécharger depuis edX",
    "Your edX research data access":
    "Votre accès aux données de recherche d'edX",
    "Access &key ID:":
    "ID de &clé d'accès :",
    "AKIA…, from the file edX sent your data czar":
    "AKIA…, du fichier qu'edX a envoyé à votre responsable des données",
    "&Secret access key:":
    "Clé d'accès &secrète :",
    "Remember it in the desktop's keychain":
    "La retenir dans le trousseau du bureau",
    "Remember it (needs a desktop keychain, not found)":
    "La retenir (demande un trousseau du bureau, introuvable)",
    "&Organisation:":
    "&Organisation :",
    "as edX names it, e.g. mcgillx":
    "telle qu'edX la nomme, p. ex. mcgillx",
    "Sites:":
    "Sites :",
    "Logs of courses on edx.org":
    "Journaux des cours sur edx.org",
    "Logs of courses on edge.edx.org":
    "Journaux des cours sur edge.edx.org",
    "Download &folder:":
    "&Dossier de téléchargement :",
    "Advanced":
    "Avancé",
    "Packages bucket:":
    "Compartiment des paquets :",
    "Logs bucket:":
    "Compartiment des journaux :",
    "Region:":
    "Région :",
    "Endpoint URL:":
    "URL du point d'accès :",
    "empty: Amazon S3; else an S3-compatible server's URL":
    "vide : Amazon S3 ; sinon l'URL d'un serveur compatible S3",
    "&Connect":
    "Se &connecter",
    "List what edX holds for your organisation (nothing is downloaded yet)":
    "Lister ce qu'edX détient pour votre organisation (rien n'est encore téléchargé)",
    "Show:":
    "Afficher :",
    "Weekly packages":
    "Paquets hebdomadaires",
    "Daily logs":
    "Journaux quotidiens",
    "Date":
    "Date",
    "State":
    "État",
    "&Download":
    "&Télécharger",
    "Download and &Import":
    "Télécharger et &importer",
    "the access key ID":
    "l'ID de clé d'accès",
    "the secret access key":
    "la clé d'accès secrète",
    "the organisation":
    "l'organisation",
    "a site":
    "un site",
    "the download folder":
    "le dossier de téléchargement",
    "Give %1 first.":
    "Indiquez d'abord %1.",
    "The secret could not be kept in the keychain (%1); it is kept for this session only.":
    "La clé secrète n'a pas pu être gardée dans le trousseau (%1) ; elle est gardée pour cette session seulement.",
    "%1\nNothing was downloaded.":
    "%1\nRien n'a été téléchargé.",
    "Nothing of %1 in %2: check the organisation, the sites and the buckets.":
    "Rien de %1 dans %2 : vérifiez l'organisation, les sites et les compartiments.",
    "Not offered: %1":
    "Non proposés : %1",
    "Download Folder":
    "Dossier de téléchargement",
    "The folder %1 cannot be created.":
    "Le dossier %1 ne peut pas être créé.",
    "File %1 of %2: %3 — %4 of %5":
    "Fichier %1 sur %2 : %3 — %4 sur %5",
    " · %1/s":
    " · %1/s",
    "They are in the import list and being imported.":
    "Ils sont dans la liste d'import et en cours d'import.",
    "They are in the import list.":
    "Ils sont dans la liste d'import.",
    "%1/%2: its name would put it outside the download folder":
    "%1/%2 : son nom le placerait hors du dossier de téléchargement",
    "new":
    "nouveau",
    "partly downloaded":
    "partiellement téléchargé",
    "downloaded":
    "téléchargé",
    "Do&wnload from edX…":
    "Télé&charger depuis edX…",
    "Fetch the new packages and logs from edX's research data buckets":
    "Récupérer les nouveaux paquets et journaux dans les compartiments de données de recherche d'edX",
    "%1 cannot be reached (%2): check the address and the network":
    "%1 est injoignable (%2) : vérifiez l'adresse et le réseau",
    "The connection to %1 failed while %2: %3":
    "La connexion à %1 a échoué pendant %2 : %3",
    "the access key id is not one the server knows: check the key id edX sent":
    "le serveur ne connaît pas cet ID de clé d'accès : vérifiez l'ID envoyé par edX",
    "the secret access key does not match the key id: check the secret edX sent":
    "la clé d'accès secrète ne correspond pas à l'ID de clé : vérifiez la clé secrète envoyée par edX",
    "these keys may not read it: check the organisation and the bucket":
    "ces clés ne permettent pas de le lire : vérifiez l'organisation et le compartiment",
    "there is no such bucket: check its name under Advanced":
    "ce compartiment n'existe pas : vérifiez son nom sous Avancé",
    "the session token has expired or is wrong":
    "le jeton de session a expiré ou est erroné",
    "the bucket is in another region: check the region":
    "le compartiment est dans une autre région : vérifiez la région",
    "HTTP status %1":
    "statut HTTP %1",
    "%1 refused %2 (%3): %4":
    "%1 a refusé %2 (%3) : %4",
    "the listing of %1/%2":
    "la liste de %1/%2",
    "%1 answered the listing of %2/%3 with something that is not S3's XML: %4":
    "%1 a répondu à la liste de %2/%3 par autre chose que le XML de S3 : %4",
    "%1 cut the listing of %2/%3 short without saying where to go on":
    "%1 a interrompu la liste de %2/%3 sans dire où la reprendre",
    "The folder %1 cannot be created":
    "Le dossier %1 ne peut pas être créé",
    "%1 cannot be read: %2":
    "%1 ne peut pas être lu : %2",
    "Writing %1 failed: %2":
    "L'écriture de %1 a échoué : %2",
    "Cancelled; the %1 bytes received are kept in %2 and the next download goes on from there":
    "Annulé ; les %1 octets reçus sont gardés dans %2 et le prochain téléchargement reprendra à partir de là",
    "the download of %1":
    "le téléchargement de %1",
    "%1; the %2 bytes received are kept in %3 and the next download goes on from there":
    "%1 ; les %2 octets reçus sont gardés dans %3 et le prochain téléchargement reprendra à partir de là",
    "The download of %1 has %2 bytes where the store lists %3: deleted, to be downloaded again":
    "Le téléchargement de %1 fait %2 octets alors que le stockage en annonce %3 : supprimé, à retélécharger",
    "The download of %1 does not match its checksum (MD5 %2): deleted, to be downloaded again":
    "Le téléchargement de %1 ne correspond pas à sa somme de contrôle (MD5 %2) : supprimé, à retélécharger",
    "%1 cannot be renamed to %2":
    "%1 ne peut pas être renommé en %2",
    "the creation of %1":
    "la création de %1",
    "the upload of %1":
    "l'envoi de %1",
    "The secret could not be taken out of the keychain: %1":
    "La clé secrète n'a pas pu être retirée du trousseau : %1",
    "the %1 bytes received are kept in %2 and the next download goes on from there":
    "les %1 octets reçus sont gardés dans %2 et le prochain téléchargement reprendra à partir de là",
    "Cancelled; %1":
    "Annulé ; %1",
    "%1 changed at edX since it was listed: the part downloaded is deleted; list again and download it":
    "%1 a changé chez edX depuis qu'il a été listé : la partie téléchargée est supprimée ; listez de nouveau et téléchargez-le",
    "%1; %2":
    "%1 ; %2",
    "Cannot find the events of %1: %2": "Impossible de trouver les événements de %1 : %2",
    "Which files are imported already is not known: the target could not be read (%1).":
        "On ne sait pas quels fichiers sont déjà importés : la cible n’a pas pu être lue (%1).",
    "A JSON value that is not an object: a forum post is one JSON object":
        "Une valeur JSON qui n’est pas un objet : un message de forum est un objet JSON",
    "Course found from: %1": "Cours trouvé par : %1",
    "%1 Studio requests (left out of course builds)": "%1 requêtes Studio (écartées des constructions de cours)",
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
    "%n file(s) imported (%1 documents)": (("%n file imported (%1 documents)", "%n files imported (%1 documents)"),
                                            ("%n fichier importé (%1 documents)", "%n fichiers importés (%1 documents)")),
    "%n already imported with the same content": (("%n already imported with the same content",
                                                   "%n already imported with the same content"),
                                                  ("%n déjà importé avec le même contenu",
                                                   "%n déjà importés avec le même contenu")),
    "%n file(s) not imported: see the Note column": (("%n file not imported: see the Note column",
                                                      "%n files not imported: see the Note column"),
                                                     ("%n fichier non importé : voir la colonne Remarque",
                                                      "%n fichiers non importés : voir la colonne Remarque")),
    "%n line(s) rejected: double-click the row for the error report": (
        ("%n line rejected: double-click the row for the error report",
         "%n lines rejected: double-click the row for the error report"),
        ("%n ligne rejetée : double-cliquez sur la ligne pour le rapport d'erreurs",
         "%n lignes rejetées : double-cliquez sur la ligne pour le rapport d'erreurs")),
    "%1 imported, %n rejected": (("%1 imported, %n rejected", "%1 imported, %n rejected"),
                                 ("%1 importés, %n rejeté", "%1 importés, %n rejetés")),
    "[%n item(s)]": (("[%n item]", "[%n items]"), ("[%n élément]", "[%n éléments]")),
    "{%n field(s)}": (("{%n field}", "{%n fields}"), ("{%n champ}", "{%n champs}")),
    "%n database(s), %1 documents in %2": (("%n database, %1 documents in %2", "%n databases, %1 documents in %2"),
                                           ("%n base, %1 documents dans %2", "%n bases, %1 documents dans %2")),
    "Reading folders… %n file(s) so far": (("Reading folders… %n file so far", "Reading folders… %n files so far"),
                                           ("Lecture des dossiers… %n fichier pour l'instant",
                                            "Lecture des dossiers… %n fichiers pour l'instant")),
    "%n archive(s) refused": (("%n archive refused", "%n archives refused"), ("%n archive refusée", "%n archives refusées")),
    "GnuPG %1: %n secret key(s). Passphrases are asked when a file needs them, and never stored by EdxLoader.": (
        ("GnuPG %1: %n secret key. Passphrases are asked when a file needs them, and never stored by EdxLoader.",
         "GnuPG %1: %n secret keys. Passphrases are asked when a file needs them, and never stored by EdxLoader."),
        ("GnuPG %1 : %n clé secrète. Les phrases secrètes sont demandées quand un fichier en a besoin, et jamais "
         "enregistrées par EdxLoader.",
         "GnuPG %1 : %n clés secrètes. Les phrases secrètes sont demandées quand un fichier en a besoin, et jamais "
         "enregistrées par EdxLoader.")),
    "%n byte(s) follow the end of the compressed data": (
        ("%n byte follows the end of the compressed data", "%n bytes follow the end of the compressed data"),
        ("%n octet suit la fin des données compressées", "%n octets suivent la fin des données compressées")),
    "%n file(s) changed since they were imported.": (
        ("%n file changed since it was imported.", "%n files changed since they were imported."),
        ("%n fichier a changé depuis son importation.", "%n fichiers ont changé depuis leur importation.")),
    "Error Report — %n file(s)": (("Error Report — %n file", "Error Report — %n files"),
                                   ("Rapport d'erreurs — %n fichier", "Rapport d'erreurs — %n fichiers")),
    "%1.person_course: %n learner(s), %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.": (["%1.person_course: %n learner, %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV.", "%1.person_course: %n learners, %2 of their events counted from %3 in %4 s. Select it and Export… to write it as CSV."], ["%1.person_course : %n apprenant, %2 de ses événements comptés depuis %3 en %4 s. Choisissez-la puis Exporter… pour l'écrire en CSV.", "%1.person_course : %n apprenants, %2 de leurs événements comptés depuis %3 en %4 s. Choisissez-la puis Exporter… pour l'écrire en CSV."]),
    "%n document(s). Pick the columns, narrow the rows if needed, then Export….": (["%n document. Pick the columns, narrow the rows if needed, then Export….", "%n documents. Pick the columns, narrow the rows if needed, then Export…."], ["%n document. Choisissez les colonnes, restreignez les lignes si besoin, puis Exporter….", "%n documents. Choisissez les colonnes, restreignez les lignes si besoin, puis Exporter…."]),
    "Wrote %1: %2 rows, %n column(s), %3 MB in %4 s.": (["Wrote %1: %2 rows, %n column, %3 MB in %4 s.", "Wrote %1: %2 rows, %n columns, %3 MB in %4 s."], ["%1 écrit : %2 lignes, %n colonne, %3 Mo en %4 s.", "%1 écrit : %2 lignes, %n colonnes, %3 Mo en %4 s."]),
    "%n document(s) with an _id seen before": (("%n document with an _id seen before", "%n documents with an _id seen before"), ("%n document avec un _id déjà vu", "%n documents avec un _id déjà vu")),
    "%1.%2: %n document(s)": (("%1.%2: %n document", "%1.%2: %n documents"), ("%1.%2 : %n document", "%1.%2 : %n documents")),
    "%n key(s) repeated in an object: the last value was kept, as JSON readers do": (
        ("%n key repeated in an object: the last value was kept, as JSON readers do",
         "%n keys repeated in an object: the last value was kept, as JSON readers do"),
        ("%n clé répétée dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON",
         "%n clés répétées dans un objet : la dernière valeur a été gardée, comme le font les lecteurs JSON")),
    "%n block id(s) given twice: the last value of each was kept": (
        ("%n block id given twice: its last value was kept", "%n block ids given twice: the last value of each was kept"),
        ("%n identifiant de bloc donné deux fois : sa dernière valeur a été gardée",
         "%n identifiants de bloc donnés deux fois : la dernière valeur de chacun a été gardée")),
    "%n byte(s) before the JSON object were ignored (kept here, escaped)": (
        ("%n byte before the JSON object was ignored (kept here, escaped)",
         "%n bytes before the JSON object were ignored (kept here, escaped)"),
        ("%n octet avant l'objet JSON a été ignoré (gardé ici, échappé)",
         "%n octets avant l'objet JSON ont été ignorés (gardés ici, échappés)")),
    '%n byte(s) follow the end of the data': (('%n byte follows the end of the data', '%n bytes follow the end of the data'), ('%n octet suit la fin des données', '%n octets suivent la fin des données')),
    '%n byte(s) after the end of the gzip data are not a gzip member': (('%n byte after the end of the gzip data is not a gzip member', '%n bytes after the end of the gzip data are not a gzip member'), ("%n octet après la fin des données gzip n'est pas un membre gzip", '%n octets après la fin des données gzip ne sont pas un membre gzip')),
    '%n with the same content as a file imported under another name (Import Anyway loads it)': (('%n with the same content as a file imported under another name (Import Anyway loads it)', '%n with the same content as files imported under other names (Import Anyway loads them)'), ("%n de même contenu qu'un fichier importé sous un autre nom (Importer quand même le charge)", "%n de même contenu que des fichiers importés sous d'autres noms (Importer quand même les charge)")),
    ', about %n min left': ((', about %n min left', ', about %n min left'), (', environ %n min restante', ', environ %n min restantes')),
    ', about %n s left': ((', about %n s left', ', about %n s left'), (', environ %n s restante', ', environ %n s restantes')),
    'Cancelled — %n file(s) imported (%1 documents)': (('Cancelled — %n file imported (%1 documents)', 'Cancelled — %n files imported (%1 documents)'), ('Annulé — %n fichier importé (%1 documents)', 'Annulé — %n fichiers importés (%1 documents)')),
    '%n stopped half-way (nothing of them kept)': (('%n stopped half-way (nothing of it kept)', '%n stopped half-way (nothing of them kept)'), ("%n arrêté en cours de route (rien n'en est gardé)", "%n arrêtés en cours de route (rien n'en est gardé)")),
    '%n not started': (('%n not started', '%n not started'), ('%n non commencé', '%n non commencés')),
    '%n file(s) could not be imported.': (('%n file could not be imported.', '%n files could not be imported.'), ("%n fichier n'a pas pu être importé.", "%n fichiers n'ont pas pu être importés.")),
    'and %n more': (('and %n more', 'and %n more'), ('et %n autre', 'et %n autres')),
    '%n files: %1': (('%n file: %1', '%n files: %1'), ('%n fichier : %1', '%n fichiers : %1')),
    '%n secret key(s) imported from %1.': (('%n secret key imported from %1.', '%n secret keys imported from %1.'), ('%n clé secrète importée depuis %1.', '%n clés secrètes importées depuis %1.')),
    '%n database(s), %1 documents of data (and %2 import records) in %3': (('%n database, %1 documents of data (and %2 import records) in %3', '%n databases, %1 documents of data (and %2 import records) in %3'), ("%n base, %1 documents de données (et %2 registres d'import) dans %3", "%n bases, %1 documents de données (et %2 registres d'import) dans %3")),
    '%n databases': (('%n database', '%n databases'), ('%n base', '%n bases')),
    '%n collections': (('%n collection', '%n collections'), ('%n collection', '%n collections')),
    '%n not imported': (('%n not imported', '%n not imported'), ('%n non importé', '%n non importés')),
    "%1 of the %n learners who enrolled": (("%1 of the %n learner who enrolled", "%1 of the %n learners who enrolled"), ("%1 de l'apprenant inscrit", "%1 des %n apprenants inscrits")),
    "%n file(s) at edX, from %1 to %2.": (("%n file at edX, from %1 to %2.", "%n files at edX, from %1 to %2."), ("%n fichier chez edX, du %1 au %2.", "%n fichiers chez edX, du %1 au %2.")),
    "%n file(s) ticked, %1": (("%n file ticked, %1", "%n files ticked, %1"), ("%n fichier coché, %1", "%n fichiers cochés, %1")),
    "Downloading %n file(s)…": (("Downloading %n file…", "Downloading %n files…"), ("Téléchargement de %n fichier…", "Téléchargement de %n fichiers…")),
    " · about %n min left": ((" · about %n min left", " · about %n min left"), (" · environ %n min restante", " · environ %n min restantes")),
    " · about %n s left": ((" · about %n s left", " · about %n s left"), (" · environ %n s restante", " · environ %n s restantes")),
    "%n file(s) downloaded (%1)": (("%n file downloaded (%1)", "%n files downloaded (%1)"), ("%n fichier téléchargé (%1)", "%n fichiers téléchargés (%1)")),
    ", %n already here": ((", %n already here", ", %n already here"), (", %n déjà présent", ", %n déjà présents")),
    ", %n not downloaded:": ((", %n not downloaded:", ", %n not downloaded:"), (", %n non téléchargé :", ", %n non téléchargés :")),
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
