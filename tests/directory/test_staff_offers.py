"""Keeping offers current through the staff pages, as staff do it in the browser."""

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext, ngettext
from pytest_django.asserts import assertContains, assertNotContains

from core.models import AuditEntry
from directory.models import Offer, OfferTranslation, Schedule

NEW_TITLE = "Fahrradwerkstatt für alle"
DASHBOARD = "/staff/"


def german(message: str, **values: Any) -> str:
    """A message as the staff pages show it: in German, the default language, HTML-escaped."""
    with translation.override("de"):
        text = gettext(message)
    return escape(text % values if values else text)


def german_count(singular: str, plural: str, count: int) -> str:
    with translation.override("de"):
        return escape(ngettext(singular, plural, count) % {"counter": count})


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def edit_url(offer: Offer) -> str:
    return reverse("staff:offer_edit", args=[offer.pk])


def translation_url(offer: Offer, language: str) -> str:
    return reverse("staff:translation_edit", args=[offer.pk, language])


def public_url(offer: Offer, language: str = "de") -> str:
    return f"/{language}/testort/offers/{offer.slug}/"


def found_by_search(offer: Offer, word: str) -> bool:
    """Whether the public finder lists the offer (links to its page) for this search word."""
    response = Client().get("/de/testort/offers/", {"q": word})
    assert response.status_code == 200
    return f'href="{public_url(offer)}"' in response.content.decode()


def fresh(offer: Offer) -> Offer:
    return Offer.objects.get(pk=offer.pk)


def form_data(response) -> dict[str, Any]:
    """What the browser sends back for the page's form as it is shown: every filled field, ticked boxes only."""
    forms = [response.context["form"]]
    formset = response.context.get("formset")
    if formset is not None:
        forms += [formset.management_form, *formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is not None and value is not False:
                data[field.html_name] = value
    return data


def load_form(client: Client, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200
    return form_data(response)


def post_action(client: Client, name: str, offer: Offer):
    """Press one of the buttons on the edit page (publish, archive, ...), which send the version shown."""
    return client.post(reverse(f"staff:{name}", args=[offer.pk]), {"version": fresh(offer).version})


def new_offer_data(world, **changes: Any) -> dict[str, Any]:
    return {
        "provider": world.agency.pk,
        "title": NEW_TITLE,
        "summary": "Gemeinsam Fahrräder reparieren, Werkzeug ist da.",
        "description": "Wir zeigen, wie man Schläuche flickt und Bremsen einstellt.",
        "offer_type": Offer.Type.LEISURE,
        "audience": ["everyone"],
        "languages": ["de", "ar"],
        "cost": Offer.Cost.FREE,
        "locations": [world.agency_place.pk],
        "times-TOTAL_FORMS": "1",
        "times-INITIAL_FORMS": "0",
        "times-MIN_NUM_FORMS": "0",
        "times-MAX_NUM_FORMS": "14",
        "times-0-weekday": "TU",
        "times-0-repeat": "weekly",
        "times-0-opens_at": "10:00",
        "times-0-closes_at": "12:00",
        **changes,
    }


def test_new_offer_is_a_draft_until_published(world, staff):
    editor = signed_in(staff["editor"])

    response = editor.post("/staff/offers/new/", new_offer_data(world))

    offer = Offer.objects.get(title=NEW_TITLE)
    assert response.status_code == 302
    assert response["Location"] == edit_url(offer)
    assert offer.status == Offer.Status.DRAFT
    assert offer.provider == world.agency
    assert [(s.byday, s.opens_at.isoformat(), s.closes_at.isoformat()) for s in offer.schedules.all()] == [
        ("TU", "10:00:00", "12:00:00")
    ]
    assert Client().get(public_url(offer)).status_code == 404
    assert not found_by_search(offer, "Fahrradwerkstatt")

    assert post_action(editor, "offer_publish", offer)["Location"] == edit_url(offer)

    page = Client().get(public_url(offer))
    assertContains(page, NEW_TITLE)
    assertContains(page, "10:00–12:00")
    assert found_by_search(fresh(offer), "Fahrradwerkstatt")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"age_min": "20", "age_max": "10"}, "The maximum age must not be below the minimum age.", id="ages"
        ),
        pytest.param({"cost": Offer.Cost.AMOUNT}, "Enter the amount in euros, or choose “Free”.", id="amount"),
        pytest.param(
            {"times-0-opens_at": "12:00", "times-0-closes_at": "10:00"},
            "The closing time must be after the opening time.",
            id="times",
        ),
    ],
)
def test_invalid_offer_is_shown_again_with_the_reason_and_nothing_is_saved(world, staff, changes, message):
    counts = Offer.objects.count(), Schedule.objects.count(), AuditEntry.objects.count()

    response = signed_in(staff["editor"]).post("/staff/offers/new/", new_offer_data(world, **changes))

    assert response.status_code == 200
    assertContains(response, german("Please correct the marked fields. Nothing was saved yet."))
    assertContains(response, german(message))
    assertContains(response, NEW_TITLE)  # what was typed is still there
    assert (Offer.objects.count(), Schedule.objects.count(), AuditEntry.objects.count()) == counts


