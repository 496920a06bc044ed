"""`caplegal settlement ...` and `caplegal funds balance` as an office's month-end script runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from caplegal_desktop.app import AppContext
from tests.client_funds.builders import client_of, new_case, pay

ROOT = Path(__file__).resolve().parents[2]
AMOUNT_KEYS = ("collected", "client_part", "firm_part", "vat", "set_off", "payout")


def caplegal(url: str, *args: str):
    return subprocess.run(
        [sys.executable, "-m", "main", "--db", url, *args], cwd=ROOT, capture_output=True,
        text=True, env=dict(os.environ), timeout=120,
    )  # fmt: skip


def test_month_end_from_the_command_line(database_url, tmp_path):
    # GIVEN two clients' cases with payments
    app = AppContext.open(database_url)
    a, _ = new_case(app)
    b, _ = new_case(app, client="Vandværket ApS", cvr="25313763", vat_registered=False)
    pay(app, a, "1500.00")
    pay(app, b, "800.00")
    _, client_a = client_of(app, a)
    app.close()
    # WHEN one client is settled, with JSON
    done = caplegal(database_url, "settlement", "create", "--client", client_a, "--to",
                    "2026-11-30", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    [one] = json.loads(done.stdout)["settlements"]
    # THEN the JSON has the shape the issue gives, amounts as decimal strings
    assert {"id", "client_no", *AMOUNT_KEYS, "lines"} <= set(one)
    assert one["client_no"] == client_a
    assert all(isinstance(one[k], str) and "." in one[k] for k in AMOUNT_KEYS)
    # AND --all makes the other client's draft (and replaces the first client's draft)
    done = caplegal(database_url, "settlement", "create", "--all", "--to", "2026-11-30", "--json")
    drafts = json.loads(done.stdout)["settlements"]
    assert len(drafts) == 2
    # AND posting every draft, then the balance per client
    done = caplegal(database_url, "settlement", "post", "--all-drafts")
    assert done.returncode == 0, done.stderr
    assert "2 afregning(er) bogført" in done.stdout
    done = caplegal(database_url, "funds", "balance", "--json")
    balances = {c["client_no"]: c for c in json.loads(done.stdout)["clients"]}
    for draft in drafts:  # a client with nothing to pay out has no entries: balance 0
        assert balances.get(draft["client_no"], {"balance": "0.00"})["balance"] == draft["payout"]
    # AND posting again is refused in Danish, exit 2, nothing changes
    again = caplegal(database_url, "settlement", "post", str(drafts[0]["id"]))
    assert again.returncode == 2 and "ikke en kladde" in again.stderr
    # AND the PDF prints
    pdf = tmp_path / "afregning.pdf"
    xlsx = tmp_path / "bilag.xlsx"
    done = caplegal(database_url, "settlement", "pdf", str(drafts[1]["id"]), "--out", str(pdf),
                    "--excel", str(xlsx))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Afregning", "Linjer"]
    parts = [[D(str(v)) if isinstance(v, int | float) else v for v in row]
             for row in book["Linjer"].iter_rows(min_row=2, values_only=True)]  # fmt: skip
    assert sum(p[4] for p in parts) == sum(D(line["amount"]) for line in drafts[1]["lines"])
    assert all(p[5] + p[6] == p[4] for p in parts)  # client + firm = the part, each line
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    assert list(tmp_path.glob("page*.png"))


def test_bad_input_is_one_danish_line_and_exit_2(sqlite_url):
    done = caplegal(sqlite_url, "settlement", "create", "--client", "NOPE", "--to", "2026-11-30")
    assert done.returncode == 2 and "findes ikke" in done.stderr
    done = caplegal(sqlite_url, "settlement", "create", "--all", "--to", "30-11-2026")
    assert done.returncode == 2 and "ikke en dato" in done.stderr
