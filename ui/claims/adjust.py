"""Tilføj/Juster fordringer, gebyr & salær on an existing case.

The window shows the claims and fee lines as they are; what the user changes is registered only
on OK and Yes, as claims_edit calls in one unit of work: a changed principal or fee amount is
posted as the difference, a removed line (Ctrl+Del) is reversed, a new line is added.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from caplegal_desktop.services.claims.edit import ClaimDebtorShare, NewClaim
from models.money import round_ore
from ui.claims.fee_terms import fill_terms, term_changes
from ui.claims.grid import EditorGrid, GridRow
from ui.claims.panes import decimal_or_none, invoice_values
from ui.claims.window import ClaimsWindow
from ui.i18n import format_amount
from ui.setup_tables.rate_cap import case_under_se_cap
from ui.wizard.data import CaseData
from workflows.amount_tables import add_vat


class AdjustClaimsWindow(ClaimsWindow):
    FEE_TERMS = True

    def __init__(self, data: CaseData, case_id: int, parent=None) -> None:
        card = data.case_card(case_id)
        self.case_id = case_id
        self.debtors = [c for c in card.contacts if c.party_type == "DEBITOR"]
        title = QCoreApplication.translate(
            "ClaimsWindow", "Add/Adjust claims, fees & salary – case %1"
        ).replace("%1", card.general.case_no)
        super().__init__(
            data, debtor_names=[d.name for d in self.debtors], title=title, parent=parent
        )
        self.removed: list[tuple[str, dict]] = []
        for grid in (self.claims, self.claim_fees, self.case_fees):
            grid.sig_changed.connect(self._track_removed)
        claim_no_of = {}
        for claim in card.claims:
            row = self.claims.add_row({"claim_id": claim.claim_id, "original": claim})
            e = row.editors
            e["description"].setText(claim.description)
            e["debtors"].setText(claim.debtors)
            e["invoice_date"].set_value(claim.invoice_date)
            e["principal"].set_value(claim.principal)
            e["interest_code"].set_text(claim.interest_code)
            if claim.interest_rate_pct is not None:
                e["rate"].set_value(claim.interest_rate_pct)
            e["interest_from"].set_value(claim.interest_from)
            e["invoice_date"].setReadOnly(True)
            e["invoice_no"].setText(claim.invoice_no or "")
            e["due_date"].set_value(claim.due_date)
            e["ocr"].setText(claim.ocr or "")
            e["customer_no"].setText(claim.customer_no or "")
            claim_no_of[claim.claim_id] = claim.claim_no
        for line in data.fee_lines(case_id):
            grid = self.claim_fees if line.claim_id else self.case_fees
            row = grid.add_row({"fee_line_id": line.fee_line_id, "original": line})
            e = row.editors
            e["code"].set_text(line.fee_code)
            e["code"].line_edit.setReadOnly(True)
            e["description"].setText(line.description)
            e["posting_date"].set_value(line.posting_date)
            e["basis"].set_value(line.basis)
            e["amount"].set_value(line.amount - line.vat_amount)
            e["vat_pct"].setText(format_amount(line.vat_pct).removesuffix(",00"))
            e["total"].setText(format_amount(line.amount))
            row.meta["total"] = line.amount
            fill_terms(row, line)
            if "claim_no" in e:
                e["claim_no"].setText(str(claim_no_of.get(line.claim_id, "")))
                e["claim_no"].setReadOnly(True)
        self._originals = [
            row
            for grid in (self.claims, self.claim_fees, self.case_fees)
            for row in grid.rows()
            if "original" in row.meta
        ]
        self._known_rows = self._existing_rows()
        self.revalidate()

    def _existing_rows(self) -> set[int]:
        return {
            id(row)
            for grid in (self.claims, self.claim_fees, self.case_fees)
            for row in grid.rows()
            if "original" in row.meta
        }

    def _track_removed(self) -> None:
        """Lines removed with Ctrl+Del become delete_claim / delete_fee on OK."""
        if not hasattr(self, "_known_rows"):
            return
        present = self._existing_rows()
        gone = self._known_rows - present
        if not gone:
            return
        for row in self._originals:
            if id(row) in gone:
                if "claim_id" in row.meta:
                    self.removed.append(("delete_claim", {"claim_id": row.meta["claim_id"]}))
                else:
                    self.removed.append(("delete_fee", {"fee_line_id": row.meta["fee_line_id"]}))
        self._known_rows = present

    # --- what changed ---------------------------------------------------------------------------
    def has_input(self) -> bool:
        """The case's own lines are no input; a change to them, or a new line, is."""
        try:
            return bool(self.changes())
        except Exception:  # a half-typed value is input too
            return True

    def changes(self) -> list[tuple[str, dict]]:
        changes = list(self.removed)
        for row in self.claims.rows():
            changes += self._claim_changes(row)
        for grid in (self.claim_fees, self.case_fees):
            for row in grid.rows():
                changes += self._fee_changes(row, grid)
        return changes

    def _claim_changes(self, row: GridRow) -> list[tuple[str, dict]]:
        e = row.editors
        original = row.meta.get("original")
        code = e["interest_code"].text().strip().upper()
        rate = decimal_or_none(e["rate"])
        if original is None:
            shares = e["debtors"].shares
            debtors = (
                []
                if shares is None
                else [
                    ClaimDebtorShare(
                        self.debtors[s.debtor_index].party_id, s.in_solidum, s.share_pct
                    )
                    for s in shares
                ]
            )
            claim = NewClaim(
                description=e["description"].text().strip(),
                invoice_date=e["invoice_date"].value(),
                principal=e["principal"].value(),
                interest_code=code or self.claims_default_interest(),
                interest_rate_pct=rate,
                interest_from=e["interest_from"].value(),
                debtors=debtors,
                **invoice_values(e),
            )
            return [("add_claim", {"claim": claim})]
        changed = {}
        if e["principal"].value() != original.principal:
            changed["principal"] = e["principal"].value()
        if e["description"].text().strip() != original.description:
            changed["description"] = e["description"].text().strip()
        if code and code != original.interest_code:
            changed["interest_code"] = code
        if rate is not None and rate != original.interest_rate_pct:
            changed["interest_rate_pct"] = rate
        start = e["interest_from"].value()
        if start and start != original.interest_from:
            changed["interest_from"] = start
        for name, value in invoice_values(e).items():
            if value != getattr(original, name):
                changed[name] = "" if value is None else value  # "" clears a text
        if not changed:
            return []
        return [("adjust_claim", {"claim_id": original.claim_id, **changed,
                                  "expected_version": original.version})]  # fmt: skip

    def claims_default_interest(self) -> str:
        return self.data.company_defaults()[1] or ""

    def _fee_changes(self, row: GridRow, grid: EditorGrid) -> list[tuple[str, dict]]:
        e = row.editors
        original = row.meta.get("original")
        amount_ex_vat = decimal_or_none(e["amount"]) or Decimal(0)
        if original is None:
            claim_id = None
            if "claim_no" in e:
                number = int(e["claim_no"].text())
                claims = [r for r in self.claims.rows() if "claim_id" in r.meta]
                claim_id = claims[number - 1].meta["claim_id"] if number <= len(claims) else None
            return [
                (
                    "add_fee",
                    {
                        "fee_code": e["code"].text().strip().upper(),
                        "amount_ex_vat": round_ore(amount_ex_vat),
                        "claim_id": claim_id,
                        "basis": decimal_or_none(e["basis"]),
                        "posting_date": e["posting_date"].value(),
                    },
                )
            ]
        amount, _vat = add_vat(round_ore(amount_ex_vat), original.vat_pct)
        changes = []
        if amount != original.amount:
            changes.append(("adjust_fee", {"fee_line_id": original.fee_line_id, "amount": amount}))
        terms = term_changes(row, original, decimal_or_none)
        if terms:
            changes.append(("adjust_fee_terms", {"fee_line_id": original.fee_line_id, **terms}))
        return changes

    def under_se_cap(self) -> bool:
        return case_under_se_cap(self.data, self.case_id)

    def register(self) -> bool:
        changes = self.changes()
        if changes:
            self.data.apply_claim_changes(self.case_id, changes)
        return True
