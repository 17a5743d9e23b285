"""Importer accuracy and speed over the corpus and its layout changes.

    .venv/bin/python bench/importer.py            # every document and transformation
    .venv/bin/python bench/importer.py --no-ocr   # skip the scans (no Tesseract, or quicker)

Prints, per field of the golden JSON (code, date, place, title, issuer, signer,
legal bases, purposes, requirements, phases, channels, units, tasks,
recipients), the share of imports that read it exactly as the golden file
says: every corpus document as it is, and every text document after each
mechanical layout change of tests/importer/corpus/transforms.py. Then the time
per document: median and worst of a few runs for each, the seed plan included.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "backend")]

from tests.importer.corpus.golden import FIELDS, documents, load_golden, project  # noqa: E402
from tests.importer.corpus.transforms import TRANSFORMS  # noqa: E402

from plandesk.demo.seed import SEED_PLAN  # noqa: E402
from plandesk.importer import parse_plan, parse_plan_file  # noqa: E402


def is_scan(document: Path) -> bool:
    return document.suffix in (".png", ".jpg") or document.name.endswith("-quet.pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-ocr", action="store_true", help="leave out the scanned documents")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per non-scanned document")
    args = parser.parse_args()

    right: Counter[str] = Counter()
    total = 0
    failures: list[str] = []
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for document in documents():
        if args.no_ocr and is_scan(document):
            continue
        want = load_golden(document)
        runs = 1 if is_scan(document) else args.runs
        for _ in range(runs):
            start, cpu_start = time.perf_counter(), cpu_seconds()
            draft = parse_plan_file(document.read_bytes(), document.name)
            timings.setdefault(document.name, []).append(time.perf_counter() - start)
            cpu.setdefault(document.name, []).append(cpu_seconds() - cpu_start)
        cases = [("as is", project(draft))]
        if document.suffix in (".txt", ".md") and not document.name.startswith("16-"):
            text = document.read_bytes().decode("utf-8")
            cases += [(t.__name__, project(parse_plan(t(text)))) for t in TRANSFORMS]
        for name, got in cases:
            total += 1
            for field in FIELDS:
                if got[field] == want[field]:
                    right[field] += 1
                else:
                    failures.append(f"{document.name} [{name}]: {field}")

    print(f"Per-field accuracy over {total} imports (documents and their layout changes)")
    for field in FIELDS:
        print(f"  {field:<14} {100 * right[field] / total:6.1f} %  ({right[field]}/{total})")
    for failure in failures[:20]:
        print("  wrong:", failure)

    seed = SEED_PLAN.read_bytes()
    seed_name = f"seed {SEED_PLAN.name} ({len(seed):,} bytes)"
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), cpu_seconds()
        parse_plan_file(seed, SEED_PLAN.name)
        timings.setdefault(seed_name, []).append(time.perf_counter() - start)
        cpu.setdefault(seed_name, []).append(cpu_seconds() - cpu_start)

    print("\nTime per document: wall clock median / worst, and CPU time median (this process and OCR's)")
    for name, values in timings.items():
        print(
            f"  {name:<48} {1000 * statistics.median(values):8.0f} ms / {1000 * max(values):6.0f} ms"
            f"   cpu {1000 * statistics.median(cpu[name]):6.0f} ms"
        )


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (Tesseract)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
