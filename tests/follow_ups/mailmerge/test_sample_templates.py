"""Every real-world template from docx-mailmerge's test suite merges and reads back cleanly."""

from __future__ import annotations

import io

from docx import Document

from tests.follow_ups.mailmerge.conftest import full_text, part_xml, texts
from workflows.mailmerge import MergeTemplate, list_fields, merge, merge_many


def _no_field_codes(document) -> None:
    xml = document.element.xml
    assert "fldChar" not in xml and "fldSimple" not in xml and "instrText" not in xml
    assert "«" not in full_text(document)


def test_one_simple_field_is_replaced(sample):
    document = merge(sample("test_one_simple_field"), {"fieldname": "Æble"})
    assert texts(document) == ["Æble"]
    _no_field_codes(document)


def test_field_with_doubled_spaces_in_its_instruction_is_found(sample):
    assert list_fields(sample("test_issue8")) == ["testfield"]
    assert texts(merge(sample("test_issue8"), {"testfield": "værdi"})) == ["værdi"]


def test_empty_field_code_is_dropped_and_the_text_kept(sample):
    document = merge(sample("test_empty_field"), {})
    assert texts(document)[0] == "Sample word template with a layout in a table"
    _no_field_codes(document)


def test_field_in_the_header_of_the_footer_sample_is_merged(sample):
    document = merge(sample("test_footer"), {"footer": "Side-tekst"})
    header = document.sections[0].header
    assert [p.text for p in header.paragraphs] == ["Footer Side-tekst"]
    assert "fldChar" not in header._element.xml


def test_keep_fields_sample_leaves_missing_fields_as_fields_when_asked(sample):
    data = MergeTemplate.load(sample("test_keep_fields")).render(
        {"first": "one", "three_simple": "three"}, missing="keep"
    )
    document = Document(io.BytesIO(data))
    assert texts(document) == ["one", "«second»", "three", "«four_simple»"]
    assert part_xml(data).count('w:fldCharType="begin"') == 2


def test_keep_fields_sample_merges_to_empty_by_default(sample):
    document = merge(sample("test_keep_fields"), {"first": "one", "three_simple": "three"})
    assert texts(document) == ["one", "", "three", ""]
    _no_field_codes(document)


def test_multiple_table_rows_sample_repeats_the_class_row_per_item(sample):
    classes = [
        {"class_code": "JUR1", "class_name": "Obligationsret", "class_grade": "10"},
        {"class_code": "JUR2", "class_name": "Tingsret", "class_grade": "7"},
        {"class_code": "JUR3", "class_name": "Forvaltningsret", "class_grade": "12"},
    ]
    record = {"student_name": "Åse", "study_name": "Jura", "thesis_grade": "12"}
    document = merge(sample("test_merge_multiple_table_rows"), record, rows={"class_code": classes})
    assert len(document.tables) == 2
    for table in document.tables:
        rows = [[c.text for c in row.cells] for row in table.rows]
        assert rows == [
            ["Class Code", "Class Name", "Grade"],
            ["JUR1", "Obligationsret", "10"],
            ["JUR2", "Tingsret", "7"],
            ["JUR3", "Forvaltningsret", "12"],
            ["THESIS", "Final thesis", "12"],
        ]
    assert "Åse received the grades for Jura in the table below." in texts(document)
    _no_field_codes(document)


def test_table_sample_with_a_header_part_merges_rows_given_in_the_record(sample):
    record = {
        "student_name": "Bo",
        "study_name": "Jura",
        "thesis_grade": "02",
        "classes": [{"class_code": "A", "class_name": "Ret", "class_grade": "4"}],
    }
    document = merge(sample("test_merge_table_multipart"), record)
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[1] == ["A", "Ret", "4"]
    assert [p.text for p in document.sections[0].header.paragraphs][0] == "Python University"


def test_pages_sample_merges_many_letters_into_one_document_with_sections(sample):
    document = merge_many(
        sample("test_merge_pages"), [{"fieldname": "én"}, {"fieldname": "to"}, {"fieldname": "tre"}]
    )
    body = [t for t in texts(document) if t]
    assert body == [
        f"This is a template for the {v} merge_list test case" for v in ("én", "to", "tre")
    ]
    assert len(document.sections) == 3
    assert document.sections[2].footer.paragraphs[0].text == "Footer Content is Here"


def test_simple_templates_sample_keeps_header_and_footer(sample):
    document = merge(sample("test_merge_templates_simple"), {"fieldname": "flet"})
    assert texts(document) == ["Merge : flet"]
    assert document.sections[0].header.paragraphs[0].text == "Header on every page"
    assert document.sections[0].footer.paragraphs[0].text == "Footer on every page"


def test_nested_if_inside_sample_evaluates_each_branch(sample):
    template = MergeTemplate.load(sample("test_nested_if_inside"))
    assert template.fields == ["fieldname"]
    expected = {"one": "- one -", "two": "two", "five": "more: five"}
    for value, shown in expected.items():
        document = template.document({"fieldname": value})
        assert texts(document) == [shown]
        _no_field_codes(document)


def test_nested_if_outside_sample_evaluates_the_constant_if_and_the_field(sample):
    document = merge(sample("test_nested_if_outside"), {"fieldname": "one"})
    assert texts(document) == ["trueone"]
    _no_field_codes(document)


def test_next_record_sample_puts_four_records_on_each_copy(sample):
    values = ["one", "two", "three", "four", "five"]
    document = merge_many(sample("test_next_record"), [{"field": v} for v in values])
    lines = [t for t in texts(document) if t]
    assert lines == ["one/one", "two/two", "three/three", "four/four", "five/five", "/", "/", "/"]
    _no_field_codes(document)


def test_next_record_sample_with_one_record_leaves_the_following_slots_empty(sample):
    document = merge(sample("test_next_record"), {"field": "kun"})
    assert texts(document) == ["kun/kun", "/", "/", "/"]


def test_winword_2010_sample_with_quoted_field_names_merges(sample):
    names = ["Titel", "Voornaam", "Achternaam", "Adresregel_1", "Postcode", "Plaats"]
    assert list_fields(sample("test_winword2010"))[: len(names)] == names
    record = dict.fromkeys(names, "x") | {
        "Voornaam": "Jørgen",
        "Provincie": "",
        "Land_of_regio": "",
    }
    document = merge(sample("test_winword2010"), record)
    assert "Dear Jørgen," in texts(document)
    _no_field_codes(document)


def test_winword_2010_sample_output_drops_the_mail_merge_data_source(sample):
    data = MergeTemplate.load(sample("test_winword2010")).render({"Voornaam": "A"})
    assert "w:mailMerge" not in part_xml(data, "word/settings.xml")
