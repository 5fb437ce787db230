"""Security headers on every page type, admin login throttling, editors' permissions."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/vragen/1/",
    "/advies/",  # redirects to the questions without answers
    "/zoek/?q=gent",
    "/gemeente/44021/",
    "/regio/",
    "/regio/brussel/",
    "/hulpvormen/",
    "/hulpvormen/ocj/",
    "/api/advies/?gevaar=nee&rol=ouder&leeftijd=12&postcode=9000&situatie=vraag",
    "/api/gemeenten/44021/",
    "/api/openapi.json",
    "/gezond/",
    "/robots.txt",
    "/bestaat-niet/",  # 404
    "/admin/login/",
]


def csp_directives(value: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in value.split(";") if part.strip()}


@pytest.mark.parametrize("url", PAGES)
def test_every_page_type_sends_the_security_headers(client, url):
    response = client.get(url)
    assert response.status_code < 500
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"  # not no-referrer: see README
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    csp = csp_directives(response["Content-Security-Policy"])
    for directive in ("default-src", "script-src", "style-src", "img-src", "connect-src"):
        assert csp[directive] == ["'self'"], directive
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_quick_exit_target_may_receive_the_no_javascript_form(client):
    csp = csp_directives(client.get("/")["Content-Security-Policy"])
    assert csp["form-action"] == ["'self'", "https://www.google.be"]


def test_templates_have_no_inline_script_or_style(client):
    """The strict CSP would block them: every script is a file, every style in a sheet."""
    import re

    for url in ["/", "/vragen/1/", "/zoek/?q=gent", "/gemeente/44021/", "/hulpvormen/ocj/"]:
        html = client.get(url).content.decode()
        assert " style=" not in html, url
        assert not re.search(r"<style[\s>]", html), url
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag, (url, tag)


def test_admin_pages_need_no_inline_script(admin_client_logged_in):
    import re

    for url in ["/admin/", "/admin/catalog/contactpoint/", "/admin/catalog/contactpoint/add/"]:
        html = admin_client_logged_in.get(url).content.decode()
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag, (url, tag)
        assert " style=" not in html, url


def test_unknown_methods_are_refused(client):
    assert client.generic("TRACE", "/").status_code == 405
    assert client.put("/gezond/").status_code == 405
    assert client.post("/api/advies/").status_code == 405
    assert client.delete("/admin/").status_code == 405


def test_login_is_locked_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_superuser("beheer", "b@example.org", "juist-wachtwoord-1")
    statuses = [
        client.post(
            "/admin/login/?next=/admin/", {"username": "beheer", "password": "fout"}
        ).status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]  # the form with an error, then locked
    locked = client.post(
        "/admin/login/?next=/admin/", {"username": "beheer", "password": "juist-wachtwoord-1"}
    )
    assert locked.status_code == 429  # even the right password: locked out
    assert not client.session.get("_auth_user_id")
    call_command("axes_reset", verbosity=0)
    ok = client.post(
        "/admin/login/?next=/admin/", {"username": "beheer", "password": "juist-wachtwoord-1"}
    )
    assert ok.status_code == 302


@pytest.mark.parametrize("password", ["kort1", "123456789012345", "password1234", "beheerbeheer1"])
def test_weak_passwords_are_refused(django_user_model, password):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = django_user_model(username="beheerbeheer", email="beheer@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_editors_get_only_catalogue_permissions():
    group = Group.objects.get(name="Redacteur")
    perms = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert perms
    assert {app for app, _ in perms} == {"catalog"}
    codenames = {codename for _, codename in perms}
    assert "change_contactpoint" in codenames
    assert not any(c.endswith("catalogueversion") for c in codenames)
    assert not any(c in codenames for c in ("change_user", "add_user", "change_group"))
    # Geography comes from Statbel: editors only look at it.
    assert "view_municipality" in codenames and "change_municipality" not in codenames


@override_settings(DEBUG=False)
def test_production_settings_pass_check_deploy(monkeypatch):
    """`check --deploy` with the production values (HSTS, secure cookies, SSL redirect)."""
    import subprocess
    import sys

    env = {
        "DEBUG": "0",
        "SECRET_KEY": "a-long-random-production-like-key-" + "x9Yq2" * 10,
        "ALLOWED_HOSTS": "routewijzer.example",
        "PATH": "/usr/bin:/bin",
    }
    import os

    env["DATABASE_URL"] = os.environ.get("DATABASE_URL", "sqlite:///:memory:")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_nul_byte_is_a_bad_request_not_a_server_error(client):
    """PostgreSQL cannot store or compare NUL: a failed login (django-axes looks the username
    up), the "Klopt er iets niet?" form's contact and any other lookup gave a 500."""
    client.raise_request_exception = False
    responses = [
        client.post("/admin/login/", {"username": "a\x00", "password": "x"}),
        client.get("/klopt-er-iets-niet/", {"contact": "\x00"}),
        client.post("/klopt-er-iets-niet/", {"contact": "ocj-gent\x00", "kind": "ander"}),
        client.get("/zoek/", {"q": "Gent\x00"}),
        client.get("/zoek/", {"q\x00": "Gent"}),
    ]
    for response in responses:
        assert response.status_code == 400
        assert "We konden je vraag niet lezen" in response.content.decode()


def test_a_nul_byte_in_the_api_is_a_dutch_error_for_that_field(client):
    client.raise_request_exception = False
    response = client.get("/api/advies/", {"gevaar": "nee", "rol": "ouder", "postcode": "9000\x00"})
    assert response.status_code == 400
    assert list(response.json()["fouten"]) == ["postcode"]
    assert "NUL-teken" in response.json()["fouten"]["postcode"][0]
    assert client.get("/api/gemeenten/44021/", {"x": "\x00"}).status_code == 400


