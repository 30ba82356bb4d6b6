"""The topic taxonomy as loaded by migration 0003_topics into the migrated database."""

import re

import pytest

from directory.models import Topic
from directory.taxonomy import TOPICS

LANGUAGES = ("de", "en", "ar", "fa", "tr", "uk", "ru")
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")

pytestmark = pytest.mark.django_db


def test_there_are_at_least_15_topics() -> None:
    assert Topic.objects.count() >= 15


def test_every_topic_has_a_name_and_synonyms_in_every_language() -> None:
    for topic in Topic.objects.all():
        for language in LANGUAGES:
            assert str(topic.names.get(language, "")).strip(), f"{topic.slug}: no {language} name"
            synonyms = [word for word in topic.synonyms.get(language, []) if str(word).strip()]
            assert len(synonyms) >= 3, f"{topic.slug}: fewer than 3 {language} synonyms"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_and_persian_names_use_arabic_script(language: str) -> None:
    for topic in Topic.objects.all():
        name = topic.names[language]
        assert ARABIC_LETTER.search(name), f"{topic.slug}: {language} name {name!r} is not in Arabic script"
        assert not LATIN_LETTER.search(name), f"{topic.slug}: {language} name {name!r} has Latin letters"


def test_slugs_are_unique() -> None:
    slugs = list(Topic.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))
    assert len({topic["slug"] for topic in TOPICS}) == len(TOPICS)


def test_database_follows_the_taxonomy_order() -> None:
    slugs = list(Topic.objects.filter(slug__in=[t["slug"] for t in TOPICS]).values_list("slug", flat=True))
    assert slugs == [topic["slug"] for topic in TOPICS]
