"""The printed programme: the print page, the PDF a neighbourhood office hands out, and what bad links get."""

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from events import services
from events.models import Event
from events.programme_pdf import RefusedURL, StaticOnlyFetcher
from tests.browser.conftest import tr
from tests.events.conftest import BERLIN, make_event


@dataclass
class Month:
    first: dt.date
    cafe: Event
    trip: Event
    concert: Event
    tuesdays: list[dt.date]
    trip_day: dt.date
    concert_day: dt.date


def _days(first: dt.date, weekday: int) -> list[dt.date]:
    days = [first + dt.timedelta(days=offset) for offset in range(31)]
    return [day for day in days if day.month == first.month and day.weekday() == weekday]


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)


@pytest.fixture
def month(world: Any) -> Month:
    """The month after next, so every date lies ahead: a weekly café, a trip, a concert, and what must not show."""
    today = timezone.localdate()
    first = (today.replace(day=28) + dt.timedelta(days=40)).replace(day=1)
    tuesdays, saturdays, fridays = _days(first, 1), _days(first, 5), _days(first, 4)
    cafe = make_event(
        world.office,
        title="Willkommenscafé Düsternort",
        summary="Kaffee, Kontakte und gemeinsame Planung der Ausflüge.",
        location=world.office_place,
        starts_at=_at(tuesdays[0], 10),
        recurrence="FREQ=WEEKLY;BYDAY=TU",
        translations={"fa": {"title": "کافه خوش‌آمدگویی", "summary": "قهوه و آشنایی"}},
    )
    trip = make_event(
        world.office,
        title="Ausflug ans Meer",
        summary="Mit dem Bus nach Wilhelmshaven, Picknick am Strand.",
        meeting_point="Bushaltestelle Hauptstraße",
        location=world.office_place,
        starts_at=_at(saturdays[1], 9),
        ends_at=_at(saturdays[1], 18),
        cost="reduced",
        cost_pass_name="Delmenhorst-Pass",
        signup_enabled=True,
        capacity=4,
        translations={
            "fa": {"title": "سفر به دریا", "summary": "با اتوبوس به ویلهلمس‌هافن، پیک‌نیک در ساحل."},
            "ar": {"title": "رحلة إلى البحر", "summary": "بالحافلة إلى فيلهلمسهافن."},
        },
    )
    concert = make_event(
        world.agency,
        title="Konzert und Tanz",
        summary="Lokale Vereine spielen und tanzen.",
        location=world.agency_place,
        starts_at=_at(fridays[0], 18),
        cost="amount",
        cost_amount="5.00",
    )
    # Never printed: a draft, a date in the month before, and another town's event.
    make_event(
        world.office, title="Entwurf Sommerfest", starts_at=_at(first + dt.timedelta(days=3), 15), status="draft"
    )
    make_event(world.office, title="Vormonat Frühstück", starts_at=_at(first - dt.timedelta(days=2), 9))
    make_event(world.foreign_org, title="Fremdes Fest", starts_at=_at(first + dt.timedelta(days=5), 15))
    return Month(first, cafe, trip, concert, tuesdays, saturdays[1], fridays[0])


def _url(name: str, language: str = "de", **query: str) -> str:
    with translation.override(language):
        path = reverse(name, kwargs={"region_slug": "testort"})
    return path + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def _month(month: Month) -> str:
    return f"{month.first:%Y-%m}"


def _month_heading(month: Month, language: str) -> str:
    with translation.override(language):
        return date_format(month.first, "YEAR_MONTH_FORMAT")


def _event_url(event: Event, language: str) -> str:
    with translation.override(language):
        path = reverse("event_detail", kwargs={"region_slug": "testort", "id_or_slug": event.slug})
    return f"{settings.NAHBAR_BASE_URL}{path}"


