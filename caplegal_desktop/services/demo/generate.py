"""Demo data: realistic Danish clients, debtors, claims, fees and payments, deterministic per seed.

Built as rows and written with bulk inserts (100,000 cases in well under a minute); the figures
follow the same setup rows as real intake (salary table, compensation fee, interest codes).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, text

from caplegal_desktop.services.client_funds import record_allocations
from caplegal_desktop.services.demo import names
from caplegal_desktop.services.master_data import SetupSnapshot
from caplegal_desktop.services.shared.ledger_chain import chain_numbered_entries
from caplegal_desktop.services.shared.numbering import next_numbers
from caplegal_desktop.services.shared.payment_ids import payment_id_for
from models import (
    Case,
    CaseHistory,
    CaseParty,
    Claim,
    ClaimDebtor,
    Client,
    CompanySetup,
    Employee,
    FeeLine,
    LedgerEntry,
    Party,
)
from models.money import round_ore
from workflows.amount_tables import add_vat, amount_for

TABLES = (
    Employee,
    Party,
    Client,
    Case,
    CaseParty,
    Claim,
    ClaimDebtor,
    FeeLine,
    LedgerEntry,
    CaseHistory,
)
_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
_CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def make_cvr(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        remainder = sum(d * w for d, w in zip(body, _CVR_WEIGHTS, strict=False)) % 11
        check = (11 - remainder) % 11
        if check < 10:
            return "".join(map(str, body)) + str(check)


def make_cpr(rng: random.Random, male: bool) -> str:
    """A CPR number with a real birth date (born 1940–2005).

    The numbers happen to have the modulus-11 property of the numbers issued before 2007; nothing
    in the program requires it (workflows.identity.normalise_cpr)."""
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 65 * 365))
    century_digit = rng.choice((0, 1, 2, 3)) if born.year < 2000 else rng.choice((4, 5, 6))
    head = [int(c) for c in f"{born:%d%m%y}"] + [century_digit]
    while True:
        mid = [rng.randint(0, 9), rng.randint(0, 9)]
        partial = sum(d * w for d, w in zip(head + mid, _CPR_WEIGHTS, strict=False))
        last = (11 - partial % 11) % 11
        if last < 10 and (last % 2 == 1) == male:
            return "".join(map(str, head + mid + [last]))


@dataclass
class DemoRows:
    rows: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, table, row: dict) -> None:
        self.rows.setdefault(table.__tablename__, []).append(row)

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


class DemoBuilder:
    def __init__(
        self,
        rng: random.Random,
        setup: SetupSnapshot,
        next_ids: dict[str, int],
        today: date,
        user: str,
    ):
        self.rng, self.setup, self.today, self.user = rng, setup, today, user
        self.ids = dict(next_ids)
        self.out = DemoRows()
        self.postcodes = sorted(
            (p for p in setup.postcodes.values() if p.country == "DK"), key=lambda p: p.postcode
        )
        self.salary_rows = setup.fee_rows["SALAER"]
        self.comp_rows = setup.fee_rows["KOMP"]
        self.now = datetime.combine(today, datetime.min.time()).replace(hour=8)
        # numbers already taken (the database's and this run's): CPR and CVR are unique keys
        self.used_cpr: set[str] = set()
        self.used_cvr: dict[str, set[str]] = {"client": set(), "party": set()}

    def taken(self, session) -> None:
        """Learn the numbers the database already holds, so a new run never repeats one."""
        self.used_cpr.update(session.scalars(select(Party.cpr).where(Party.cpr.is_not(None))))
        self.used_cvr["party"].update(
            session.scalars(select(Party.cvr).where(Party.cvr.is_not(None)))
        )
        self.used_cvr["client"].update(
            session.scalars(select(Client.cvr).where(Client.cvr.is_not(None)))
        )

    def _unique(self, used: set[str], make) -> str:
        number = make()
        while number in used:
            number = make()
        used.add(number)
        return number

    def _id(self, table) -> int:
        name = table.__tablename__
        value = self.ids[name]
        self.ids[name] = value + 1
        return value

    def employees(self) -> list[int]:
        ids = []
        for initials, name, function, team in names.EMPLOYEES:
            ids.append(self._id(Employee))
            self.out.add(
                Employee,
                {
                    "id": ids[-1],
                    "initials": initials,
                    "name": name,
                    "function_code": function,
                    "team": team,
                    "active": True,
                },
            )
        return ids

    def clients(self, count: int, client_nos: list[str], employee_ids: list[int]) -> list[dict]:
        clients = []
        for i in range(count):
            area = self.rng.choice(self.postcodes)
            base = names.CLIENT_NAMES[i % len(names.CLIENT_NAMES)]
            row = {
                "id": self._id(Client),
                "no": client_nos[i],
                "name": base if i < len(names.CLIENT_NAMES) else f"{base} {i + 1}",
                "address": f"{self.rng.choice(names.STREETS)} {self.rng.randint(1, 120)}",
                "postcode": area.postcode,
                "city": area.city,
                "country": "DK",
                "cvr": self._unique(self.used_cvr["client"], lambda: make_cvr(self.rng)),
                "vat_registered": self.rng.random() < 0.85,
                "default_case_type_code": "INK-ALM",
                "salary_code": "SALAER",
                "interest_code": "DK-MORA",
                "use_compensation_fee": True,
                "responsible_employee_id": employee_ids[i % 2],
                "handler_employee_id": employee_ids[2 + i % 4],
                "currency": "DKK",
                "created_on": self.today - timedelta(days=900),
            }
            self.out.add(Client, row)
            clients.append(row)
        return clients

    def party(self, party_no: str) -> dict:
        rng = self.rng
        area = rng.choice(self.postcodes)
        business = rng.random() < 0.25
        if business:
            name = (
                f"{rng.choice(names.LAST_NAMES)}s {rng.choice(names.BUSINESS_WORDS)} "
                f"{rng.choice(names.BUSINESS_SUFFIXES)}"
            )
            cpr, cvr = None, self._unique(self.used_cvr["party"], lambda: make_cvr(rng))
        else:
            male = rng.random() < 0.5
            first = rng.choice(names.FIRST_NAMES_M if male else names.FIRST_NAMES_F)
            name = f"{first} {rng.choice(names.LAST_NAMES)}"
            cpr, cvr = self._unique(self.used_cpr, lambda: make_cpr(rng, male)), None
        row = {
            "id": self._id(Party),
            "no": party_no,
            "kind": "business" if business else "person",
            "party_type": "DEBITOR",
            "name": name,
            "address": f"{rng.choice(names.STREETS)} {rng.randint(1, 150)}",
            "postcode": area.postcode,
            "city": area.city,
            "country": "DK",
            "cpr": cpr,
            "cvr": cvr,
            "email": f"{name.split()[0].lower()}{rng.randint(1, 9999)}@example.dk",
            "customer_no": f"C{rng.randint(10000, 999999)}",
            "in_debt_restructuring": rng.random() < 0.01,
            "deceased": rng.random() < 0.005,
            "in_bankruptcy": rng.random() < 0.01,
            "court_district_code": area.court_district_code,
            "municipality": area.municipality,
        }
        self.out.add(Party, row)
        return row

    def case(self, case_no: str, client: dict, debtors: list[dict]) -> None:
        rng = self.rng
        created = self.today - timedelta(days=rng.randint(0, 720))
        case_id = self._id(Case)
        status = "active" if rng.random() < 0.85 else "closed"
        # a closed case has its closing date (reports of closed cases go by it); derived without
        # another random draw, so a seed gives the same cases as before
        closed_on = min(self.today, created + timedelta(days=60 + case_id % 300))
        self.out.add(
            Case,
            {
                "id": case_id,
                "no": case_no,
                "payment_id": payment_id_for(case_no, case_id),
                "module": "INKASSO",
                "case_type_code": "INK-ALM",
                "client_id": client["id"],
                "regarding": rng.choice(names.CLAIM_TEXTS),
                "currency": "DKK",
                "status": status,
                "closed_on": closed_on if status == "closed" else None,
                "stage": "collection",
                "responsible_employee_id": client["responsible_employee_id"],
                "handler_employee_id": client["handler_employee_id"],
                "salary_code": "SALAER",
                "client_vat_registered": client["vat_registered"],
                "court_district_code": debtors[0]["court_district_code"],
                "municipality": debtors[0]["municipality"],
                "created_on": created,
                "created_by": self.user,
                "favourite": rng.random() < 0.002,
            },
        )
        for debtor in debtors:
            self.out.add(
                CaseParty,
                {
                    "id": self._id(CaseParty),
                    "case_id": case_id,
                    "party_id": debtor["id"],
                    "party_type": "DEBITOR",
                    "removed": False,
                },
            )
        total, newest_due = Decimal(0), None
        for line_no in range(1, rng.choice((1, 1, 2, 2, 3)) + 1):
            principal, due = self._claim(case_id, line_no, created, debtors)
            total += principal
            newest_due = max(newest_due or due, due)
            if client["use_compensation_fee"] and any(d["kind"] == "business" for d in debtors):
                self._fee(
                    case_id,
                    self.ids[Claim.__tablename__] - 1,
                    "KOMP",
                    created,
                    amount_for(self.comp_rows, on=due),
                    Decimal(0),
                    "Kompensationsbeløb",
                )
        salary = amount_for(self.salary_rows, on=newest_due, basis=total)
        vat_pct = Decimal(0) if client["vat_registered"] else self.setup.company.vat_pct
        self._fee(case_id, None, "SALAER", created, salary, vat_pct, "Inkassosalær", basis=total)
        if rng.random() < 0.35:
            paid = round_ore(total * Decimal(rng.randint(5, 60)) / 100)
            self._entry(
                case_id,
                None,
                None,
                "payment",
                created + timedelta(days=rng.randint(5, 60)),
                paid,
                "Indbetaling",
                debtor=debtors[0]["id"],
            )
        self.out.add(
            CaseHistory,
            {
                "id": self._id(CaseHistory),
                "case_id": case_id,
                "at": self.now,
                "user": self.user,
                "kind": "change",
                "action": f"Sag {case_no} oprettet (demodata)",
            },
        )

    def _claim(self, case_id, line_no, created, debtors) -> tuple[Decimal, date]:
        rng = self.rng
        invoice = created - timedelta(days=rng.randint(40, 400))
        due = invoice + timedelta(days=rng.choice((8, 14, 30)))
        principal = Decimal(rng.randint(300_00, 45_000_00)) / 100
        claim_id = self._id(Claim)
        self.out.add(
            Claim,
            {
                "id": claim_id,
                "case_id": case_id,
                "line_no": line_no,
                "description": rng.choice(names.CLAIM_TEXTS),
                "invoice_no": f"{invoice:%Y}-{claim_id}",
                "ocr": f"{claim_id:015d}",
                "customer_no": None,
                "invoice_date": invoice,
                "due_date": due,
                "principal": principal,
                "registered_principal": principal,
                "interest_code": "DK-MORA",
                "interest_rate_pct": None,
                "interest_from": due + timedelta(days=1),
                "deleted": False,
            },
        )
        for debtor in debtors:
            self.out.add(
                ClaimDebtor,
                {
                    "id": self._id(ClaimDebtor),
                    "claim_id": claim_id,
                    "party_id": debtor["id"],
                    "in_solidum": True,
                    "share_pct": None,
                },
            )
        self._entry(
            case_id, claim_id, None, "principal", created, principal, "Hovedstol", debtor=None
        )
        return principal, due

    def _fee(self, case_id, claim_id, code, posting, amount_ex_vat, vat_pct, text_, basis=None):
        amount, vat = add_vat(amount_ex_vat, vat_pct)
        fee_id = self._id(FeeLine)
        self.out.add(
            FeeLine,
            {
                "id": fee_id,
                "case_id": case_id,
                "claim_id": claim_id,
                "fee_code": code,
                "posting_date": posting,
                "basis": basis,
                "registered_basis": basis,
                "amount": amount,
                "vat_pct": vat_pct,
                "vat_amount": vat,
                "interest_bearing_in_plan": False,
                "apr_included": False,
                "deleted": False,
            },
        )
        kind = "salary" if code == "SALAER" else "fee"
        self._entry(case_id, claim_id, fee_id, kind, posting, amount, text_, vat=vat)

    def _entry(
        self,
        case_id,
        claim_id,
        fee_id,
        kind,
        posting,
        amount,
        text_,
        *,
        debtor=None,
        vat=Decimal(0),
    ):
        self.out.add(
            LedgerEntry,
            {
                "id": self._id(LedgerEntry),
                "case_id": case_id,
                "claim_id": claim_id,
                "fee_line_id": fee_id,
                "debtor_party_id": debtor,
                "entry_type": kind,
                "posting_date": posting,
                "amount": amount,
                "vat_amount": vat,
                "description": text_,
                "posted_at": self.now,
                "posted_by": self.user,
            },
        )


def build_demo_rows(
    session, *, cases: int, seed: int, user: str, today: date | None = None
) -> tuple[DemoRows, dict]:
    """Reserve numbers and build every row; nothing is inserted yet."""
    rng = random.Random(seed)
    setup = SetupSnapshot.load(session)
    today = today or date.today()
    next_ids = {t.__tablename__: (session.scalar(select(func.max(t.id))) or 0) + 1 for t in TABLES}
    builder = DemoBuilder(rng, setup, next_ids, today, user)
    builder.taken(session)
    employee_ids = [] if session.scalar(select(Employee.id).limit(1)) else builder.employees()
    if not employee_ids:
        employee_ids = list(session.scalars(select(Employee.id).order_by(Employee.id)))
        employee_ids = (employee_ids * 6)[:6]
    client_count = max(3, min(len(names.CLIENT_NAMES) * 4, cases // 400 + 3))
    clients = builder.clients(
        client_count, next_numbers(session, "KLIENT", client_count), employee_ids
    )
    debtor_counts = [2 if rng.random() < 0.15 else 1 for _ in range(cases)]
    party_nos = iter(next_numbers(session, "PART", sum(debtor_counts)) if cases else [])
    case_nos = next_numbers(session, "SAG", cases) if cases else []
    for case_no, debtor_count in zip(case_nos, debtor_counts, strict=True):
        debtors = [builder.party(next(party_nos)) for _ in range(debtor_count)]
        builder.case(case_no, rng.choice(clients), debtors)
    summary = {
        "cases": cases,
        "first_case_no": case_nos[0] if case_nos else None,
        "last_case_no": case_nos[-1] if case_nos else None,
        "rows": builder.out.count(),
    }
    return builder.out, summary


def insert_rows(
    session, rows: DemoRows, progress: Callable[[int, int], None] | None = None, chunk: int = 20_000
) -> None:
    total, done = rows.count(), 0
    for table in TABLES:
        data = rows.rows.get(table.__tablename__, [])
        if table is LedgerEntry:  # the ledger's hash chain, as the one ledger writer keeps it
            chain_numbered_entries(session, data)
        for start in range(0, len(data), chunk):
            session.execute(insert(table), data[start : start + chunk])
            done += len(data[start : start + chunk])
            if progress:
                progress(done, total)
    # what the ledger writer's hook does for a payment posted: its allocation and split stored,
    # and it waits for a settlement
    payments = [
        r for r in rows.rows.get(LedgerEntry.__tablename__, []) if r["entry_type"] == "payment"
    ]
    for start in range(0, len(payments), chunk):
        record_allocations(session, payments[start : start + chunk])
    if session.bind.dialect.name == "postgresql":
        for table in TABLES:
            name = table.__tablename__
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {name}), 1))"
                )
            )


DEMO_FIRM = {
    "company_name": "Advokatfirmaet Holm & Kjær",
    "address": "Kongens Nytorv 8",
    "postcode": "1050",
    "city": "København K",
    "cvr": "25313763",
    "phone": "33 12 34 56",
    "email": "inkasso@holmkjaer.example.dk",
    "iban": "DK5000400440116243",
    "fi_creditor_no": "81234567",
}


def _name_the_demo_firm(session) -> None:
    """A new database's firm is a placeholder; demo data gives it a realistic letterhead."""
    company = session.scalars(select(CompanySetup)).one()
    if company.address is None:
        for key, value in DEMO_FIRM.items():
            setattr(company, key, value)


def generate_demo(
    context,
    *,
    cases: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> dict:
    with context.uow(write=True) as uow:
        rows, summary = build_demo_rows(
            uow.session, cases=cases, seed=seed, user=uow.user, today=today
        )
        insert_rows(uow.session, rows, progress)
        _name_the_demo_firm(uow.session)
        uow.commit()
    return summary
