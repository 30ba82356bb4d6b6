"""The UI translation catalogs in locale/: complete, placeholder-safe, compiled, and used by Django."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

LANGUAGES = ["de", "en", "ar", "fa", "tr", "uk", "ru"]
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
# Python %-format placeholders: %(name)s, %s, %d, %.2f …; "%%" is a literal percent sign, not a placeholder.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")


def catalog(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def live_entries(language: str) -> list[polib.POEntry]:
    return [entry for entry in catalog(language) if not entry.obsolete]


def placeholders(text: str) -> set[str]:
    return {match for match in PLACEHOLDER.findall(text) if match != "%%"}


def as_dict(entries) -> dict[tuple[str | None, str, str], object]:
    """msgid → msgstr, with plural forms as a tuple ordered by form index."""
    result: dict[tuple[str | None, str, str], object] = {}
    for entry in entries:
        if not entry.msgid or entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid, entry.msgid_plural)
        if entry.msgid_plural:
            result[key] = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        else:
            result[key] = entry.msgstr
    return result


def test_every_ui_language_has_a_catalog():
    assert sorted(code for code, _name in settings.LANGUAGES) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete(language):
    po = catalog(language)
    assert not po.metadata_is_fuzzy, "a fuzzy header is left out of the .mo (no charset, no plural rule)"
    assert po.metadata.get("Language") == language
    assert live_entries(language), "catalog is empty"
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_form_is_filled(language):
    po = catalog(language)
    match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    assert match, "Plural-Forms header missing"
    nplurals = int(match.group(1))
    for entry in live_entries(language):
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(nplurals)), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language):
    """Every placeholder of the English text is kept, and none is invented (that would crash at formatting).

    The first plural form may leave out the number, as the English singular does ("1 person"); the other forms
    must keep it.
    """
    problems = []
    for entry in live_entries(language):
        if entry.msgid_plural:
            full = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
            problems += (
                [(entry.msgid, forms[0])] if not placeholders(entry.msgid) <= placeholders(forms[0]) <= full else []
            )
            problems += [(entry.msgid, text) for text in forms[1:] if placeholders(text) != full]
        elif placeholders(entry.msgid) or "python-format" in entry.flags:
            problems += [(entry.msgid, entry.msgstr)] if placeholders(entry.msgstr) != placeholders(entry.msgid) else []
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_source(language):
    mo_path = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), "run: manage.py compilemessages --ignore=.venv"
    po_messages = as_dict(entry for entry in catalog(language) if entry.translated())
    mo_messages = as_dict(polib.mofile(str(mo_path)))
    assert mo_messages == po_messages, "locale .mo is stale; run: manage.py compilemessages --ignore=.venv"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_django_serves_the_translation(language):
    with translation.override(language):
        expected = translation.gettext("Search")
        rendered = Template('{% load i18n %}{% translate "Search" %}').render(Context())
    assert expected != "Search"
    assert rendered == expected


def test_arabic_page_string():
    with translation.override("ar"):
        assert translation.gettext("Search") != "Search"
        assert translation.get_language_bidi()
        five = translation.ngettext("%(counter)s offer found", "%(counter)s offers found", 5) % {"counter": 5}
    assert "5" in five
    assert "offers found" not in five
