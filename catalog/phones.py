"""Belgian phone numbers: validate, store in one form, show as people write them.

Full numbers are stored in E.164 (+32 and the digits) for `tel:` links; short national numbers
(112, 101, 1712, 102, 106, 1813) are stored as dialled.
"""

from __future__ import annotations

import string

import phonenumbers
from django.core.exceptions import ValidationError
from phonenumbers import PhoneNumberFormat, shortnumberinfo

REGION = "BE"


def normalise_phone(raw: str) -> str:
    """Return the stored form of a Belgian phone number, or raise ValidationError in Dutch."""
    text = (raw or "").strip()
    if not text:
        return ""
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if digits.isdigit() and len(digits) <= 4 and not digits.startswith("0"):
        try:
            number = phonenumbers.parse(digits, REGION)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and shortnumberinfo.is_valid_short_number_for_region(number, REGION):
            return digits
        raise ValidationError(
            "%(value)s is geen geldig kort nummer in België.", params={"value": text}, code="phone"
        )
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        raise _refused(
            text, "is geen telefoonnummer. Gebruik alleen cijfers, spaties en +."
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise _refused(text, _reason(digits, number))
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _refused(text: str, reason: str) -> ValidationError:
    return ValidationError("%(value)s " + reason, params={"value": text}, code="phone")


def _reason(digits: str, number: phonenumbers.PhoneNumber) -> str:
    """Why a number that parsed is still refused, in plain Dutch."""
    if number.country_code != 32:
        return "is geen Belgisch nummer. Hier horen alleen Belgische nummers."
    if not digits.startswith(("0", "+")):
        return "mist het netnummer. Schrijf het met het netnummer ervoor (bv. 09 of 02)."
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.TOO_SHORT:
        return "is te kort voor een Belgisch nummer: er ontbreken cijfers."
    if possible == phonenumbers.ValidationResult.TOO_LONG:
        return "is te lang voor een Belgisch nummer: er staan cijfers te veel."
    national = str(number.national_number)
    if len(national) > 1 and _valid_national(national[:-1]):
        return "heeft een cijfer te veel. Kijk het nummer na in de bron."
    if any(_valid_national(national + digit) for digit in string.digits):
        return "is te kort: er ontbreekt een cijfer. Kijk het nummer na in de bron."
    return "bestaat niet: geen Belgisch nummer begint zo. Kijk het nummer na in de bron."


def _valid_national(national: str) -> bool:
    candidate = phonenumbers.PhoneNumber(country_code=32, national_number=int(national))
    return phonenumbers.is_valid_number(candidate)


def display_phone(stored: str) -> str:
    """Format a stored number the Belgian way (zone number, then groups of digits); short
    numbers unchanged."""
    if not stored or not stored.startswith("+"):
        return stored or ""
    try:
        number = phonenumbers.parse(stored, REGION)
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == 32:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
