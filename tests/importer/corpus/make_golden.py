"""Write the golden JSON of each corpus document from what the importer reads now.

    .venv/bin/python tests/importer/corpus/make_golden.py [NAME-PREFIX ...]

Only for a new document, or after a change whose new output has been read and
found right, item by item: the golden files are the specification. Scans and
re-encodings share the golden of the document they were made from (the truth
is the paper, not what OCR made of it), so they are not written here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[3]))
sys.path.insert(0, str(Path(__file__).parents[3] / "backend"))

from plandesk.importer import parse_plan_file
from tests.importer.corpus.golden import SAME_AS, documents, golden_path, project


def main(prefixes: list[str]) -> None:
    for document in documents():
        if document.name[:2] in SAME_AS or (prefixes and not document.name.startswith(tuple(prefixes))):
            continue
        draft = parse_plan_file(document.read_bytes(), document.name)
        text = json.dumps(project(draft), ensure_ascii=False, indent=1) + "\n"
        golden_path(document).write_text(text, encoding="utf-8")
        print("wrote", golden_path(document).name)


if __name__ == "__main__":
    main(sys.argv[1:])
