"""Case import: the whole file or nothing, every rejected record reported with its field."""

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caplegal_desktop.services.cases.case_import import ImportFileError, import_cases_file
from models import Case, Claim, Party

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())
TODAY = date(2026, 11, 23)


def write(tmp_path, cases) -> Path:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": cases}, ensure_ascii=False), encoding="utf-8")
    return path


def run_import(app, path):
    with app.uow(write=True) as uow:
        return import_cases_file(uow, path, today=TODAY)


def test_a_good_file_creates_every_case(app, tmp_path):
    cases = [copy.deepcopy(EXAMPLE["cases"][0]) for _ in range(3)]
    for i, case in enumerate(cases):
        case["external_ref"] = f"REF-{i}"
    result = run_import(app, write(tmp_path, cases))
    assert result.ok and len(result.created) == 3
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 3
        # the same two debtors (by CPR/CVR) are reused, not duplicated
        assert uow.session.scalar(select(func.count(Party.id))) == 2


BAD_RECORDS = [
    (lambda c: c["debtors"][0].update(cpr="310290-4285"), "debitorer[0].cpr"),  # 31 February
    (lambda c: c["debtors"][0].update(cpr="290221-4285"), "debitorer[0].cpr"),  # 2021: no leap
    (lambda c: c["debtors"][0].update(cpr="٠٧٠٧٦١-٤٢٨٥"), "debitorer[0].cpr"),
    (lambda c: c["debtors"][1].update(cvr="25313764"), "debitorer[1].cvr"),
    (lambda c: c["claims"][0].update(principal="12.500,00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="-100.00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="1.005"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(due_date="2026-02-30"), "claims[0].due_date"),
    (lambda c: c["claims"][0].update(invoice_date="02-05-2026"), "claims[0].invoice_date"),
    (lambda c: c["claims"][0].update(interest_code="XX"), "fordringer[0].rentekode"),
    (lambda c: c.update(case_type="NOPE"), "sagstype"),
    (lambda c: c["claims"][0].update(debtors=[0, 5]), "claims[0].debtors"),
    (lambda c: c["payments"][0].update(amount="abc"), "payments[0].amount"),
    (lambda c: c["client"].update(cvr="12345678"), "klient.cvr"),
    # numbers no one meant: never a traceback, never read as something else
    (lambda c: c["claims"][0].update(principal="1e9999"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="1e30"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="9" * 40), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal=int("9" * 40)), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="10000000000000.00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="NaN"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="1_000.00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="١٢٣"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="١٢٣.٥٠"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="１２３"), "claims[0].principal"),
    (lambda c: c["payments"][0].update(amount="٥٠٠"), "payments[0].amount"),
    (lambda c: c["claims"][1].update(interest_rate_pct="1e9999"), "claims[1].interest_rate_pct"),
    (lambda c: c["claims"][1].update(liability_share_pct="١٠"), "claims[1].liability_share_pct"),
]


@pytest.mark.parametrize(("spoil", "field"), BAD_RECORDS)
def test_a_bad_record_rejects_the_whole_file(app, tmp_path, spoil, field):
    good, bad = copy.deepcopy(EXAMPLE["cases"][0]), copy.deepcopy(EXAMPLE["cases"][0])
    bad["external_ref"] = "BAD-1"
    spoil(bad)
    result = run_import(app, write(tmp_path, [good, bad]))
    assert not result.ok and result.created == []
    assert [r.index for r in result.rejected] == [1]
    assert result.rejected[0].external_ref == "BAD-1"
    assert field in {p.field for p in result.rejected[0].problems}, result.rejected[0].problems
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 0


def test_every_bad_record_of_a_file_is_listed(app, tmp_path):
    records = []
    for spoil, _ in BAD_RECORDS[:5]:
        record = copy.deepcopy(EXAMPLE["cases"][0])
        spoil(record)
        records.append(record)
    result = run_import(app, write(tmp_path, records))
    assert [r.index for r in result.rejected] == list(range(5))


