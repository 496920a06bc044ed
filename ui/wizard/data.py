"""The one door from the case wizard, the claims window and the case card to the services.

Every call opens its own unit of work; only `create_case` and `apply_claim_changes` write, each
in one unit of work that commits once.
"""

from __future__ import annotations

import datetime as dt

from caplegal_desktop.services.cases import actions as case_actions
from caplegal_desktop.services.cases import card as case_card
from caplegal_desktop.services.cases.fee_preview import preview_fees
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClientInput, NewCase, PartyInput
from caplegal_desktop.services.claims import edit as claims_edit
from caplegal_desktop.services.master_data import duplicates
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.search import lookups
from ui.framework.service_calls import ServiceCalls


class CaseData(ServiceCalls):
    # --- lookups ----------------------------------------------------------------------------------
    def search_clients(self, text: str) -> list[lookups.ClientHit]:
        return self.read(lookups.search_clients, text=text)

    def search_parties(self, text: str) -> list[lookups.PartyHit]:
        return self.read(lookups.search_parties, text=text)

    def likely_duplicate_clients(self, client: ClientInput) -> list[duplicates.LikelyDuplicate]:
        return self.read(
            duplicates.likely_duplicate_clients,
            name=client.name or "", cvr=client.cvr, address=client.address,
            postcode=client.postcode,
        )  # fmt: skip

    def likely_duplicate_parties(self, party: PartyInput) -> list[duplicates.LikelyDuplicate]:
        return self.read(
            duplicates.likely_duplicate_parties,
            name=party.name or "", cpr=party.cpr, cvr=party.cvr, address=party.address,
            postcode=party.postcode,
        )  # fmt: skip

    def client_defaults(self, client_no: str) -> lookups.ClientDefaults | None:
        return self.read(lookups.client_defaults, client_no=client_no)

    def case_types(self) -> list[lookups.CodeItem]:
        return self.read(lookups.case_types, module="INKASSO")

    def interest_codes(self) -> list[lookups.CodeItem]:
        return self.read(lookups.interest_codes)

    def fee_codes(self, level: str | None = None) -> list[lookups.CodeItem]:
        return self.read(lookups.fee_codes, level=level)

    def employees(self) -> list[lookups.CodeItem]:
        return self.read(lookups.employees)

    def court_districts(self) -> list[lookups.CodeItem]:
        return self.read(lookups.court_districts)

    def postcode_info(self, postcode: str) -> lookups.PostcodeInfo | None:
        return self.read(lookups.postcode_info, postcode=postcode)

    def company_defaults(self) -> tuple[str | None, str | None]:
        """(default salary code, default interest code) of the company setup."""
        with self._context.uow() as uow:
            company = SetupSnapshot.load(uow.session).company
            return company.default_salary_code, company.default_interest_code

    # --- the new case -----------------------------------------------------------------------------
    def preview_fees(self, request: NewCase):
        with self._context.uow() as uow:
            setup = SetupSnapshot.load(uow.session)
            return preview_fees(uow.session, request, setup=setup, today=self.today())

    def create_case(self, request: NewCase):
        with self._context.uow(write=True) as uow:
            setup = SetupSnapshot.load(uow.session)
            created = create_case(
                uow.session, request, user=uow.user, setup=setup, today=self.today()
            )
            uow.commit()
            return created

    # --- the case card ----------------------------------------------------------------------------
    def case_card(self, case_id: int) -> case_card.CaseCard:
        return self.read(case_card.case_card, case_id=case_id)

    def entry_figures(
        self, case_id: int, as_of: dt.date | None = None, *, debtor_party_id: int | None = None
    ):
        return self.read(
            case_card.entry_figures,
            case_id=case_id,
            as_of=as_of or self.today(),
            debtor_party_id=debtor_party_id,
        )

    def figure_lines(self, case_id: int, figure: str, as_of: dt.date | None = None):
        return self.read(
            case_card.figure_lines, case_id=case_id, figure=figure, as_of=as_of or self.today()
        )

    def case_statistics(self, case_id: int):
        return self.read(case_card.case_statistics, case_id=case_id, today=self.today())

    def optional_fields(self, case_id: int):
        return self.read(case_card.optional_fields, case_id=case_id)

    def notes(self, case_id: int):
        return self.read(case_card.notes, case_id=case_id)

    def add_note(self, case_id: int, text: str):
        return self.write(case_actions.add_note, case_id=case_id, text=text)

    def letter_templates(self) -> list[str]:
        from caplegal_desktop.services.follow_ups import letters

        return letters.template_names()

    def print_letter(self, case_id: int, template: str, out):
        """Merge a letter for the case (the same record as a run and the CLI) and keep it in
        the history."""
        from caplegal_desktop.services.follow_ups import letters

        with self._context.uow(write=True) as uow:
            printed = letters.print_case_letter(
                uow.session,
                case_id=case_id,
                template=template,
                out=out,
                as_of=self.today(),
                user=uow.user,
            )
            uow.commit()
        return printed

    def history(self, case_id: int):
        return self.read(case_card.case_history, case_id=case_id)

    def statement_pdf(
        self,
        case_id: int,
        as_of: dt.date,
        target,
        *,
        account: bool = False,
        debtor_party_id: int | None = None,
    ):
        """The printable statement as PDF (the lead's statements service), or None without it."""
        try:
            from caplegal_desktop.services.statements.queries import statement_pdf
        except ImportError:
            return None
        return self.read(
            statement_pdf,
            case_id=case_id,
            as_of=as_of,
            target=target,
            account=account,
            debtor_party_id=debtor_party_id,
        )

    def fee_lines(self, case_id: int):
        return self.read(case_card.fee_lines, case_id=case_id)

    # --- changes to an existing case (all in one unit of work) -----------------------------------
    def apply_claim_changes(self, case_id: int, changes: list[tuple[str, dict]]):
        """Run [(claims_edit function name, keyword arguments)] in one unit of work."""
        with self._context.uow(write=True) as uow:
            setup = SetupSnapshot.load(uow.session)
            results = []
            for name, kwargs in changes:
                function = getattr(claims_edit, name)
                extra = {"setup": setup} if name in ("add_claim", "add_fee") else {}
                needs_today = name not in (
                    "change_party_type",
                    "remove_party",
                    "change_court_district",
                )
                if needs_today:
                    extra["today"] = self.today()
                results.append(
                    function(uow.session, case_id=case_id, user=uow.user, **kwargs, **extra)
                )
            uow.commit()
            return results
