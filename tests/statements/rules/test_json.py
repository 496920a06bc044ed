import json
from datetime import date
from decimal import Decimal

from models.enums import EntryType
from tests.statements.rules.builders import Entries, case, claim
from workflows.statement import compute_statement


def test_the_json_statement_has_the_agreed_shape_with_decimal_strings_and_iso_dates():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "10000")
    entries.add(EntryType.SALARY, date(2024, 2, 5), "1700", description="Inkassosalær")
    entries.payment(date(2024, 2, 20), "2500.50")
    statement = compute_statement(
        case([claim(1, due=date(2024, 1, 31))], entries), as_of=date(2024, 2, 29)
    )
    data = json.loads(json.dumps(statement.to_json_dict()))
    assert data["case_no"] == "2026-0001"
    assert data["as_of"] == "2024-02-29"
    assert data["currency"] == "DKK"
    assert set(data["totals"]) >= {
        "principal", "interest", "fees", "salary", "vat", "costs", "paid", "balance"
    }  # fmt: skip
    assert data["totals"]["paid"] == "2500.50"
    assert data["totals"]["salary"] == "1700.00"
    first = data["claims"][0]
    assert {"claim_no", "principal", "interest", "paid", "balance", "interest_periods"} <= set(
        first
    )
    assert first["interest_periods"][0] == {
        "from": "2024-02-01",
        "to": "2024-02-20",
        "days": 20,
        "day_count": "30E/360",
        "rate_pct": "11.75",
        "base": "10000.00",
        "amount": "65.28",  # 10000 × 11,75 × 20 / 36000 = 65,277.. → 65,28
    }
    assert [a["bucket"] for a in data["allocations"]] == ["salary", "interest", "principal"]
    assert sum(Decimal(a["amount"]) for a in data["allocations"]) == Decimal("2500.50")


def test_the_lines_behind_a_figure_say_where_the_money_went_in_danish():
    entries = Entries()
    entries.principal(1, date(2024, 1, 31), "10000")
    entries.payment(date(2024, 2, 20), "100", description="Indbetaling MobilePay")
    statement = compute_statement(
        case([claim(1, due=date(2024, 1, 31))], entries), as_of=date(2024, 2, 29)
    )
    paid = statement.claims[0].figures.specification("paid")
    assert [line.text for line in paid] == [
        "Indbetaling MobilePay → renter",
        "Indbetaling MobilePay → hovedstol",
    ]
    interest = statement.totals.specification("interest")
    assert interest[0].text.startswith("Rente 01-02-2024 – 20-02-2024: 20 dage à 11,75 % p.a.")