def write_raw_principal(tmp_path, raw: str) -> Path:
    """A file whose first claim's principal is the JSON text `raw`, exactly as written."""
    record = copy.deepcopy(EXAMPLE["cases"][0])
    record["claims"][0]["principal"] = "@RAW@"
    path = write(tmp_path, [copy.deepcopy(EXAMPLE["cases"][0]), record])
    path.write_text(path.read_text(encoding="utf-8").replace('"@RAW@"', raw), encoding="utf-8")
    return path


TOO_LARGE = "Hovedstol: beløbet er for stort (højst 9.999.999.999.999,99)."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1e9999", TOO_LARGE),
        ("1e308", TOO_LARGE),
        ("1E30", TOO_LARGE),
        ("9999999999999999.99", TOO_LARGE),
        ("10000000000000.00", TOO_LARGE),
        ("9" * 40, TOO_LARGE),
        ("9" * 5000, TOO_LARGE),  # beyond what int() converts
        ('"1e9999"', "Hovedstol: '1e9999' er ikke et beløb"),
        ('"١٢٣"', "Hovedstol: '١٢٣' er ikke et beløb"),
        ("NaN", "Hovedstol: 'NaN' er ikke et beløb"),
        ("Infinity", "Hovedstol: 'Infinity' er ikke et beløb"),
        ("-Infinity", "Hovedstol: '-Infinity' er ikke et beløb"),
        ("1.005", "Hovedstol: beløbet kan højst have to decimaler."),
        ("0", "Hovedstol: beløbet skal være større end 0."),
    ],
)
def test_a_json_number_no_one_meant_is_refused_with_the_field_named(app, tmp_path, raw, message):
    result = run_import(app, write_raw_principal(tmp_path, raw))
    assert not result.ok and result.created == []
    [rejected] = result.rejected
    [problem] = rejected.problems
    assert problem.field == "claims[0].principal"
    assert problem.message.startswith(message), problem.message
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 0
        assert uow.session.scalar(select(func.count(Party.id))) == 0


def test_the_largest_amount_the_column_holds_is_imported_to_the_ore(app, tmp_path):
    record = copy.deepcopy(EXAMPLE["cases"][0])
    record["claims"][0]["principal"] = "9999999999999.99"
    result = run_import(app, write(tmp_path, [record]))
    assert result.ok, result.rejected
    with app.uow() as uow:
        principals = uow.session.scalars(select(Claim.principal).order_by(Claim.line_no)).all()
    assert principals[0] == Decimal("9999999999999.99")


@pytest.mark.parametrize(
    ("field", "number", "stored"),
    [
        ("cpr", "070761-4285", "0707614285"),  # with the modulus-11 property
        ("cpr", "070761-4286", "0707614286"),  # without it: valid all the same
        ("cpr", "010160-0000", "0101600000"),  # 1 January numbers issued since 2007
        ("cpr", "010195-2000", "0101952000"),
        ("cpr", "290200-4000", "2902004000"),  # 7th digit 4, year 00: 2000, a leap year
        ("cpr", "010137-9000", "0101379000"),  # 7th digit 9, year 37: 1937
        ("cpr", "010158-5000", "0101585000"),  # 7th digit 5, year 58: 1858
        ("personnummer", "19811218-9876", "8112189876"),
        ("personnummer", "701063-2391", "7010632391"),  # samordningsnummer: day 3 + 60
    ],
)
def test_every_valid_person_number_is_imported(app, tmp_path, field, number, stored):
    """GIVEN a debtor with a valid number of any kind WHEN the file is imported THEN it is saved."""
    record = copy.deepcopy(EXAMPLE["cases"][0])
    debtor = record["debtors"][0]
    del debtor["cpr"]
    debtor[field] = number
    result = run_import(app, write(tmp_path, [record]))
    assert result.ok, result.rejected
    with app.uow() as uow:
        assert uow.session.scalar(select(Party.cpr).where(Party.name == debtor["name"])) == stored


