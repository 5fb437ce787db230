from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate

EDITOR_GROUP = "Redacteur"
#: Editors change the catalogue; they only look at geography (it comes from Statbel).
EDITABLE_MODELS = (
    "supportform",
    "contactpoint",
    "openingslot",
    "openingexception",
    "fallbackcontact",
    "feedback",
)
VIEW_ONLY_MODELS = (
    "region",
    "arrondissement",
    "municipality",
    "postalcode",
    "formermunicipalityname",
)


def ensure_editor_group(sender: AppConfig, **kwargs: Any) -> None:
    """Create the "Redacteur" group with the catalogue's permissions (never removes any)."""
    from django.contrib.auth.models import Group, Permission

    using = kwargs.get("using", "default")
    group, _ = Group.objects.using(using).get_or_create(name=EDITOR_GROUP)
    wanted = (
        Permission.objects.using(using)
        .filter(content_type__app_label="catalog")
        .filter(
            codename__in=[
                f"{action}_{model}"
                for model in EDITABLE_MODELS
                for action in ("add", "change", "delete", "view")
            ]
            + [f"view_{model}" for model in VIEW_ONLY_MODELS]
        )
    )
    group.permissions.add(*wanted)


def ensure_cache_tables(sender: AppConfig, **kwargs: Any) -> None:
    """Create the database cache tables of settings.CACHES (the counters all workers share,
    such as the "Klopt er iets niet?" limit), so `migrate` alone prepares a database."""
    from django.core.management import call_command

    call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = "Catalogus jeugdhulp"

    def ready(self) -> None:
        post_migrate.connect(ensure_editor_group, sender=self)
        post_migrate.connect(ensure_cache_tables, sender=self)
