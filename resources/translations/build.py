"""Regenerate the translations of the whole program (everything under ui/).

    .venv/bin/python resources/translations/build.py            # update .ts, fill, build .qm
    .venv/bin/python resources/translations/build.py --release  # only build .qm
    .venv/bin/python resources/translations/build.py --refill CONTEXT  # words win in CONTEXT

1. lupdate collects the tr() / QCoreApplication.translate / QT_TRANSLATE_NOOP strings (English
   sources) into caplegal_<lang>.ts, keeping what translators already filled in;
2. words_<lang>.json (and words_<lang>_<feature>.json) fill what is still unfinished: {"Context": {source: text}} first, then
   {"": {source: text}} for every context (numerus forms separated by "|");
3. lrelease compiles caplegal_<lang>.qm. English needs no file: it is the source language.
Texts left unfinished are printed, so a new string is not forgotten.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def update(ts: Path, code: str) -> None:
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


def fill(ts: Path, words: dict[str, dict[str, str]], *, refill: str | None = None) -> list[str]:
    """Fill unfinished messages from `words`, and with `refill` every message of that context
    (the words file then wins over the .ts); return the sources still unfinished."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished"
            if not (unfinished or name == refill):
                continue
            text = words.get(name, {}).get(source) or words.get("", {}).get(source)
            if text is None:
                if unfinished:
                    missing.append(f"{name}: {source}")
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for form_text in text.split("|"):
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def load_words(code: str) -> dict[str, dict[str, str]]:
    """words_<lang>.json, then words_<lang>_<feature>.json per feature, merged by context."""
    words: dict[str, dict[str, str]] = {}
    for path in sorted(HERE.glob(f"words_{code}.json")) + sorted(HERE.glob(f"words_{code}_*.json")):
        for context, texts in json.loads(path.read_text(encoding="utf-8")).items():
            words.setdefault(context, {}).update(texts)
    return words


def main(argv: list[str]) -> int:
    for code in LANGUAGES:
        ts = HERE / f"caplegal_{code}.ts"
        if "--release" not in argv:
            update(ts, code)
            refill = argv[argv.index("--refill") + 1] if "--refill" in argv else None
            for source in fill(ts, load_words(code), refill=refill):
                print(f"{code}: untranslated: {source}")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
