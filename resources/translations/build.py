"""Regenerate the translations: lupdate collects tr() strings from ui/ into caplegal_<lang>.ts
(keeping what translators already filled in), lrelease compiles them to .qm.

    .venv/bin/python resources/translations/build.py            # update .ts and build .qm
    .venv/bin/python resources/translations/build.py --release  # only build .qm
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("da", "sv")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in the venv")
    return found


# Feature packages that still ship their own translations (ui/wizard/translations) stay out,
# so their strings are not listed twice as unfinished
OWN_TRANSLATIONS = ("wizard", "claims", "case_card")


def sources() -> list[str]:
    files = []
    for path in (ROOT / "ui").rglob("*.py"):
        relative = path.relative_to(ROOT)
        if len(relative.parts) > 2 and relative.parts[1] in OWN_TRANSLATIONS:
            continue
        files.append(str(relative))
    return sorted(files)


def main(argv: list[str]) -> int:
    for code in LANGUAGES:
        ts = HERE / f"caplegal_{code}.ts"
        if "--release" not in argv:
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-tr-function-alias",
                    "translate+=_translate",
                    "-target-language",
                    code,
                    *sources(),
                    "-ts",
                    str(ts),
                ],
                cwd=ROOT,
                check=True,
            )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
