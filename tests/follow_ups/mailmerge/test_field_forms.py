"""Each merge-field form Word writes is merged and read back with python-docx."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.follow_ups.mailmerge.conftest import (
    complex_field,
    full_text,
    make_template,
    paragraph,
    part_xml,
    reopen,
    simple_field,
    texts,
)
from workflows.mailmerge import (
    MergeTemplate,
    MissingFieldsError,
    list_fields,
    merge,
    merge_many,
    merge_to_file,
)

BOLD = "<w:rPr><w:b/></w:rPr>"
GRID = '<w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'


def test_simple_field_is_replaced_by_the_value():
    template = make_template(paragraph(simple_field(" MERGEFIELD Debitor_Navn ", "«Debitor_Navn»")))
    assert texts(merge(template, {"Debitor_Navn": "Søren Ø. Åberg"})) == ["Søren Ø. Åberg"]


def test_complex_field_with_instruction_split_over_runs_is_replaced():
    field = complex_field([" MERGE", "FIELD  Sag", "_Nr  ", "\\* MERGEFORMAT "], ["«Sag_Nr»"])
    template = make_template(paragraph("<w:r><w:t xml:space='preserve'>Sag: </w:t></w:r>", field))
    assert list_fields(template) == ["Sag_Nr"]
    assert texts(merge(template, {"Sag_Nr": "2026-1"})) == ["Sag: 2026-1"]


def test_result_split_over_runs_keeps_the_formatting_of_its_first_run():
    field = complex_field([" MERGEFIELD Saldo "], ["«Sal", "do»"], rpr=BOLD)
    document = merge(make_template(paragraph(field)), {"Saldo": Decimal("1234.5")})
    runs = [r for r in document.paragraphs[0].runs if r.text]
    assert [r.text for r in runs] == ["1.234,50"]
    assert runs[0].bold is True


def test_fields_in_header_footer_table_and_footnote_are_merged():
    cell = (
        "<w:tc><w:p>" + simple_field(" MERGEFIELD Klient_Navn ", "«Klient_Navn»") + "</w:p></w:tc>"
    )
    body = (
        paragraph("<w:r><w:t>Brev</w:t></w:r>") + f"<w:tbl>{GRID}<w:tr>{cell}</w:tr></w:tbl><w:p/>"
    )
    template = make_template(
        body,
        header=paragraph(complex_field([" MERGEFIELD Firma_Navn "], ["«Firma_Navn»"])),
        footer=paragraph(simple_field(" MERGEFIELD Sag_Nr ", "«Sag_Nr»")),
        footnote=paragraph(complex_field([" MERGEFIELD Rettens_Nr "], ["«Rettens_Nr»"])),
    )
    assert list_fields(template) == ["Klient_Navn", "Firma_Navn", "Sag_Nr", "Rettens_Nr"]
    record = {"Klient_Navn": "K ApS", "Firma_Navn": "Firma", "Sag_Nr": "77", "Rettens_Nr": "BS-1"}
    data = MergeTemplate.load(template).render(record)
    document = reopen(data)
    assert document.tables[0].cell(0, 0).text == "K ApS"
    assert document.sections[0].header.paragraphs[0].text == "Firma"
    assert document.sections[0].footer.paragraphs[0].text == "77"
    footnotes = part_xml(data, "word/footnotes.xml")
    assert "BS-1" in footnotes and "fldChar" not in footnotes


def test_list_fields_gives_each_name_once_in_order_of_appearance():
    body = paragraph(
        simple_field(" MERGEFIELD B ", "«B»"),
        simple_field(" MERGEFIELD A ", "«A»"),
        simple_field(" MERGEFIELD B ", "«B»"),
    )
    assert list_fields(make_template(body)) == ["B", "A"]


@pytest.mark.parametrize(
    ("switches", "value", "shown"),
    [
        ("\\* Upper", "søren", "SØREN"),
        ("\\* Lower", "SØREN", "søren"),
        ("\\* FirstCap", "søren åberg", "Søren åberg"),
        ("\\* Caps", "søren åberg", "Søren Åberg"),
        ('\\b "Rettens nr.: "', "BS-1", "Rettens nr.: BS-1"),
        ('\\f " kr."', "100", "100 kr."),
        ('\\b "Rettens nr.: " \\f "."', "", ""),
        ('\\# "#.##0,00"', Decimal("1234.5"), "1.234,50"),
        ('\\@ "d. MMMM yyyy"', dt.date(2026, 11, 24), "24-11-2026"),
    ],
)
def test_field_switches_are_honoured_but_number_and_date_pictures_are_ours(switches, value, shown):
    field = complex_field([f" MERGEFIELD X {switches} \\* MERGEFORMAT "], ["«X»"])
    assert texts(merge(make_template(paragraph(field)), {"X": value})) == [shown]


def test_amounts_dates_and_times_are_formatted_the_danish_way():
    names = ["Hovedstol", "Negativ", "Dato", "Berammelsesdato", "Antal", "Tekst"]
    body = "".join(paragraph(simple_field(f" MERGEFIELD {n} ", f"«{n}»")) for n in names)
    record = {
        "Hovedstol": Decimal("1234567.895"),
        "Negativ": Decimal("-50"),
        "Dato": dt.date(2026, 11, 24),
        "Berammelsesdato": dt.datetime(2027, 1, 14, 9, 30),
        "Antal": 12,
        "Tekst": "allerede 1.000,00",
    }
    assert texts(merge(make_template(body), record)) == [
        "1.234.567,90",
        "-50,00",
        "24-11-2026",
        "14-01-2027 kl. 09.30",
        "12",
        "allerede 1.000,00",
    ]


def test_multi_line_value_becomes_line_breaks_and_xml_characters_are_escaped():
    template = make_template(paragraph(simple_field(" MERGEFIELD Adresse ", "«Adresse»")))
    document = merge(template, {"Adresse": "Vej 1 <st.>\nc/o A & B"})
    assert document.paragraphs[0].text == "Vej 1 <st.>\nc/o A & B"


def test_missing_fields_are_left_empty_by_default():
    body = paragraph(
        "<w:r><w:t xml:space='preserve'>Kære </w:t></w:r>",
        simple_field(" MERGEFIELD Debitor_Navn ", "«Debitor_Navn»"),
    )
    document = merge(make_template(body), {})
    assert texts(document) == ["Kære "]
    assert "fldSimple" not in document.element.xml


def test_missing_fields_raise_listing_every_missing_name_when_asked():
    body = "".join(paragraph(simple_field(f" MERGEFIELD {n} ", f"«{n}»")) for n in "ABC")
    with pytest.raises(MissingFieldsError) as raised:
        merge(make_template(body), {"B": 1}, missing="raise")
    assert raised.value.names == ["A", "C"]
    assert "A, C" in str(raised.value)


def test_keep_fields_mode_keeps_real_fields_with_the_new_results():
    template = make_template(paragraph(simple_field(" MERGEFIELD Sag_Nr ", "«Sag_Nr»")))
    data = MergeTemplate.load(template).render({"Sag_Nr": "42"}, keep_fields=True)
    xml = part_xml(data)
    assert "MERGEFIELD Sag_Nr" in xml and "42" in xml
    assert list_fields(data) == ["Sag_Nr"]  # a kept field can be merged again


def test_if_field_compares_a_nested_merge_field_with_a_text():
    nested = complex_field([" MERGEFIELD Type "], ["«Type»"])
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + nested
        + '<w:r><w:instrText xml:space="preserve"> = "erhverv" "Kompensation" "Intet" '
        "</w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Intet</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    template = MergeTemplate.load(make_template(paragraph(field)))
    assert texts(template.document({"Type": "erhverv"})) == ["Kompensation"]
    assert texts(template.document({"Type": "forbruger"})) == ["Intet"]
    assert "fldChar" not in template.document({"Type": "x"}).element.xml


def test_if_field_compares_danish_amounts_as_numbers():
    instruction = ' IF 1.000,00 > 999 "større" "mindre" '
    field = complex_field([instruction], ["x"])
    assert texts(merge(make_template(paragraph(field)), {})) == ["større"]


def test_other_fields_such_as_page_numbers_are_left_for_word():
    page = complex_field([" PAGE "], ["1"])
    merged = merge(make_template(paragraph(page)), {})
    assert 'w:fldCharType="begin"' in merged.element.xml and "PAGE" in merged.element.xml


def test_field_whose_result_spans_two_paragraphs_is_removed_whole():
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Før </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD Navn </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>gammel</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>resultat</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> efter</w:t></w:r></w:p>'
    )
    assert texts(merge(make_template(body), {"Navn": "Ny"})) == ["Før Ny efter"]


def _claims_template() -> bytes:
    def cell(name: str) -> str:
        return "<w:tc><w:p>" + simple_field(f" MERGEFIELD {name} ", f"«{name}»") + "</w:p></w:tc>"

    head = "<w:tr><w:tc><w:p><w:r><w:t>Nr.</w:t></w:r></w:p></w:tc>"
    head += "<w:tc><w:p><w:r><w:t>Saldo</w:t></w:r></w:p></w:tc></w:tr>"
    claim = f"<w:tr>{cell('Fordring_Nr')}{cell('Fordring_Saldo')}</w:tr>"
    total = f"<w:tr><w:tc><w:p><w:r><w:t>I alt</w:t></w:r></w:p></w:tc>{cell('Saldo')}</w:tr>"
    return make_template(f"<w:tbl>{GRID}{head}{claim}{total}</w:tbl><w:p/>")


def test_claims_row_is_repeated_once_per_claim():
    claims = [
        {"Fordring_Nr": 1, "Fordring_Saldo": Decimal("100")},
        {"Fordring_Nr": 2, "Fordring_Saldo": Decimal("2500.5")},
    ]
    document = merge(_claims_template(), {"Saldo": Decimal("2600.5")}, rows={"Fordringer": claims})
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [["Nr.", "Saldo"], ["1", "100,00"], ["2", "2.500,50"], ["I alt", "2.600,50"]]


def test_claims_row_disappears_when_there_are_no_claims():
    document = merge(_claims_template(), {"Saldo": Decimal("0"), "Fordringer": []}, missing="raise")
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [["Nr.", "Saldo"], ["I alt", "0,00"]]


def test_merge_many_puts_each_letter_in_its_own_section_with_its_own_footer():
    template = make_template(
        paragraph(simple_field(" MERGEFIELD Navn ", "«Navn»")),
        footer=paragraph(simple_field(" MERGEFIELD Sag_Nr ", "«Sag_Nr»")),
    )
    records = [{"Navn": f"Debitor {n}", "Sag_Nr": f"S{n}"} for n in range(3)]
    document = merge_many(template, records)
    assert [t for t in texts(document) if t] == ["Debitor 0", "Debitor 1", "Debitor 2"]
    footers = [s.footer.paragraphs[0].text for s in document.sections]
    assert footers == ["S0", "S1", "S2"]


def test_compiled_template_renders_many_records_without_reparsing(tmp_path):
    template = MergeTemplate.load(make_template(paragraph(simple_field(" MERGEFIELD N ", "«N»"))))
    for number in range(3):
        path = template.save({"N": number}, tmp_path / f"brev{number}.docx")
        assert texts(reopen(path.read_bytes())) == [str(number)]


def test_merge_to_file_writes_a_letter_python_docx_can_open(tmp_path):
    template = make_template(paragraph(simple_field(" MERGEFIELD N ", "«N»")))
    out = merge_to_file(template, {"N": "æøå"}, tmp_path / "brev.docx")
    assert full_text(reopen(out.read_bytes())) == "æøå"
