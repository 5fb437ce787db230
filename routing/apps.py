from django.apps import AppConfig


class RoutingConfig(AppConfig):
    name = "routing"
    verbose_name = "Advies"

    def ready(self) -> None:
        # The catalogue imports nothing from routing: it gets the facts it shows from the rules
        # and the questionnaire here, each still stated in one place.
        from catalog.vocabulary import Vocabulary, hand_down
        from routing.rules import EMERGENCY_FORMS, EMERGENCY_NUMBERS, SUPPORT_FORMS
        from routing.vocabulary import ROLE_OPTIONS

        hand_down(
            Vocabulary(
                support_forms=SUPPORT_FORMS,
                emergency_numbers=EMERGENCY_NUMBERS,
                emergency_forms=EMERGENCY_FORMS,
                roles=tuple((o.value, o.short) for o in ROLE_OPTIONS),
            )
        )
