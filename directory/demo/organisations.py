"""Organisations and funded projects the seed documents name. Public office contacts only, never a person's."""

from core.models import Organisation
from directory.demo.specs import OrganisationSpec, ProjectSpec

Kind = Organisation.Kind

DELMENHORST: list[OrganisationSpec] = [
    {
        "slug": "diakonie",
        "name": "Diakonisches Werk Delmenhorst/Oldenburg-Land",
        "kind": Kind.WELFARE,
        "description": "Träger der Nachbarschaftsbüros Düsternort und Hasport, der Gemeinwesenorientierten "
        "Integrationsarbeit und des Jugendmigrationsdienstes.",
    },
    {
        "slug": "integrationsarbeit",
        "name": "Gemeinwesenorientierte Integrationsarbeit",
        "kind": Kind.WELFARE,
        "parent": "diakonie",
        "description": "Begleitet neu Hinzugezogene mit Migrationshintergrund in Düsternort und Hasport, eng "
        "verbunden mit den Nachbarschaftsbüros.",
    },
    {"slug": "nbb-duesternort", "name": "Nachbarschaftsbüro Düsternort", "kind": Kind.WELFARE, "parent": "diakonie"},
    {"slug": "nbb-hasport", "name": "Nachbarschaftsbüro Hasport", "kind": Kind.WELFARE, "parent": "diakonie"},
    {"slug": "horizont", "name": "Kinder- und Jugendhaus „Horizont“", "kind": Kind.OTHER},
    {"slug": "streetwork", "name": "Streetwork Delmenhorst", "kind": Kind.OTHER},
    {"slug": "jmd", "name": "Jugendmigrationsdienst", "kind": Kind.WELFARE, "parent": "diakonie"},
    {"slug": "esf", "name": "Europäischer Sozialfonds (ESF)", "kind": Kind.FUNDER},
]

DORSTEN: list[OrganisationSpec] = [
    {
        "slug": "verband-ev",
        "name": "Verband Ev. Kirchengemeinden im Bereich Dorsten",
        "kind": Kind.CHURCH,
        "description": "Zusammenschluss der drei evangelischen Kirchengemeinden in Dorsten; Träger unter anderem "
        "von Kindertageseinrichtungen, Offener Ganztagsschule, Jugendarbeit, Familienbildungsstätte und des "
        "Referats für Migration und Integration.",
    },
    {
        "slug": "migrationsreferat",
        "name": "Referat für Migration und Integration",
        "kind": Kind.CHURCH,
        "parent": "verband-ev",
        "description": "Seit 1996 im Auftrag der Stadt Dorsten in der Flüchtlingsberatung tätig, seit 2001 "
        "zuständig für Leitung und Koordination der Dorstener Integrationsarbeit.",
    },
    {
        "slug": "integrationsagentur",
        "name": "Integrationsagentur Dorsten",
        "kind": Kind.WELFARE,
        "parent": "migrationsreferat",
        "description": "Im Kultur- und Begegnungszentrum am Brunnenplatz in Hervest. Schwerpunkte: bürgerschaftliches "
        "Engagement, interkulturelle Öffnung, sozialraumorientierte Arbeit.",
        "email": "info@integrationsagentur-dorsten.de",
        "phone": "02362 7770420",
        "website": "https://www.integrationsagentur-dorsten.de",
    },
    {
        "slug": "fbs",
        "name": "Ev. Familienbildungsstätte Paul-Gerhardt-Haus",
        "kind": Kind.SCHOOL,
        "parent": "verband-ev",
    },
    {
        "slug": "mittendrin",
        "name": "MITTEndrin – interkultureller Treffpunkt",
        "kind": Kind.OTHER,
        "description": "Treffpunkt für die kulturelle Integration im Quartier, entstanden im Projekt "
        "„Willkommenskultur für Zuwanderer“ (STADTFINDEN).",
    },
    {"slug": "stadt", "name": "Stadt Dorsten", "kind": Kind.MUNICIPALITY, "website": "https://www.dorsten.de"},
    {"slug": "familienbuero", "name": "Familienbüro der Stadt Dorsten", "kind": Kind.MUNICIPALITY, "parent": "stadt"},
    {"slug": "jugendamt", "name": "Jugendamt der Stadt Dorsten", "kind": Kind.AUTHORITY, "parent": "stadt"},
    {"slug": "bip", "name": "Beratungsstelle BIP der Stadt Dorsten", "kind": Kind.MUNICIPALITY, "parent": "stadt"},
    {"slug": "vhs", "name": "VHS Dorsten / Amt für Kultur", "kind": Kind.SCHOOL, "parent": "stadt"},
    {"slug": "caritas", "name": "Caritasverband Dorsten", "kind": Kind.WELFARE},
    {
        "slug": "caritas-mbe",
        "name": "Migrationsberatung für erwachsene Zuwanderer (MBE) des Caritasverbandes",
        "kind": Kind.WELFARE,
        "parent": "caritas",
    },
    {
        "slug": "dif",
        "name": "Dorstener Integrationsforum (DIF e.V.)",
        "kind": Kind.MIGRANT_ORGANISATION,
        "description": "Nationalitäten- und ethnienübergreifende Migrantenselbstorganisation mit den Schwerpunkten "
        "Familie, Erziehung, Integration und politische Mitwirkung.",
    },
    {"slug": "sofia", "name": "Sofia e.V.", "kind": Kind.MIGRANT_ORGANISATION},
    {"slug": "awo", "name": "Arbeiterwohlfahrt (AWO) Dorsten", "kind": Kind.WELFARE},
    {"slug": "land-nrw", "name": "Land Nordrhein-Westfalen", "kind": Kind.FUNDER, "website": "https://www.land.nrw"},
    {"slug": "esf", "name": "Europäischer Sozialfonds (ESF)", "kind": Kind.FUNDER},
]

