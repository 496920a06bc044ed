"""Made-up data so every page can start on its own (`python -m ui.app --sample`), and so the
screenshots and widget tests need no database. Never used when a real database is open."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Hashable, Mapping
from decimal import Decimal
from typing import Any

from models.money import round_ore
from ui.backend import (
    CASE,
    CLIENT,
    EMPLOYEE,
    PARTY,
    SETUP_CODE,
    MonthlyFigures,
    QuickSearchResult,
    RoleCenterFigures,
    SessionInfo,
)
from ui.memory_source import MemorySource

_FIRST = ["Anne", "Peter", "Mette", "Lars", "Sofie", "Jens", "Camilla", "Henrik", "Ida", "Mads"]
_LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"]
_CLIENTS = [
    "Boligselskabet Nord A/S",
    "Fitness Syd ApS",
    "Tandlæge Holm",
    "Elektro Øst A/S",
    "Vognmand Kjær",
    "Aarhus Roklub",
    "Hvidevare Centret ApS",
    "Dyrlæge Vest",
]
_CITIES = [
    ("8000", "Aarhus C"),
    ("2100", "København Ø"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("7100", "Vejle"),
    ("6700", "Esbjerg"),
]
_STATUS = ["active", "active", "active", "dormant", "closed"]


class SampleBackend:
    def __init__(self, *, cases: int = 2_000, seed: int = 7, today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        self._language: str | None = None
        rng = random.Random(seed)
        self.clients = {
            i: {
                "no": f"K{i:05d}",
                "name": name,
                "city": _CITIES[i % len(_CITIES)][1],
                "cvr": f"{rng.randrange(10**7, 10**8)}",
                "vat_registered": i % 3 != 0,
            }
            for i, name in enumerate(_CLIENTS, start=1)
        }
        self.parties: dict[int, dict[str, Any]] = {}
        for i in range(1, cases // 2 + 2):
            postcode, city = rng.choice(_CITIES)
            self.parties[i] = {
                "no": f"P{i:06d}",
                "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                "party_type": "DEBITOR",
                "postcode": postcode,
                "city": city,
                "cpr_cvr": f"{rng.randrange(10, 29):02d}{rng.randrange(1, 13):02d}"
                f"{rng.randrange(40, 99)}-xxxx",
                "email": f"debitor{i}@example.dk",
            }
        self.employees = {
            1: {"initials": "AH", "name": "Anders Holm", "function": "Advokat", "team": "Inkasso"},
            2: {
                "initials": "BK",
                "name": "Birgitte Kjær",
                "function": "Sekretær",
                "team": "Inkasso",
            },
            3: {
                "initials": "CL",
                "name": "Christian Lund",
                "function": "Sagsbehandler",
                "team": "Stud.jur.",
            },
        }
        self.cases: dict[int, dict[str, Any]] = {}
        for i in range(1, cases + 1):
            client = self.clients[rng.randrange(1, len(self.clients) + 1)]
            debtor = self.parties[rng.randrange(1, len(self.parties) + 1)]
            self.cases[i] = {
                "no": f"S{i:07d}",
                "client_name": client["name"],
                "debtor_name": debtor["name"],
                "created_on": self._today - dt.timedelta(days=rng.randrange(0, 720)),
                "status": rng.choice(_STATUS),
                "handler": rng.choice(["AH", "BK", "CL"]),
                "outstanding": round_ore(Decimal(rng.randrange(20_000, 5_000_000)) / 100),
                "regarding": f"Faktura {rng.randrange(10000, 99999)}",
            }
        self.setup_codes = {
            1: {"table": "Sagstype", "code": "INK", "description": "Inkasso"},
            2: {"table": "Sagstype", "code": "INK-ERH", "description": "Inkasso, erhverv"},
            3: {"table": "Salærkode", "code": "SAL-STD", "description": "Inkassosalær, tabel"},
            4: {"table": "Gebyrkode", "code": "RYK", "description": "Rykkergebyr"},
            5: {"table": "Rentekode", "code": "REF8", "description": "Referencerente + 8 %"},
            6: {"table": "Takstkode", "code": "FOGED", "description": "Fogedafgift"},
        }

    def session_info(self) -> SessionInfo:
        return SessionInfo(user="BK", database="Eksempeldata", company="Advokatfirmaet Holm")

    def list_source(self, kind: str) -> MemorySource | None:
        tables = {
            CASE: self.cases,
            CLIENT: self.clients,
            PARTY: self.parties,
            EMPLOYEE: self.employees,
            SETUP_CODE: self.setup_codes,
        }
        if kind not in tables:
            return None
        views = {
            "created_today": lambda row: row["created_on"] == self._today,
            "active": lambda row: row["status"] == "active",
            "favourites": lambda row: False,  # the sample has no favourites of its own
        }
        return MemorySource(kind, tables[kind], views=views if kind == CASE else None)

    def factbox_values(self, kind: str, record_id: Hashable) -> Mapping[str, Any]:
        if kind == CASE and record_id in self.cases:
            case = self.cases[record_id]
            principal = round_ore(case["outstanding"] * Decimal("0.8"))
            interest = round_ore(case["outstanding"] * Decimal("0.05"))
            costs = case["outstanding"] - principal - interest
            return {
                "principal": principal,
                "interest": interest,
                "costs": costs,
                "paid": Decimal("0.00"),
                "total": case["outstanding"],
                "regarding": case["regarding"],
                "handler": case["handler"],
            }
        if kind == CLIENT and record_id in self.clients:
            count = sum(
                1
                for c in self.cases.values()
                if c["client_name"] == self.clients[record_id]["name"]
            )
            return {"cases": count, **self.clients[record_id]}
        return {}

    def role_center_figures(self) -> RoleCenterFigures:
        active = [c for c in self.cases.values() if c["status"] == "active"]
        return RoleCenterFigures(
            cases_created_today=sum(
                1 for c in self.cases.values() if c["created_on"] == self._today
            ),
            active_cases=len(active),
            due_follow_ups=len(active) // 7,
            unposted_journal_lines=12,
            favourites=5,
            total_outstanding=sum((c["outstanding"] for c in active), Decimal("0.00")),
            collected_this_month=Decimal("48210.50"),
            collected_this_year=Decimal("612440.75"),
        )

    def monthly_figures(self, *, months: int = 12) -> MonthlyFigures:
        firsts = []
        first = self._today.replace(day=1)
        for _ in range(months):
            firsts.insert(0, first)
            first = (first - dt.timedelta(days=1)).replace(day=1)
        created = [
            sum(1 for c in self.cases.values() if c["created_on"].replace(day=1) == month)
            for month in firsts
        ]
        collected = [Decimal(1000 * n + 7_500) for n in created]
        return MonthlyFigures(months=firsts, cases_created=created, collected=collected)

    def quick_search(self, text: str) -> QuickSearchResult:
        needle = text.strip().casefold().replace("-", "")
        if not needle:
            return QuickSearchResult()
        hits = [
            i
            for i, c in self.cases.items()
            if needle in c["no"].casefold() or needle in c["debtor_name"].casefold()
        ]
        labels = [f"{self.cases[i]['no']}  ·  {self.cases[i]['debtor_name']}" for i in hits]
        return QuickSearchResult(case_ids=hits, labels=labels)

    def load_language(self) -> str | None:
        return self._language

    def save_language(self, code: str) -> None:
        self._language = code
