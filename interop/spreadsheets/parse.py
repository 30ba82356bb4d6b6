"""One cell → one value. Bad input raises CellError with a translated message that says what to write instead."""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from directory.models import Offer
from directory.services import OpeningTimes


class CellError(ValueError):
    pass


TYPES_DE: dict[str, str] = {
    Offer.Type.COUNSELLING: "Beratung",
    Offer.Type.COURSE: "Kurs",
    Offer.Type.MEETING_PLACE: "Treffpunkt",
    Offer.Type.LEISURE: "Freizeit",
    Offer.Type.EXCURSION: "Ausflug",
    Offer.Type.ACCOMPANIMENT: "Begleitung",
    Offer.Type.GROUP: "Gruppe",
    Offer.Type.INFORMATION: "Information",
}
AUDIENCES_DE: dict[str, str] = {
    Offer.Audience.EVERYONE: "Alle",
    Offer.Audience.FAMILIES: "Familien",
    Offer.Audience.WOMEN: "Frauen",
    Offer.Audience.YOUTH: "Jugendliche",
    Offer.Audience.CHILDREN: "Kinder",
    Offer.Audience.SENIORS: "Senioren",
    Offer.Audience.REFUGEES: "Geflüchtete",
    Offer.Audience.MIGRANTS: "Migrantinnen und Migranten",
    Offer.Audience.VOLUNTEERS: "Ehrenamtliche",
}
LANGUAGES_DE = {
    "de": "Deutsch",
    "en": "Englisch",
    "ar": "Arabisch",
    "fa": "Persisch",
    "tr": "Türkisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "fr": "Französisch",
    "pl": "Polnisch",
    "ro": "Rumänisch",
    "bg": "Bulgarisch",
    "sq": "Albanisch",
    "ku": "Kurdisch",
    "ps": "Paschtu",
    "ti": "Tigrinya",
    "so": "Somali",
    "es": "Spanisch",
    "it": "Italienisch",
}
LANGUAGE_SYNONYMS = {"farsi": "fa", "dari": "fa", "englisch": "en", "paschto": "ps"}
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DAY_WORDS = {
    **{short.lower(): code for short, code in zip(DAYS_DE, DAYS, strict=True)},
    "montag": "MO",
    "dienstag": "TU",
    "mittwoch": "WE",
    "donnerstag": "TH",
    "freitag": "FR",
    "samstag": "SA",
    "sonnabend": "SA",
    "sonntag": "SU",
    "montags": "MO",
    "dienstags": "TU",
    "mittwochs": "WE",
    "donnerstags": "TH",
    "freitags": "FR",
    "samstags": "SA",
    "sonntags": "SU",
}
YES = {"ja", "j", "x", "yes", "wahr", "true", "1"}
NO = {"nein", "n", "", "no", "falsch", "false", "0"}
DASH = "[-–—]"


