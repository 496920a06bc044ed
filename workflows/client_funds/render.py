"""The settlement printed for the client (PDF in the client's language: da, sv or en)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from models.money import ZERO
from workflows.bundle import templates_dir

TEMPLATES = templates_dir("client_funds")
LOCALES = {"da": "da_DK", "sv": "sv_SE", "en": "en_GB"}

_COMMON = {
    "da": dict(
        title="Afregning", page="Side", no="Afregning nr.", client_no="Klientnr.",
        period_to="Indbetalinger til og med", printed="Udskrevet", draft="Kladde",
        posted="Bogført", reversed="Tilbageført", collected="Indgået på klientkonto",
        firm_part="Kontorets andel (salær, gebyrer)", held="Tilbagebetales skyldner",
        client_part="Klientens andel", previously_paid="Udbetalt på tidligere afregning",
        set_off="Modregnet", payout="Udbetales til klienten", invoice_title="Faktura fra kontoret",
        invoice="Fakturabeløb", vat="Moms", to_pay="Restbeløb at betale",
        lines="Specifikation pr. sag", case="Sag", date="Dato", component="Post",
        amount="Beløb", client="Klient", firm="Kontor", total="I alt",
        direct="betalt direkte til klient",
        note="Fordelingen følger inkassoopgørelsens afregning af hver indbetaling og "
        "klientaftalens andele; hver linje summer til indbetalingen.",
        components={"principal": "Hovedstol", "interest": "Renter", "salary": "Inkassosalær",
                    "cost": "Udlæg", "fee:reminder": "Rykkergebyr",
                    "fee:compensation": "Kompensation", "fee:collection": "Inkassogebyr",
                    "fee:court": "Retsafgift", "fee:other": "Gebyr",
                    "overpayment": "Overskydende beløb"},
    ),
    "en": dict(
        title="Settlement", page="Page", no="Settlement no.", client_no="Client no.",
        period_to="Payments up to", printed="Printed", draft="Draft", posted="Posted",
        reversed="Reversed", collected="Received on the client account",
        firm_part="The firm's part (salary, fees)", held="To be refunded to the debtor",
        client_part="The client's part", previously_paid="Paid on an earlier settlement",
        set_off="Set off", payout="Paid out to the client", invoice_title="The firm's invoice",
        invoice="Invoice amount", vat="VAT", to_pay="Left to pay",
        lines="Specification by case", case="Case", date="Date", component="Item",
        amount="Amount", client="Client", firm="Firm", total="Total",
        direct="paid directly to the client",
        note="The split follows the collection statement's allocation of each payment and "
        "the shares of the client agreement; each line sums to the payment.",
        components={"principal": "Principal", "interest": "Interest", "salary": "Salary",
                    "cost": "Disbursements", "fee:reminder": "Reminder fee",
                    "fee:compensation": "Compensation", "fee:collection": "Collection fee",
                    "fee:court": "Court fee", "fee:other": "Fee",
                    "overpayment": "Overpayment"},
    ),
}  # fmt: skip
_COMMON["sv"] = {
    **_COMMON["en"],
    **dict(
        title="Klientmedelsredovisning", page="Sida", no="Redovisning nr", client_no="Klientnr",
        period_to="Inbetalningar till och med", printed="Utskriven", draft="Utkast",
        posted="Bokförd", reversed="Återförd", collected="Inbetalt på klientmedelskonto",
        firm_part="Byråns del (arvode, avgifter)", client_part="Klientens del",
        set_off="Kvittat", payout="Utbetalas till klienten", invoice_title="Byråns faktura",
        invoice="Fakturabelopp", vat="Moms", to_pay="Kvar att betala",
        lines="Specifikation per ärende", case="Ärende", date="Datum", component="Post",
        amount="Belopp", client="Klient", firm="Byrå", total="Summa",
    ),
}  # fmt: skip


def _money(amount: Decimal, locale: str) -> str:
    return format_decimal(amount, format="#,##0.00", locale=locale)


def render_settlement_html(
    data: dict, *, firm: dict, client: dict, language: str = "da", printed: date
) -> str:
    """`data` is one settlement of settlement_json(); firm/client hold name, lines (address)."""
    lang = language if language in _COMMON else "da"
    locale = LOCALES[lang]
    money = {k: Decimal(v) for k, v in data.items() if k not in ("lines",) and _is_amount(v)}
    s = {k: _money(v, locale) for k, v in money.items()}
    s |= {"id": data["id"], "status": data["status"],
          "period_to": format_date(date.fromisoformat(data["period_to"]), "short", locale=locale),
          "invoice_left": _money(money["invoice"] - money["set_off"], locale)}  # fmt: skip
    lines, sums = [], dict.fromkeys(("amount", "client", "firm", "vat"), ZERO)
    for line in data["lines"]:
        parts = []
        for p in line["parts"]:
            vat = Decimal(p["vat_in_firm"]) + Decimal(p["vat_on_top"])
            for key, value in (("amount", p["amount"]), ("client", p["client"]),
                               ("firm", p["firm"])):  # fmt: skip
                sums[key] += Decimal(value)
            sums["vat"] += vat
            parts.append({"component": p["component"], "amount": _money(Decimal(p["amount"]), locale),
                          "client": _money(Decimal(p["client"]), locale),
                          "firm": _money(Decimal(p["firm"]), locale), "vat": _money(vat, locale)})  # fmt: skip
        lines.append({"case_no": line["case_no"], "direct": line["direct"], "parts": parts,
                      "posting_date": format_date(date.fromisoformat(line["posting_date"]),
                                                  "short", locale=locale)})  # fmt: skip
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
    )
    return env.get_template("settlement.html.j2").render(
        t=_COMMON[lang], lang=lang, s=s, zero=_money(ZERO, locale), lines=lines,
        totals={k: _money(v, locale) for k, v in sums.items()}, firm=firm, client=client,
        printed=format_date(printed, "short", locale=locale),
    )  # fmt: skip


def _is_amount(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        Decimal(value)
    except ArithmeticError:
        return False
    return "." in value and "-" not in value[1:]
