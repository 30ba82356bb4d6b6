"""The finder's text search across languages, typos and filters, on the real index of the configured database."""

import datetime as dt

import pytest

from directory import finder, search
from directory.models import Offer, Topic
from directory.opening import BERLIN
from directory.search.text import normalise

NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=BERLIN)  # a Tuesday, while the café is open


def titles(world, **data):
    data.setdefault("district_obj", None)
    data.setdefault("topic_obj", None)
    topics = {topic.id: topic for topic in Topic.objects.all()}
    results = finder.find(region=world.region, data=data, language="de", now=NOW, topics=topics)
    return [card.offer.title for card in results.cards], results


def test_normalise_folds_accents_case_and_arabic_letter_variants():
    assert normalise("Übersetzung") == "ubersetzung"
    assert normalise("أسرة") == normalise("اسرة")
    assert normalise("كتاب") == normalise("کتاب")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Beratung", "Migrationsberatung"),
        ("counselling", "Migrationsberatung"),  # English translation and topic name
        ("استشارة", "Migrationsberatung"),  # Arabic topic synonym, offer itself has no Arabic text
        ("مشاوره", "Migrationsberatung"),  # Persian
        ("danışmanlık", "Migrationsberatung"),  # Turkish
        ("консультація", "Migrationsberatung"),  # Ukrainian
        ("консультация", "Migrationsberatung"),  # Russian
        ("مقهى", "Willkommenscafé"),  # Arabic translation
        ("Deutschkurs", "Integrationskurs mit Alphabetisierung"),  # German topic synonym
    ],
)
def test_text_search_finds_german_offers_in_every_language(world, query, expected):
    found, _results = titles(world, q=query)
    assert expected in found


def test_small_typos_are_tolerated_and_reported(world):
    found, results = titles(world, q="Migrationsberatnug")
    assert found == ["Migrationsberatung"]
    assert "migrationsberatung" in results.corrections


def test_title_matches_rank_before_description_matches(world):
    found, _results = titles(world, q="Ausflug")
    assert found, "the café mentions trips"
    found, _results = titles(world, q="Beratung")
    assert found[0] == "Migrationsberatung"


def test_results_say_why_they_matched(world):
    _found, results = titles(world, q="استشارة")
    assert any("استشارة" in reason for reason in results.cards[0].reasons)


def test_offer_type_names_in_any_language_find_offers_and_say_so(world):
    world.course.topics.clear()  # its topic "language" lists "course" too
    search.reindex([world.course.pk])
    found, results = titles(world, q="course")
    assert found == ["Integrationskurs mit Alphabetisierung"]
    assert str(Offer.Type.COURSE.label) in results.cards[0].reasons[0]


def test_words_that_match_nothing_together_fall_back_to_any_word(world):
    found, results = titles(world, q="Graffiti Alphabetisierung")
    assert results.broadened
    assert set(found) == {"Kräuterbeet und Graffiti", "Integrationskurs mit Alphabetisierung"}


def test_search_stays_in_its_region(world):
    found, _results = titles(world, q="Beratung")
    assert "Beratung anderswo" not in found


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"district": "nord"}, {"Willkommenscafé", "Kräuterbeet und Graffiti"}),
        ({"topic": "language"}, {"Integrationskurs mit Alphabetisierung"}),
        ({"lang_spoken": "fa"}, {"Migrationsberatung"}),
        ({"age": 30}, {"Willkommenscafé", "Migrationsberatung", "Integrationskurs mit Alphabetisierung"}),
        (
            {"age": 15},
            {
                "Willkommenscafé",
                "Migrationsberatung",
                "Kräuterbeet und Graffiti",
                "Integrationskurs mit Alphabetisierung",
            },
        ),
        ({"free": True}, {"Willkommenscafé", "Migrationsberatung", "Kräuterbeet und Graffiti"}),
        ({"open": "TH"}, {"Kräuterbeet und Graffiti"}),
        ({"open": "now"}, {"Willkommenscafé"}),
    ],
)
def test_filters(world, filters, expected):
    data = dict(filters)
    if "district" in data:
        data["district_obj"] = world.district_a
    if "topic" in data:
        data["topic_obj"] = world.course.topics.get()
    found, _results = titles(world, **data)
    assert set(found) == expected


def test_text_and_filters_combine(world):
    found, _results = titles(world, q="Beratung", district_obj=world.district_a)
    assert found == []
