"""The claims window as the last part of the case wizard: the fees the setup adds appear as soon
as a principal is entered (the core's own fee preview), and OK + Yes makes the one create_case
call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.requests import ClaimInput, FeeInput, NewCase
from ui.claims.grid import GridRow
from ui.claims.panes import (
    claim_row_problems,
    decimal_or_none,
    fee_row_problems,
    invoice_values,
)
from ui.claims.window import ClaimsWindow
from ui.i18n import format_amount
from ui.setup_tables.rate_cap import new_case_under_se_cap
from ui.wizard.data import CaseData


class NewCaseClaimsWindow(ClaimsWindow):
    """The claims of a case being created; the fees follow the core's preview."""

    def __init__(
        self, data: CaseData, request: NewCase, *, debtor_names: list[str], parent=None
    ) -> None:
        super().__init__(data, debtor_names=debtor_names, title=self_title(request), parent=parent)
        self.request = request
        self.created = None
        _salary, interest = data.company_defaults()
        self._default_interest = interest or ""
        for row in self.claims.rows(include_empty=True):
            row.editors["interest_code"].line_edit.setPlaceholderText(self._default_interest)
        self.claims.sig_changed.connect(self._placeholder_for_new_rows)
        self.revalidate()

    def _placeholder_for_new_rows(self) -> None:
        for row in self.claims.rows(include_empty=True):
            row.editors["interest_code"].line_edit.setPlaceholderText(self._default_interest)

    # --- claims into the request ----------------------------------------------------------------
    def claim_inputs(self) -> list[ClaimInput]:
        claims = []
        for row in self.claims.rows():
            e = row.editors
            if claim_row_problems(row, self._interest_codes):
                continue
            claims.append(
                ClaimInput(
                    description=e["description"].text().strip(),
                    invoice_date=e["invoice_date"].value(),
                    principal=e["principal"].value(),
                    interest_code=e["interest_code"].text().strip().upper() or None,
                    interest_rate_pct=decimal_or_none(e["rate"]),
                    interest_from=e["interest_from"].value(),
                    debtors=e["debtors"].shares,
                    **invoice_values(e),
                )
            )
        return claims

    def _request_with(self, *, fees: list[FeeInput], automatic: bool) -> NewCase:
        return NewCase(
            **{
                **self.request.__dict__,
                "claims": self.claim_inputs(),
                "fees": fees,
                "add_automatic_fees": automatic,
            }
        )

    # --- automatic fees -------------------------------------------------------------------------
    def claims_committed(self) -> None:
        """Entering a principal adds (or updates) the fees the setup adds automatically."""
        previews = self.data.preview_fees(self._request_with(fees=[], automatic=True))
        wanted = {(p.fee_code, p.claim_index): p for p in previews}
        for grid in (self.claim_fees, self.case_fees):
            for row in grid.rows():
                key = row.meta.get("auto")
                if key and key not in wanted and not row.meta.get("edited"):
                    grid.remove_row(row)
        have = {
            row.meta.get("auto"): row
            for grid in (self.claim_fees, self.case_fees)
            for row in grid.rows()
        }
        for key, preview in wanted.items():
            row = have.get(key)
            if row is None:
                grid = self.claim_fees if preview.claim_index is not None else self.case_fees
                row = grid.add_row({"auto": key})
                e = row.editors
                e["code"].set_text(preview.fee_code)
                e["posting_date"].set_value(preview.posting_date)
                if "claim_no" in e:
                    e["claim_no"].setText(str(preview.claim_index + 1))
            if not row.meta.get("edited"):
                row.editors["basis"].set_value(preview.basis)
        self.recompute_fees()

    def fee_committed(self, row: GridRow) -> None:
        if row.meta.get("auto") and row.meta.get("shown_amount") != row.editors["amount"].text():
            row.meta["edited"] = True
        self.recompute_fees()

    def _fee_rows(self) -> list[tuple[GridRow, FeeInput]]:
        claim_count = len(self.claim_inputs())
        pairs = []
        for grid, codes in ((self.claim_fees, self._claim_fee_codes), (self.case_fees, None)):
            for row in grid.rows():
                known = codes if codes is not None else self._case_fee_codes
                if fee_row_problems(row, known, claim_count):
                    continue
                e = row.editors
                edited_amount = row.meta.get("shown_amount") != e["amount"].text()
                pairs.append(
                    (
                        row,
                        FeeInput(
                            fee_code=e["code"].text().strip().upper(),
                            amount=decimal_or_none(e["amount"]) if edited_amount else None,
                            basis=decimal_or_none(e["basis"]),
                            posting_date=e["posting_date"].value(),
                            claim_index=int(e["claim_no"].text()) - 1 if "claim_no" in e else None,
                        ),
                    )
                )
        return pairs

    def recompute_fees(self) -> None:
        """Show what each fee line comes to (table amount, VAT) as the core computes it."""
        pairs = self._fee_rows()
        try:
            previews = self.data.preview_fees(
                self._request_with(fees=[f for _r, f in pairs], automatic=False)
            )
        except ValidationError as exc:
            self.message.setText("\n".join(p.message for p in exc.problems))
            return
        for (row, fee), preview in zip(pairs, previews, strict=False):
            e = row.editors
            if fee.amount is None:
                e["amount"].set_value(preview.amount_ex_vat)
            row.meta["shown_amount"] = e["amount"].text()
            row.meta["total"] = preview.amount
            e["description"].setText(preview.description)
            e["vat_pct"].setText(format_amount(preview.vat_pct).removesuffix(",00"))
            e["total"].setText(format_amount(preview.amount))
        self.revalidate()

    # --- saving ---------------------------------------------------------------------------------
    def final_request(self) -> NewCase:
        self.recompute_fees()
        return self._request_with(fees=[f for _r, f in self._fee_rows()], automatic=False)

    def register(self) -> bool:
        self.created = self.data.create_case(self.final_request())
        return True

    def under_se_cap(self) -> bool:
        return new_case_under_se_cap(self.data, self.request)


def self_title(request: NewCase) -> str:
    text = QCoreApplication.translate("ClaimsWindow", "Claims – new case for %1")
    client = request.client.name or request.client.no or ""
    return text.replace("%1", client)
