#!/usr/bin/env python3
"""The plain Python peer of EdxLoader's SQL-table import, for the benchmark's comparison: the csv
module with the TSV dialect of edX's dumps (tab, no quoting, backslash escapes), every column typed
as EdxLoader types it (resources/tables.json: integers, floats, dates, NULL), json.dumps, then
executemany into sqlite3 in batches, one transaction per file.

Usage: python_table_loader.py TABLES_JSON TABLE DB FILE.sql...
Prints the number of rows loaded and the number refused."""
import csv
import json
import sqlite3
import sys
from datetime import datetime


def date_of(text):
    moment = datetime.fromisoformat(text)
    return {"$date": moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)}


def converters(schema, header):
    kinds = {}
    for kind in ("int", "float", "datetime", "flag"):
        for column in schema.get(kind, []):
            kinds[column] = kind
    made = {"int": int, "float": float, "datetime": date_of, "flag": lambda v: v == "1"}
    return [made.get(kinds.get(name)) for name in header]


def main() -> int:
    tables_json, table, db_path, *paths = sys.argv[1:]
    schema = json.load(open(tables_json, encoding="utf-8"))["tables"].get(table, {})
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
    rows = refused = 0
    for path in paths:
        with open(path, newline="", encoding="utf-8", errors="replace") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
            header = next(reader)
            convert = converters(schema, header)
            batch = []
            for record in reader:
                if len(record) != len(header):
                    refused += 1
                    continue
                doc = {}
                try:
                    for name, value, to in zip(header, record, convert):
                        doc[name] = None if value == "NULL" else (to(value) if to else value)
                except ValueError:
                    refused += 1
                    continue
                batch.append((json.dumps(doc),))
                if len(batch) >= 5000:
                    db.executemany("INSERT INTO rows (doc) VALUES (?)", batch)
                    rows += len(batch)
                    batch.clear()
            db.executemany("INSERT INTO rows (doc) VALUES (?)", batch)
            rows += len(batch)
        db.commit()
    print(rows, refused)
    return 0


if __name__ == "__main__":
    sys.exit(main())
