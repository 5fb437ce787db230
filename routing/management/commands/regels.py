"""python manage.py regels: the rule book as Markdown (committed as docs/regels.md).

python manage.py regels > docs/regels.md
"""

from typing import Any

from django.core.management.base import BaseCommand

from routing.rulebook import render


class Command(BaseCommand):
    help = "Print every routing rule as Markdown: id, family, seed lines, reading and texts."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(render(), ending="")
