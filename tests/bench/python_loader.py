#!/usr/bin/env python3
"""The plain Python peer of EdxLoader's tracking-log import, for the benchmark's comparison
(PRODUCT.md §9): json.loads per line, executemany into sqlite3 in batches, one transaction per
file. Usage: python_loader.py [--indexed] DB FILE.log.gz...

--indexed gives the table what EdxLoader's tracking collection has: a unique id per line (file
and line number) and an index on the course and the time, so that the two loaders do the same
work for the comparison that is reported beside the bar's."""
import gzip
import json
import sqlite3
import sys


def main() -> int:
    args = sys.argv[1:]
    indexed = bool(args) and args[0] == "--indexed"
    if indexed:
        args = args[1:]
    db = sqlite3.connect(args[0])
    if indexed:
        db.execute("CREATE TABLE IF NOT EXISTS tracking (id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS tracking_course_time ON tracking "
                   "(json_extract(doc, '$.context.course_id'), json_extract(doc, '$.time'))")
        insert = "INSERT OR IGNORE INTO tracking (id, doc) VALUES (?, ?)"
    else:
        db.execute("CREATE TABLE IF NOT EXISTS tracking (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
        insert = "INSERT INTO tracking (doc) VALUES (?)"
    events = rejected = 0
    for path in args[1:]:
        batch = []
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    event = json.loads(line[line.index("{"):])
                except ValueError:
                    rejected += 1
                    continue
                text = json.dumps(event)
                batch.append((f"{path}:{number}", text) if indexed else (text,))
                if len(batch) >= 5000:
                    db.executemany(insert, batch)
                    events += len(batch)
                    batch.clear()
        db.executemany(insert, batch)
        events += len(batch)
        db.commit()
    print(events, rejected)
    return 0


if __name__ == "__main__":
    sys.exit(main())