def text(cell: Any) -> str:
    """A cell as trimmed text; numbers from Excel without a needless '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time(0) else cell.isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


def split(value: str, separators: str = ",;") -> list[str]:
    return [part.strip() for part in re.split(f"[{separators}\n]", value) if part.strip()]


def required_text(cell: Any, *, max_length: int) -> str:
    value = text(cell)
    if not value:
        raise CellError(_("This column must not be empty."))
    return limited_text(value, max_length=max_length)


def limited_text(cell: Any, *, max_length: int) -> str:
    value = text(cell)
    if len(value) > max_length:
        raise CellError(
            _("Write at most %(limit)d characters here (now %(count)d).") % {"limit": max_length, "count": len(value)}
        )
    return value


def yes_no(cell: Any) -> bool:
    value = text(cell).lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise CellError(_("Write “ja” or “nein”."))


def offer_type(cell: Any) -> str:
    value = text(cell).lower()
    for code, label in TYPES_DE.items():
        if value in {code, label.lower()}:
            return str(code)
    raise CellError(_("Write one of: %(choices)s.") % {"choices": ", ".join(TYPES_DE.values())})


def audience(cell: Any) -> list[str]:
    by_word = {label.lower(): str(code) for code, label in AUDIENCES_DE.items()} | {
        str(c): str(c) for c in AUDIENCES_DE
    }
    result = []
    for part in split(text(cell)):
        if part.lower() not in by_word:
            raise CellError(
                _("“%(value)s” is not a target group. Write one of: %(choices)s.")
                % {"value": part, "choices": ", ".join(AUDIENCES_DE.values())}
            )
        result.append(by_word[part.lower()])
    return list(dict.fromkeys(result))


def languages(cell: Any) -> list[str]:
    by_word = {name.lower(): code for code, name in LANGUAGES_DE.items()} | {c: c for c in LANGUAGES_DE}
    by_word |= LANGUAGE_SYNONYMS
    result = []
    for part in split(text(cell), ",;/"):
        code = by_word.get(part.lower())
        if code is None:
            raise CellError(
                _("“%(value)s” is not a language we know. Write a name like Deutsch or Arabisch, or a code like ar.")
                % {"value": part}
            )
        result.append(code)
    return list(dict.fromkeys(result))


def age_range(cell: Any) -> tuple[int | None, int | None]:
    value = text(cell).lower().replace("jahre", "").strip()
    if value in {"", "alle", "altersunabhängig", "jedes alter"}:
        return None, None
    if match := re.fullmatch(rf"(\d{{1,3}})\s*(?:{DASH}|bis)\s*(\d{{1,3}})", value):
        low, high = int(match[1]), int(match[2])
        if low > high:
            raise CellError(_("The first age must not be above the second, e.g. 12–26."))
        return low, high
    if match := re.fullmatch(r"ab\s*(\d{1,3})", value):
        return int(match[1]), None
    if match := re.fullmatch(r"bis\s*(\d{1,3})", value):
        return None, int(match[1])
    raise CellError(_("Write an age group like “12–26”, “ab 60”, “bis 10” or “alle”."))


def cost(cell: Any) -> dict[str, Any]:
    value = text(cell)
    lowered = value.lower()
    if lowered in {"", "kostenlos", "kostenloses angebot", "frei", "gratis", "0", "0 €"}:
        return {"cost": Offer.Cost.FREE, "cost_amount": None, "cost_pass_name": ""}
    amount_pattern = r"(\d{1,6}(?:[.,]\d{1,2})?)\s*(?:€|eur|euro)?"
    if match := re.fullmatch(rf"(?:{amount_pattern}\s*[,;]?\s*)?erm(?:ä|ae)(?:ß|ss)igt mit\s+(.+)", value, re.I):
        amount = _amount(match[1]) if match[1] else None
        return {"cost": Offer.Cost.REDUCED, "cost_amount": amount, "cost_pass_name": match[2].strip()[:80]}
    if match := re.fullmatch(amount_pattern, lowered):
        return {"cost": Offer.Cost.AMOUNT, "cost_amount": _amount(match[1]), "cost_pass_name": ""}
    raise CellError(_("Write “kostenlos”, an amount like “3,50 €”, or “ermäßigt mit Dorsten-Pass”."))


def _amount(value: str) -> Decimal:
    try:
        return Decimal(value.replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation as error:
        raise CellError(_("Write the amount like “3,50 €”.")) from error


def date(cell: Any) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    value = text(cell)
    if not value:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise CellError(_("Write a date like 31.12.2025."))


class When:
    def __init__(self) -> None:
        self.schedules: list[OpeningTimes] = []
        self.by_appointment = False
        self.is_ongoing = False


def when(cell: Any) -> When:
    result = When()
    for part in split(text(cell), ";"):
        lowered = part.lower()
        if lowered in {"nach vereinbarung", "termine nach vereinbarung"}:
            result.by_appointment = True
        elif lowered in {"fortlaufend", "laufend", "durchgehend"}:
            result.is_ongoing = True
        else:
            result.schedules.append(_opening_times(part))
    return result


def _opening_times(part: str) -> OpeningTimes:
    hint = _(
        "“%(value)s” is not a time we understand. Write e.g. “Di 10–12 Uhr”, “Montag bis Freitag 9:00-12:00”, "
        "“jeden 1. Mittwoch 9–11 Uhr”, “nach Vereinbarung” or “fortlaufend”."
    ) % {"value": part}
    time_pattern = (
        rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(?:uhr)?\s*(?:{DASH}|bis)\s*(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(?:uhr)?"
    )
    match = re.fullmatch(rf"(.*?)\s*{time_pattern}", part.strip(), re.I)
    if not match:
        raise CellError(hint)
    days_text = match[1].strip().rstrip(",:").strip()
    opens, closes = _time(match[2], match[3], hint), _time(match[4], match[5], hint)
    if opens >= closes:
        raise CellError(_("In “%(value)s” the end time must be after the start time.") % {"value": part})
    freq, interval, prefix, days_text = _repeat(days_text, hint)
    days = _days(days_text, hint)
    byday = ",".join(f"{prefix}{day}" for day in days)
    return OpeningTimes(freq=freq, byday=byday, opens_at=opens, closes_at=closes, interval=interval)


def _repeat(days_text: str, hint: str) -> tuple[str, int, str, str]:
    if match := re.fullmatch(r"jeden\s+(?:(\d)\.|(letzten))\s+(.+)", days_text, re.I):
        number = "-1" if match[2] else match[1]
        if number not in {"1", "2", "3", "4", "-1"}:
            raise CellError(hint)
        return "MONTHLY", 1, number, match[3]
    if match := re.fullmatch(r"(?:alle\s+(?:2|zwei)\s+wochen|14-tägig|vierzehntägig)\s+(.+)", days_text, re.I):
        return "WEEKLY", 2, "", match[1]
    return "WEEKLY", 1, "", re.sub(r"^(jeden|jede|immer)\s+", "", days_text, flags=re.I)


def _days(days_text: str, hint: str) -> list[str]:
    words = [word.rstrip(".").lower() for word in re.split(r"\s*(,|und|bis|[-–—])\s*", days_text) if word]
    days: list[str] = []
    range_open = False
    for word in words:
        if word in {",", "und"}:
            continue
        if word in {"bis", "-", "–", "—"}:
            range_open = bool(days)
            continue
        code = DAY_WORDS.get(word)
        if code is None:
            raise CellError(hint)
        if range_open:
            start, end = DAYS.index(days[-1]), DAYS.index(code)
            days.extend(DAYS[start + 1 : end + 1])
            range_open = False
        else:
            days.append(code)
    if not days or range_open:
        raise CellError(hint)
    return list(dict.fromkeys(days))


def _time(hours: str, minutes: str | None, hint: str) -> dt.time:
    hour, minute = int(hours), int(minutes or 0)
    if hour > 23 or minute > 59:
        raise CellError(hint)
    return dt.time(hour, minute)


def contact(cell: Any) -> dict[str, str]:
    values = {"contact_name": "", "contact_phone": "", "contact_email": "", "contact_url": ""}
    for part in split(text(cell), ";\n"):
        if "@" in part:
            _set_once(values, "contact_email", _email(part))
        elif re.match(r"(https?://|www\.)", part, re.I):
            _set_once(values, "contact_url", _url(part))
        elif re.match(r"(tel(efon)?\.?:?\s*)?[+0-9(]", part, re.I):
            _set_once(values, "contact_phone", _phone(part))
        else:
            _set_once(values, "contact_name", limited_text(part, max_length=120))
    return values


def _set_once(values: dict[str, str], key: str, value: str) -> None:
    if values[key]:
        raise CellError(_("Give at most one contact name, phone number, e-mail address and web page, split by “;”."))
    values[key] = value


def _email(value: str) -> str:
    value = re.sub(r"^e-?mail:?\s*", "", value, flags=re.I)
    try:
        validate_email(value)
    except ValidationError as error:
        raise CellError(_("“%(value)s” is not an e-mail address.") % {"value": value}) from error
    return value


def _url(value: str) -> str:
    value = value if value.lower().startswith("http") else f"https://{value}"
    try:
        URLValidator()(value)
    except ValidationError as error:
        raise CellError(
            _("“%(value)s” is not a web address. Write e.g. https://example.org.") % {"value": value}
        ) from error
    return value


def _phone(value: str) -> str:
    number = re.sub(r"^tel(efon)?\.?:?\s*", "", value, flags=re.I)
    if not re.fullmatch(r"[+0-9 ()/\-]{3,40}", number):
        raise CellError(_("“%(value)s” is not a phone number. Write e.g. Tel. 02362 7770420.") % {"value": value})
    return number


def when_text(schedules: list[tuple[str, str, int, dt.time, dt.time]], *, by_appointment: bool, ongoing: bool) -> str:
    """The reverse of when(): (freq, byday, interval, opens, closes) rows → "Di 10–12 Uhr; nach Vereinbarung"."""
    parts = []
    for freq, byday, interval, opens, closes in schedules:
        hours = f"{_clock(opens)}–{_clock(closes)} Uhr"
        if freq == "MONTHLY":
            for item in byday.split(","):
                number, day = item[:-2], item[-2:]
                nth = "letzten" if number == "-1" else f"{number}."
                parts.append(f"jeden {nth} {DAYS_DE[DAYS.index(day)]} {hours}")
        else:
            days = ", ".join(DAYS_DE[DAYS.index(day)] for day in byday.split(","))
            parts.append(f"{'alle 2 Wochen ' if interval == 2 else ''}{days} {hours}")
    if by_appointment:
        parts.append("nach Vereinbarung")
    if ongoing:
        parts.append("fortlaufend")
    return "; ".join(parts)


def _clock(value: dt.time) -> str:
    return f"{value.hour}" if value.minute == 0 else f"{value.hour}:{value.minute:02d}"
