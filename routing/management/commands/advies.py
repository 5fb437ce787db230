"""python manage.py advies: the advice for a set of answers, readable or as the API's JSON.

    python manage.py advies --rol ouder --leeftijd 12 --postcode 9000 \\
        --situatie conflict --met hulpverlener
"""

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from routing.answers import AnswerErrors, parse_answers
from routing.engine import advise
from routing.serialize import advice_to_dict, errors_to_dict
from routing.vocabulary import (
    CONFLICT_PARTIES,
    CRISIS_PLACE_KEYS,
    FOLLOW_UPS,
    MAX_AGE,
    ROLES,
    SITUATIONS,
    UNBORN,
    say,
)
from routing.web.directory import DatabaseDirectory

URGENCY_LABEL = {"nu": "NU", "vandaag": "VANDAAG", "binnenkort": "BINNENKORT", "info": "INFO"}


class Command(BaseCommand):
    help = "Toont het advies voor een set antwoorden (dezelfde woorden als /api/advies/)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--gevaar", default="nee", help="ja of nee (standaard: nee)")
        parser.add_argument("--rol", help=", ".join(ROLES))
        parser.add_argument("--leeftijd", help=f"0 tot {MAX_AGE}, of {UNBORN}")
        parser.add_argument("--postcode", help="4 cijfers")
        parser.add_argument("--gemeente", help="NIS-code, 5 cijfers")
        parser.add_argument(
            "--situatie",
            action="append",
            default=[],
            help=f"{', '.join(SITUATIONS)}; herhaal voor meer situaties",
        )
        parser.add_argument(
            "--met",
            action="append",
            default=[],
            help=f"{', '.join(CONFLICT_PARTIES)}; herhaal voor meer partijen",
        )
        parser.add_argument("--lopend", help="ja of nee")
        parser.add_argument("--clb-bereikbaar", dest="clb_bereikbaar", help="ja of nee")
        for f in FOLLOW_UPS:
            parser.add_argument(
                f"--{f.key.replace('_', '-')}",
                dest=f.key,
                help=f"{say(f.title, None)} ({', '.join(f.values)})",
            )
        for key in CRISIS_PLACE_KEYS:
            parser.add_argument(
                f"--{key.replace('_', '-')}",
                dest=key,
                help="plaats van de crisis (crisis-elders ja)",
            )
        parser.add_argument("--json", action="store_true", help="de JSON van /api/advies/")

    def handle(self, *args: Any, **options: Any) -> None:
        keys = ("gevaar", "rol", "leeftijd", "postcode", "gemeente", "lopend", "clb_bereikbaar")
        keys += tuple(f.key for f in FOLLOW_UPS) + CRISIS_PLACE_KEYS
        data = {key: [options[key]] for key in keys if options[key]}
        for repeated in ("situatie", "met"):
            if options[repeated]:
                data[repeated] = options[repeated]
        try:
            advice = advise(parse_answers(data), DatabaseDirectory())
        except AnswerErrors as errors:
            if options["json"]:
                self.stdout.write(json.dumps(errors_to_dict(errors), ensure_ascii=False, indent=2))
            lines = [f"--{k.replace('_', '-')}: {m}" for k, ms in errors.errors.items() for m in ms]
            raise CommandError("\n".join(lines)) from errors
        result = advice_to_dict(advice)
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        self.stdout.write(render_text(result))


def render_text(result: dict) -> str:
    """The advice as plain text for a terminal."""
    lines = []
    place = result.get("gebied") or {}
    if place.get("gemeente"):
        lines.append(f"Gemeente: {place['gemeente']['naam']} ({place['gemeente']['nis']})")
    for message in result.get("meldingen", []):
        lines.append(f"! {message}")
    for number, step in enumerate(result["stappen"], start=1):
        lines.append("")
        lines.append(
            f"{number}. [{URGENCY_LABEL.get(step['urgentie'], step['urgentie'])}] "
            f"{step['titel']}  ({', '.join(step['regels'])})"
        )
        lines.append(f"   Wat doen: {step['wat_doen']}")
        lines.append(f"   Waarom: {step['waarom']}")
        contacts = step["contacten"]
        if not step["contact_gekend"]:
            fallback = step.get("zolang_niet_gekend")
            if fallback:
                lines.append(f"   Contact nog niet gekend. Zolang: {fallback['uitleg']}")
                if fallback["pagina"]:
                    lines.append(f"   Meer: {fallback['pagina']}")
                contacts = fallback["contacten"]
            else:
                lines.append("   Contact: nog niet gekend.")
        lines += _contact_lines(contacts)
    if result.get("andere_systemen"):
        lines.append("")
        lines.append("Franstalige hulp in Brussel (een ander systeem):")
        for item in result["andere_systemen"]:
            lines.append(f"- {item['titel']}  ({', '.join(item['regels'])})")
            lines.append(f"   Wat doen: {item['wat_doen']}")
            way = item.get("zo_vind_je_het")
            if way:
                lines.append(f"   {way['uitleg']} (bron: {way['bron_naam']})")
            lines += _contact_lines(item["contacten"])
    if result.get("niet_mogelijk"):
        lines.append("")
        lines.append("Niet mogelijk:")
        for item in result["niet_mogelijk"]:
            lines.append(f"- {item['vorm']}: {item['waarom']} ({', '.join(item['regels'])})")
    return "\n".join(lines)


def _contact_lines(contacts: list[dict]) -> list[str]:
    """Each contact's numbers, hours and source, indented under its step."""
    lines = []
    for contact in contacts:
        reach = [contact.get("telefoon_weergave"), contact.get("email"), contact.get("website")]
        lines.append(f"   - {contact['naam']}: {' · '.join(x for x in reach if x)}")
        if contact.get("bereikbaar"):
            lines.append(f"     {contact['bereikbaar']}")
        lines.append(f"     Bron: {contact['bron_naam'] or contact['bron']} ({_checked(contact)})")
    return lines


def _checked(contact: dict) -> str:
    """Whether a person confirmed the contact, in words."""
    if contact["nagekeken_op"]:
        return f"bevestigd op {contact['nagekeken_op']}"
    return "nog niet bevestigd"
