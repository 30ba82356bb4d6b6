"""Results: counts per proposal, a server-drawn SVG chart in every UI language, winners become draft events."""

import datetime as dt
import xml.etree.ElementTree as ET  # parses only the SVG this server drew, in a test
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from core.models import AuditEntry
from events.models import Event
from participation import chart, selectors, services, voting, winners
from participation.models import ProposalTranslation
from tests.participation.conftest import codes_for, public_url, reload

SVG = "{http://www.w3.org/2000/svg}"
UI_LANGUAGES = ["de", "en", "ar", "fa", "tr", "uk", "ru"]


def cast(cafe, *ballots):
    for code, choices in zip(codes_for(cafe, len(ballots)), ballots, strict=True):
        voting.cast_ballot(round_id=cafe.round.pk, typed_code=code, proposal_ids=[p.pk for p in choices])


@pytest.fixture
def closed_cafe(voting_cafe):
    cafe = voting_cafe
    cast(cafe, [cafe.zoo, cafe.picnic], [cafe.zoo], [cafe.picnic, cafe.cooking], [cafe.zoo, cafe.cooking])
    services.close_voting(actor=cafe.facilitator, round_id=cafe.round.pk)
    cafe.round = reload(cafe.round)
    return cafe


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - our own output, not untrusted input


def text_of(element: ET.Element | None) -> str:
    assert element is not None
    return element.text or ""


def svg_of(page: str) -> ET.Element:
    start, end = page.index("<svg"), page.index("</svg>") + len("</svg>")
    return parse(page[start:end])


def test_counts_per_proposal_most_votes_first(closed_cafe):
    cafe = closed_cafe
    rows = selectors.results_of(cafe.round, language="de")
    assert [(row.proposal, row.votes) for row in rows] == [(cafe.zoo, 3), (cafe.picnic, 2), (cafe.cooking, 2)]
    assert [row.proposal for row in selectors.winners(rows)] == [cafe.zoo]
    assert selectors.ballot_count(cafe.round) == 4


def test_results_are_public_only_once_voting_has_closed(client, voting_cafe):
    cast(voting_cafe, [voting_cafe.zoo])
    page = client.get(public_url(voting_cafe.round, "results/")).content.decode()
    assert "<svg" not in page
    with translation.override("de"):
        assert translation.gettext("The results are shown here once voting has closed.") in page


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_the_chart_renders_in_every_ui_language_and_parses_as_xml(client, closed_cafe, language):
    cafe = closed_cafe
    response = client.get(public_url(cafe.round, "results/", language))
    assert response.status_code == 200
    page = response.content.decode()
    svg = svg_of(page)
    assert svg.get("role") == "img"
    with translation.override(language):
        assert text_of(svg.find(f"{SVG}title")) == translation.gettext("Votes per proposal")
        description = text_of(svg.find(f"{SVG}desc"))
        assert (
            translation.ngettext("%(count)d person voted.", "%(count)d people voted.", 4) % {"count": 4} in description
        )
    texts = [text_of(element) for element in svg.iter(f"{SVG}text")]
    assert [text for text in texts if text.isdigit()] == ["3", "2", "2"]
    assert len(list(svg.iter(f"{SVG}rect"))) == 3
    # Numbers and labels are there for everyone, also as a table.
    assert "<table" in page


def test_the_chart_is_mirrored_for_right_to_left_readers(closed_cafe):
    rows = selectors.results_of(closed_cafe.round, language="ar")
    with translation.override("ar"):
        rtl = parse(str(chart.render(rows, language="ar", ballots=4)))
    with translation.override("en"):
        ltr = parse(str(chart.render(rows, language="en", ballots=4)))
    assert rtl.get("direction") == "rtl"
    assert ltr.get("direction") == "ltr"
    rtl_bar, ltr_bar = next(rtl.iter(f"{SVG}rect")), next(ltr.iter(f"{SVG}rect"))
    width = float(ltr_bar.get("width", "nan"))
    assert float(ltr_bar.get("x", "nan")) == chart.PAD
    assert float(rtl_bar.get("x", "nan")) + width == chart.WIDTH - chart.PAD  # the longest bar ends at the right edge
    # The Arabic reader sees the Arabic proposal in Arabic, the English reader sees its original (no translation).
    assert "نزهة في الحديقة" in [element.text for element in rtl.iter(f"{SVG}text")]


def test_chart_labels_are_escaped(voting_cafe):
    cafe = voting_cafe
    rows = selectors.results_of(cafe.round, language="de")
    tricky = rows[0].__class__(rows[0].proposal, "<script>&", "de", True, False, False, 1)
    svg = parse(str(chart.render([tricky], language="de", ballots=1)))
    assert "<script>&" in [element.text for element in svg.iter(f"{SVG}text")]


def test_the_winner_becomes_a_draft_event_in_one_click(client, closed_cafe):
    cafe = closed_cafe
    client.force_login(cafe.facilitator)
    response = client.post(f"/staff/rounds/{cafe.round.pk}/events/")
    assert response.status_code == 302
    assert response["Location"] == f"/staff/rounds/{cafe.round.pk}/results/"
    event = Event.objects.get()
    berlin = ZoneInfo("Europe/Berlin")
    assert event.title == "Ausflug in den Zoo"
    assert event.status == Event.Status.DRAFT
    assert event.organiser == cafe.round.organisation
    assert event.region == cafe.round.region
    assert event.location == cafe.round.location
    assert event.starts_at == dt.datetime(2030, 3, 1, 10, tzinfo=berlin)
    assert event.ends_at == dt.datetime(2030, 3, 1, 12, tzinfo=berlin)
    assert "Was machen wir im März?" in event.summary
    cafe.zoo.refresh_from_db()
    assert cafe.zoo.event == event
    results = client.get(response["Location"]).content.decode()
    assert f"/staff/events/{event.pk}/" in results
    assert AuditEntry.objects.filter(action="round.events_made").exists()

    # A second click makes nothing twice.
    client.post(f"/staff/rounds/{cafe.round.pk}/events/")
    assert Event.objects.count() == 1


def test_a_tie_makes_every_winner_an_event_with_its_german_title(voting_cafe):
    cafe = voting_cafe
    ProposalTranslation.objects.create(proposal=cafe.picnic, language="de", text="Picknick im Park", source_version=1)
    cast(cafe, [cafe.zoo], [cafe.picnic])
    services.close_voting(actor=cafe.facilitator, round_id=cafe.round.pk)
    made = winners.make_draft_events(actor=cafe.facilitator, round_id=cafe.round.pk)
    assert sorted(event.title for event in made) == ["Ausflug in den Zoo", "Picknick im Park"]


def test_no_events_before_closing_or_without_votes(voting_cafe):
    cafe = voting_cafe
    with pytest.raises(services.Refused):
        winners.make_draft_events(actor=cafe.facilitator, round_id=cafe.round.pk)
    services.close_voting(actor=cafe.facilitator, round_id=cafe.round.pk)
    with pytest.raises(services.Refused):
        winners.make_draft_events(actor=cafe.facilitator, round_id=cafe.round.pk)
    assert not Event.objects.exists()
