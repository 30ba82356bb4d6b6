"""Dortmund: the integration network "lokal willkommen" with its offices in Brackel and Mengede (seed 002).

The seed gives no opening times, so the consultation hours are marked ongoing and by appointment.
"""

from directory.demo.specs import OfferSpec
from directory.models import Offer

T = Offer.Type
A = Offer.Audience
SPOKEN = ["de", "ar", "en", "fa"]
BOTH_OFFICES = ["lw-brackel", "lw-mengede"]
ALL_DISTRICTS = ["brackel", "aplerbeck", "mengede", "huckarde"]

OFFERS: list[OfferSpec] = [
    {
        "slug": "sprechstunde-brackel-aplerbeck",
        "provider": "lw-brackel",
        "project": "lokal-willkommen",
        "title": "Sprechstunde lokal willkommen Brackel/Aplerbeck",
        "summary": "Rat und Hilfe bei Fragen im Alltag für Geflüchtete mit eigener Wohnung – auf Deutsch, Arabisch, "
        "Englisch und Farsi.",
        "description": "Sie sind aus einer Übergangseinrichtung in eine eigene Wohnung in Brackel oder Aplerbeck "
        "gezogen? In der Sprechstunde von lokal willkommen im Ladenlokal am Brackeler Hellweg klären wir kleinere "
        "Probleme so weit wie möglich direkt oder vermitteln Sie an die richtige Stelle weiter. Das Büro ist mit je "
        "einer Fachkraft der Stadt Dortmund und eines Wohlfahrtsverbands besetzt.",
        "type": T.COUNSELLING,
        "topics": ["counselling", "housing-everyday"],
        "audience": [A.REFUGEES],
        "languages": SPOKEN,
        "locations": ["lw-brackel"],
        "districts": ["brackel", "aplerbeck"],
        "ongoing": True,
        "appointment": True,
        "reviewed": 14,
    },
    {
        "slug": "sprechstunde-mengede-huckarde",
        "provider": "lw-mengede",
        "partners": ["diakonie"],
        "project": "lokal-willkommen",
        "title": "Sprechstunde lokal willkommen Mengede/Huckarde",
        "summary": "Rat und Hilfe bei Fragen im Alltag für Geflüchtete mit eigener Wohnung – auf Deutsch, Arabisch, "
        "Englisch und Farsi.",
        "description": "Seit dem 9. Februar 2018 hat lokal willkommen ein Büro im Noah-Gemeindehaus an der "
        "Westerfilder Straße 11a. Geflüchtete, die in Mengede oder Huckarde eine eigene Wohnung bezogen haben, "
        "bekommen hier Rat und Hilfe bei Problemen und Fragen im Alltag. Kleinere Probleme klären wir so weit wie "
        "möglich direkt, sonst vermitteln wir an die richtige Stelle. Im Büro arbeiten je eine Fachkraft der Stadt "
        "Dortmund und des Diakonischen Werks Dortmund und Lünen.",
        "type": T.COUNSELLING,
        "topics": ["counselling", "housing-everyday"],
        "audience": [A.REFUGEES],
        "languages": SPOKEN,
        "locations": ["lw-mengede"],
        "districts": ["mengede", "huckarde"],
        "ongoing": True,
        "appointment": True,
        "reviewed": 2,
    },
    {
        "slug": "willkommens-hausbesuche",
        "provider": "stadt",
        "partners": [*BOTH_OFFICES, "diakonie"],
        "project": "lokal-willkommen",
        "title": "Willkommens-Hausbesuche",
        "summary": "Das Team von lokal willkommen besucht Sie in Ihrer neuen Wohnung und hilft beim Ankommen im "
        "Stadtteil.",
        "description": "Wer nach dem Auszug aus einer Übergangseinrichtung eine eigene Wohnung im Stadtbezirk "
        "bezogen hat, kann vom Team von lokal willkommen einen Willkommens-Hausbesuch bekommen. Dabei geht es um "
        "Fragen des Alltags und um die Angebote in der Nachbarschaft. Einen Termin vereinbaren Sie in einem "
        "der beiden Büros.",
        "type": T.ACCOMPANIMENT,
        "topics": ["housing-everyday", "counselling"],
        "audience": [A.REFUGEES, A.FAMILIES],
        "languages": SPOKEN,
        "mobile": True,
        "districts": ALL_DISTRICTS,
        "appointment": True,
        "contact": "lw-mengede",
        "reviewed": 29,
    },
    {
        "slug": "einschulung-kita-geburt",
        "provider": "stadt",
        "partners": BOTH_OFFICES,
        "project": "lokal-willkommen",
        "title": "Hilfe bei Einschulung, Kita-Platz und Geburt",
        "summary": "Wir helfen bei der Suche nach einem Kita-Platz, bei der Einschulung und rund um die Geburt eines "
        "Kindes.",
        "description": "Ihr Kind kommt in die Schule, Sie suchen einen Kindergartenplatz oder erwarten ein Baby? "
        "lokal willkommen hilft Ihnen weiter und bringt Sie mit Kooperationspartnern in Ihrem Stadtbezirk zusammen, "
        "die bei diesen Themen unterstützen. Kommen Sie in die Sprechstunde in Brackel oder Mengede.",
        "type": T.COUNSELLING,
        "topics": ["school-kita", "family", "children"],
        "audience": [A.FAMILIES, A.REFUGEES],
        "languages": SPOKEN,
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "appointment": True,
        "contact": "lw-mengede",
        "reviewed": 47,
    },
    {
        "slug": "arbeitssuche",
        "provider": "stadt",
        "partners": BOTH_OFFICES,
        "project": "lokal-willkommen",
        "title": "Unterstützung bei der Arbeitssuche",
        "summary": "Erste Schritte auf dem Weg in Arbeit: Wir vermitteln Sie an die richtigen Stellen.",
        "description": "Viele Geflüchtete wünschen sich, möglichst schnell Arbeit zu finden. lokal willkommen klärt "
        "erste Fragen zur Arbeitssuche und bringt Sie mit Kooperationspartnern und zuständigen Stellen in Ihrem "
        "Stadtbezirk zusammen.",
        "type": T.COUNSELLING,
        "topics": ["work-training", "counselling"],
        "audience": [A.REFUGEES],
        "languages": SPOKEN,
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "appointment": True,
        "contact": "lw-mengede",
        "reviewed": 62,
    },
    {
        "slug": "strom-gas-ticket",
        "provider": "stadt",
        "partners": BOTH_OFFICES,
        "project": "lokal-willkommen",
        "title": "Strom- und Gasvertrag, Bus- und Bahnticket",
        "summary": "Hilfe bei Strom- und Gasvertrag, beim Ticket für Bus und Bahn und bei anderen Fragen rund um die "
        "eigene Wohnung.",
        "description": "Mit der eigenen Wohnung kommen neue Aufgaben: einen Strom- und Gasvertrag abschließen, das "
        "passende Ticket für Bus und Bahn finden und vieles mehr. In der Sprechstunde klären wir kleinere Probleme "
        "so weit wie möglich gleich oder vermitteln Sie an die richtige Stelle.",
        "type": T.COUNSELLING,
        "topics": ["housing-everyday"],
        "audience": [A.REFUGEES],
        "languages": SPOKEN,
        "locations": BOTH_OFFICES,
        "ongoing": True,
        "appointment": True,
        "contact": "lw-brackel",
        "reviewed": 150,
    },
    {
        "slug": "mitmachen-ehrenamt",
        "provider": "lw-mengede",
        "partners": ["diakonie"],
        "project": "lokal-willkommen",
        "title": "Mitmachen: runde Tische und Ehrenamt",
        "summary": "Anlaufstelle für alle, die sich ehrenamtlich engagieren oder Ideen zur Integration im "
        "Stadtbezirk einbringen möchten.",
        "description": "Das Büro von lokal willkommen im Noah-Gemeindehaus ist auch Anlaufstelle für Menschen, die "
        "sich ehrenamtlich engagieren oder ihre Anregungen und Wünsche rund um das Thema Integration mitteilen "
        "möchten. Das Team knüpft ein Netzwerk aus haupt- und ehrenamtlich Tätigen, lädt zu runden Tischen ein und "
        "arbeitet daran, Hindernisse für die Integration zu erkennen und abzubauen.",
        "type": T.MEETING_PLACE,
        "topics": ["volunteering"],
        "audience": [A.VOLUNTEERS, A.EVERYONE],
        "locations": ["lw-mengede"],
        "districts": ["mengede", "huckarde"],
        "ongoing": True,
        "reviewed": 20,
    },
]
