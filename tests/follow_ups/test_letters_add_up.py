"""Letters that add up (issue 13 item 4): every default letter, merged for varied cases, lists
lines that sum to the total it states, with each claim's invoice no. and due date, its deadline,
reminder no., handler and payment details — the same whether a run, the case card or the CLI
merges it."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import (
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
    PaymentInput,
)
from caplegal_desktop.services.follow_ups import letters
from caplegal_desktop.services.follow_ups.execution import execute_follow_up
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.payment_plans import plans
from models import ActivityStep, Case, CompanySetup, Employee, FollowUp
from tests.foundation.test_cli import caplegal
from workflows.mailmerge import list_fields
from workflows.mailmerge.field_catalogue import CLAIMS_GROUP, SPEC_GROUP

TODAY = date(2026, 11, 23)
# the objection answer letters are merged with an objection's fields (`caplegal objection letter`)
TEMPLATES = sorted(
    p for p in letters.BUILT_IN_TEMPLATES.glob("*.docx") if not p.stem.startswith("indsigelse_")
)
# fields a letter shows only when there is something to say (each behind a \b "text" switch)
OPTIONAL = {"Advarsler", "Rettens_Nr", "Berammelsesdato"}
AMOUNT = re.compile(r"^(-?\d{1,3}(?:\.\d{3})*,\d{2}) kr\.$")


@pytest.fixture
def app(sqlite_url):
    context = AppContext(open_database(sqlite_url), Settings(), "pia")
    with context.uow(write=True) as uow:
        company = uow.session.scalars(select(CompanySetup)).one()
        company.company_name = "Advokatfirmaet Holm & Kjær"
        company.address, company.postcode, company.city = "Kongens Nytorv 8", "1050", "København K"
        company.phone, company.email = "33 12 34 56", "inkasso@holmkjaer.example.dk"
        company.cvr, company.iban, company.fi_creditor_no = (
            "25313763",
            "DK5000400440116243",
            "81234567",
        )
        uow.session.add(Employee(initials="MK", name="Mette Kjær", function_code="SAGSBEH"))
        uow.commit()
    yield context
    context.close()


@pytest.fixture
def danish_ui(qapp):
    from ui.i18n import DEFAULT_LANGUAGE, install_language

    install_language("da")
    yield
    install_language(DEFAULT_LANGUAGE)


def claim(no: str, invoiced: date, due: date, principal: str, what="Varmeregning"):
    return ClaimInput(
        description=what,
        invoice_no=no,
        invoice_date=invoiced,
        due_date=due,
        principal=Decimal(principal),
    )


def varied_cases(app) -> dict[str, int]:
    """A consumer with one claim and the setup's fees; a business with two claims, part paid,
    handled by MK; a consumer with an active payment plan."""
    requests = {
        "one claim, fees": NewCase(
            client=ClientInput(name="Fjernvarme Fyn A/S", cvr="10403782", vat_registered=True),
            debtors=[
                PartyInput(
                    name="Jens Ærø Sørensen", kind="person", postcode="5000", address="Æblehaven 7"
                )
            ],
            regarding="Varmeregning 2026",
            claims=[claim("F-4711", date(2026, 9, 1), date(2026, 10, 1), "12345.67")],
            created_on=TODAY,
        ),
        "two claims, part paid": NewCase(
            client=ClientInput(name="Madsens Auto ApS", cvr="13585628", vat_registered=False),
            debtors=[
                PartyInput(
                    name="Østergaard Byg ApS",
                    kind="business",
                    postcode="8000",
                    address="Søndergade 12",
                )
            ],
            regarding="Værkstedsregninger",
            claims=[
                claim("2026-118", date(2026, 6, 3), date(2026, 7, 3), "8000.00", "Reparation"),
                claim("2026-131", date(2026, 7, 20), date(2026, 8, 19), "1999.95", "Dæk"),
            ],
            payments=[PaymentInput(date(2026, 10, 1), Decimal("2500.00"))],
            handler_initials="MK",
            created_on=TODAY,
        ),
        "payment plan": NewCase(
            client=ClientInput(name="Boligselskabet Ærtebjerghave"),
            debtors=[
                PartyInput(
                    name="Ole Knudsen", kind="person", postcode="8270", address="Skolevej 85"
                )
            ],
            regarding="Husleje maj",
            claims=[claim("H-77", date(2026, 5, 1), date(2026, 5, 15), "20967.95", "Husleje")],
            created_on=TODAY,
        ),
    }
    made = {}
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        for name, request in requests.items():
            made[name] = create_case(
                uow.session, request, user="pia", setup=setup, today=TODAY
            ).case_id
        uow.commit()
    with app.uow(write=True) as uow:
        case_no = uow.session.get(Case, made["payment plan"]).no
        changed = plans.create_plan(
            uow.session,
            case_no=case_no,
            user="pia",
            today=TODAY,
            calculator=plans.CalculatorInput(periods=12, first_date=date(2027, 1, 1)),
        )
        plans.activate_plan(uow.session, plan_no=changed.plan_no, user="pia", today=TODAY)
        uow.commit()
    return made


def text_of(path: Path) -> tuple[str, Document]:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts), document


def specification(document) -> tuple[list[tuple[str, Decimal]], Decimal]:
    """The listed lines and the stated 'Skyldigt beløb i alt', read back from the letter."""
    for table in document.tables:
        labels = [row.cells[0].text.strip() for row in table.rows]
        if "Skyldigt beløb i alt" in labels:
            total_at = labels.index("Skyldigt beløb i alt")
            lines = [
                (row.cells[0].text.strip(), _amount(row.cells[1].text))
                for row in table.rows[:total_at]
            ]
            return lines, _amount(table.rows[total_at].cells[1].text)
    raise AssertionError("no specification in the letter")


def _amount(text: str) -> Decimal:
    found = AMOUNT.match(text.strip())
    assert found, f"not an amount: {text!r}"
    return Decimal(found.group(1).replace(".", "").replace(",", "."))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_each_default_letter_adds_up_and_leaves_no_field_empty(app, tmp_path, template):
    cases = varied_cases(app)
    for name, case_id in cases.items():
        out = tmp_path / f"{template.stem}-{case_id}.docx"
        if "Afdrag_Beloeb" in list_fields(template) and name != "payment plan":
            with (
                app.uow() as uow,
                pytest.raises(ValidationError, match="ingen aktiv betalingsplan"),
            ):
                letters.merge_case_letter(
                    uow.session, template=template, case_id=case_id, out=out, as_of=TODAY
                )
            assert not out.exists()
            continue
        with app.uow() as uow:
            record = letters.case_record(
                uow.session, case_id=case_id, as_of=TODAY, template=template, user="pia"
            )
            letters.merge_case_letter(
                uow.session, template=template, case_id=case_id, out=out, as_of=TODAY, user="pia"
            )
        # no field the letter uses came out empty
        values = {f: [record.get(f)] for f in record}
        for group in (CLAIMS_GROUP, SPEC_GROUP):
            for row in record[group]:
                for key, value in row.items():
                    values.setdefault(key, []).append(value)
        used = set(list_fields(template)) - OPTIONAL
        empty = sorted(f for f in used if any(v in (None, "") for v in values.get(f, [None])))
        assert empty == [], f"{template.name} for '{name}': empty {empty}"
        text, document = text_of(out)
        assert "«" not in text and "senest ." not in text and "senest  " not in text
        # the specification lists every component and adds up to the stated total
        lines, total = specification(document)
        assert sum((amount for _label, amount in lines), Decimal(0)) == total, (name, lines)
        assert total == record["Saldo"]
        # each claim with its invoice no. and due date
        for row in record[CLAIMS_GROUP]:
            assert row["Fordring_Fakturanr"] in text
            assert f"{row['Fordring_Forfald']:%d-%m-%Y}" in text
        # deadline, handler and payment details
        assert f"Betales senest: {record['Betalingsfrist']:%d-%m-%Y}" in text
        assert record["Betalingsfrist"] > TODAY
        if "Afdrag_Beloeb" in list_fields(template):  # the plan letter asks for instalment 1
            assert record["Betalingsfrist"] == record["Afdrag_Foerste_Dato"] == date(2027, 1, 1)
            assert (
                f"Første afdrag: {record['Afdrag_Beloeb']:,.2f}".replace(",", "X")
                .replace(".", ",")
                .replace("X", ".")
                in text
            )
        if template.stem == "inkassovarsel":  # inkassoloven § 10: at least 10 days
            assert record["Betalingsfrist"] >= date(2026, 12, 3)
        assert "Konto: Reg.nr. 0040 kontonr. 0440116243" in text
        assert f"Betalings-id: {record['Betalings_Id']}" in text
        assert record["Sagsbehandler_Navn"] in text
    # the consumer case's salary, the payment and the fee are all listed
    with app.uow() as uow:
        labels = [
            row["Post_Tekst"]
            for row in letters.case_record(
                uow.session, case_id=cases["two claims, part paid"], as_of=TODAY
            )[SPEC_GROUP]
        ]
    assert labels[:2] == ["Hovedstol", "Renter"] and "Indbetalt" in labels


def test_the_collection_notice_gives_the_legal_least_days_from_the_setup(app):
    case_id = varied_cases(app)["one claim, fees"]
    with app.uow(write=True) as uow:
        step = uow.session.scalars(
            select(ActivityStep).where(ActivityStep.code == "INKVARSEL")
        ).one()
        step.payment_days = 5  # a setup below the law
        assert step.min_payment_days == 10
        uow.commit()
    with app.uow() as uow:
        record = letters.case_record(
            uow.session, case_id=case_id, as_of=TODAY, template="inkassovarsel.docx"
        )
    assert record["Betalingsfrist"] == date(2026, 12, 3)


def test_a_run_the_case_card_and_the_cli_merge_the_same_letter(app, tmp_path, sqlite_url):
    # GIVEN a case whose first follow-up is the 1st reminder
    case_id = varied_cases(app)["two claims, part paid"]
    with app.uow() as uow:
        before = letters.case_record(
            uow.session, case_id=case_id, as_of=TODAY, template="rykker.docx", user="pia"
        )
        follow_up_id = uow.session.scalar(
            select(FollowUp.id).where(FollowUp.case_id == case_id, FollowUp.status == "open")
        )
        case_no = before["Sag_Nr"]
    # WHEN the CLI merges the reminder, then the run executes it
    out = tmp_path / "cli.docx"
    merged = caplegal(
        "--db", sqlite_url, "letters", "merge", "rykker.docx", "--case", case_no,
        "--out", str(out), "--as-of", TODAY.isoformat(),
    )  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    with app.uow(write=True) as uow:
        done = execute_follow_up(uow.session, follow_up_id=follow_up_id, user="pia", today=TODAY)
        uow.commit()
    # THEN deadline, number, handler and payment details agree; only the fee the run posts differs
    same = (
        "Betalingsfrist",
        "Rykker_Nr",
        "Sagsbehandler_Navn",
        "Firma_Konto",
        "Betalings_Id",
        "OCR_Linje",
        "Hovedstol",
        CLAIMS_GROUP,
    )
    for name in same:
        if name == CLAIMS_GROUP:
            strip = [
                {k: v for k, v in r.items() if k not in ("Fordring_Saldo",)} for r in before[name]
            ]
            again = [
                {k: v for k, v in r.items() if k not in ("Fordring_Saldo",)}
                for r in done.record[name]
            ]
            assert strip == again
        else:
            assert done.record[name] == before[name], name
    assert before["Rykker_Nr"] == 1 and before["Sagsbehandler_Navn"] == "Mette Kjær"
    cli_text, _ = text_of(out)
    run_text, _ = text_of(done.letter_path)
    for text in (cli_text, run_text):
        assert "Rykker nr. 1" in text and f"senest {before['Betalingsfrist']:%d-%m-%Y}" in text
    # AND the next reminder merged from the CLI is number 2
    with app.uow() as uow:
        after = letters.case_record(
            uow.session, case_id=case_id, as_of=TODAY, template="rykker.docx"
        )
    assert after["Rykker_Nr"] == 2


def test_print_letter_on_the_case_card_merges_what_the_cli_merges(
    app, qtbot, danish_ui, tmp_path, sqlite_url
):
    from PySide6.QtCore import Qt

    from models import CaseHistory
    from tests.cases.helpers import CTRL, MAIN, press, raise_failures, when_modal
    from ui.case_card.page import CaseCardPage
    from ui.wizard.data import CaseData

    # GIVEN a case card open on a case with two claims, part paid
    case_id = varied_cases(app)["two claims, part paid"]
    page = CaseCardPage(CaseData(app, today=lambda: TODAY), case_id)
    qtbot.addWidget(page)
    MAIN[:] = [page]
    page.show()
    target = tmp_path / "fra-sagskortet.docx"

    def fill(dialog):
        dialog.template.setFocus()
        dialog.template.setCurrentText("inkassovarsel.docx")
        dialog.target.setText(str(target))
        dialog.grab().save("/tmp/letters-print-dialog.png")
        when_modal(lambda box: press(qtbot, Qt.Key.Key_Return, widget=box), after=dialog)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.target)

    # WHEN the secretary prints the collection notice from the card
    when_modal(fill)
    page.trigger_action("print_letter")
    raise_failures()
    # THEN the letter is the one `caplegal letters merge` makes, and the history keeps it
    case_no = page.card.general.case_no
    cli = tmp_path / "cli.docx"
    merged = caplegal(
        "--db", sqlite_url, "letters", "merge", "inkassovarsel.docx", "--case", case_no,
        "--out", str(cli), "--as-of", TODAY.isoformat(),
    )  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    card_text, _ = text_of(target)
    cli_text, _ = text_of(cli)
    assert card_text == cli_text and "Mette Kjær" in card_text
    with app.uow() as uow:
        kept = uow.session.scalars(
            select(CaseHistory.document_path).where(CaseHistory.case_id == case_id)
        ).all()
    assert str(target) in kept
