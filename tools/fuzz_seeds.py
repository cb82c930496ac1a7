#!/usr/bin/env python3
"""Seed corpora for the fuzz harnesses (tests/fuzz), cut from a demo package.

Usage: fuzz_seeds.py DEMO_DIR OUT_DIR — writes OUT_DIR/<harness>/<n> files.
"""
import gzip
import sys
from pathlib import Path

TABLES = ["auth_user", "auth_userprofile", "courseware_studentmodule",
          "student_courseenrollment", "certificates_generatedcertificate", "unknown_table"]


def write(out: Path, harness: str, name: str, data: bytes) -> None:
    d = out / harness
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def main() -> int:
    demo, out = Path(sys.argv[1]), Path(sys.argv[2])
    files = sorted(p for p in demo.rglob("*") if p.is_file())
    for p in files:
        write(out, "classifier", f"name-{len(list((out / 'classifier').glob('*'))) if (out / 'classifier').exists() else 0}",
              str(p.relative_to(demo)).encode())
        if p.suffix == ".sql":
            table = next((i for i, t in enumerate(TABLES) if f"-{t}-" in p.name), len(TABLES) - 1)
            lines = p.read_bytes().splitlines(keepends=True)[:40]
            write(out, "tsv", p.stem, bytes([table]) + b"".join(lines))
        elif p.suffix == ".mongo":
            for i, line in enumerate(p.read_bytes().splitlines()[:60]):
                write(out, "extjson", f"{p.stem}-{i}", line)
        elif p.name.endswith("course_structure-prod-analytics.json"):
            write(out, "coursestructure", p.stem, p.read_bytes())
        elif p.name.endswith(".log.gz"):
            with gzip.open(p) as f:
                lines = f.read().splitlines(keepends=True)
            for i in range(0, min(len(lines), 400), 20):
                write(out, "tracking", f"{p.stem}-{i}", b"".join(lines[i:i + 20]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