DORTMUND: list[OrganisationSpec] = [
    {"slug": "stadt", "name": "Stadt Dortmund", "kind": Kind.MUNICIPALITY, "website": "https://www.dortmund.de"},
    {"slug": "diakonie", "name": "Diakonisches Werk Dortmund und Lünen", "kind": Kind.WELFARE},
    {
        "slug": "lw-brackel",
        "name": "lokal willkommen Brackel/Aplerbeck",
        "kind": Kind.MUNICIPALITY,
        "parent": "stadt",
        "description": "Erster Standort des Integrationsnetzwerks „lokal willkommen“, seit Oktober 2016 in einem "
        "Ladenlokal am Brackeler Hellweg.",
        "website": "https://www.dortmund.de",
    },
    {
        "slug": "lw-mengede",
        "name": "lokal willkommen Mengede/Huckarde",
        "kind": Kind.MUNICIPALITY,
        "parent": "stadt",
        "description": "Eröffnet am 9. Februar 2018 im Noah-Gemeindehaus; besetzt mit je einer Fachkraft der Stadt "
        "Dortmund und des Diakonischen Werks Dortmund und Lünen.",
        "website": "https://www.dortmund.de",
    },
]

MAGDEBURG: list[OrganisationSpec] = [
    {
        "slug": "stadt",
        "name": "Landeshauptstadt Magdeburg",
        "kind": Kind.MUNICIPALITY,
        "website": "https://www.magdeburg.de",
    },
    {
        "slug": "sozialdezernat",
        "name": "Sozialdezernat der Landeshauptstadt Magdeburg",
        "kind": Kind.MUNICIPALITY,
        "parent": "stadt",
        "website": "https://www.magdeburg.de",
    },
    {
        "slug": "hochschule",
        "name": "Hochschule Magdeburg-Stendal",
        "kind": Kind.UNIVERSITY,
        "website": "https://www.h2.de",
        "description": "Untersucht im Projekt „Vielfalt gestalten“ das Zusammenwirken sozialer "
        "Unterstützungsstrukturen und die Nutzung der Angebote.",
    },
    {
        "slug": "amif",
        "name": "Europäische Union – Asyl-, Migrations- und Integrationsfonds (AMIF)",
        "kind": Kind.FUNDER,
    },
    {
        "slug": "land",
        "name": "Land Sachsen-Anhalt",
        "kind": Kind.FUNDER,
        "website": "https://www.sachsen-anhalt.de",
    },
]

