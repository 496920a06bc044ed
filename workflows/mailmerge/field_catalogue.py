"""The merge fields our letters use: name -> Danish description, for the template UI.

Amounts are Decimal and dates datetime.date in the record; the merge formats them
(1.234,56 and 24-11-2026). The claims table is a repeating row: pass the claims as
``rows={CLAIMS_GROUP: [...]}`` or as the record value ``record[CLAIMS_GROUP]``.
"""

from __future__ import annotations

from types import MappingProxyType

CLAIMS_GROUP = "Fordringer"
SPEC_GROUP = "Specifikation"  # the lines that add up to "Skyldigt beløb i alt"
SPEC_TEXT, SPEC_AMOUNT = "Post_Tekst", "Post_Beloeb"

FIRM_FIELDS = {
    "Firma_Navn": "Advokatfirmaets navn",
    "Firma_Adresse": "Advokatfirmaets adresse",
    "Firma_Postnr_By": "Advokatfirmaets postnummer og by",
    "Firma_Telefon": "Advokatfirmaets telefonnummer",
    "Firma_Email": "Advokatfirmaets e-mailadresse",
    "Firma_CVR": "Advokatfirmaets CVR-nummer",
    "Firma_Konto": "Advokatfirmaets (klient)konto, som debitor betaler til",
}

CASE_FIELDS = {
    "Sag_Nr": "Sagsnummer",
    "Sag_Vedr": "Sagen vedrører (sagsbeskrivelse)",
    "Dato": "Brevets dato",
    "Rykker_Nr": "Rykkerens nummer (1, 2 eller 3)",
    "Sagsbehandler_Navn": "Sagsbehandlerens navn",
    "Sagsbehandler_Initialer": "Sagsbehandlerens initialer",
    "Rettens_Nr": "Rettens sagsnummer (fogedretten/byretten)",
    "Berammelsesdato": "Dato (og tid) for retsmødet",
}

CLIENT_FIELDS = {
    "Klient_Navn": "Klientens (kreditors) navn",
    "Klient_Adresse": "Klientens adresse",
    "Klient_Postnr_By": "Klientens postnummer og by",
    "Klient_CVR": "Klientens CVR-nummer",
    "Klient_Konto": "Klientens bankkonto (reg.nr. og kontonr.) til indbetaling",
}

DEBTOR_FIELDS = {
    "Debitor_Navn": "Debitors navn",
    "Debitor_Adresse": "Debitors adresse",
    "Debitor_Postnr_By": "Debitors postnummer og by",
    "Debitor_Nr": "Debitors kundenummer hos klienten",
}

AMOUNT_FIELDS = {
    "Hovedstol": "Hovedstol i alt",
    "Renter_I_Alt": "Renter i alt",
    "Gebyrer_I_Alt": "Gebyrer i alt (rykker-, inkassogebyr, kompensation)",
    "Salaer_I_Alt": "Inkassosalær i alt",
    "Moms_I_Alt": "Moms af salær og gebyrer",
    "Omkostninger_I_Alt": "Omkostninger i alt (udlæg, retsafgift)",
    "Betalt_I_Alt": "Indbetalt i alt",
    "Saldo": "Skyldigt beløb i alt (saldo)",
    "Advarsler": "Forbehold: referencesatser der mangler eller satser/beløb der ikke er bekræftet",
    "Betalingsfrist": "Sidste rettidige betalingsdag",
    "Betalings_Id": "Sagens betalings-id (FI +71 / OCR), som betalingen findes ud fra",
    "OCR_Linje": "Kodelinje til indbetalingskort (+71<betalings-id+kreditornr<)",
}

SPEC_FIELDS = {
    SPEC_TEXT: "Specifikationslinje: hovedstol, renter, gebyrer, salær, udlæg, indbetalt",
    SPEC_AMOUNT: "Specifikationslinjens beløb (linjerne giver tilsammen saldoen)",
}

PAYMENT_PLAN_FIELDS = {
    "Afdrag_Beloeb": "Månedligt afdrag i betalingsplanen",
    "Afdrag_Foerste_Dato": "Dato for første afdrag",
    "Afdrag_Antal": "Antal afdrag",
}

CLAIM_FIELDS = {
    "Fordring_Nr": "Fordringens nummer",
    "Fordring_Beskrivelse": "Fordringens beskrivelse",
    "Fordring_Fakturanr": "Fakturanummer",
    "Fordring_Dato": "Fakturadato",
    "Fordring_Forfald": "Forfaldsdato",
    "Fordring_Hovedstol": "Fordringens hovedstol",
    "Fordring_Renter": "Renter af fordringen",
    "Fordring_Saldo": "Fordringens saldo",
}

MERGE_FIELDS = MappingProxyType(
    {
        **FIRM_FIELDS,
        **CASE_FIELDS,
        **CLIENT_FIELDS,
        **DEBTOR_FIELDS,
        **AMOUNT_FIELDS,
        **PAYMENT_PLAN_FIELDS,
        **CLAIM_FIELDS,
        **SPEC_FIELDS,
    }
)
"""Every field name -> Danish description, in the order a UI lists them."""

