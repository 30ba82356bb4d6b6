"""Text normalisation shared by indexing and querying, so both sides meet on the same spelling."""

import re
import unicodedata

# Letters that Arabic and Persian keyboards type differently for the same word.
_LETTER_FOLDS = str.maketrans(
    {
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ك": "ک",
        "ة": "ه",
        "ؤ": "و",
        "\u0640": None,  # tatweel, a stretching stroke
        "\u200c": " ",  # zero-width non-joiner, used inside Persian words
        "ё": "е",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
# Combining marks: Latin and Cyrillic accents, Arabic vowel signs and Quranic marks, Hebrew points.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def normalise(text: str) -> str:
    """Lower-case, strip accents and vowel marks, fold letter variants: 'Übersetzung' → 'ubersetzung'."""
    if text.isascii():
        return text.lower()
    stripped = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return unicodedata.normalize("NFC", stripped).translate(_LETTER_FOLDS)


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def typed_words(text: str) -> dict[str, str]:
    """Normalised word → the word as typed, first spelling wins."""
    found: dict[str, str] = {}
    for raw in _WORD.findall(text):
        for word in words(raw):
            found.setdefault(word, raw)
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up early (returning limit + 1) once it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_typos(word: str) -> int:
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2
