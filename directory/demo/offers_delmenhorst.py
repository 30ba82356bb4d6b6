"""Delmenhorst: community-based integration work in Düsternort and Hasport (seed 000)."""

from directory.demo.specs import OfferSpec
from directory.models import Offer

T = Offer.Type
A = Offer.Audience
BOTH_OFFICES = ["nbb-duesternort", "nbb-hasport"]
BOTH_DISTRICTS = ["duesternort", "hasport"]

OFFERS: list[OfferSpec] = [
    {
        "slug": "willkommen-in-duesternort",
        "provider": "integrationsarbeit",
        "partners": ["nbb-duesternort"],
        "title": "Café „Willkommen in Düsternort“",
        "summary": "Offenes Café für neue Nachbarinnen und Nachbarn – hier entscheiden wir gemeinsam über die "
        "nächsten Ausflüge und Aktionen.",
        "description": "Das Café „Willkommen in Düsternort“ findet in der Regel dienstags von 10 bis 12 Uhr in den "
        "Räumen des Nachbarschaftsbüros Düsternort statt. Hier lernen sich neu Hinzugezogene und Nachbarn kennen, "
        "und hier werden die gemeinsamen Aktivitäten und Ausflüge zusammen abgestimmt. Das Café ist offen und "
        "kostenlos; auch wer schon länger im Stadtteil wohnt, ist willkommen und kann neue Nachbarn unterstützen.",
        "type": T.MEETING_PLACE,
        "topics": ["meeting-places", "leisure-culture"],
        "audience": [A.MIGRANTS, A.FAMILIES, A.EVERYONE],
        "locations": ["nbb-duesternort"],
        "schedules": [{"byday": "TU", "opens": "10:00", "closes": "12:00", "location": "nbb-duesternort"}],
        "contact": "nbb-duesternort",
        "reviewed": 9,
    },
    {
        "slug": "ausfluege",
        "provider": "integrationsarbeit",
        "partners": BOTH_OFFICES,
        "title": "Gemeinsame Ausflüge",
        "summary": "Zusammen ans Meer oder in Städte in der Nähe – für Familien und Alleinstehende aus Düsternort "
        "und Hasport.",
        "description": "Gemeinsam unterwegs lernt man sich leichter kennen: Die Gemeinwesenorientierte "
        "Integrationsarbeit unternimmt mit Bewohnerinnen und Bewohnern Ausflüge, zum Beispiel ans Meer oder in nahe "
        "gelegene Städte. Wohin es geht, wird im Café „Willkommen in Düsternort“ gemeinsam entschieden. Die Termine "
        "stehen in den Programmen der Nachbarschaftsbüros Düsternort und Hasport.",
        "type": T.EXCURSION,
        "topics": ["excursions", "leisure-culture"],
        "audience": [A.FAMILIES, A.MIGRANTS],
        "districts": BOTH_DISTRICTS,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 23,
    },
    {
        "slug": "spielenachmittage",
        "provider": "integrationsarbeit",
        "partners": BOTH_OFFICES,
        "title": "Spielenachmittage",
        "summary": "Gemeinsam spielen, lachen und die Nachbarn kennenlernen – offen für Groß und Klein.",
        "description": "Bei den Spielenachmittagen kommen alte und neue Nachbarn aus Düsternort und Hasport "
        "ungezwungen miteinander in Kontakt. Sie finden in den Räumen der Nachbarschaftsbüros statt; die Termine "
        "stehen in deren Programmen. Das Angebot ist offen und kostenlos.",
        "type": T.LEISURE,
        "topics": ["leisure-culture", "meeting-places", "children"],
        "audience": [A.FAMILIES, A.CHILDREN, A.EVERYONE],
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 41,
    },
    {
        "slug": "fruehstueck",
        "provider": "integrationsarbeit",
        "partners": BOTH_OFFICES,
        "title": "Gemeinsames Frühstück",
        "summary": "Zusammen frühstücken und ins Gespräch kommen – in den Nachbarschaftsbüros Düsternort und Hasport.",
        "description": "Beim gemeinsamen Frühstück lernen neu Hinzugezogene ihre Nachbarinnen und Nachbarn kennen "
        "und erfahren ganz nebenbei, welche Hilfsangebote es im Stadtteil gibt. Das Frühstück findet in den Räumen "
        "der Nachbarschaftsbüros statt; die Termine stehen in deren Programmen.",
        "type": T.MEETING_PLACE,
        "topics": ["meeting-places"],
        "audience": [A.EVERYONE, A.MIGRANTS],
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 55,
    },
    {
        "slug": "thementage",
        "provider": "integrationsarbeit",
        "partners": BOTH_OFFICES,
        "title": "Thementage wie der Spaghetti-Eis-Nachmittag",
        "summary": "Besondere Nachmittage zum Mitmachen, zum Beispiel rund um Spaghetti-Eis.",
        "description": "Von Zeit zu Zeit gibt es Thementage wie den Spaghetti-Eis-Nachmittag. Sie stärken das "
        "Miteinander im Stadtteil und helfen neuen Nachbarn, schneller anzukommen. Ideen für neue Thementage können "
        "im Café „Willkommen in Düsternort“ eingebracht werden.",
        "type": T.LEISURE,
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.FAMILIES, A.CHILDREN, A.EVERYONE],
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 74,
    },
    {
        "slug": "jugendprojekte",
        "provider": "integrationsarbeit",
        "partners": ["horizont", *BOTH_OFFICES],
        "project": "jsiq",
        "title": "Jugendprojekte: Kräuterbeete und Graffiti",
        "summary": "Für junge Menschen von 12 bis 26 Jahren: eigene kleine Projekte im Stadtteil planen und umsetzen.",
        "description": "Im Modellprojekt „Jugend stärken im Quartier“ setzen junge Menschen zwischen 12 und 26 Jahren, "
        "mit und ohne Migrationshintergrund, gemeinsam kleinere Projekte um – zum Beispiel Kräuterbeete anlegen oder "
        "Graffiti-Kunstwerke entwerfen. Die Ideen entstehen zusammen mit den Jugendlichen. Nebenbei gibt es immer ein "
        "offenes Ohr für Fragen und Sorgen.",
        "type": T.GROUP,
        "topics": ["youth", "leisure-culture"],
        "audience": [A.YOUTH],
        "age": (12, 26),
        "districts": BOTH_DISTRICTS,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 33,
    },
    {
        "slug": "jugend-schule-ausbildung",
        "provider": "integrationsarbeit",
        "partners": ["horizont", "streetwork", "jmd", *BOTH_OFFICES],
        "project": "jsiq",
        "title": "Zurück in Schule und Ausbildung: Unterstützung für junge Menschen",
        "summary": "Beratung für 12- bis 26-Jährige in allen Lebenslagen – mit Wegen zurück in Schule oder Ausbildung.",
        "description": "Junge Menschen können sich unkompliziert an die Mitarbeitenden der Gemeinwesenorientierten "
        "Integrationsarbeit wenden und bekommen Unterstützung in verschiedenen Lebenslagen. Ziel ist es, den "
        "(Wieder-)Einstieg in Schule oder Ausbildung vorzubereiten. Wir stellen Hilfsangebote anderer Träger und der "
        "Berufsagenturen vor und vermitteln bei Bedarf weiter, etwa an das Kinder- und Jugendhaus „Horizont“, an "
        "Streetwork oder an den Jugendmigrationsdienst.",
        "type": T.COUNSELLING,
        "topics": ["youth", "work-training", "counselling"],
        "audience": [A.YOUTH],
        "age": (12, 26),
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "contact": "nbb-duesternort",
        "reviewed": 12,
    },
    {
        "slug": "nachbarschaftsbuero-duesternort",
        "provider": "nbb-duesternort",
        "partners": ["integrationsarbeit"],
        "title": "Nachbarschaftsbüro Düsternort",
        "summary": "Treffpunkt und Anlaufstelle für alle im Stadtteil – neue Nachbarn nutzen die Hilfsangebote hier "
        "ohne Hürden.",
        "description": "Das Nachbarschaftsbüro Düsternort des Diakonischen Werkes ist Treffpunkt und Anlaufstelle für "
        "alle, die in Düsternort wohnen. Weil die Integrationsarbeit ihre Aktionen in diesen Räumen anbietet, lernen "
        "neue Bewohnerinnen und Bewohner Ort und Team schnell kennen und können die Hilfsangebote ohne Hürden "
        "nutzen. Gemeinsame Aktivitäten und Ausflüge stehen im Programm des Büros.",
        "type": T.INFORMATION,
        "topics": ["counselling", "meeting-places", "housing-everyday"],
        "audience": [A.EVERYONE],
        "locations": ["nbb-duesternort"],
        "ongoing": True,
        "reviewed": 200,
    },
    {
        "slug": "nachbarschaftsbuero-hasport",
        "provider": "nbb-hasport",
        "partners": ["integrationsarbeit"],
        "title": "Nachbarschaftsbüro Hasport",
        "summary": "Treffpunkt und Anlaufstelle für alle im Stadtteil – neue Nachbarn nutzen die Hilfsangebote hier "
        "ohne Hürden.",
        "description": "Das Nachbarschaftsbüro Hasport des Diakonischen Werkes ist Treffpunkt und Anlaufstelle für "
        "alle, die in Hasport wohnen. Auch hier bietet die Integrationsarbeit Aktionen wie Spielenachmittage und "
        "Frühstücke an, damit neue Bewohnerinnen und Bewohner die Räume und das Team kennenlernen. Gemeinsame "
        "Aktivitäten und Ausflüge stehen im Programm des Büros.",
        "type": T.INFORMATION,
        "topics": ["counselling", "meeting-places", "housing-everyday"],
        "audience": [A.EVERYONE],
        "locations": ["nbb-hasport"],
        "ongoing": True,
        "reviewed": 64,
    },
]
