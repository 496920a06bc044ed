"""Build the answers to an objection (indsigelse): the claim is maintained, reduced or dropped.

Run from the repository root:  .venv/bin/python templates/letters/build_objection_letters.py

Same look and merge fields as the other letters (build_templates.py), plus the objection's own:
Indsigelse_Dato, Indsigelse_Fra, Indsigelse_Bestridt, Indsigelse_Svar, Nedsat_Beloeb. The letter
that drops the claim demands nothing (no payment box, no totals).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_templates import (
    ACCENT,
    ALL_TOTALS,
    CONTACT,
    HERE,
    F,
    address_block,
    claims_table,
    closing,
    footer,
    letterhead,
    payment_box,
    setup_document,
    spacing,
    totals_table,
    write,
)

RECEIVED = [
    "Vi har den ",
    F("Indsigelse_Dato"),
    " modtaget din indsigelse mod kravet fra vores klient, ",
    F("Klient_Navn"),
    ": ",
    F("Indsigelse_Bestridt"),
]
ANSWER = [F("Indsigelse_Svar")]
LETTERS = {
    "indsigelse_fastholdt.docx": (
        "Svar på indsigelse – kravet fastholdes",
        [
            RECEIVED,
            ANSWER,
            [
                "Vores klient fastholder kravet. Vi beder dig betale det skyldige beløb på ",
                F("Saldo"),
                " kr. senest ",
                F("Betalingsfrist"),
                ".",
            ],
        ],
        True,
    ),
    "indsigelse_nedsat.docx": (
        "Svar på indsigelse – kravet nedsættes",
        [
            RECEIVED,
            ANSWER,
            [
                "Vores klient har nedsat kravet med ",
                F("Nedsat_Beloeb"),
                " kr. Vi beder dig betale det resterende beløb på ",
                F("Saldo"),
                " kr. senest ",
                F("Betalingsfrist"),
                ".",
            ],
        ],
        True,
    ),
    "indsigelse_frafaldet.docx": (
        "Svar på indsigelse – kravet frafaldes",
        [
            RECEIVED,
            ANSWER,
            ["Vores klient frafalder kravet. Du skal ikke foretage dig yderligere i sagen."],
        ],
        False,
    ),
}


def build(file_name: str, title: str, paragraphs: list, demands: bool) -> Path:
    document = setup_document()
    section = document.sections[0]
    letterhead(section)
    footer(section)
    spacing(document.add_paragraph(), after=10)
    address_block(document)
    spacing(document.add_paragraph(), after=18)
    heading = write(document.add_paragraph(), [title], bold=True, size=Pt(15))
    spacing(heading, after=2)
    for run in heading.runs:
        run.font.color.rgb = ACCENT
    regarding = ["Vedr.: ", F("Sag_Vedr"), " – kreditor: ", F("Klient_Navn")]
    spacing(write(document.add_paragraph(), regarding, bold=True), after=10)
    for pieces in paragraphs:
        write(document.add_paragraph(), pieces)
    if demands:
        spacing(document.add_paragraph("Specifikation af fordringer"), before=6, after=3)
        document.paragraphs[-1].runs[0].bold = True
        claims_table(document)
        spacing(document.add_paragraph(), after=2)
        totals_table(document, ALL_TOTALS)
        payment_box(document)
    spacing(write(document.add_paragraph(), CONTACT), before=6)
    closing(document)
    target = HERE / file_name
    document.core_properties.title = title
    document.core_properties.author = "CapLegal Desktop"
    document.save(target)
    return target


def main() -> None:
    for file_name, (title, paragraphs, demands) in LETTERS.items():
        print(build(file_name, title, paragraphs, demands))


if __name__ == "__main__":
    main()