def _normalised(text: str) -> str:
    """Text from the PDF and from the database made comparable.

    The PDF's text comes back through the fonts' ToUnicode maps. NFKC folds any Arabic presentation forms (the
    joined shapes of U+FB50–U+FEFF) back to plain letters, and the zero-width non-joiner Persian writes in
    خوش‌آمدگویی is dropped on both sides: it has no glyph of its own, it only stops two letters joining, so it
    leaves no trace in the extracted text. Line breaks and repeated spaces are layout, not content.
    """
    folded = unicodedata.normalize("NFKC", text).replace("\u200c", "").replace("\u200d", "")
    return " ".join(folded.split())


def _contains(pdf_text: str, wanted: str) -> bool:
    # pypdf puts the runs of a line in the order they are drawn on the page. Arabic-script words come back in
    # reading order, but in a right-to-left line a number or a Latin word is a run of its own drawn further left,
    # so a mixed line such as "ژانویه 2027" arrives in visual order, its words reversed: both orders count.
    text, wanted = _normalised(pdf_text), _normalised(wanted)
    return wanted in text or " ".join(reversed(wanted.split())) in text


def _on_one_line(pdf_text: str, wanted: str) -> bool:
    """All words of `wanted` on one line, in whatever order: a right-to-left heading with a year in it comes back
    with the year's run moved, depending on the words around it (see _contains)."""
    words = set(_normalised(wanted).split())
    return any(words <= set(_normalised(line).split()) for line in pdf_text.splitlines())


@dataclass
class Pdf:
    response: Any
    reader: PdfReader

    @property
    def text(self) -> str:
        return "\n".join(page.extract_text() for page in self.reader.pages)

    def links(self) -> set[str]:
        found: set[str] = set()
        for page in self.reader.pages:
            for annotation in page.get("/Annots") or []:
                target = annotation.get_object()
                action = target.get("/A") if isinstance(target, DictionaryObject) else None
                if action and "/URI" in action:
                    found.add(str(action["/URI"]))
        return found

    def fonts(self) -> set[str]:
        names: set[str] = set()
        for page in self.reader.pages:
            resources = page["/Resources"].get_object()
            assert isinstance(resources, DictionaryObject)
            fonts = resources.get("/Font", DictionaryObject()).get_object()
            names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
        return names


def _pdf(client: Any, language: str, **query: str) -> Pdf:
    response = client.get(_url("programme_pdf", language, **query))
    assert response.status_code == 200, response.content[:2000]
    assert response["Content-Type"] == "application/pdf"
    return Pdf(response, PdfReader(io.BytesIO(response.content)))


def test_print_page_lists_the_month_with_weekly_things_once(client: Any, month: Month) -> None:
    response = client.get(_url("programme_print", month=_month(month)))
    page = response.content.decode()

    assert response.status_code == 200
    assert _month_heading(month, "de") in page
    # The café meets every Tuesday but is printed once, in the regular section.
    assert page.count("Willkommenscafé Düsternort") == 1
    with translation.override("de"):
        every = translation.gettext("every %(weekday)s, %(start)s–%(end)s") % {
            "weekday": translation.gettext("Tuesday"),
            "start": "10:00",
            "end": "12:00",
        }
    assert every in page
    assert "Ausflug ans Meer" in page
    assert "09:00–18:00" in page
    assert "Konzert und Tanz" in page
    assert "5,00 €" in page
    for hidden in ("Entwurf Sommerfest", "Vormonat Frühstück", "Fremdes Fest"):
        assert hidden not in page
    assert f'href="{_url("programme_pdf", month=_month(month))}"' in page
    assert f'href="{_event_url(month.trip, "de")}"' in page


def test_a_bare_link_shows_this_month(client: Any, world: Any) -> None:
    response = client.get(_url("programme_print", "en"))

    assert response.status_code == 200
    with translation.override("en"):
        assert date_format(timezone.localdate(), "YEAR_MONTH_FORMAT") in response.content.decode()


