"""The advice page's content: an engine advice as numbered cards for `routing/advice.html`.

Every contact is shown in full once (later steps name it briefly, with a link to its step),
urgent steps come first, the "good to know" steps are folded apart, and a parent or young
person sees their own startpunt first. The rendered advice page is kept per process for
equal advice (see `rendered_once`), the advice body for advice of the same shape (see `body`)
and each rendered step card for an equal card (see `Card.html`), since many different advices
share their shape and most of their cards. The JSON API shows the engine's advice unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from catalog import selectors
from catalog.page_cache import PageStore
from catalog.templatetags.weblinks import linkify
from catalog.utils.lru import VersionedLRU
from routing.directory import Contact, Route
from routing.engine import Advice, Step
from routing.rules import EMERGENCY_NUMBERS

#: Steps that belong on the first phone screen of an advice: call now, the crisis step, and
#: the suicide prevention line. The emergency numbers (112, 101) get the big call buttons.
FIRST_SCREEN_FORMS = frozenset({"crisismeldpunt", "zelfmoordlijn-1813"})
FIRST_SCREEN_URGENCIES = frozenset({"nu", "vandaag"})


@dataclass(frozen=True)
class Entry:
    """One contact on a step: in full, or (when a card higher up already shows it in full) a
    short line with its number and a link to that card."""

    contact: Contact
    full: bool
    shown_on: int | None = None  # the step number with the full card; None: the call buttons
    for_role: str | None = None  # meant for another kind of visitor: one short line at the end


@dataclass(frozen=True)
class Card:
    """One step as the advice page shows it: its number and its contacts, each in full once
    on the page."""

    step: Step
    number: int
    entries: tuple[Entry, ...]
    fallback_page: str | None = None
    family: bool = False  # a parent or young person: they can ask for mediation themselves

    @property
    def html(self) -> SafeString:
        """The card as `routing/_step.html` renders it. All but its number and its "why" (which
        repeats the visitor's answers) is kept for equal cards: see `_shared_card`."""
        return mark_safe(self.filled(STEP_CARD, get_language(), selectors.current_token()))

    @property
    def other_html(self) -> SafeString:
        """A service of another system as `routing/_other_card.html` renders it, kept alike."""
        return mark_safe(self.filled(OTHER_CARD, get_language(), selectors.current_token()))

    def filled(self, template: str, language: str, token: str | None) -> str:
        """The card as `template` renders it in `language`: the card kept at catalogue version
        `token`, with this card's number and why put in (both are rendered HTML; linkify
        escapes the why)."""
        shared = _shared_card(template, self, language, token)
        return shared.replace(NUMBER_SLOT, str(self.number)).replace(
            WHY_SLOT, _why(self.step.waarom)
        )

    def shown_alike(self) -> Card:
        """This card without what makes it differ from page to page while looking the same:
        its number and its step's "why" (filled in per page) and rule ids (not shown)."""
        return replace(self, number=0, step=replace(self.step, **_PER_PAGE))

    def alike_key(self) -> tuple[Any, ...]:
        """Equal for cards whose `shown_alike` are equal (cheaper to make than those)."""
        return (_SHARED_STEP_FIELDS(self.step), _SHARED_CARD_FIELDS(self))

    @property
    def fallback(self) -> Route | None:
        """The step's route while its own contact is unknown (the engine gives it)."""
        return self.step.route

    @property
    def primary(self) -> Contact | None:
        """The contact whose phone number is the step's main action: the first one with a
        phone number, when this card shows it in full (one clear thing to do per step).

        None for the ways to get help while the step's own contact is unknown: their text
        says which number suits whom (a professional calls the VK, not 1712)."""
        if self.fallback is not None:
            return None
        first = next((e for e in self.entries if e.contact.telefoon), None)
        return first.contact if first and first.full else None

    @property
    def sourced(self) -> list[Contact]:
        """The contacts this card gives the source and dates of: all but those shown in full
        on an earlier step (the call buttons at the top have no room for theirs)."""
        return [e.contact for e in self.entries if e.full or e.shown_on is None]


STEP_CARD = "routing/_step.html"
OTHER_CARD = "routing/_other_card.html"

#: What differs between equal-looking cards, with the value a kept card has instead.
_PER_PAGE: dict[str, Any] = {"waarom": "", "regels": ()}
_SHARED_STEP_FIELDS = attrgetter(*(f.name for f in fields(Step) if f.name not in _PER_PAGE))
_SHARED_CARD_FIELDS = attrgetter(
    *(f.name for f in fields(Card) if f.name not in ("step", "number"))
)


#: Contacts meant for one kind of visitor (catalogue key → role): a parent acts on the parents'
#: page, a young person on theirs; the other page is one short line after the rest.
FOR_ROLE = {"jeugdhulp-startpunt-jongere": "jongere", "jeugdhulp-startpunt-ouders": "ouder"}
FAMILY = frozenset(FOR_ROLE.values())


def _for_you_first(contacts: tuple[Contact, ...], rol: str) -> list[Contact]:
    if rol not in FAMILY:
        return list(contacts)
    return sorted(contacts, key=lambda c: FOR_ROLE.get(c.sleutel, rol) != rol)


def _contact_key(contact: Contact) -> tuple[str, ...]:
    # The catalogue key when there is one; otherwise what a person would call "the same".
    if contact.sleutel:
        return (contact.sleutel,)
    return (contact.naam, contact.telefoon or "", contact.email or "", contact.website or "")


def _cards(
    steps: list[Step],
    rol: str,
    first: int,
    seen: dict[tuple[str, ...], int | None],
) -> list[Card]:
    """The steps as cards numbered from `first`; `seen` (contact → step number) is updated so
    every contact gets one full card on the page and a short reference after that."""
    cards = []
    for number, step in enumerate(steps, start=first):
        fallback = step.route
        contacts: tuple[Contact, ...] = fallback.contacten if fallback else step.contacten
        entries: list[Entry] = []
        for contact in _for_you_first(contacts, rol):
            key = _contact_key(contact)
            other = FOR_ROLE.get(contact.sleutel)
            if rol in FAMILY and other and other != rol:
                entries.append(Entry(contact, full=False, for_role=other))
            elif key in seen:
                entries.append(Entry(contact, full=False, shown_on=seen[key]))
            else:
                seen[key] = number
                entries.append(Entry(contact, full=True))
        page = None
        if fallback and fallback.pagina and not _named(fallback.pagina, fallback, contacts):
            page = fallback.pagina
        cards.append(Card(step, number, tuple(entries), page, family=rol in FAMILY))
    return cards


def _bare(url: str) -> str:
    return url.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")


def _named(page: str, route: Route, contacts: tuple[Contact, ...]) -> bool:
    """Whether the card already links `page`: a contact's website, or the route's text naming
    its address (the text's addresses become links). No second line with the same site."""
    bare = _bare(page).rstrip("/")
    websites = {_bare(c.website or "").rstrip("/") for c in contacts}
    return bare in websites or bare in route.uitleg.lower()


def context(advice: Advice) -> dict[str, Any]:
    """What `routing/advice.html` shows of an advice: the steps as numbered cards, each
    contact in full once, urgent steps first and "good to know" steps apart."""
    slugs = {n.vorm for n in advice.niet_mogelijk}
    names = selectors.support_form_names(slugs)
    danger = [s for s in advice.stappen if s.vorm in EMERGENCY_NUMBERS and s.urgentie == "nu"]
    others = [s for s in advice.stappen if s not in danger]
    urgent = [
        s for s in others if s.urgentie in FIRST_SCREEN_URGENCIES or s.vorm in FIRST_SCREEN_FORMS
    ]
    later = [s for s in others if s not in urgent]
    # Steps to act on come first; the "good to know" ones are folded away after them.
    to_act = [s for s in later if s.urgentie != "info"]
    good_to_know = [s for s in later if s.urgentie == "info"]
    danger_contacts = [c for s in danger for c in s.contacten]
    seen: dict[tuple[str, ...], int | None] = {_contact_key(c): None for c in danger_contacts}
    rol = advice.antwoorden.rol
    urgent_cards = _cards(urgent, rol, 1, seen)
    later_cards = _cards(to_act, rol, len(urgent) + 1, seen)
    info_cards = _cards(good_to_know, rol, len(urgent) + len(to_act) + 1, seen)
    # Another system's services (French-speaking help in Brussels): apart from the numbered
    # steps, each contact in full.
    other_cards = _cards(list(advice.andere_systemen), rol, 1, {})
    return {
        "page_title": gettext("Je advies"),
        "advice": advice,
        "professional": advice.antwoorden.is_professional,
        # The young person or a parent: they can ask for some help themselves (mediation).
        "family": rol in FAMILY,
        "danger_steps": danger,
        "danger_contacts": danger_contacts,
        "urgent_cards": urgent_cards,
        "later_cards": later_cards,
        "info_cards": info_cards,
        "other_cards": other_cards,
        "meldingen": [_why(text) for text in advice.meldingen],
        "not_possible": [
            {"name": names.get(item.vorm, item.vorm), "why": _why(item.waarom)}
            for item in advice.niet_mogelijk
        ],
        "printed_on": timezone.localdate(),
        "place": _place(advice),
    }


def _place(advice: Advice) -> str:
    """The municipality the advice is for, and when it is outside, that it is."""
    area = advice.gebied
    if area is None:
        return ""
    if area.in_werkingsgebied:
        return area.name
    return gettext("{name} (buiten Vlaanderen en Brussel)").format(name=area.name)


#: Where a kept card gets its number and its "why": markup no catalogue or rule text can
#: produce (every such text is escaped, so its "<" never reaches the page as is).
NUMBER_SLOT = mark_safe("<rw-step-number>")
WHY_SLOT = mark_safe("<rw-step-why>")

#: Rendered step cards by what they show. Different answers (another age, one situation more,
#: a neighbouring municipality) mostly give the same cards, and rendering them was most of the
#: cost of an advice page not kept whole. The key is the card value as rendered (its step's
#: texts and contacts, "open now" included, the short lines for contacts shown elsewhere, the
#: kind of reader: `Card.alike_key`) and the language, per catalogue version; nothing of the
#: visitor is in it.
#: The number and the "why" are not in the kept card but filled in per page. 1 to 4 KB each.
_cards_rendered: VersionedLRU[SafeString] = VersionedLRU(2048)


@lru_cache(maxsize=4096)
def _why(text: str) -> SafeString:
    # A step's "why" with its addresses as links; the same few hundred texts come back on
    # page after page, and the address pattern costs more than the rest of a kept card.
    return linkify(text)


def _shared_card(template: str, card: Card, language: str, token: str | None) -> SafeString:
    """`card` rendered with its number and why left open, kept at catalogue version `token`."""
    key = (template, card.alike_key(), language)
    html = _cards_rendered.get(token, key)
    if html is not None:
        return html
    card = card.shown_alike()
    context = {"card": card, "number": NUMBER_SLOT, "why": WHY_SLOT, "family": card.family}
    html = get_template(template).render({**context, "PAGE_LANGUAGE": language})
    _cards_rendered.put(token, key, html)
    return html


#: Where the advice goes in the page around it (`advice_body` in `routing/advice.html`):
#: markup no text or address can produce, since they are all escaped.
BODY_SLOT = mark_safe("<rw-advice-body>")

#: Rendered advice pages by the advice they show: most of the page's cost is Django's
#: templates, and many visitors in the same situation and place get equal advice. Only equal
#: values meet (the key compares the whole advice, "open now" and all, and the address the
#: language links repeat); nothing here points to a visitor or a session, and the page carries
#: no form token. About 30 KB each.
_pages = PageStore(128)

#: The page around the advice (layout, language links, print head, buttons) with the advice
#: left open (`BODY_SLOT`): the same for every advice at one address, on one day, in one
#: language and kind of request (full page or htmx fragment). About 6 KB each.
_frames = PageStore(32)


def rendered_once(
    request: HttpRequest,
    page: dict[str, Any],
    render: Callable[[dict[str, Any]], HttpResponse],
) -> HttpResponse:
    """The advice page for `page` (the `context` of an advice): `render(extra)` renders
    `routing/advice.html` with `page` and `extra`. The whole page is kept and reused for equal
    advice on the same day, at the same address and for the same kind of request; otherwise
    the advice is rendered and put in the kept page around it."""
    # The advice carries its routes, so equal advice means equal cards.
    address = request.build_absolute_uri()
    key = (page["advice"], page["printed_on"], address)
    return _pages.response(request, key, lambda: _framed(request, page, address, render))


def _framed(
    request: HttpRequest,
    page: dict[str, Any],
    address: str,
    render: Callable[[dict[str, Any]], HttpResponse],
) -> HttpResponse:
    key = (address, page["printed_on"], page["page_title"])
    frame = _frames.page(request, key, lambda: render({"advice_body": BODY_SLOT}))
    before, slot, after = frame.content.decode().partition(BODY_SLOT)
    if not slot:  # not the page (cannot happen for a rendered advice page): render it whole
        return render({"advice_body": body(page)})
    return frame.response(before + body(page) + after)


# --- the advice itself ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Open:
    """A card, a place or a text as a kept body holds it: a numbered slot."""

    html: SafeString
    number: int = 0

    @property
    def other_html(self) -> SafeString:
        return self.html


_SLOT = re.compile(r"<rw-slot-(\d+)>")


def _slot(index: int) -> SafeString:
    # Markup no text can produce: every text on the page is escaped.
    return mark_safe(f"<rw-slot-{index}>")


@dataclass(frozen=True)
class _Body:
    """A rendered body cut at its slots: `parts[0]`, value `slots[0]`, `parts[1]`, …"""

    parts: tuple[str, ...]
    slots: tuple[int, ...]

    def filled(self, values: list[str]) -> SafeString:
        pieces = [self.parts[0]]
        for index, part in zip(self.slots, self.parts[1:], strict=True):
            pieces += (values[index], part)
        return mark_safe("".join(pieces))


#: Rendered advice bodies by their shape: what the body shows apart from its cards, its place,
#: its notices and its "not possible" rows, which are slots filled in per page. The shape is
#: the kind of reader, the danger box (its steps' texts and its call buttons), how many of each
#: open part there are, and the language: a few hundred shapes cover most advice. Nothing of
#: the visitor is in it. 2 to 4 KB each.
_bodies: VersionedLRU[_Body] = VersionedLRU(512)


#: The card lists of an advice page and the template of their cards.
CARD_LISTS = (
    ("urgent_cards", STEP_CARD),
    ("later_cards", STEP_CARD),
    ("info_cards", STEP_CARD),
    ("other_cards", OTHER_CARD),
)


def body(page: dict[str, Any]) -> SafeString:
    """The advice as `routing/_advice_body.html` renders it for `page` (the `context` of an
    advice); the body around its open parts is kept per shape (see `_bodies`)."""
    language = get_language()
    token = selectors.current_token()
    values: list[str] = []

    def opened(parts: Iterable[str]) -> range:
        start = len(values)
        values.extend(parts)
        return range(start, len(values))

    slots = {
        name: opened(card.filled(template, language, token) for card in page[name])
        for name, template in CARD_LISTS
    }
    slots["place"] = opened([conditional_escape(page["place"])] if page["place"] else [])
    slots["meldingen"] = opened(page["meldingen"])
    slots["names"] = opened(conditional_escape(row["name"]) for row in page["not_possible"])
    slots["whys"] = opened(row["why"] for row in page["not_possible"])
    shape = (
        page["professional"],
        tuple((step.vorm, step.titel, step.wat_doen) for step in page["danger_steps"]),
        tuple(page["danger_contacts"]),
        *(len(numbers) for numbers in slots.values()),
        language,
    )
    kept = _bodies.get(token, shape)
    if kept is None:
        kept = _rendered_body(page, slots, language)
        _bodies.put(token, shape, kept)
    return kept.filled(values)


def _rendered_body(page: dict[str, Any], slots: dict[str, range], language: str) -> _Body:
    """The body of `page` with a slot where each open part goes (see `body`)."""
    stand_ins: dict[str, Any] = {
        name: [
            _Open(_slot(i), card.number) for i, card in zip(slots[name], page[name], strict=True)
        ]
        for name, _ in CARD_LISTS
    }
    stand_ins["place"] = _slot(slots["place"][0]) if slots["place"] else ""
    stand_ins["meldingen"] = [_slot(i) for i in slots["meldingen"]]
    stand_ins["not_possible"] = [
        {"name": _slot(name), "why": _slot(why)}
        for name, why in zip(slots["names"], slots["whys"], strict=True)
    ]
    # Only what the shape holds and the stand-ins: the template cannot show anything of one
    # visitor in a body kept for others, even by mistake.
    shown = {name: page[name] for name in ("professional", "danger_steps", "danger_contacts")}
    context = {**shown, **stand_ins, "PAGE_LANGUAGE": language}
    pieces = _SLOT.split(get_template("routing/_advice_body.html").render(context))
    return _Body(tuple(pieces[0::2]), tuple(int(i) for i in pieces[1::2]))