def test_a_nul_byte_in_the_admin_search_is_a_bad_request(admin_client_logged_in):
    client = admin_client_logged_in
    client.raise_request_exception = False
    autocomplete = {
        "term": "\x00",
        "app_label": "catalog",
        "model_name": "contactpoint",
        "field_name": "municipalities",
    }
    assert client.get("/admin/autocomplete/", autocomplete).status_code == 400
    assert client.get("/admin/catalog/contactpoint/", {"q": "a\x00"}).status_code == 400
    # Without the NUL byte the same requests work.
    assert client.get("/admin/autocomplete/", {**autocomplete, "term": "gent"}).status_code == 200


@pytest.mark.parametrize(
    "username",
    ["a" * 256, "é" * 300, "x" * 10_000, " " * 151, "beheer" + "\u200b" * 200],
)
def test_any_login_input_is_a_login_error_not_a_server_error(client, username):
    """django-axes stores the username of a failed login in a 255-character column; on
    PostgreSQL a longer one was a 500. The same check runs on SQLite, where it must pass too."""
    client.raise_request_exception = False
    for _ in range(2):
        response = client.post("/admin/login/", {"username": username, "password": "fout"})
        assert response.status_code == 200
        assert b"errornote" in response.content


@pytest.mark.skipif(
    "postgresql" not in __import__("django.conf").conf.settings.DATABASES["default"]["ENGINE"],
    reason="the 255-character limit is enforced only by PostgreSQL (CI runs the suite on it)",
)
def test_a_256_character_username_is_a_login_error_on_postgresql(client, django_user_model):
    django_user_model.objects.create_superuser("beheer", "b@example.org", "juist-wachtwoord-1")
    client.raise_request_exception = False
    response = client.post("/admin/login/", {"username": "b" * 256, "password": "fout"})
    assert response.status_code == 200
    assert b"errornote" in response.content
    # The failure still counts towards a lockout, under the shortened name.
    for _ in range(4):
        client.post("/admin/login/", {"username": "b" * 256, "password": "fout"})
    assert client.post("/admin/login/", {"username": "b" * 256, "password": "x"}).status_code == 429


def test_behind_a_proxy_lockouts_are_per_client_address(client, django_user_model, settings):
    """Behind nginx every request comes from the proxy's address: the lockout must use the
    address nginx saw (the last X-Forwarded-For entry), not the proxy's, nor one made up by
    the client (entries left of it)."""
    settings.PROXY_COUNT = 1
    django_user_model.objects.create_superuser("beheer", "b@example.org", "juist-wachtwoord-1")
    attacker = {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.9"}
    for _ in range(5):
        client.post("/admin/login/", {"username": "beheer", "password": "fout"}, **attacker)
    made_up = {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.9"}
    locked = client.post("/admin/login/", {"username": "beheer", "password": "x"}, **made_up)
    assert locked.status_code == 429  # a different made-up entry does not help
    editor = {"HTTP_X_FORWARDED_FOR": "203.0.113.50"}
    ok = client.post(
        "/admin/login/", {"username": "beheer", "password": "juist-wachtwoord-1"}, **editor
    )
    assert ok.status_code == 302  # the real admin, from elsewhere, is not locked out


@pytest.mark.django_db
def test_quick_exit_address_opened_directly_also_leaves_and_forgets(client):
    client.post("/vragen/1/", {"gevaar": "nee"})
    response = client.get("/snel-weg/")
    assert response.status_code == 303
    assert response["Location"] == settings.QUICK_EXIT_URL
    assert not client.session.items()


@pytest.fixture
def fast_passwords(settings):
    """Many logins in one test: a fast hasher (every failed login hashes a password)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.usefixtures("fast_passwords")
def test_many_usernames_from_one_client_meet_a_limit(client, django_user_model, settings):
    """One guess each for many usernames never reached the per-username limit; the client's
    address has a limit of its own. Other clients, and the same username elsewhere, go on."""
    settings.PROXY_COUNT = 1
    django_user_model.objects.create_superuser("beheer", "b@example.org", "juist-wachtwoord-1")
    attacker = {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    statuses = [
        client.post(
            "/admin/login/", {"username": f"naam{n}", "password": "fout"}, **attacker
        ).status_code
        for n in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT)
    ]
    assert statuses[:-1] == [200] * (settings.LOGIN_ADDRESS_FAILURE_LIMIT - 1)
    assert statuses[-1] == 429
    right = {"username": "beheer", "password": "juist-wachtwoord-1"}
    assert client.post("/admin/login/", right, **attacker).status_code == 429
    editor = {"HTTP_X_FORWARDED_FOR": "203.0.113.50"}
    assert client.post("/admin/login/", right, **editor).status_code == 302


@pytest.mark.usefixtures("fast_passwords")
def test_typos_of_several_editors_behind_one_address_do_not_lock_the_address(
    client, django_user_model, settings
):
    """An office behind one address: a few typos each stay below the address's own limit."""
    settings.PROXY_COUNT = 1
    django_user_model.objects.create_superuser("beheer", "b@example.org", "juist-wachtwoord-1")
    office = {"HTTP_X_FORWARDED_FOR": "203.0.113.50"}
    for name in ("an", "bert", "chris"):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            client.post("/admin/login/", {"username": name, "password": "fout"}, **office)
    right = {"username": "beheer", "password": "juist-wachtwoord-1"}
    assert client.post("/admin/login/", right, **office).status_code == 302