ORGANISATIONS: dict[str, list[OrganisationSpec]] = {
    "delmenhorst": DELMENHORST,
    "dorsten": DORSTEN,
    "dortmund": DORTMUND,
    "magdeburg": MAGDEBURG,
}

PROJECTS: list[ProjectSpec] = [
    {
        "region": "delmenhorst",
        "key": "jsiq",
        "name": "Jugend stärken im Quartier",
        "description": "Modellprojekt für junge Menschen zwischen 12 und 26 Jahren mit und ohne "
        "Migrationshintergrund: kleine Projekte im Stadtteil und Unterstützung auf dem Weg in Schule und Ausbildung.",
        "funders": ["esf"],
        "funding_note": "Modellprogramm, gefördert aus Mitteln des Europäischen Sozialfonds",
    },
    {
        "region": "dorsten",
        "key": "stadtfinden",
        "name": "Willkommenskultur für Zuwanderer – STADTFINDEN",
        "description": "Projekt für Bewohnerinnen und Bewohner mit Migrationshintergrund, die nur eingeschränkt am "
        "sozialen Leben teilhaben; mit dem interkulturellen Treffpunkt MITTEndrin.",
        "funders": ["land-nrw", "esf"],
        "funding_note": "Im Rahmen des Aufrufs „Starke Quartiere – starke Menschen“ mit finanzieller Unterstützung "
        "des Landes Nordrhein-Westfalen und des Europäischen Sozialfonds",
        "starts": "2017-01-01",
        "ends": "2020-12-31",
    },
    {
        "region": "dorsten",
        "key": "begegnungszentrum",
        "name": "Kultur- und Begegnungszentrum am Brunnenplatz",
        "description": "Zentrum des Verbandes Ev. Kirchengemeinden unter der Leitung des Referats für Migration und "
        "Integration; Raum für Begegnung, Beratung, Lernen und rund 20 Gruppen.",
        "funders": ["land-nrw"],
        "funding_note": "Gefördert durch das Land NRW",
    },
    {
        "region": "dorsten",
        "key": "schulsozialarbeit",
        "name": "Migrantenorientierte Schulsozialarbeit",
        "description": "Modellprojekt des Migrationsreferats an zwei Dorstener Schulen mit einem hohen Anteil an "
        "Kindern mit Migrationshintergrund, seit dem Schuljahr 2011/2012; Konzept aus Komm-In-NRW.",
        "funders": ["stadt"],
        "funding_note": "Im Auftrag der Stadt Dorsten",
    },
    {
        "region": "dortmund",
        "key": "lokal-willkommen",
        "name": "lokal willkommen – Integrationsnetzwerk der Stadt Dortmund",
        "description": "Hilft Geflüchteten nach dem Auszug aus einer Übergangseinrichtung, im Stadtbezirk anzukommen; "
        "jedes Büro ist mit je einer Fachkraft der Stadt und eines Wohlfahrtsverbands besetzt.",
        "funders": ["stadt"],
        "funding_note": "Pilotvorhaben der Stadt Dortmund seit Oktober 2016; weitere Standorte vom Rat im Herbst 2017 "
        "beschlossen",
        "starts": "2016-10-01",
    },
    {
        "region": "magdeburg",
        "key": "vielfalt",
        "name": "Vielfalt gestalten – Integration im Gemeinwesen",
        "description": "Projekt des Sozialdezernats an der Schnittstelle von Integrationsarbeit, Sozialer Arbeit und "
        "Gemeinwesenarbeit; wissenschaftlich begleitet von der Hochschule Magdeburg-Stendal.",
        "funders": ["amif", "land"],
        "funding_note": "Kofinanziert aus Mitteln des Asyl-, Migrations- und Integrationsfonds der Europäischen Union "
        "und des Landes Sachsen-Anhalt",
        "starts": "2020-03-01",
        "ends": "2022-06-30",
    },
]
