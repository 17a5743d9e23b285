"""Regenerate the Python SDK (clients/python/plandesk_client) from openapi/openapi.json.

    python clients/python/regenerate.py          # rewrite the generated files
    python clients/python/regenerate.py --check  # exit 1 when they differ from a fresh generation

openapi-python-client (pinned in pyproject.toml's dev extra) writes a whole project
into a scratch directory; only the package and its pyproject.toml are copied here, so
README.md, examples/ and this script stay as written.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "openapi" / "openapi.json"
GENERATED = ("plandesk_client", "pyproject.toml")


def generate(into: Path) -> Path:
    out = into / "sdk"
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(HERE / "generator.yaml"),
            "--output-path",
            str(out),
            "--meta",
            "pdm",
        ],
        check=True,
        env=env,
        cwd=into,
        stdout=subprocess.DEVNULL,  # the generator warns about every binary response
        stderr=subprocess.DEVNULL,
    )
    return out


def _differences(a: Path, b: Path) -> list[str]:
    if a.is_file() or b.is_file():
        return [] if a.is_file() and b.is_file() and filecmp.cmp(a, b, shallow=False) else [str(b)]
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [str(b / n) for n in cmp.left_only + cmp.right_only + cmp.funny_files]
    out += [str(b / n) for n in cmp.common_files if not filecmp.cmp(a / n, b / n, shallow=False)]
    for name in cmp.common_dirs:
        out += _differences(a / name, b / name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed SDK has drifted")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = generate(Path(scratch))
        if args.check:
            drift = [d for name in GENERATED for d in _differences(fresh / name, HERE / name)]
            if drift:
                print("The Python SDK is out of date: run `make openapi` and commit clients/python.")
                print("\n".join(sorted(drift)[:20]))
                return 1
            return 0
        for name in GENERATED:
            target = HERE / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            source = fresh / name
            if source.is_dir():
                shutil.copytree(source, target)
            else:
                shutil.copy2(source, target)
    print(f"wrote {HERE.relative_to(ROOT)}/plandesk_client")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