def test_the_german_pdf_has_the_titles_times_month_and_links(client: Any, month: Month) -> None:
    pdf = _pdf(client, "de", month=_month(month))

    assert pdf.response["Content-Disposition"] == f'attachment; filename="programme-testort-{_month(month)}-de.pdf"'
    for wanted in (
        _month_heading(month, "de"),
        "Willkommenscafé Düsternort",
        "10:00–12:00",
        "Ausflug ans Meer",
        "09:00–18:00",
        "Bushaltestelle Hauptstraße",
        "Konzert und Tanz",
        "18:00–20:00",
    ):
        assert _contains(pdf.text, wanted), wanted
    assert "Entwurf Sommerfest" not in pdf.text
    assert "Vormonat Frühstück" not in pdf.text
    # Each event's title and QR code link to its page, so the PDF works on a screen as well as on paper.
    assert pdf.links() == {_event_url(event, "de") for event in (month.cafe, month.trip, month.concert)}


def test_the_farsi_pdf_is_in_farsi_with_an_arabic_script_font(client: Any, month: Month) -> None:
    pdf = _pdf(client, "fa", month=_month(month))

    assert _contains(pdf.text, "کافه خوش‌آمدگویی")
    assert _contains(pdf.text, "سفر به دریا")
    assert _on_one_line(pdf.text, _month_heading(month, "fa"))
    # Not translated: shown in German, with the note saying so.
    assert _contains(pdf.text, "Konzert und Tanz")
    assert any("Arabic" in font for font in pdf.fonts()), pdf.fonts()
    assert pdf.links() == {_event_url(event, "fa") for event in (month.cafe, month.trip, month.concert)}


def test_the_arabic_pdf_of_one_office(client: Any, month: Month) -> None:
    pdf = _pdf(client, "ar", month=_month(month), organisation="buero")

    expected_name = f"programme-testort-buero-{_month(month)}-ar.pdf"
    assert pdf.response["Content-Disposition"] == f'attachment; filename="{expected_name}"'
    assert _contains(pdf.text, "رحلة إلى البحر")
    assert _contains(pdf.text, "Willkommenscafé Düsternort")
    assert not _contains(pdf.text, "Konzert und Tanz")
    assert any("Arabic" in font for font in pdf.fonts()), pdf.fonts()
    assert pdf.links() == {_event_url(month.cafe, "ar"), _event_url(month.trip, "ar")}


def test_an_empty_month_says_so_in_the_pdf(client: Any, month: Month) -> None:
    empty = month.first.replace(year=month.first.year + 1)
    pdf = _pdf(client, "de", month=f"{empty:%Y-%m}")

    with translation.override("de"):
        heading = date_format(empty, "YEAR_MONTH_FORMAT")
        message = translation.gettext("There are no activities in %(month)s for this choice.") % {"month": heading}
    assert _contains(pdf.text, message)
    assert pdf.links() == set()


def test_right_to_left_page_for_farsi(client: Any, month: Month) -> None:
    page = client.get(_url("programme_print", "fa", month=_month(month))).content.decode()

    assert '<html lang="fa" dir="rtl">' in page
    # The untranslated concert keeps its German title marked as such, so it is read and laid out left to right.
    assert '<h4 class="entry-title" lang="de" dir="ltr">' in page


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ({"district": "nord"}, ["Willkommenscafé Düsternort", "Ausflug ans Meer"], ["Konzert und Tanz"]),
        ({"district": "sued"}, ["Konzert und Tanz"], ["Willkommenscafé Düsternort", "Ausflug ans Meer"]),
        ({"organisation": "agentur"}, ["Konzert und Tanz"], ["Willkommenscafé Düsternort", "Ausflug ans Meer"]),
        ({"organisation": "buero", "district": "sued"}, [], ["Konzert und Tanz", "Ausflug ans Meer"]),
    ],
)
def test_filters_by_district_and_organisation(
    client: Any, month: Month, query: dict[str, str], present: list[str], absent: list[str]
) -> None:
    page = client.get(_url("programme_print", month=_month(month), **query)).content.decode()

    for title in present:
        assert title in page
    for title in absent:
        assert title not in page
    if not present:
        assert tr("de", "There are no activities in %(month)s for this choice.").split("%")[0] in page