ROW_GROUPS = MappingProxyType({CLAIMS_GROUP: tuple(CLAIM_FIELDS), SPEC_GROUP: tuple(SPEC_FIELDS)})
"""Repeating-row groups -> the field names that make a table row belong to the group."""


def describe(name: str) -> str:
    """The Danish description of a field; unknown (e.g. user-defined) fields say so."""
    return MERGE_FIELDS.get(name, "Brugerdefineret felt")


def example_record() -> dict[str, object]:
    """A filled-in record with every field, for previews, tests and benchmarks."""
    import datetime as dt
    from decimal import Decimal

    claims = [
        {
            "Fordring_Nr": 1,
            "Fordring_Beskrivelse": "Varekøb, faktura",
            "Fordring_Fakturanr": "F-10231",
            "Fordring_Dato": dt.date(2026, 8, 3),
            "Fordring_Forfald": dt.date(2026, 9, 2),
            "Fordring_Hovedstol": Decimal("12500.00"),
            "Fordring_Renter": Decimal("287.40"),
            "Fordring_Saldo": Decimal("12787.40"),
        },
        {
            "Fordring_Nr": 2,
            "Fordring_Beskrivelse": "Serviceaftale, 3. kvartal",
            "Fordring_Fakturanr": "F-10377",
            "Fordring_Dato": dt.date(2026, 9, 15),
            "Fordring_Forfald": dt.date(2026, 10, 15),
            "Fordring_Hovedstol": Decimal("3750.50"),
            "Fordring_Renter": Decimal("41.15"),
            "Fordring_Saldo": Decimal("3791.65"),
        },
    ]
    return {
        "Firma_Navn": "Advokatfirmaet Østergaard & Bæk",
        "Firma_Adresse": "Søndergade 12, 2. sal",
        "Firma_Postnr_By": "8000 Aarhus C",
        "Firma_Telefon": "86 12 34 56",
        "Firma_Email": "inkasso@oestergaard-baek.dk",
        "Firma_CVR": "12345678",
        "Sag_Nr": "2026-01234",
        "Sag_Vedr": "Ubetalte fakturaer",
        "Dato": dt.date(2026, 11, 24),
        "Rykker_Nr": 2,
        "Sagsbehandler_Navn": "Mette Kjær",
        "Sagsbehandler_Initialer": "MK",
        "Rettens_Nr": "BS-4521/2026",
        "Berammelsesdato": dt.datetime(2027, 1, 14, 10, 0),
        "Klient_Navn": "Fjordbyens Tømrer- og Snedkerfirma ApS",
        "Klient_Adresse": "Havnevej 4",
        "Klient_Postnr_By": "7100 Vejle",
        "Klient_CVR": "87654321",
        "Klient_Konto": "Reg.nr. 1234 kontonr. 0012345678",
        "Debitor_Navn": "Søren Ærlig Åberg",
        "Debitor_Adresse": "Æblehaven 7, st. tv.",
        "Debitor_Postnr_By": "5000 Odense C",
        "Debitor_Nr": "K-5588",
        "Hovedstol": Decimal("16250.50"),
        "Renter_I_Alt": Decimal("328.55"),
        "Gebyrer_I_Alt": Decimal("200.00"),
        "Salaer_I_Alt": Decimal("1300.00"),
        "Moms_I_Alt": Decimal("325.00"),
        "Omkostninger_I_Alt": Decimal("750.00"),
        "Betalt_I_Alt": Decimal("1000.00"),
        "Saldo": Decimal("17829.05"),  # VAT is part of fees and salary
        "Advarsler": "",
        "Betalingsfrist": dt.date(2026, 12, 8),
        "Betalings_Id": "000000202601234",
        "OCR_Linje": "+71<000000202601234+12345678<",
        "Firma_Konto": "Reg.nr. 5301 kontonr. 0001234567",
        "Afdrag_Beloeb": Decimal("1500.00"),
        "Afdrag_Foerste_Dato": dt.date(2027, 1, 1),
        "Afdrag_Antal": 13,
        CLAIMS_GROUP: claims,
        SPEC_GROUP: [
            {SPEC_TEXT: "Hovedstol", SPEC_AMOUNT: Decimal("16250.50")},
            {SPEC_TEXT: "Renter", SPEC_AMOUNT: Decimal("328.55")},
            {SPEC_TEXT: "Gebyrer", SPEC_AMOUNT: Decimal("200.00")},
            {SPEC_TEXT: "Inkassosalær", SPEC_AMOUNT: Decimal("1300.00")},
            {SPEC_TEXT: "Udlæg (retsafgift m.v.)", SPEC_AMOUNT: Decimal("750.00")},
            {SPEC_TEXT: "Indbetalt", SPEC_AMOUNT: Decimal("-1000.00")},
        ],
    }
