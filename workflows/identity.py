"""Identity numbers and bank accounts: CPR, CVR, personnummer, organisationsnummer, IBAN.

Validation uses python-stdnum and schwifty; messages are Danish and name what is wrong.
Numbers are stored as digits only so a lookup is one indexed equality.
"""

from __future__ import annotations

from stdnum import luhn
from stdnum.dk import cpr as dk_cpr
from stdnum.dk import cvr as dk_cvr
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr as se_orgnr
from stdnum.se import personnummer as se_pnr


class IdentityError(ValueError):
    """A Danish message saying why the number is not valid."""


def normalise_cpr(value: str, *, allow_without_modulus11: bool = False) -> str:
    """A Danish CPR number as 10 digits (DDMMYYSSSS), its date and modulus-11 digit checked.

    The CPR office has issued numbers without the modulus-11 property for some birth dates since
    2007; a user who has seen the person's health card may accept such a number explicitly
    (allow_without_modulus11). The date part is always checked.
    """
    digits = dk_cpr.compact(value)
    if not digits.isdigit() or len(digits) != 10:
        raise IdentityError("CPR-nummer skal have 10 cifre (DDMMÅÅ-XXXX).")
    try:
        dk_cpr.get_birth_date(digits)
    except (StdnumError, ValueError) as exc:
        raise IdentityError("CPR-nummeret indeholder ikke en gyldig fødselsdato.") from exc
    if not allow_without_modulus11 and not cpr_passes_modulus11(digits):
        raise IdentityError("CPR-nummerets kontrolciffer er forkert (modulus 11).")
    return digits


_CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr_passes_modulus11(value: str) -> bool:
    """The classic CPR check (python-stdnum checks only the date, as the rule is no longer universal)."""
    digits = dk_cpr.compact(value)
    if not digits.isdigit() or len(digits) != 10:
        return False
    return sum(int(d) * w for d, w in zip(digits, _CPR_WEIGHTS, strict=True)) % 11 == 0


def normalise_cvr(value: str) -> str:
    try:
        return dk_cvr.validate(value)
    except StdnumError as exc:
        raise IdentityError(
            "CVR-nummeret er ugyldigt (8 cifre med korrekt kontrolciffer)."
        ) from exc


def normalise_personnummer(value: str) -> str:
    """A Swedish personnummer as 10 digits (YYMMDDNNNC), validated with its Luhn digit."""
    try:
        compact = se_pnr.validate(value)
    except StdnumError as exc:
        raise IdentityError("Personnummeret er ugyldigt (dato eller kontrolciffer).") from exc
    digits = "".join(ch for ch in compact if ch.isdigit())
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
