"""Dorsten: the intercultural meeting point MITTEndrin, project "Willkommenskultur für Zuwanderer" (seed 001)."""

from directory.demo.specs import OfferSpec
from directory.models import Offer

T = Offer.Type
A = Offer.Audience
QUARTER = ["altstadt"]

OFFERS: list[OfferSpec] = [
    {
        "slug": "mittendrin-treffpunkt",
        "provider": "mittendrin",
        "project": "stadtfinden",
        "title": "Interkultureller Treffpunkt MITTEndrin",
        "summary": "Ein Ort der Begegnung für alle – mit und ohne Migrationsgeschichte.",
        "description": "Das MITTEndrin ist der interkulturelle Treffpunkt im Quartier und ein Ort für einen "
        "gemeinsamen Start in die soziale Teilhabe. Hier können alle Menschen – mit und ohne Migrationshintergrund – "
        "ihre Traditionen und Lebensstile selbstbestimmt leben und einander begegnen. Vereine, Schulen und die "
        "Integrations-, Familien-, Jugend- und Gesundheitsarbeit wirken hier zusammen.",
        "type": T.MEETING_PLACE,
        "topics": ["meeting-places", "leisure-culture"],
        "audience": [A.EVERYONE, A.MIGRANTS],
        "districts": QUARTER,
        "ongoing": True,
        "reviewed": 18,
    },
    {
        "slug": "mittendrin-beratung",
        "provider": "mittendrin",
        "project": "stadtfinden",
        "title": "Beratung und Begleitung im MITTEndrin",
        "summary": "Persönliche Beratung und Begleitung – auf Wunsch mit Dolmetscherin oder Dolmetscher.",
        "description": "Wer neu im Quartier ist und sich nur schwer selbst über die Angebote informieren kann, "
        "bekommt im MITTEndrin eine enge, persönliche Beratung und Begleitung. Wir helfen dabei, das neue Umfeld "
        "kennenzulernen und sich aktiv am Leben im Quartier zu beteiligen. Bei Bedarf ist eine Dolmetscherin oder "
        "ein Dolmetscher dabei.",
        "type": T.COUNSELLING,
        "topics": ["counselling", "interpreting", "housing-everyday"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "interpreter": True,
        "districts": QUARTER,
        "appointment": True,
        "reviewed": 27,
    },
    {
        "slug": "mittendrin-kultur",
        "provider": "mittendrin",
        "partners": ["vhs"],
        "project": "stadtfinden",
        "title": "Konzerte und Tanz im MITTEndrin",
        "summary": "Kulturvereine, Künstlerinnen und Künstler aus Dorsten zeigen ihr Können – Konzerte, Tanz und mehr.",
        "description": "Im MITTEndrin haben ansässige Kulturvereine und einzelne Künstlerinnen und Künstler eine "
        "Bühne – allein oder gemeinsam mit städtischen Kultureinrichtungen. Auf dem Programm stehen Konzerte, "
        "Tanzdarbietungen und vieles mehr. So kommen unterschiedliche Gruppen miteinander in Kontakt.",
        "type": T.LEISURE,
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE],
        "districts": QUARTER,
        "ongoing": True,
        "reviewed": 46,
    },
    {
        "slug": "mittendrin-anerkennung",
        "provider": "mittendrin",
        "project": "stadtfinden",
        "title": "Zeugnisse übersetzen und anerkennen lassen",
        "summary": "Hilfe bei Übersetzung und Anerkennung von Zeugnissen – auch wenn Unterlagen verloren "
        "gegangen sind.",
        "description": "Hier bekommen Sie Unterstützung bei der Übersetzung und Anerkennung Ihrer Dokumente. "
        "Gemeinsam suchen wir Wege, verloren gegangene Zeugnisse wiederzubeschaffen. Außerdem schauen wir, welche "
        "beruflichen Stationen Sie schon durchlaufen haben und wie sie zu den Anforderungen des Arbeitsmarkts hier "
        "passen. Das Angebot findet in Gruppen von Menschen mit gemeinsamem kulturellem Hintergrund statt.",
        "type": T.COUNSELLING,
        "topics": ["recognition", "work-training", "counselling"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "interpreter": True,
        "districts": QUARTER,
        "appointment": True,
        "reviewed": 8,
    },
    {
        "slug": "mittendrin-stadterkundung",
        "provider": "mittendrin",
        "partners": ["familienbuero", "jugendamt"],
        "project": "stadtfinden",
        "title": "Stadterkundung für Mütter",
        "summary": "Dorsten kennenlernen: Kitas, Schulen, Familienbüro, Jugendamt und der Dorsten-Pass.",
        "description": "Die Stadterkundung richtet sich an Eltern, besonders an Mütter mit Flucht- oder "
        "Migrationsgeschichte. Gemeinsam besuchen wir Kitas und Schulen sowie städtische Stellen mit Beratungs- und "
        "Bildungsangeboten wie das Familienbüro und das Jugendamt. Sie erfahren, wie das deutsche Bildungssystem "
        "funktioniert und wie Sie mit dem Dorsten-Pass Bildungs- und Kulturangebote nutzen können.",
        "type": T.EXCURSION,
        "topics": ["women", "school-kita", "family", "excursions"],
        "audience": [A.WOMEN, A.FAMILIES],
        "interpreter": True,
        "districts": QUARTER,
        "ongoing": True,
        "reviewed": 58,
    },
    {
        "slug": "mittendrin-exkursionen",
        "provider": "mittendrin",
        "project": "stadtfinden",
        "title": "Kulturelle Ausflüge, zum Beispiel ins Jüdische Museum",
        "summary": "Gemeinsam Kultur in Dorsten erleben: Jüdisches Museum, Musikveranstaltungen und mehr.",
        "description": "Zum Programm gehören kulturelle Exkursionen, zum Beispiel ein Besuch des Jüdischen Museums "
        "Westfalen in Dorsten oder von Musikveranstaltungen. So lernen die Teilnehmenden Dorsten als Kulturstandort "
        "kennen. Bei Bedarf ist eine Dolmetscherin oder ein Dolmetscher dabei.",
        "type": T.EXCURSION,
        "topics": ["excursions", "leisure-culture"],
        "audience": [A.WOMEN, A.FAMILIES, A.MIGRANTS],
        "interpreter": True,
        "districts": QUARTER,
        "ongoing": True,
        "reviewed": 95,
    },
    {
        "slug": "nachbarschaftsmuetter",
        "provider": "mittendrin",
        "project": "stadtfinden",
        "title": "Nachbarschaftsmütter",
        "summary": "Geschulte Mütter mit eigener Migrationsgeschichte unterstützen Familien im Alltag – "
        "machen Sie mit!",
        "description": "Nachbarschaftsmütter sind gut integrierte Mütter mit eigener Migrationsgeschichte, die sich "
        "ehrenamtlich in ihrem Quartier engagieren. Sie werden geschult und unterstützen Familien aktiv im Alltag. "
        "Frauen, die ins MITTEndrin kommen, profitieren von ihren Erfahrungen – und können selbst mitmachen.",
        "type": T.ACCOMPANIMENT,
        "topics": ["family", "women", "volunteering"],
        "audience": [A.FAMILIES, A.WOMEN, A.VOLUNTEERS],
        "districts": QUARTER,
        "ongoing": True,
        "reviewed": 130,
    },
]
