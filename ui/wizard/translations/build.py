"""Build the translations of the wizard, the claims window and the case card.

    .venv/bin/python ui/wizard/translations/build.py

lupdate collects the tr() strings of ui/wizard, ui/claims and ui/case_card into cases_<lang>.ts,
the Danish words in cases_da.json fill in what is still unfinished, and lrelease compiles .qm.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
PACKAGES = ("ui/wizard", "ui/claims", "ui/case_card")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in PACKAGES for p in (ROOT / d).rglob("*.py"))


def fill(ts: Path, words: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in words:
            translation.text = words[source]
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in list(translation):
                    translation.remove(form)
                for text in words[source].split("|"):
                    ET.SubElement(translation, "numerusform").text = text
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    for code in ("da",):
        ts = HERE / f"cases_{code}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        words = json.loads((HERE / f"cases_{code}.json").read_text(encoding="utf-8"))
        missing = fill(ts, words)
        for source in missing:
            print(f"{code}: untranslated: {source}")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
