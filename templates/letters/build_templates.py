"""Build the Danish default letter templates (.docx) next to this script.

Run from the repository root:  .venv/bin/python templates/letters/build_templates.py

Every «field» is a real MERGEFIELD complex field, so Word's Mailings tab sees and edits it.
The claims table has one repeating row (the Fordring_* fields): the merge repeats it per claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "DCE4EE"

CLAIM_COLUMNS = [  # (heading, field, width cm, right-aligned)
    ("Nr.", "Fordring_Nr", 0.8, False),
    ("Beskrivelse", "Fordring_Beskrivelse", 3.2, False),
    ("Faktura", "Fordring_Fakturanr", 1.7, False),
    ("Dato", "Fordring_Dato", 2.2, False),
    ("Forfald", "Fordring_Forfald", 2.2, False),
    ("Hovedstol", "Fordring_Hovedstol", 2.3, True),
    ("Renter", "Fordring_Renter", 1.8, True),
    ("Saldo", "Fordring_Saldo", 2.3, True),
]
# The specification is one repeating row (Post_Tekst, Post_Beloeb): the merge lists every
# component of the balance that is not zero, so the lines always add up to the stated total.
SPEC_ROW = ("Post_Tekst", "Post_Beloeb")


@dataclass(frozen=True)
class Letter:
    file_name: str
    title: list  # text pieces; ("field", name) for a merge field
    paragraphs: list[list]
    after_totals: list[list]
    amount_due: tuple[str, str] = ("Beløb", "Saldo")  # the payment box's amount


# -- fields -------------------------------------------------------------------
def add_field(paragraph, instruction: str, shown: str, *, bold: bool = False, size=None):
    """A complex field: begin, instruction, separate, shown result, end."""

    def run_with(child=None, text=None):
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = size
        if child is not None:
            run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    run_with(text=shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_merge_field(paragraph, name: str, *, bold=False, size=None, switches: str = ""):
    instruction = f"MERGEFIELD {name} {switches}\\* MERGEFORMAT".replace("  ", " ")
    add_field(paragraph, instruction, f"«{name}»", bold=bold, size=size)


def write(paragraph, pieces, *, bold=False, size=None):
    """Text pieces: plain strings, ("field", name) or ("field", name, switches)."""
    for piece in pieces:
        if isinstance(piece, tuple):
            switches = piece[2] + " " if len(piece) > 2 else ""
            add_merge_field(paragraph, piece[1], bold=bold, size=size, switches=switches)
        else:
            run = paragraph.add_run(piece)
            run.bold = bold or None
            if size:
                run.font.size = size
    return paragraph


def F(name: str, switches: str = "") -> tuple:
    return ("field", name, switches) if switches else ("field", name)


# -- layout helpers -----------------------------------------------------------
def spacing(paragraph, before=0, after=0, line=None):
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line:
        fmt.line_spacing = line
    return paragraph


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def borders(cell, **edges: str) -> None:
    """edges: top/bottom/left/right -> 'single:8:1F3A5F' (style:size:colour)."""
    properties = cell._tc.get_or_add_tcPr()
    box = OxmlElement("w:tcBorders")
    for edge, spec in edges.items():
        style, size, colour = spec.split(":")
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), style)
        element.set(qn("w:sz"), size)
        element.set(qn("w:color"), colour)
        box.append(element)
    properties.append(box)


def no_table_borders(table) -> None:
    properties = table._tbl.tblPr
    box = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        box.append(element)
    properties.append(box)


def fix_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)


def cell_text(cell, pieces, *, bold=False, size=Pt(8.5), right=False):
    paragraph = cell.paragraphs[0]
    write(paragraph, pieces, bold=bold, size=size)
    spacing(paragraph, before=2, after=2)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)


# -- letter parts -------------------------------------------------------------
def setup_document():
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.2), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
    section.start_type = WD_SECTION.NEW_PAGE
    return document


def letterhead(section) -> None:
    header = section.header
    table = header.add_table(rows=1, cols=2, width=Cm(16.5))
    no_table_borders(table)
    fix_widths(table, [10.5, 6.0])
    left, right = table.rows[0].cells
    name = spacing(left.paragraphs[0], after=0)
    write(name, [F("Firma_Navn")], bold=True, size=Pt(14))
    for run in name.runs:
        run.font.color.rgb = ACCENT
    spacing(write(left.add_paragraph(), ["Advokater · Inkasso"], size=Pt(8.5)), after=0)
    lines = [
        [F("Firma_Adresse")],
        [F("Firma_Postnr_By")],
        ["Tlf. ", F("Firma_Telefon")],
        [F("Firma_Email")],
        ["CVR ", F("Firma_CVR")],
    ]
    for index, pieces in enumerate(lines):
        paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
        write(paragraph, pieces, size=Pt(8))
        spacing(paragraph, after=0).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            run.font.color.rgb = GREY
    rule = header.paragraphs[0]  # python-docx leaves an empty paragraph: make it the rule
    header._element.remove(rule._p)
    header._element.append(rule._p)
    spacing(rule, after=0)
    bottom = OxmlElement("w:pBdr")
    line = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3A5F")):
        line.set(qn(key), value)
    bottom.append(line)
    rule._p.get_or_add_pPr().append(bottom)


def footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write(paragraph, [F("Firma_Navn"), " · Sagsnr. ", F("Sag_Nr"), " · Side "], size=Pt(8))
    add_field(paragraph, "PAGE", "1", size=Pt(8))
    write(paragraph, [" af "], size=Pt(8))
    add_field(paragraph, "NUMPAGES", "1", size=Pt(8))
    for run in paragraph.runs:
        run.font.color.rgb = GREY


def address_block(document) -> None:
    table = document.add_table(rows=1, cols=2)
    no_table_borders(table)
    fix_widths(table, [9.5, 7.0])
    left, right = table.rows[0].cells
    for index, name in enumerate(("Debitor_Navn", "Debitor_Adresse", "Debitor_Postnr_By")):
        paragraph = left.paragraphs[0] if index == 0 else left.add_paragraph()
        spacing(write(paragraph, [F(name)]), after=0)
    references = [
        ("Dato", [F("Dato")]),
        ("Vores sagsnr.", [F("Sag_Nr")]),
        ("Kundenr.", [F("Debitor_Nr")]),
        ("Sagsbehandler", [F("Sagsbehandler_Navn"), " (", F("Sagsbehandler_Initialer"), ")"]),
    ]
    for index, (label, pieces) in enumerate(references):
        paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
        write(paragraph, [f"{label}: "], bold=True, size=Pt(9))
        write(paragraph, pieces, size=Pt(9))
        spacing(paragraph, after=0).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def claims_table(document) -> None:
    table = document.add_table(rows=2, cols=len(CLAIM_COLUMNS))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_table_borders(table)
    fix_widths(table, [c[2] for c in CLAIM_COLUMNS])
    heading, claim = table.rows
    repeat_header(heading)
    line = "single:6:1F3A5F"
    for cell, (title, _, _, right) in zip(heading.cells, CLAIM_COLUMNS, strict=True):
        shade(cell, HEADER_FILL)
        borders(cell, bottom=line)
        cell_text(cell, [title], bold=True, right=right)
    for cell, (_, field, _, right) in zip(claim.cells, CLAIM_COLUMNS, strict=True):
        borders(cell, bottom="single:4:BFBFBF")
        cell_text(cell, [F(field)], right=right)


def totals_table(document) -> None:
    """Specification lines (repeated per component), the total, and the VAT they include."""
    table = document.add_table(rows=3, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    no_table_borders(table)
    fix_widths(table, [6.5, 3.5])
    line, total, vat = table.rows
    spacing(cell_text(line.cells[0], [F(SPEC_ROW[0])], size=Pt(9.5)), before=1, after=1)
    right = cell_text(line.cells[1], [F(SPEC_ROW[1]), " kr."], size=Pt(9.5), right=True)
    spacing(right, before=1, after=1)
    for cell in total.cells:
        borders(cell, top="single:8:1F3A5F", bottom="double:4:1F3A5F")
        shade(cell, HEADER_FILL)
    cell_text(total.cells[0], ["Skyldigt beløb i alt"], bold=True, size=Pt(10))
    cell_text(total.cells[1], [F("Saldo"), " kr."], bold=True, size=Pt(10), right=True)
    cell_text(vat.cells[0], ["heraf moms af gebyrer og salær"], size=Pt(8))
    cell_text(vat.cells[1], [F("Moms_I_Alt"), " kr."], size=Pt(8), right=True)


def payment_box(document, amount_due: tuple[str, str]) -> None:
    table = document.add_table(rows=1, cols=1)
    no_table_borders(table)
    fix_widths(table, [16.5])
    cell = table.rows[0].cells[0]
    shade(cell, "F2F5F9")
    border = "single:6:1F3A5F"
    borders(cell, top=border, bottom=border, left=border, right=border)
    cell_text(cell, ["Betalingsoplysninger"], bold=True, size=Pt(10))
    lines = [
        [f"{amount_due[0]}: ", F(amount_due[1]), " kr."],
        ["Betales senest: ", F("Betalingsfrist")],
        ["Konto: ", F("Firma_Konto")],
        ["Betalings-id: ", F("Betalings_Id"), "  ·  Indbetalingskort: ", F("OCR_Linje")],
    ]
    for pieces in lines:
        spacing(write(cell.add_paragraph(), pieces, size=Pt(9.5)), after=1)


def closing(document) -> None:
    spacing(document.add_paragraph("Med venlig hilsen"), before=8, after=12)
    spacing(write(document.add_paragraph(), [F("Firma_Navn")], bold=True), after=0)
    spacing(write(document.add_paragraph(), [F("Sagsbehandler_Navn")]), after=0)


def build(letter: Letter) -> Path:
    document = setup_document()
    section = document.sections[0]
    letterhead(section)
    footer(section)
    spacing(document.add_paragraph(), after=10)  # room below the letterhead
    address_block(document)
    spacing(document.add_paragraph(), after=18)
    title = write(document.add_paragraph(), letter.title, bold=True, size=Pt(15))
    spacing(title, after=2)
    for run in title.runs:
        run.font.color.rgb = ACCENT
    regarding = ["Vedr.: ", F("Sag_Vedr"), " – kreditor: ", F("Klient_Navn")]
    spacing(write(document.add_paragraph(), regarding, bold=True), after=10)
    for pieces in letter.paragraphs:
        write(document.add_paragraph(), pieces)
    spacing(document.add_paragraph("Specifikation af fordringer", style=None), before=6, after=3)
    document.paragraphs[-1].runs[0].bold = True
    claims_table(document)
    spacing(document.add_paragraph(), after=2)
    totals_table(document)
    # missing or unconfirmed legal figures behind the amounts: empty (no line) when there are none
    warning = [F("Advarsler", '\\b "Forbehold: "')]
    spacing(write(document.add_paragraph(), warning, size=Pt(8.5)), after=2)
    payment_box(document, letter.amount_due)
    for pieces in letter.after_totals:
        spacing(write(document.add_paragraph(), pieces), before=6)
    closing(document)
    target = HERE / letter.file_name
    document.core_properties.title = "".join(p if isinstance(p, str) else "" for p in letter.title)
    document.core_properties.author = "CapLegal Desktop"
    document.save(target)
    return target


CONTACT = [
    "Har du spørgsmål, er du velkommen til at kontakte os på tlf. ",
    F("Firma_Telefon"),
    " eller ",
    F("Firma_Email"),
    ". Oplys venligst vores sagsnr. ",
    F("Sag_Nr"),
    ".",
]

LETTERS = [
    Letter(
        "rykker.docx",
        ["Rykker nr. ", F("Rykker_Nr")],
        [
            [
                "Vi skriver på vegne af vores klient, ",
                F("Klient_Navn"),
                ", som endnu ikke har modtaget betaling af nedenstående fordring, der er "
                "forfalden til betaling.",
            ],
            [
                "Vi beder dig venligst betale det skyldige beløb på ",
                F("Saldo"),
                " kr. senest ",
                F("Betalingsfrist"),
                ". Der er beregnet rykkergebyr efter renteloven § 9 b og renter efter "
                "renteloven, jf. opgørelsen nedenfor.",
            ],
            ["Har du allerede betalt, bedes du se bort fra denne rykker."],
        ],
        [CONTACT],
    ),
    Letter(
        "inkassovarsel.docx",
        ["Inkassovarsel"],
        [
            [
                "Vi skriver på vegne af vores klient, ",
                F("Klient_Navn"),
                ". Trods tidligere henvendelser er nedenstående beløb fortsat ikke betalt.",
            ],
            [
                "Betales det samlede beløb på ",
                F("Saldo"),
                " kr. ikke senest ",
                F("Betalingsfrist"),
                ", vil sagen blive sendt til inkasso. Det vil medføre yderligere omkostninger "
                "for dig i form af inkassosalær og gebyrer efter inkassobekendtgørelsen samt "
                "renter efter renteloven.",
            ],
            [
                "Dette brev er en påkravsskrivelse efter inkassoloven § 10. Fristen er mindst "
                "10 dage fra brevets dato.",
            ],
        ],
        [CONTACT],
    ),
    Letter(
        "inkassobrev.docx",
        ["Inkassomeddelelse"],
        [
            [
                "Vores klient, ",
                F("Klient_Navn"),
                ", har overgivet nedenstående tilgodehavende til inkasso hos os, da betaling "
                "ikke er sket trods påkrav.",
            ],
            [
                "Vi skal derfor anmode dig om at betale det samlede skyldige beløb på ",
                F("Saldo"),
                " kr. senest ",
                F("Betalingsfrist"),
                ".",
            ],
            [
                "Sker betaling ikke rettidigt, vil vi uden yderligere varsel indgive "
                "betalingspåkrav til fogedretten. Det vil påføre dig yderligere omkostninger til "
                "retsafgift og salær. Ønsker du at indgå en betalingsaftale, bedes du kontakte "
                "os inden fristen.",
            ],
        ],
        [CONTACT],
    ),
    Letter(
        "betalingsplan_bekraeftelse.docx",
        ["Bekræftelse af betalingsaftale"],
        [
            [
                "Vi bekræfter hermed den aftale, der er indgået om betaling af din gæld til vores "
                "klient, ",
                F("Klient_Navn"),
                ".",
            ],
            [
                "Du betaler ",
                F("Afdrag_Beloeb"),
                " kr. om måneden i ",
                F("Afdrag_Antal"),
                " måneder, første gang senest ",
                F("Afdrag_Foerste_Dato"),
                ". Renter tilskrives løbende, indtil gælden er betalt.",
            ],
            [
                "Aftalen forudsætter, at afdragene betales rettidigt. Udebliver en betaling, "
                "bortfalder aftalen, og hele det skyldige beløb forfalder straks til betaling.",
            ],
        ],
        [CONTACT],
        ("Første afdrag", "Afdrag_Beloeb"),
    ),
    Letter(
        "opgoerelse_foelgebrev.docx",
        ["Opgørelse af din gæld"],
        [
            [
                "Hermed fremsendes opgørelse over din gæld til vores klient, ",
                F("Klient_Navn"),
                ", opgjort pr. ",
                F("Dato"),
                ".",
            ],
            [
                F("Rettens_Nr", '\\b "Rettens sagsnr.: "'),
                F("Berammelsesdato", '\\b " · Retsmøde: "'),
            ],
            [
                "Det skyldige beløb bedes indbetalt senest ",
                F("Betalingsfrist"),
                ". Renter løber fortsat, indtil betaling sker.",
            ],
        ],
        [CONTACT],
    ),
]


def main() -> None:
    for letter in LETTERS:
        print(build(letter).relative_to(HERE.parent.parent))


if __name__ == "__main__":
    main()