def test_changed_german_text_outdates_the_translation_until_it_is_saved_again(world, staff):
    cafe = world.cafe
    editor = signed_in(staff["other_editor"])  # the café belongs to the office, where this one edits
    arabic_link = f'href="{translation_url(cafe, "ar")}"'
    outdated = german("Outdated")
    assertNotContains(editor.get(DASHBOARD), arabic_link)

    data = load_form(editor, edit_url(cafe))
    data["description"] = "Im Café planen wir Ausflüge und kochen einmal im Monat zusammen."
    assert editor.post(edit_url(cafe), data).status_code == 302

    assert fresh(cafe).content_version == cafe.content_version + 1
    dashboard = editor.get(DASHBOARD)
    assertContains(dashboard, arabic_link)
    assertContains(dashboard, f"ar: {outdated}")
    page = editor.get(translation_url(cafe, "ar"))
    assertContains(page, outdated)
    assertContains(page, german("The German text changed after this translation was saved:"))

    data = load_form(editor, translation_url(cafe, "ar"))
    data.update(summary="نخطط للرحلات معًا ونطبخ مرة في الشهر", description="مقهى للجميع")
    response = editor.post(translation_url(cafe, "ar"), data)
    assert response.status_code == 302

    assertContains(editor.get(translation_url(cafe, "ar")), german("Up to date"))
    assertNotContains(editor.get(DASHBOARD), arabic_link)
    public = Client().get(public_url(cafe, "ar"))
    assertContains(public, "نخطط للرحلات معًا ونطبخ مرة في الشهر")
    assertContains(public, "مقهى للجميع")


def test_concurrent_edits_are_not_overwritten(world, staff):
    offer = world.counselling
    first, second = signed_in(staff["editor"]), signed_in(staff["manager"])
    first_form, second_form = load_form(first, edit_url(offer)), load_form(second, edit_url(offer))
    assert first_form["version"] == second_form["version"]
    first_text, second_text = "Beratung zu Aufenthalt und Arbeit.", "Beratung zu Familie und Schule."

    assert first.post(edit_url(offer), {**first_form, "summary": first_text}).status_code == 302
    conflict = second.post(edit_url(offer), {**second_form, "summary": second_text})

    assert conflict.status_code == 200
    assertContains(conflict, german("%(name)s saved this in the meantime.", name="editor"))
    assertContains(
        conflict,
        german(
            "Nothing was overwritten. Compare below (− saved version, + your version), "
            "adjust your text, and save again to keep yours."
        ),
    )
    assertContains(conflict, escape(f"- {first_text}"))
    assertContains(conflict, escape(f"+ {second_text}"))
    assert fresh(offer).summary == first_text

    assert second.post(edit_url(offer), form_data(conflict)).status_code == 302
    assert fresh(offer).summary == second_text


def test_history_shows_who_changed_which_field(world, staff):
    offer = world.counselling
    editor, manager = signed_in(staff["editor"]), signed_in(staff["manager"])
    data = load_form(editor, edit_url(offer))
    changed = editor.post(edit_url(offer), {**data, "summary": "Beratung zu Aufenthalt, Arbeit, Familie und Schule."})
    assert changed.status_code == 302
    assert post_action(manager, "offer_unpublish", offer).status_code == 302

    history = manager.get(reverse("staff:offer_history", args=[offer.pk]))

    assertContains(history, "<td>editor</td>", html=True)
    assertContains(history, "<strong>summary</strong>", html=True)
    assertContains(history, "<td>manager</td>", html=True)
    assertContains(history, "<strong>status</strong>", html=True)


