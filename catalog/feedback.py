"""The public "Klopt er iets niet?" form: a short report about one contact, for the editors.

No personal data is asked or stored. Spam is held off without third-party services: a hidden
field that people leave empty (a honeypot) and a limit per session and per client address.
The address is the one the reverse proxy passes on (catalog.utils.proxy.client_ip), so one
client's reports never count against another's. Its counter lives in the database cache
(settings.CACHES["limits"]), shared by all workers, under a keyed hash of the address that
expires with the window; the address itself is never stored.
"""

from __future__ import annotations

from django import forms
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from catalog.models import ContactPoint, Feedback
from catalog.utils.proxy import client_ip

#: At most this many reports per session and per network address in one window.
PER_SESSION = 5
PER_ADDRESS = 20
WINDOW_SECONDS = 60 * 60
SESSION_KEY = "feedback_sent"


class FeedbackForm(forms.Form):
    """What is wrong, and optionally what it should be. Nothing about the sender."""

    contact = forms.CharField(required=False, widget=forms.HiddenInput, max_length=80)
    kind = forms.ChoiceField(
        label=gettext_lazy("Wat klopt er niet?"),
        choices=Feedback.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Kies wat er niet klopt.")},
    )
    correction = forms.CharField(
        label=gettext_lazy("Wat moet het zijn? (niet verplicht)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": gettext_lazy("Schrijf het in hoogstens 1000 tekens.")},
    )
    # The honeypot: hidden from people (and from screen readers), filled in by bots.
    website = forms.CharField(required=False, label=gettext_lazy("Laat dit veld leeg"))


def _address_key(request: HttpRequest) -> str:
    # Keyed with SECRET_KEY: a plain hash of an IPv4 address is undone by trying all 2**32.
    digest = salted_hmac("feedback-address", client_ip(request) or "").hexdigest()[:32]
    return "feedback-address-" + digest


def _over_limit(request: HttpRequest) -> bool:
    sent = request.session.get(SESSION_KEY, 0)
    return sent >= PER_SESSION or caches["limits"].get(_address_key(request), 0) >= PER_ADDRESS


def _count(request: HttpRequest) -> None:
    request.session[SESSION_KEY] = request.session.get(SESSION_KEY, 0) + 1
    limits = caches["limits"]
    key = _address_key(request)
    if limits.add(key, 1, WINDOW_SECONDS):
        return
    try:  # a read and a write: two reports at the same instant may count once, which is fine
        limits.incr(key)
    except ValueError:  # expired in between
        limits.add(key, 1, WINDOW_SECONDS)


@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request: HttpRequest) -> HttpResponse:
    """GET: the form for the contact in `?contact=`; POST: store the report for review."""
    key = (request.POST if request.method == "POST" else request.GET).get("contact", "")
    point = ContactPoint.objects.active().filter(key=key[:80]).first() if key else None
    if request.method != "POST":
        form = FeedbackForm(initial={"contact": point.key if point else ""})
        return render(request, "catalog/feedback.html", {"form": form, "point": point})
    form = FeedbackForm(request.POST)
    if _over_limit(request):
        context = {"form": form, "point": point, "limited": True}
        return render(request, "catalog/feedback.html", context, status=429)
    if not form.is_valid():
        return render(request, "catalog/feedback.html", {"form": form, "point": point}, status=400)
    # A bot that fills the honeypot gets the same answer; nothing is stored or counted, so a
    # flood of them never brings the address (behind a shared proxy or NAT: many people) to
    # its limit.
    if not form.cleaned_data["website"]:
        _count(request)
        Feedback.objects.create(
            contact_point=point,
            kind=form.cleaned_data["kind"],
            correction=form.cleaned_data["correction"],
        )
    return redirect("catalog:feedback-thanks")


def thanks(request: HttpRequest) -> HttpResponse:
    """After a report."""
    return render(request, "catalog/feedback_thanks.html")
