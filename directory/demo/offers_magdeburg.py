"""Magdeburg: "Vielfalt gestalten – Integration im Gemeinwesen" of the city's Sozialdezernat (seed 004).

The funded runtime (1 March 2020 – 30 June 2022) is kept on the project; the offers carry no end date so
that the public finder, which filters by runtime, still shows them.
"""

from directory.demo.specs import OfferSpec
from directory.models import Offer

T = Offer.Type
A = Offer.Audience
DISTRICTS = ["neustaedter-feld", "neu-olvenstedt", "sudenburg", "stadtfeld", "buckau"]

OFFERS: list[OfferSpec] = [
    {
        "slug": "mobile-beratung",
        "provider": "sozialdezernat",
        "project": "vielfalt",
        "title": "Mobile Information und Beratung im Stadtteil",
        "summary": "Information und Beratung für Menschen aus Nicht-EU-Staaten direkt vor Ort – das Team kommt in "
        "Ihren Stadtteil.",
        "description": "Das Team von „Vielfalt gestalten – Integration im Gemeinwesen“ ist mobil in den Stadtteilen "
        "unterwegs und informiert und berät Drittstaatsangehörige – also Menschen ohne die Staatsangehörigkeit eines "
        "EU-Staates – direkt vor Ort. Es verknüpft die vielen Beratungs- und Integrationsangebote der Stadt passend "
        "zu Ihrer Situation, damit Sie bessere Chancen auf Teilhabe haben.",
        "type": T.COUNSELLING,
        "topics": ["counselling"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "interpreter": True,
        "mobile": True,
        "districts": DISTRICTS,
        "appointment": True,
        "reviewed": 10,
    },
    {
        "slug": "vermittlung-alltagskonflikte",
        "provider": "sozialdezernat",
        "project": "vielfalt",
        "title": "Vermittlung bei Verständigungsproblemen und Konflikten im Alltag",
        "summary": "Missverständnisse im Haus oder in der Nachbarschaft? Wir vermitteln – auch zwischen Sprachen und "
        "Kulturen.",
        "description": "Stadtteile und Nachbarschaften sind Lebensmittelpunkt für Zugewanderte und Einheimische – "
        "dabei kann es auch zu Missverständnissen und Konflikten kommen. Das Projektteam vermittelt bei "
        "Verständigungsschwierigkeiten und Alltagskonflikten, wenn nötig auch sprachlich zwischen den Beteiligten. "
        "Gemeinsam wird nach einer Lösung gesucht.",
        "type": T.COUNSELLING,
        "topics": ["interpreting", "housing-everyday"],
        "audience": [A.EVERYONE],
        "interpreter": True,
        "mobile": True,
        "districts": DISTRICTS,
        "appointment": True,
        "reviewed": 35,
    },
    {
        "slug": "austausch-begegnung",
        "provider": "sozialdezernat",
        "project": "vielfalt",
        "title": "Austausch und Begegnung im Stadtteil",
        "summary": "Treffen, bei denen Zugewanderte und Einheimische ins Gespräch kommen und gemeinsam Lösungen "
        "suchen.",
        "description": "Das Projekt bietet in den Stadtteilen Formate für Austausch, Begegnung und gemeinsame "
        "Lösungssuche an. Hier lernen sich alte und neue Nachbarinnen und Nachbarn kennen und besprechen, was das "
        "Zusammenleben im Stadtteil besser macht.",
        "type": T.MEETING_PLACE,
        "topics": ["meeting-places"],
        "audience": [A.EVERYONE],
        "mobile": True,
        "districts": DISTRICTS,
        "ongoing": True,
        "reviewed": 71,
    },
    {
        "slug": "wegweiser-hilfsangebote",
        "provider": "sozialdezernat",
        "partners": ["hochschule"],
        "project": "vielfalt",
        "title": "Wegweiser zu den Hilfsangeboten im Stadtteil",
        "summary": "Wir finden mit Ihnen die passende Beratungsstelle und sorgen dafür, dass die Angebote im "
        "Stadtteil zusammenwirken.",
        "description": "Es gibt viele Beratungs- und Integrationsangebote – aber welches passt? Das Projektteam "
        "unterstützt das Zusammenwirken der vorhandenen Hilfsangebote im Stadtteil und vermittelt Sie an die "
        "richtige Stelle. Die Hochschule Magdeburg-Stendal untersucht, wie die Unterstützungsangebote "
        "zusammenarbeiten und wie sie genutzt werden.",
        "type": T.INFORMATION,
        "topics": ["counselling"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "mobile": True,
        "districts": DISTRICTS,
        "appointment": True,
        "reviewed": 120,
    },
]
