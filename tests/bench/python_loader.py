#!/usr/bin/env python3
"""The plain Python peer of EdxLoader's tracking-log import, for the benchmark's comparison
(PRODUCT.md §9): json.loads per line, executemany into sqlite3 in batches, one transaction per
file. Usage: python_loader.py DB FILE.log.gz..."""
import gzip
import json
import sqlite3
import sys


def main() -> int:
    db = sqlite3.connect(sys.argv[1])
    db.execute("CREATE TABLE IF NOT EXISTS tracking (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
    events = rejected = 0
    for path in sys.argv[2:]:
        batch = []
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    event = json.loads(line[line.index("{"):])
                except ValueError:
                    rejected += 1
                    continue
                batch.append((json.dumps(event),))
                if len(batch) >= 5000:
                    db.executemany("INSERT INTO tracking (doc) VALUES (?)", batch)
                    events += len(batch)
                    batch.clear()
        db.executemany("INSERT INTO tracking (doc) VALUES (?)", batch)
        events += len(batch)
        db.commit()
    print(events, rejected)
    return 0


if __name__ == "__main__":
    sys.exit(main())
