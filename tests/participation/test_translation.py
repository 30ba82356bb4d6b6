"""Proposals are translated for the others by machine after saving; without a service they show as written."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import AuditEntry
from participation import services
from participation.models import ProposalTranslation, RoundTranslation
from tests.participation.conftest import make_round, public_url
from translations import machine
from translations.models import Origin


@pytest.fixture
def fake_machine(monkeypatch):
    calls = []

    def translate(*, texts, source, target):
        calls.append((source, target, list(texts)))
        if target == "uk":
            raise machine.MachineTranslationUnavailable("no Ukrainian here")
        return [f"[{target}] {text}" for text in texts]

    monkeypatch.setattr("translations.machine.is_configured", lambda: True)
    monkeypatch.setattr("translations.machine.translate", translate)
    return calls


def test_a_public_proposal_is_translated_into_the_other_languages(
    client, world, staff, fake_machine, django_capture_on_commit_callbacks
):
    round_ = make_round(world, staff["other_editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(public_url(round_, "propose/", "ar"), {"text": "رحلة إلى البحر", "language": "ar"})
    assert response.status_code == 302
    rows = {row.language: row for row in ProposalTranslation.objects.all()}
    assert set(rows) == {"de", "en", "fa", "tr", "ru"}  # Ukrainian failed and is simply missing
    assert rows["de"].text == "[de] رحلة إلى البحر"
    assert all(row.origin == Origin.MACHINE for row in rows.values())
    assert {(source, target) for source, target, _texts in fake_machine} >= {("ar", "de"), ("ar", "en")}

    german = client.get(public_url(round_, "", "de")).content.decode()
    with translation.override("de"):
        assert translation.gettext("Machine translation from %(language)s:") % {"language": "العربية"} in german
    assert "[de] رحلة إلى البحر" in german
    ukrainian = client.get(public_url(round_, "", "uk")).content.decode()
    with translation.override("uk"):
        note = translation.gettext("Not translated yet – written in %(language)s.") % {"language": "العربية"}
    assert note in ukrainian
    assert 'lang="ar" dir="rtl">رحلة إلى البحر' in ukrainian


def test_the_question_is_translated_too(world, staff, fake_machine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        round_ = make_round(world, staff["other_editor"])
    questions = {row.language: row.question for row in RoundTranslation.objects.filter(round=round_)}
    assert questions["ar"] == "[ar] Was machen wir im März?"
    assert "de" not in questions


def test_without_a_service_the_proposal_stays_as_written(client, world, staff, django_capture_on_commit_callbacks):
    round_ = make_round(world, staff["other_editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(public_url(round_, "propose/", "fa"), {"text": "کوهنوردی", "language": "fa"})
    assert not ProposalTranslation.objects.exists()
    page = client.get(public_url(round_, "", "de")).content.decode()
    assert 'lang="fa" dir="rtl">کوهنوردی' in page


def test_staff_translate_by_hand_and_the_machine_never_overwrites_it(client, cafe, fake_machine):
    client.force_login(cafe.facilitator)
    url = f"/staff/rounds/{cafe.round.pk}/proposals/{cafe.picnic.pk}/translations/de/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"text": "Picknick im Park"}).status_code == 302
    from participation import tasks

    tasks.translate_proposal(cafe.picnic.pk)
    german = ProposalTranslation.objects.get(proposal=cafe.picnic, language="de")
    assert (german.text, german.origin) == ("Picknick im Park", Origin.HUMAN)
    assert ProposalTranslation.objects.get(proposal=cafe.picnic, language="en").origin == Origin.MACHINE
    page = client.get(public_url(cafe.round, "", "de")).content.decode()
    assert "Picknick im Park" in page
    with translation.override("de"):
        assert translation.gettext("Translated from %(language)s:") % {"language": "العربية"} in page
    # No translation into the proposal's own language.
    assert client.get(f"/staff/rounds/{cafe.round.pk}/proposals/{cafe.picnic.pk}/translations/ar/").status_code == 403


def test_a_facilitator_translates_the_question_and_a_machine_never_overwrites_it(client, cafe, staff):
    client.force_login(staff["coordinator"])
    url = reverse("staff:round_question_translation", args=[cafe.round.pk, "ar"])
    assert cafe.round.question in client.get(url).content.decode()
    assert client.post(url, {"text": "ماذا نفعل في مارس؟"}).status_code == 302
    services.save_question_translations(
        round_id=cafe.round.pk, content_version=cafe.round.content_version, questions={"ar": "آلة"}
    )
    page = client.get(public_url(cafe.round, "", "ar")).content.decode()
    assert "ماذا نفعل في مارس؟" in page
    assert "آلة" not in page
    assert AuditEntry.objects.filter(action="round.question_translation.ar").exists()
    # The German question's own language, or one the region does not offer, has nothing to translate.
    assert client.get(reverse("staff:round_question_translation", args=[cafe.round.pk, "de"])).status_code == 403
