"""`linkify`: every web address in a plain text becomes a link people can tap.

Django's `urlize` only links bare domains ending in .com, .org and a few more, so
"jeugdhulp.be/jongeren" would stay plain text. This filter escapes the text first and then
links "https://…", "www.…" and bare domains with the top-level domains the sources use.
"""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()

_TLDS = "be|com|org|net|eu|vlaanderen|brussels|info|nl"
_ADDRESS = re.compile(
    r"(?<![\w@./-])"  # not inside an e-mail address or another word
    r"((?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")\b"
    r"(?:/[^\s<>\"']*)?)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)"


def _link(match: re.Match[str]) -> str:
    text = match.group(1)
    tail = ""
    while text and text[-1] in _TRAILING:
        text, tail = text[:-1], text[-1] + tail
    href = text if text.lower().startswith(("http://", "https://")) else f"https://{text}"
    shown = re.sub(r"^https?://", "", text, flags=re.IGNORECASE)
    # The text was escaped before matching; unescape &amp; in the link target only.
    return format_html('<a href="{}">{}</a>', mark_safe(href), mark_safe(shown)) + tail


@register.filter(is_safe=True)
def linkify(value: object) -> SafeString:
    """The text, HTML-escaped, with each web address as a link ("jeugdhulp.be" → a link)."""
    escaped = str(escape(value))
    return mark_safe(_ADDRESS.sub(_link, escaped))


@register.filter
def lang_of(text: str, language: str = "nl") -> SafeString | str:
    """`text` marked with its language (`<span lang="nl">`) on a page in another language,
    such as a catalogue text that has no translation yet; unchanged on a page in its own."""
    if not text or language == (get_language() or "nl"):
        return text
    return format_html('<span lang="{}">{}</span>', language, text)
