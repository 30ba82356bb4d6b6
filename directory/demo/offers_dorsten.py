"""Dorsten: the Integrationsagentur and the groups of the Kultur- und Begegnungszentrum am Brunnenplatz (seed 003)."""

from directory.demo.specs import OfferSpec
from directory.models import Offer

T = Offer.Type
A = Offer.Audience
WITH_THE_CITY = ["verband-ev", "stadt"]


def at_centre(offer: OfferSpec) -> OfferSpec:
    """Most offers take place in the centre, run fortlaufend, and are reached through the Integrationsagentur."""
    offer.setdefault("locations", ["brunnenplatz"])
    offer.setdefault("project", "begegnungszentrum")
    offer.setdefault("contact", "integrationsagentur")
    if not offer.get("appointment"):
        offer.setdefault("ongoing", True)
    return offer


SERVICES: list[OfferSpec] = [
    {
        "slug": "buergersprechstunde",
        "provider": "integrationsagentur",
        "title": "Bürgersprechstunde",
        "summary": "Regelmäßige Sprechstunde für Bürgerinnen und Bürger im Kultur- und Begegnungszentrum in Hervest.",
        "description": "Im Kultur- und Begegnungszentrum am Brunnenplatz finden regelmäßig Bürgersprechstunden "
        "statt. Hier können Sie Ihr Anliegen persönlich vorbringen; wenn nötig, stellen wir den Kontakt zu den "
        "passenden Fachstellen in Dorsten her. Die aktuellen Termine erfahren Sie telefonisch oder per E-Mail bei "
        "der Integrationsagentur.",
        "type": T.COUNSELLING,
        "topics": ["counselling"],
        "audience": [A.EVERYONE],
        "reviewed": 15,
    },
    {
        "slug": "beratung-migration-flucht",
        "provider": "integrationsagentur",
        "partners": WITH_THE_CITY,
        "title": "Beratung für Migrantinnen, Migranten und Geflüchtete",
        "summary": "Kostenlose Beratung für Zugewanderte und Geflüchtete jeden Alters – mit der Regionalen "
        "Beratungsstelle für Flüchtlinge.",
        "description": "Die Integrationsagentur berät Migrantinnen, Migranten und Geflüchtete jeden Alters. Im "
        "Zentrum am Brunnenplatz ist auch die Regionale Beratungsstelle für Flüchtlinge angesiedelt; das Referat für "
        "Migration und Integration berät Geflüchtete bereits seit 1996 im Auftrag der Stadt Dorsten. Die Beratung "
        "ist kostenlos und wird fortlaufend angeboten.",
        "type": T.COUNSELLING,
        "topics": ["counselling", "asylum-residence"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "reviewed": 4,
    },
    {
        "slug": "begegnungscafe",
        "provider": "integrationsagentur",
        "title": "Kultur- und Begegnungs-Café",
        "summary": "Treffpunkt im Zentrum am Brunnenplatz: ins Gespräch kommen und neue Kontakte knüpfen.",
        "description": "Das Kultur- und Begegnungs-Café im Zentrum am Brunnenplatz ist ein Raum für Kommunikation "
        "und Begegnung – für Menschen mit und ohne Zuwanderungsgeschichte. Die Integrationsagentur koordiniert und "
        "begleitet das Café. Kommen Sie vorbei und lernen Sie Menschen aus Ihrem Stadtteil kennen.",
        "type": T.MEETING_PLACE,
        "topics": ["meeting-places"],
        "audience": [A.EVERYONE],
        "reviewed": 21,
    },
    {
        "slug": "interkulturelle-feste",
        "provider": "integrationsagentur",
        "partners": ["dif"],
        "title": "Interkulturelle Feste",
        "summary": "Feste, die Menschen aus vielen Ländern zusammenbringen.",
        "description": "Die Integrationsagentur plant und organisiert interkulturelle Feste und Angebote, gemeinsam "
        "mit den Gruppen des Zentrums. Die Feste fördern ein gleichberechtigtes, friedliches und vorurteilsfreies "
        "Miteinander von Einheimischen und Zugewanderten.",
        "type": T.LEISURE,
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE],
        "reviewed": 88,
    },
    {
        "slug": "sprachfoerderung",
        "provider": "integrationsagentur",
        "title": "Deutsch lernen ohne Hürden",
        "summary": "Niederschwellige Angebote zur Sprachförderung im Zentrum am Brunnenplatz.",
        "description": "Im Zentrum am Brunnenplatz gibt es niederschwellige Angebote zur Sprachförderung, die den "
        "Einstieg in die deutsche Sprache erleichtern. Sie ergänzen die Integrationskurse; auch Gruppen wie der "
        "Frauengesprächskreis „Wollmäuse“ unterstützen beim Deutschlernen. Welches Angebot passt, erfahren Sie bei "
        "der Integrationsagentur.",
        "type": T.COURSE,
        "topics": ["language"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "reviewed": 36,
    },
    {
        "slug": "integrationskurse-alphabetisierung",
        "provider": "migrationsreferat",
        "partners": ["fbs", "vhs", "caritas-mbe"],
        "title": "Integrationskurse mit Alphabetisierung",
        "summary": "Deutsch lernen und dabei lesen und schreiben lernen – Integrationskurse im Zentrum am "
        "Brunnenplatz.",
        "description": "Im Kultur- und Begegnungszentrum finden Integrationskurse mit Alphabetisierung statt – für "
        "Menschen, die dabei auch Lesen und Schreiben in lateinischer Schrift lernen. Die Dorstener Kursträger "
        "stimmen ihre Angebote in der Arbeitsgemeinschaft Integration und Sprache (AGIS) ab; die Migrationsberatung "
        "(MBE) des Caritasverbandes begleitet die Kurse und hilft bei Fragen und Problemen. Zu Kosten und möglicher "
        "Kostenbefreiung beraten die Kursträger.",
        "type": T.COURSE,
        "topics": ["language"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "cost": Offer.Cost.REDUCED,
        "cost_pass": "Kostenbefreiung durch das BAMF möglich",
        "registration": True,
        "reviewed": 49,
    },
    {
        "slug": "integrationslotsen",
        "provider": "migrationsreferat",
        "partners": ["stadt"],
        "title": "Begleitung durch Integrationslotsen",
        "summary": "Ehrenamtliche Integrationslotsinnen und -lotsen begleiten, vermitteln Kontakte und dolmetschen.",
        "description": "Integrationslotsinnen und -lotsen unterstützen Geflüchtete, Migrantinnen und Migranten "
        "partnerschaftlich beim Ankommen. Sie begleiten, vermitteln, dolmetschen sprachlich und kulturell, "
        "informieren über die Angebote der Stadt und stellen Kontakte zu Behörden und Beratungsstellen her. Ihr Ziel "
        "ist Hilfe zur Selbsthilfe.",
        "type": T.ACCOMPANIMENT,
        "topics": ["interpreting", "counselling"],
        "audience": [A.REFUGEES, A.MIGRANTS],
        "interpreter": True,
        "appointment": True,
        "reviewed": 30,
    },
    {
        "slug": "integrationslotse-werden",
        "provider": "migrationsreferat",
        "partners": ["stadt"],
        "title": "Integrationslotsin oder Integrationslotse werden",
        "summary": "Ehrenamtlich helfen: Ausbildung und Zertifikat als Integrationslotsin oder -lotse.",
        "description": "Seit 2009 bildet das Referat für Migration und Integration gemeinsam mit der Stadtverwaltung "
        "und dem Migrationsplenum Integrationslotsinnen und -lotsen aus. Bisher wurden 130 Lotsinnen und Lotsen "
        "ausgebildet und zertifiziert; heute engagieren sie sich vor allem für Geflüchtete. Bei den Stammtischen der "
        "Integrationslotsen im Zentrum tauschen sie sich aus.",
        "type": T.COURSE,
        "topics": ["volunteering"],
        "audience": [A.VOLUNTEERS, A.EVERYONE],
        "registration": True,
        "reviewed": 260,
    },
    {
        "slug": "schulsozialarbeit",
        "provider": "migrationsreferat",
        "partners": ["stadt"],
        "title": "Migrantenorientierte Schulsozialarbeit",
        "summary": "Schulsozialarbeit an zwei Dorstener Schulen – für Kinder mit Migrationsgeschichte und ihre Eltern.",
        "description": "Seit dem Schuljahr 2011/2012 führt das Migrationsreferat im Auftrag der Stadt Dorsten ein "
        "Modellprojekt zur migrantenorientierten Schulsozialarbeit an zwei Dorstener Schulen durch. Eine "
        "Schulsozialarbeiterin bezieht die Eltern ein, motiviert und unterstützt die Kinder und trägt so zu ihrem "
        "Bildungserfolg bei.",
        "type": T.COUNSELLING,
        "topics": ["school-kita", "children", "family"],
        "audience": [A.CHILDREN, A.FAMILIES],
        "locations": [],
        "project": "schulsozialarbeit",
        "reviewed": 67,
    },
]

GROUPS: list[OfferSpec] = [
    {
        "slug": "wollmaeuse",
        "provider": "integrationsagentur",
        "title": "„Wollmäuse“ – Gesprächskreis für Frauen",
        "summary": "Frauen treffen sich zum Gespräch – und üben dabei ganz nebenbei Deutsch.",
        "description": "Die „Wollmäuse“ sind ein Gesprächskreis für Frauen im Kultur- und Begegnungszentrum am "
        "Brunnenplatz. Die Grundidee: Beim Treffen und Erzählen wird ergänzend die deutsche Sprache gefördert. Neue "
        "Teilnehmerinnen sind herzlich willkommen.",
        "type": T.GROUP,
        "topics": ["women", "language", "meeting-places"],
        "audience": [A.WOMEN],
        "reviewed": 11,
    },
    {
        "slug": "tuerkische-frauengruppe",
        "provider": "integrationsagentur",
        "title": "Türkische Frauengruppe",
        "summary": "Treffpunkt für Frauen im Zentrum am Brunnenplatz – Gespräche auf Türkisch und Deutsch.",
        "description": "Die Türkische Frauengruppe trifft sich im Kultur- und Begegnungszentrum am Brunnenplatz. "
        "Hier kommen Frauen ins Gespräch, tauschen sich aus und knüpfen Kontakte im Stadtteil. Neue Frauen sind "
        "willkommen.",
        "type": T.GROUP,
        "topics": ["women", "meeting-places"],
        "audience": [A.WOMEN],
        "languages": ["tr", "de"],
        "reviewed": 52,
    },
    {
        "slug": "kochgruppe-zukunft",
        "provider": "integrationsagentur",
        "title": "Kochgruppe „Zukunft“",
        "summary": "Gemeinsam kochen und essen – eine Gruppe von und mit Geflüchteten.",
        "description": "Die Kochgruppe „Zukunft“ ist eine Gruppe von Geflüchteten im Kultur- und Begegnungszentrum "
        "am Brunnenplatz. Beim gemeinsamen Kochen kommen Menschen ins Gespräch und lernen Gerichte aus vielen "
        "Ländern kennen. Interessierte sind willkommen.",
        "type": T.GROUP,
        "topics": ["meeting-places", "leisure-culture"],
        "audience": [A.REFUGEES, A.EVERYONE],
        "reviewed": 6,
    },
    {
        "slug": "kochen-backen-kinder",
        "provider": "integrationsagentur",
        "title": "Kochen und Backen mit Kindern",
        "summary": "Kinder kochen und backen gemeinsam im Zentrum am Brunnenplatz.",
        "description": "In dieser Gruppe kochen und backen Kinder gemeinsam im Kultur- und Begegnungszentrum am "
        "Brunnenplatz. Dabei lernen sie einander kennen und probieren Neues aus. Nach den Terminen fragen Sie bei "
        "der Integrationsagentur.",
        "type": T.GROUP,
        "topics": ["children", "leisure-culture"],
        "audience": [A.CHILDREN, A.FAMILIES],
        "reviewed": 77,
    },
    {
        "slug": "seniorengruppe",
        "provider": "integrationsagentur",
        "partners": ["awo"],
        "title": "Seniorengruppe „Mensch ärgere dich nicht“",
        "summary": "Spielen und Geselligkeit für Seniorinnen und Senioren.",
        "description": "Die Seniorengruppe „Mensch ärgere dich nicht“ trifft sich im Kultur- und Begegnungszentrum "
        "am Brunnenplatz zum Spielen und Plaudern. Die Integrationsagentur kümmert sich um die Netzwerkarbeit für "
        "Senioren; im Zentrum treffen sich außerdem die Seniorenbegegnungsstätte der AWO und Gruppen von ZWAR "
        "(„Zwischen Arbeit und Ruhestand“).",
        "type": T.GROUP,
        "topics": ["seniors", "meeting-places"],
        "audience": [A.SENIORS],
        "reviewed": 39,
    },
    {
        "slug": "awo-seniorenbegegnung",
        "provider": "awo",
        "title": "AWO-Seniorenbegegnungsstätte",
        "summary": "Begegnung für ältere Menschen im Kultur- und Begegnungszentrum am Brunnenplatz.",
        "description": "Die Arbeiterwohlfahrt (AWO) hat im Kultur- und Begegnungszentrum am Brunnenplatz eine "
        "Seniorenbegegnungsstätte. Ältere Menschen treffen sich hier, kommen ins Gespräch und knüpfen Kontakte.",
        "type": T.MEETING_PLACE,
        "topics": ["seniors", "meeting-places"],
        "audience": [A.SENIORS],
        "reviewed": 101,
    },
    {
        "slug": "fototreff",
        "provider": "integrationsagentur",
        "title": "Fototreff",
        "summary": "Gemeinsam fotografieren und über Bilder sprechen.",
        "description": "Im Fototreff treffen sich Menschen, die gern fotografieren, und tauschen sich über ihre "
        "Bilder aus. Die Gruppe ist eine von rund 20 Gruppen, die die Räume des Kultur- und Begegnungszentrums am "
        "Brunnenplatz nutzen. Neue Gesichter sind willkommen.",
        "type": T.GROUP,
        "topics": ["leisure-culture"],
        "audience": [A.EVERYONE],
        "content_version": 2,
        "reviewed": 3,
    },
    {
        "slug": "kreativgruppe",
        "provider": "integrationsagentur",
        "title": "Kreativgruppe „Anwohner basteln“",
        "summary": "Basteln und kreativ sein mit Nachbarinnen und Nachbarn.",
        "description": "In der Kreativgruppe „Anwohner basteln“ werden Anwohnerinnen und Anwohner gemeinsam kreativ. "
        "Die Gruppe trifft sich im Kultur- und Begegnungszentrum am Brunnenplatz; wer mitmachen möchte, ist "
        "willkommen.",
        "type": T.GROUP,
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE],
        "reviewed": 84,
    },
    {
        "slug": "siedlungsgarten",
        "provider": "integrationsagentur",
        "title": "Interkultureller Siedlungsgarten",
        "summary": "Gemeinsam gärtnern mit Nachbarinnen und Nachbarn aus vielen Ländern.",
        "description": "Im Interkulturellen Siedlungsgarten gärtnern Menschen unterschiedlicher Herkunft gemeinsam. "
        "Die Aktiven des Gartens gehören zu den Gruppen des Kultur- und Begegnungszentrums am Brunnenplatz. Wer Lust "
        "auf Gartenarbeit und neue Kontakte hat, kann mitmachen.",
        "type": T.GROUP,
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE],
        "reviewed": 44,
    },
    {
        "slug": "sofia-kurse",
        "provider": "sofia",
        "title": "Ebru-Malerei, Kalligraphie und Kochkurse",
        "summary": "Kurse von Sofia e.V.: traditionelle Ebru-Malerei, Kalligraphie und Kochen.",
        "description": "Der Verein Sofia e.V., eine türkische Frauengruppe, bietet im Kultur- und Begegnungszentrum "
        "am Brunnenplatz Kurse an: Ebru – die traditionelle Kunst, Farben auf Wasser zu marmorieren und auf Papier "
        "zu übertragen –, Kalligraphie und Kochen. Die Kurse sind eine Gelegenheit, Kunst und Küche kennenzulernen "
        "und miteinander ins Gespräch zu kommen.",
        "type": T.COURSE,
        "topics": ["leisure-culture", "women"],
        "audience": [A.EVERYONE, A.WOMEN],
        "languages": ["tr", "de"],
        "registration": True,
        "reviewed": 230,
    },
]

OFFERS: list[OfferSpec] = [at_centre(offer) for offer in [*SERVICES, *GROUPS]]