def test_cancelled_dates_are_left_out_and_moved_ones_say_so(client: Any, month: Month, staff: Any) -> None:
    cafe_dates = list(month.cafe.occurrences.order_by("starts_at"))
    services.cancel_occurrence(actor=staff["coordinator"], occurrence_id=cafe_dates[1].pk)
    concert = month.concert.occurrences.get()
    new_day = month.concert_day + dt.timedelta(days=1)
    services.move_occurrence(
        actor=staff["coordinator"], occurrence_id=concert.pk, starts_at=_at(new_day, 19), ends_at=_at(new_day, 21)
    )

    page = client.get(_url("programme_print", "en", month=_month(month))).content.decode()

    with translation.override("en"):
        cancelled = date_format(month.tuesdays[1], "MONTH_DAY_FORMAT")
        kept = date_format(month.tuesdays[2], "MONTH_DAY_FORMAT")
        was = f"{date_format(month.concert_day, 'MONTH_DAY_FORMAT')}, 18:00"
        every = translation.gettext("every %(weekday)s, %(start)s–%(end)s").split("%")[0]
    # The café no longer meets every Tuesday: its remaining dates are listed instead.
    assert every not in page
    assert kept in page
    assert cancelled not in page
    assert "19:00–21:00" in page
    assert was in page


def test_the_query_count_does_not_grow_with_the_programme(client: Any, month: Month, world: Any) -> None:
    url = _url("programme_print", "fa", month=_month(month))
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(6):
        make_event(
            world.agency,
            title=f"Sprachtreff {number}",
            location=world.agency_place,
            starts_at=_at(month.first + dt.timedelta(days=number + 10), 16),
            recurrence="FREQ=WEEKLY;BYDAY=WE" if number % 2 else "",
            translations={"fa": {"title": f"دیدار زبان {number}", "summary": "گفتگو"}},
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)

    assert "دیدار زبان 5" in response.content.decode()
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize(
    ("query", "message", "value"),
    [
        ({"month": "2026-13"}, "“%(value)s” is not a month. Enter year and month, for example 2026-12.", "2026-13"),
        ({"month": "Dezember"}, "“%(value)s” is not a month. Enter year and month, for example 2026-12.", "Dezember"),
        ({"month": "1999-12"}, "“%(value)s” is not a month. Enter year and month, for example 2026-12.", "1999-12"),
        ({"district": "atlantis"}, "“%(value)s” is not one of the choices; pick one from the list.", "atlantis"),
        ({"organisation": "x"}, "“%(value)s” is not one of the choices; pick one from the list.", "x"),
    ],
)
@pytest.mark.parametrize("name", ["programme_print", "programme_pdf"])
def test_bad_links_get_a_translated_message(
    client: Any, world: Any, name: str, query: dict[str, str], message: str, value: str
) -> None:
    response = client.get(_url(name, "fa", **query))

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert tr("fa", message) % {"value": value} in response.content.decode()


def test_unknown_region_is_not_found(client: Any, world: Any) -> None:
    with translation.override("de"):
        path = reverse("programme_pdf", kwargs={"region_slug": "nirgendwo"})
    assert client.get(path).status_code == 404


def test_the_pdf_renderer_fetches_nothing_but_static_files() -> None:
    fetcher = StaticOnlyFetcher("https://nahbar.example.org/")
    static = fetcher.fetch(f"https://nahbar.example.org{settings.STATIC_URL}events/programme.css")

    assert b"@page" in static.read()
    assert fetcher.fetch("data:text/plain,hallo").read() == b"hallo"
    for url in (
        "https://fonts.example.com/arabic.woff2",
        "https://nahbar.example.org/de/testort/",
        f"https://nahbar.example.org{settings.STATIC_URL}../nahbar/settings.py",
        "file:///etc/passwd",
    ):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)


def test_a_changed_event_gives_a_new_pdf_at_once(client: Any, month: Month, staff: Any) -> None:
    before = _pdf(client, "de", month=_month(month), organisation="agentur")
    services.update_event(
        actor=staff["coordinator"],
        event_id=month.concert.pk,
        expected_version=month.concert.version,
        values={"title": "Konzert, Tanz und Buffet"},
    )

    after = _pdf(client, "de", month=_month(month), organisation="agentur")

    assert _contains(before.text, "Konzert und Tanz")
    assert _contains(after.text, "Konzert, Tanz und Buffet")
