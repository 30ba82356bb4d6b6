"""Magdeburg: events of the project "Vielfalt gestalten – Integration im Gemeinwesen" (seed 004).

The project works mobile in the districts and the seed names no address, so the events have no place; the
meeting point is given on sign-up.
"""

from directory.models import Offer
from events.demo.specs import EventSpec, text

A = Offer.Audience

EVENTS: list[EventSpec] = [
    # Seed 004: „Formate für Austausch, Begegnung, gemeinsame Lösungssuche“.
    {
        "key": "nachbarschaftsgespraech",
        "organiser": "sozialdezernat",
        "offer": "austausch-begegnung",
        "project": "vielfalt",
        "when": {"weekday": "WE", "weeks_ahead": 1, "starts": "17:00", "ends": "19:00"},
        "topics": ["meeting-places"],
        "audience": [A.EVERYONE],
        "signup": (25, 4),
        "german": text(
            "Nachbarschaftsgespräch: Gut zusammenleben im Stadtteil",
            "Alte und neue Nachbarn sprechen darüber, was das Zusammenleben leichter macht – und suchen gemeinsam "
            "Lösungen.",
            "Ob Lärm im Treppenhaus, Mülltrennung oder Spielplatz: Hier kommen alle zu Wort. Das Projektteam "
            "moderiert und vermittelt, wenn nötig auch sprachlich.",
            "Wird nach der Anmeldung mitgeteilt",
        ),
        "translations": {
            "en": text(
                "Neighbourhood talk: living well together in the district",
                "Old and new neighbours talk about what makes living together easier – and look for solutions "
                "together.",
                "Noise in the stairwell, sorting rubbish or the playground: everyone gets a say. The project team "
                "moderates and mediates, also between languages if needed.",
                "Given after you sign up",
            ),
            "ar": text(
                "حوار الجيران: عيش جيد معاً في الحي",
                "الجيران القدامى والجدد يتحدّثون عمّا يسهّل العيش المشترك – ويبحثون معاً عن حلول.",
                "الضجيج على الدرج أو فرز النفايات أو ملعب الأطفال: الكل يُدلي برأيه. فريق المشروع يدير الحوار ويتوسّط، "
                "ولغوياً أيضاً عند الحاجة.",
                "يُبلَّغ بعد التسجيل",
            ),
            "uk": text(
                "Сусідська розмова: добре жити разом у районі",
                "Давні й нові сусіди говорять про те, що полегшує спільне життя, і разом шукають рішення.",
                "Шум у під'їзді, сортування сміття чи дитячий майданчик – кожен може висловитися. Команда проєкту "
                "модерує й посередничає, за потреби й мовно.",
                "Повідомимо після реєстрації",
            ),
            "ru": text(
                "Соседский разговор: хорошо жить вместе в районе",
                "Старые и новые соседи говорят о том, что облегчает совместную жизнь, и вместе ищут решения.",
                "Шум в подъезде, сортировка мусора или детская площадка – каждый может высказаться. Команда проекта "
                "ведёт разговор и посредничает, при необходимости и с переводом.",
                "Сообщим после записи",
            ),
        },
    },
    # Seed 004: the „Fachtag "Vielfalt gestalten-Integration …"“; the Hochschule Magdeburg-Stendal evaluates.
    {
        "key": "fachtag",
        "organiser": "sozialdezernat",
        "offer": "wegweiser-hilfsangebote",
        "project": "vielfalt",
        "when": {"weekday": "TH", "weeks_ahead": 3, "starts": "09:30", "ends": "15:30"},
        "topics": ["counselling", "volunteering"],
        "audience": [A.VOLUNTEERS, A.EVERYONE],
        "signup": (80, 2),
        "german": text(
            "Fachtag „Vielfalt gestalten – Integration im Gemeinwesen“",
            "Beratungsstellen, Vereine und Ehrenamtliche: Wie arbeiten die Hilfsangebote in den Stadtteilen zusammen?",
            "Die Hochschule Magdeburg-Stendal stellt erste Ergebnisse ihrer Untersuchung vor, wie die "
            "Unterstützungsangebote zusammenwirken und genutzt werden. Danach Arbeitsgruppen zu den Stadtteilen.",
            "Wird nach der Anmeldung mitgeteilt",
        ),
        "translations": {
            "en": text(
                "Conference “Shaping diversity – integration in the community”",
                "Advice centres, clubs and volunteers: how do the support services in the districts work together?",
                "Magdeburg-Stendal University of Applied Sciences presents first results of its study of how support "
                "services work together and are used. Then working groups on the districts.",
                "Given after you sign up",
            ),
            "ar": text(
                "يوم متخصص „تشكيل التنوّع – الاندماج في المجتمع المحلي“",
                "مراكز الاستشارة والجمعيات والمتطوعون: كيف تتعاون خدمات المساعدة في الأحياء؟",
                "تعرض جامعة ماغدبورغ-شتندال للعلوم التطبيقية النتائج الأولى لدراستها عن تعاون خدمات الدعم واستخدامها. "
                "ثم مجموعات عمل حول الأحياء.",
                "يُبلَّغ بعد التسجيل",
            ),
        },
    },
]
