"""Signing in to the staff area: hashed passwords, the login page, lockout after guessing, password reset."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.argon2

LOGIN_URL = "/staff/login/"
RESET_URL = "/staff/password-reset/"
NEW_PASSWORD = "Laterne-Brunnen-Fahrrad-31"


@pytest.fixture
def editor(world) -> User:
    return make_user("editorin", ("editor", world.region, world.agency))


def german(message: str) -> str:
    """A message as the staff pages show it: in German, the default language, HTML-escaped."""
    with translation.override("de"):
        return escape(gettext(message))


def log_in(client: Client, username: str, password: str):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def is_logged_in(client: Client) -> bool:
    return client.get("/staff/").status_code == 200


def test_passwords_are_hashed_with_argon2(editor):
    assert editor.password.startswith("argon2")
    assert PASSWORD not in editor.password


def test_login_page_signs_in_and_leads_to_the_overview(editor):
    client = Client()
    assert client.get(LOGIN_URL).status_code == 200

    response = log_in(client, "editorin", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/staff/"
    assert is_logged_in(client)


def test_wrong_password_is_refused(editor):
    client = Client()
    response = log_in(client, "editorin", "not-the-password")
    assert response.status_code == 200
    assert not is_logged_in(client)


def test_account_is_locked_after_five_wrong_passwords(editor):
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT
    assert limit == 5
    for _attempt in range(limit - 1):
        assert log_in(client, "editorin", "guessing-wrong").status_code == 200

    locked = log_in(client, "editorin", "guessing-wrong")
    assert locked.status_code == 429  # django-axes' default AXES_HTTP_RESPONSE_CODE
    assert german("Too many failed logins") in locked.content.decode()

    # While locked, even the right password does not get in.
    response = log_in(client, "editorin", PASSWORD)
    assert response.status_code == 429
    assert german("Too many failed logins") in response.content.decode()
    assert not is_logged_in(client)


def reset_link(message: mail.EmailMessage) -> str:
    found = re.search(r"https?://[^/\s]+(/staff/password-reset/\S+/\S+/)", str(message.body))
    assert found, message.body
    return found.group(1)


def test_password_reset_by_mail_sets_a_new_password(editor):
    client = Client()
    response = client.post(RESET_URL, {"email": editor.email}, follow=True)
    assert german("Check your e-mail") in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [editor.email]

    opened = client.get(reset_link(mail.outbox[0]))
    assert opened.status_code == 302
    assert "set-password" in opened["Location"]
    form = client.get(opened["Location"])
    assert form.status_code == 200
    assert form.context["validlink"]

    saved = client.post(opened["Location"], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert saved.status_code == 302
    assert saved["Location"] == "/staff/password-reset/done/"

    assert log_in(Client(), "editorin", PASSWORD).status_code == 200, "the old password no longer works"
    client = Client()
    assert log_in(client, "editorin", NEW_PASSWORD)["Location"] == "/staff/"
    assert is_logged_in(client)


def test_a_reset_link_works_only_once(editor):
    client = Client()
    client.post(RESET_URL, {"email": editor.email})
    link = reset_link(mail.outbox[0])
    set_password = client.get(link)["Location"]
    client.post(set_password, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = Client().get(link, follow=True)
    assert german("This link is no longer valid. Please ask for a new one.") in again.content.decode()


def test_unknown_address_gets_no_mail_and_the_same_page(editor):
    known = Client().post(RESET_URL, {"email": editor.email}, follow=True)
    mail.outbox.clear()

    unknown = Client().post(RESET_URL, {"email": "nobody@example.org"}, follow=True)

    assert mail.outbox == []
    assert unknown.redirect_chain == known.redirect_chain
    assert unknown.status_code == known.status_code == 200
    assert german("Check your e-mail") in unknown.content.decode()
