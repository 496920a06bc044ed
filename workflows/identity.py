"""Identity numbers and bank accounts: CPR, CVR, personnummer, organisationsnummer, IBAN.

Validation uses python-stdnum and schwifty; messages are Danish and name what is wrong.
Numbers are stored as digits only so a lookup is one indexed equality.
"""

from __future__ import annotations

from datetime import date

from stdnum import luhn
from stdnum.dk import cpr as dk_cpr
from stdnum.dk import cvr as dk_cvr
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr as se_orgnr
from stdnum.se import personnummer as se_pnr
from stdnum.util import isdigits


class IdentityError(ValueError):
    """A Danish message saying why the number is not valid."""


def normalise_cpr(value: str, *, today: date | None = None) -> str:
    """A Danish CPR number as 10 digits (DDMMYYSSSS) whose birth date exists and is not in the future.

    The modulus-11 check is never applied: the CPR office has issued valid numbers without it since
    1 October 2007 and requires every system to accept them. The century comes from the 7th digit
    by the CPR office's table ("Personnummeret i CPR-systemet", CPR-kontoret), which
    python-stdnum's get_birth_date follows (tests/foundation/test_identity.py checks each row):

        7th digit   YY 00-36   YY 37-57   YY 58-99
        0-3         19YY       19YY       19YY
        4, 9        20YY       19YY       19YY
        5-8         20YY       20YY       18YY
    """
    digits = dk_cpr.compact(value)
    if not (isdigits(digits) and len(digits) == 10):
        raise IdentityError("CPR-nummer skal have 10 cifre (DDMMÅÅ-XXXX).")
    try:
        born = dk_cpr.get_birth_date(digits)
    except (StdnumError, ValueError) as exc:
        raise IdentityError(
            f"CPR-nummeret indeholder ikke en gyldig fødselsdato ({digits[:6]})."
        ) from exc
    if born > (today or date.today()):
        raise IdentityError(f"CPR-nummerets fødselsdato {born:%d-%m-%Y} ligger i fremtiden.")
    return digits


def normalise_cvr(value: str) -> str:
    try:
        return dk_cvr.validate(value)
    except StdnumError as exc:
        raise IdentityError(
            "CVR-nummeret er ugyldigt (8 cifre med korrekt kontrolciffer)."
        ) from exc


def normalise_personnummer(value: str) -> str:
    """A Swedish personnummer or samordningsnummer as 10 digits (YYMMDDNNNC), Luhn digit checked.

    A samordningsnummer is a personnummer whose day of birth has 60 added (Skatteverket, SKV 707;
    e.g. 701063-2391 for 3 October 1970). python-stdnum 2.2 refuses those days, so the date is
    checked here with the 60 taken off and the Luhn digit over the number as written.
    """
    compact = se_pnr.compact(value)
    digits = compact[:-5] + compact[-4:]
    if len(compact) not in (11, 13) or compact[-5] not in "-+" or not isdigits(digits):
        raise IdentityError("Personnummeret skal have 10 eller 12 cifre (ÅÅMMDD-NNNK).")
    day = int(compact[-7:-5])
    birth = compact if day <= 60 else f"{compact[:-7]}{day - 60:02d}{compact[-5:]}"
    try:
        se_pnr.get_birth_date(birth)
        luhn.validate(digits[-10:])
    except StdnumError as exc:
        raise IdentityError("Personnummeret er ugyldigt (dato eller kontrolciffer).") from exc
    return digits[-10:]


def normalise_orgnr(value: str) -> str:
    try:
        return se_orgnr.validate(value)
    except StdnumError as exc:
        raise IdentityError(
            "Organisationsnummeret er ugyldigt (10 cifre med kontrolciffer)."
        ) from exc


def search_key(value: str) -> str:
    """Digits only: '010180-1234' and '0101801234' and '19800101-1234'[2:] all meet here."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits[-10:] if len(digits) == 12 else digits


def validate_iban(value: str) -> str:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        return IBAN(value).compact
    except SchwiftyException as exc:
        raise IdentityError("IBAN-nummeret er ugyldigt.") from exc


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn.is_valid(digits)
