"""Belgian phone numbers: validate, store in one form, show as people write them.

Full numbers are stored in E.164 (+32 and the digits) for `tel:` links; short national numbers
(112, 101, 1712, 102, 106, 1813) are stored as dialled.
"""

from __future__ import annotations

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
    if digits.isdigit() and len(digits) <= 4:
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
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "%(value)s is geen geldig Belgisch telefoonnummer. "
            "Schrijf het met het netnummer ervoor.",
            params={"value": text},
            code="phone",
        )
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


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
