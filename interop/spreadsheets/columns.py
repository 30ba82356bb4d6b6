"""The column table: German headers as in the Dorsten offer listing, with a German hint and example for each."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    hint: str
    example: str


COLUMNS: tuple[Column, ...] = (
    Column("title", "Titel", "Pflichtfeld. Name des Angebots, höchstens 200 Zeichen.", "Willkommenscafé"),
    Column(
        "summary",
        "Kurzbeschreibung",
        "Pflichtfeld. Ein Satz: was Neuzugewanderte hier bekommen (höchstens 400 Zeichen).",
        "Jeden Dienstag Kaffee, Kontakte und gemeinsame Ausflugsplanung.",
    ),
    Column("description", "Beschreibung", "Freier Text, darf leer bleiben.", "Im Café entscheiden wir gemeinsam …"),
    Column(
        "offer_type",
        "Art des Angebots",
        "Pflichtfeld. Eins von: Beratung, Kurs, Treffpunkt, Freizeit, Ausflug, Begleitung, Gruppe, Information.",
        "Beratung",
    ),
    Column("topics", "Themen", "Themen aus der Themenliste, mit Komma getrennt.", "Beratung, Sprache"),
    Column("age", "Altersgruppe", "„alle“, ein Bereich wie „12–26“, „ab 60“ oder „bis 10“.", "12–26"),
    Column(
        "audience",
        "Zielgruppe",
        "Mit Komma getrennt: Alle, Familien, Frauen, Jugendliche, Kinder, Senioren, Geflüchtete, "
        "Migrantinnen und Migranten, Ehrenamtliche.",
        "Frauen, Familien",
    ),
    Column("languages", "Sprachen", "Sprachnamen oder ISO-Kürzel, mit Komma getrennt.", "Deutsch, Arabisch, fa"),
    Column("interpreter", "Dolmetschen auf Anfrage", "ja oder nein.", "ja"),
    Column("cost", "Kosten", "„kostenlos“, ein Betrag wie „3,50 €“ oder „ermäßigt mit Dorsten-Pass“.", "kostenlos"),
    Column("registration", "Anmeldung", "Ist eine Anmeldung nötig? ja oder nein.", "nein"),
    Column(
        "when",
        "Wann",
        "Zeiten mit Semikolon getrennt: „Di 10–12 Uhr; Do 15–18 Uhr“, „Montag bis Freitag 9:00-12:00“, "
        "„jeden 1. Mittwoch 9–11 Uhr“, „alle 2 Wochen Fr 14–16 Uhr“, „nach Vereinbarung“, „fortlaufend“.",
        "Di 10–12 Uhr; Do 15–18 Uhr",
    ),
    Column(
        "where",
        "Wo",
        "Name eines Ortes, der in nahbar angelegt ist, oder „mobil“ / „online“; mehrere mit Semikolon.",
        "Begegnungszentrum",
    ),
    Column("districts", "Stadtteil", "Stadtteile, in denen das Angebot wirkt, mit Komma getrennt.", "Hervest"),
    Column(
        "contact",
        "Kontakt",
        "Mit Semikolon getrennt: Ansprechstelle, Telefon, E-Mail, Webseite. Nur dienstliche Angaben.",
        "Integrationsagentur; Tel. 02362 7770420; info@example.org; https://example.org",
    ),
    Column(
        "provider",
        "Durchführende Organisation",
        "Pflichtfeld. Name einer Organisation in nahbar, für die Sie Angebote pflegen dürfen.",
        "Integrationsagentur Dorsten",
    ),
    Column("partners", "In Kooperation mit", "Namen von Organisationen in nahbar, mit Semikolon getrennt.", ""),
    Column("project", "Projekt", "Name eines Projekts in nahbar, darf leer bleiben.", ""),
    Column("valid_from", "Gültig ab", "Datum wie 01.09.2025, darf leer bleiben.", "01.09.2025"),
    Column("valid_until", "Gültig bis", "Datum wie 30.06.2026, darf leer bleiben.", ""),
    Column(
        "id",
        "ID",
        "Leer lassen für ein neues Angebot. Die ID aus einem Export ändert das bestehende Angebot.",
        "",
    ),
)

HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
HEADER_OF: dict[str, str] = {column.key: column.header for column in COLUMNS}