def test_archived_offer_leaves_the_public_directory(world, staff):
    offer = world.counselling
    assert found_by_search(offer, "Migrationsberatung")

    response = post_action(signed_in(staff["manager"]), "offer_archive", offer)

    assert response["Location"] == edit_url(offer)
    assert fresh(offer).status == Offer.Status.ARCHIVED
    assert not found_by_search(offer, "Migrationsberatung")
    assert Client().get(public_url(offer)).status_code == 404


def test_only_a_manager_brings_an_archived_offer_back(world, staff):
    offer = world.counselling
    post_action(signed_in(staff["manager"]), "offer_archive", offer)

    assert post_action(signed_in(staff["editor"]), "offer_publish", offer).status_code == 403
    assert fresh(offer).status == Offer.Status.ARCHIVED
    assert post_action(signed_in(staff["manager"]), "offer_publish", offer)["Location"] == edit_url(offer)
    assert fresh(offer).status == Offer.Status.PUBLISHED


def due_heading(count: int) -> str:
    return german_count("%(counter)s offer due for review", "%(counter)s offers due for review", count)


def test_checked_offer_leaves_the_review_list(world, staff):
    offer = world.counselling
    Offer.objects.filter(pk=offer.pk).update(last_reviewed=dt.date(2020, 1, 1))
    editor = signed_in(staff["editor"])
    assertContains(editor.get(DASHBOARD), due_heading(1))
    assertContains(editor.get(edit_url(offer)), german("Checked: still correct"))

    response = post_action(editor, "offer_reviewed", offer)

    assert response["Location"] == edit_url(offer)
    assertContains(editor.get(response["Location"]), german("Marked as checked today."))
    assert fresh(offer).last_reviewed == timezone.localdate()
    assertContains(editor.get(DASHBOARD), due_heading(0))


def test_translation_conflict_keeps_the_saved_translation(world, staff):
    cafe = world.cafe
    first, second = signed_in(staff["other_editor"]), signed_in(staff["coordinator"])
    first_form, second_form = (
        load_form(first, translation_url(cafe, "ar")),
        load_form(second, translation_url(cafe, "ar")),
    )

    assert first.post(translation_url(cafe, "ar"), {**first_form, "summary": "قهوة وشاي"}).status_code == 302
    conflict = second.post(translation_url(cafe, "ar"), {**second_form, "summary": "قهوة فقط"})

    assert conflict.status_code == 200
    assertContains(conflict, german("%(name)s saved this in the meantime.", name="other_editor"))
    assert OfferTranslation.objects.get(offer=cafe, language="ar").summary == "قهوة وشاي"


def test_translation_page_writes_arabic_right_to_left_beside_the_german_source(world, staff):
    page = signed_in(staff["other_editor"]).get(translation_url(world.cafe, "ar")).content.decode()
    assert 'lang="ar" dir="rtl"' in page
    assert 'class="source" lang="de" dir="ltr"' in page


def test_saving_the_form_keeps_where_and_until_when_opening_times_apply(world, staff):
    """The form shows weekday and hours only; an imported time's place and period must survive an edit."""
    offer = world.counselling
    place = offer.locations.first()
    Schedule.objects.create(
        offer=offer,
        byday="TU",
        opens_at=dt.time(9),
        closes_at=dt.time(12),
        location=place,
        valid_from=dt.date(2026, 1, 5),
        valid_until=dt.date(2027, 6, 30),
    )
    editor = signed_in(staff["editor"])

    data = load_form(editor, edit_url(offer))
    assert editor.post(edit_url(offer), {**data, "summary": "Beratung am Dienstag."}).status_code == 302

    kept = fresh(offer).schedules.all()
    assert {(item.location, item.valid_from, item.valid_until) for item in kept} == {
        (place, dt.date(2026, 1, 5), dt.date(2027, 6, 30))
    }