def test_a_file_nested_too_deep_is_unreadable_not_a_traceback(app, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"cases": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(ImportFileError, match="indlejret for dybt"):
        run_import(app, path)


# The file's shape: checked against the schema (services/cases/import_schema.py) before any rule.
SHAPE_REFUSALS = [
    (lambda c: c["client"].update(vat_registered="yes"), "client.vat_registered", "true eller"),
    (lambda c: c["client"].update(vat_registered=[1]), "client.vat_registered", "true eller"),
    (lambda c: c["client"].update(vat_registered=1), "client.vat_registered", "true eller"),
    (lambda c: c["debtors"][0].update(name="x" * 5000), "debtors[0].name", "højst 200 tegn"),
    (lambda c: c["debtors"][0].update(postcode="1" * 300), "debtors[0].postcode", "højst 10"),
    (lambda c: c.update(currency="DANISHKRONERXXXXXXXX"), "currency", "højst 3 tegn"),
    (lambda c: c["debtors"][0].update(name="Ann\x00e"), "debtors[0].name", "NUL"),
    (lambda c: c["debtors"][0].update(name="Ann\ud800e"), "debtors[0].name", "surrogat"),
    (lambda c: c["debtors"][0].update(kind="alien"), "debtors[0].kind", "person, business"),
    (lambda c: c["claims"][0].update(due_date="2026-W01-1"), "claims[0].due_date", "ÅÅÅÅ-MM-DD"),
    (lambda c: c["claims"][0].update(due_date="20260101"), "claims[0].due_date", "ÅÅÅÅ-MM-DD"),
    (lambda c: c["claims"][0].update(due_date=20260101), "claims[0].due_date", "tekst"),
    (lambda c: c["claims"][0].update(principal=True), "claims[0].principal", "tekst eller"),
    (lambda c: c["claims"][0].update(principal=["1"]), "claims[0].principal", "tekst eller"),
    (lambda c: c["claims"][0].update(principal="1" * 41), "claims[0].principal", "højst 40"),
    (lambda c: c.update(debtors={"a": 1}), "debtors", "en liste"),
    (lambda c: c.update(claims=[c["claims"][0]] * 501), "claims", "højst 500"),
    (lambda c: c["debtors"][0].update(cpr=10**40), "debtors[0].cpr", "område"),
]


@pytest.mark.parametrize(("spoil", "field", "words"), SHAPE_REFUSALS)
def test_a_record_of_the_wrong_shape_is_refused_with_the_field_named(
    app, tmp_path, spoil, field, words
):
    bad = copy.deepcopy(EXAMPLE["cases"][0])
    bad["external_ref"] = "BAD-1"
    spoil(bad)
    path = tmp_path / "cases.json"
    # ensure_ascii: a lone surrogate is written as the escape \ud800, as a client's file has it
    path.write_text(json.dumps({"cases": [bad]}), encoding="utf-8")
    result = run_import(app, path)
    assert not result.ok and result.created == []
    problems = [p for r in result.rejected for p in r.problems]
    assert any(p.field == field and words in p.message for p in problems), problems
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"cases": [' + b"[" * 20 + b"]" * 20 + b"]}", "indlejret for dybt"),
        (b'{"cases": [{"name": "\xff"}]}', "UTF-8"),
        (b'{"cases": {}}', "listen"),
        (b"[1, 2", "gyldig JSON"),
        (b'{"cases": [' + b",".join([b"{}"] * 10_001) + b"]}", "højst 10000"),
    ],
)
def test_an_unreadable_file_is_one_danish_line(app, tmp_path, content, words):
    path = tmp_path / "cases.json"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        run_import(app, path)


def test_an_unreadable_file_exits_2_with_one_line(sqlite_url, tmp_path, capsys):
    from caplegal_desktop.cli import main

    path = tmp_path / "cases.json"
    path.write_text('{"cases": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    assert main(["--db", sqlite_url, "import", "cases", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
