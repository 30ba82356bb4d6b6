"""Dorsten, Kultur- und Begegnungszentrum am Brunnenplatz: events of the Integrationsagentur and its groups
(seed 003)."""

from directory.models import Offer
from events.demo.specs import EventSpec, text

A = Offer.Audience

EVENTS: list[EventSpec] = [
    # Seed 003: „Planung, Organisation und Durchführung Interkultureller Feste“, with the DIF e.V.
    {
        "key": "fest",
        "organiser": "integrationsagentur",
        "location": "brunnenplatz",
        "offer": "interkulturelle-feste",
        "project": "begegnungszentrum",
        "when": {"weekday": "SA", "weeks_ahead": 6, "starts": "14:00", "ends": "19:00"},
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE, A.FAMILIES],
        "languages": ["de", "tr", "ar", "ru"],
        "german": text(
            "Interkulturelles Fest am Brunnenplatz",
            "Musik, Essen aus vielen Küchen und Spiele für Kinder – die Gruppen des Zentrums feiern mit dem Stadtteil.",
            "Die rund zwanzig Gruppen des Kultur- und Begegnungszentrums stellen sich vor, kochen und laden zum "
            "Mitmachen ein. Zusammen mit dem Dorstener Integrationsforum (DIF e.V.). Eintritt frei.",
        ),
        "translations": {
            "en": text(
                "Intercultural festival at Brunnenplatz",
                "Music, food from many kitchens and games for children – the centre's groups celebrate with the "
                "neighbourhood.",
                "The twenty or so groups of the culture and meeting centre present themselves, cook and invite "
                "everyone to join in. Together with the Dorsten Integration Forum (DIF e.V.). Free entry.",
            ),
            "ar": text(
                "مهرجان الثقافات في ساحة برونِنبلاتس",
                "موسيقى وطعام من مطابخ كثيرة وألعاب للأطفال – مجموعات المركز تحتفل مع الحي.",
                "تعرّف المجموعات العشرون تقريباً في مركز الثقافة واللقاء بنفسها، وتطبخ وتدعو الجميع إلى المشاركة. "
                "بالتعاون مع منتدى الاندماج في دورستن (DIF e.V.). الدخول مجاني.",
            ),
            "fa": text(
                "جشن میان‌فرهنگی در میدان برونن‌پلاتس",
                "موسیقی، غذا از آشپزخانه‌های گوناگون و بازی برای کودکان – گروه‌های مرکز با محله جشن می‌گیرند.",
                "حدود بیست گروه مرکز فرهنگ و دیدار خود را معرفی می‌کنند، آشپزی می‌کنند و همه را به همراهی دعوت "
                "می‌کنند. با همکاری انجمن ادغام دورستن (DIF e.V.). ورود رایگان.",
            ),
            "tr": text(
                "Brunnenplatz'ta kültürlerarası şenlik",
                "Müzik, birçok mutfaktan yemekler ve çocuklar için oyunlar – merkezin grupları mahalleyle birlikte "
                "kutluyor.",
                "Kültür ve Buluşma Merkezi'nin yirmi kadar grubu kendini tanıtıyor, yemek yapıyor ve herkesi "
                "katılmaya davet ediyor. Dorsten Entegrasyon Forumu (DIF e.V.) ile birlikte. Giriş ücretsiz.",
            ),
            "uk": text(
                "Міжкультурне свято на Брунненплац",
                "Музика, страви багатьох кухонь та ігри для дітей – групи центру святкують разом із районом.",
                "Близько двадцяти груп Центру культури й зустрічей представляють себе, готують і запрошують усіх "
                "долучитися. Разом із Дорстенським форумом інтеграції (DIF e.V.). Вхід вільний.",
            ),
            "ru": text(
                "Межкультурный праздник на Брунненплац",
                "Музыка, блюда многих кухонь и игры для детей – группы центра празднуют вместе с районом.",
                "Около двадцати групп Центра культуры и встреч представляют себя, готовят и приглашают всех "
                "присоединиться. Вместе с Дорстенским форумом интеграции (DIF e.V.). Вход свободный.",
            ),
        },
    },
    # Seed 003: „Integrationslotsenstammtische“ among the groups of the centre. The monthly rhythm is assumed.
    {
        "key": "lotsenstammtisch",
        "organiser": "integrationsagentur",
        "location": "brunnenplatz",
        "offer": "integrationslotse-werden",
        "project": "begegnungszentrum",
        "when": {"weekday": "TH", "weeks_ahead": 0, "starts": "18:00", "ends": "20:00"},
        "recurrence": "FREQ=MONTHLY;BYDAY=1TH",
        "topics": ["volunteering"],
        "audience": [A.VOLUNTEERS],
        "german": text(
            "Stammtisch der Integrationslotsinnen und -lotsen",
            "Erfahrungen austauschen, Fragen klären, neue Lotsinnen und Lotsen kennenlernen – jeden ersten "
            "Donnerstag im Monat.",
            "Für alle ausgebildeten Integrationslotsinnen und -lotsen in Dorsten und für alle, die es werden möchten.",
        ),
        "translations": {
            "en": text(
                "Regulars' table of the integration guides",
                "Share experiences, sort out questions, meet new guides – every first Thursday of the month.",
                "For all trained integration guides (Integrationslotsen) in Dorsten and for everyone who would like "
                "to become one.",
            ),
            "ar": text(
                "اللقاء الدوري لمرشدي الاندماج",
                "تبادل الخبرات وتوضيح الأسئلة والتعرّف على مرشدين جدد – في أول خميس من كل شهر.",
                "لكل مرشدات ومرشدي الاندماج (Integrationslotsen) المدرَّبين في دورستن، ولكل من يرغب في أن يصبح "
                "واحداً منهم.",
            ),
        },
    },
    # Seed 003: the group „SMAK (Spätaussiedler Mögen Anders Kochen)“. The contribution for the food is assumed.
    {
        "key": "smak",
        "organiser": "integrationsagentur",
        "location": "brunnenplatz",
        "project": "begegnungszentrum",
        "when": {"weekday": "TH", "weeks_ahead": 2, "starts": "17:00", "ends": "20:00"},
        "topics": ["meeting-places", "leisure-culture"],
        "audience": [A.EVERYONE],
        "languages": ["de", "ru"],
        "cost": Offer.Cost.AMOUNT,
        "cost_amount": "4.00",
        "signup": (14, 2),
        "german": text(
            "SMAK kocht: Pelmeni und Piroggen",
            "Die Gruppe „Spätaussiedler Mögen Anders Kochen“ lädt zum gemeinsamen Kochen und Essen ein.",
            "Wir kochen Rezepte aus Kasachstan, Russland und der Ukraine und essen zusammen. 4 Euro für die Zutaten.",
            what_to_bring="Schürze und eine Dose für Reste",
        ),
        "translations": {
            "en": text(
                "SMAK cooks: pelmeni and pirozhki",
                "The group “Spätaussiedler Mögen Anders Kochen” (late repatriates like to cook differently) invites "
                "you to cook and eat together.",
                "We cook recipes from Kazakhstan, Russia and Ukraine and eat together. 4 euros for the ingredients.",
                what_to_bring="An apron and a box for leftovers",
            ),
            "ar": text(
                "مجموعة SMAK تطبخ: بيلميني وبيروجكي",
                "مجموعة „Spätaussiedler Mögen Anders Kochen“ تدعوكم إلى الطبخ والأكل معاً.",
                "نطبخ وصفات من كازاخستان وروسيا وأوكرانيا ونأكل معاً. 4 يورو ثمن المكوّنات.",
                what_to_bring="مريلة مطبخ وعلبة لبقايا الطعام",
            ),
            "ru": text(
                "SMAK готовит: пельмени и пирожки",
                "Группа «Spätaussiedler Mögen Anders Kochen» приглашает вместе готовить и есть.",
                "Готовим блюда из Казахстана, России и Украины и вместе ужинаем. 4 евро за продукты.",
                what_to_bring="Фартук и контейнер для остатков",
            ),
            "uk": text(
                "SMAK готує: пельмені та пиріжки",
                "Група «Spätaussiedler Mögen Anders Kochen» запрошує разом готувати й їсти.",
                "Готуємо страви з Казахстану, Росії та України й разом вечеряємо. 4 євро за продукти.",
                what_to_bring="Фартух і контейнер для залишків",
            ),
        },
    },
    # Seed 003: the group „Kochen und Backen mit Kindern“.
    {
        "key": "backen-kinder",
        "organiser": "integrationsagentur",
        "location": "brunnenplatz",
        "offer": "kochen-backen-kinder",
        "project": "begegnungszentrum",
        "when": {"weekday": "WE", "weeks_ahead": 1, "starts": "15:00", "ends": "17:00"},
        "topics": ["children", "leisure-culture"],
        "audience": [A.CHILDREN, A.FAMILIES],
        "age": (6, 12),
        "signup": (10, 3),
        "german": text(
            "Backen mit Kindern: Waffeln und Fladenbrot",
            "Kinder von 6 bis 12 backen zusammen – und nehmen etwas mit nach Hause.",
            "Eltern dürfen gern dabei sein. Bitte melden Sie Ihr Kind vorher an, der Platz in der Küche ist begrenzt.",
            what_to_bring="Schürze, wenn vorhanden",
        ),
        "translations": {
            "en": text(
                "Baking with children: waffles and flatbread",
                "Children aged 6 to 12 bake together – and take something home.",
                "Parents are welcome to stay. Please sign your child up beforehand; there is limited room in the "
                "kitchen.",
                what_to_bring="An apron, if you have one",
            ),
            "ar": text(
                "الخَبز مع الأطفال: وافل وخبز مسطّح",
                "أطفال من 6 إلى 12 عاماً يخبزون معاً – ويأخذون شيئاً معهم إلى البيت.",
                "يمكن للأهل البقاء معهم. يُرجى تسجيل طفلكم مسبقاً، فالمكان في المطبخ محدود.",
                what_to_bring="مريلة إن وُجدت",
            ),
            "tr": text(
                "Çocuklarla pasta börek: waffle ve pide",
                "6–12 yaş arası çocuklar birlikte hamur işi yapıyor – ve eve bir şeyler götürüyor.",
                "Ebeveynler de kalabilir. Mutfakta yer sınırlı olduğu için çocuğunuzu lütfen önceden kaydedin.",
                what_to_bring="Varsa önlük",
            ),
        },
    },
    # Seed 003: „Türkische Frauengruppe Sofia e.V. Re. Ebru Malerei, Kalligraphiekurse und Kochkurse“.
    {
        "key": "ebru",
        "organiser": "sofia",
        "location": "brunnenplatz",
        "offer": "sofia-kurse",
        "when": {"weekday": "SA", "weeks_ahead": 3, "starts": "11:00", "ends": "14:00"},
        "topics": ["leisure-culture", "women"],
        "audience": [A.WOMEN, A.EVERYONE],
        "languages": ["de", "tr"],
        "cost": Offer.Cost.AMOUNT,
        "cost_amount": "5.00",
        "signup": (8, 1),
        "german": text(
            "Ebru-Malerei zum Ausprobieren",
            "Marmorieren auf Wasser: Sofia e.V. zeigt die traditionelle türkische Kunst Ebru.",
            "Jede Teilnehmerin gestaltet eigene Bilder und nimmt sie mit. 5 Euro für Farben und Papier.",
            what_to_bring="Kleidung, die Farbe abbekommen darf",
        ),
        "translations": {
            "en": text(
                "Try Ebru painting",
                "Marbling on water: Sofia e.V. shows the traditional Turkish art of Ebru.",
                "Everyone makes their own pictures and takes them home. 5 euros for paint and paper.",
                what_to_bring="Clothes that may get paint on them",
            ),
            "ar": text(
                "تجربة فن الإبرو",
                "الرسم على الماء: جمعية Sofia e.V. تعرض فن الإبرو التركي التقليدي.",
                "تصمّم كل مشاركة لوحاتها الخاصة وتأخذها معها. 5 يورو ثمن الألوان والورق.",
                what_to_bring="ملابس لا بأس أن تصيبها الألوان",
            ),
            "tr": text(
                "Ebru sanatını deneyin",
                "Su üzerine resim: Sofia e.V. geleneksel Türk sanatı ebruyu tanıtıyor.",
                "Her katılımcı kendi resimlerini yapıp yanında götürüyor. Boya ve kâğıt için 5 avro.",
                what_to_bring="Boya bulaşabilecek kıyafetler",
            ),
        },
    },
    # Seed 003: „Akteure des Interkulturellen Siedlungsgartens“.
    {
        "key": "gartentag",
        "organiser": "integrationsagentur",
        "location": "brunnenplatz",
        "offer": "siedlungsgarten",
        "project": "begegnungszentrum",
        "when": {"weekday": "SA", "weeks_ahead": 1, "starts": "10:00", "ends": "13:00"},
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE, A.FAMILIES],
        "german": text(
            "Gartentag im Interkulturellen Siedlungsgarten",
            "Beete umgraben, säen, ernten – und dabei die Nachbarn kennenlernen.",
            "Die Gärtnerinnen und Gärtner des Siedlungsgartens zeigen, was gerade zu tun ist. Alle können "
            "mitmachen, auch ohne Erfahrung. Treffpunkt ist das Zentrum am Brunnenplatz.",
            "Kultur- und Begegnungszentrum am Brunnenplatz, Burgsdorffstraße 76",
            "Handschuhe und wetterfeste Kleidung",
        ),
        "translations": {
            "en": text(
                "Garden day in the intercultural community garden",
                "Dig beds, sow, harvest – and get to know the neighbours while you are at it.",
                "The gardeners of the community garden show what needs doing right now. Everyone can join in, even "
                "without experience. We meet at the centre at Brunnenplatz.",
                "Culture and meeting centre at Brunnenplatz, Burgsdorffstraße 76",
                "Gloves and weatherproof clothes",
            ),
            "ar": text(
                "يوم الحديقة في الحديقة المشتركة بين الثقافات",
                "نحفر الأحواض ونزرع ونحصد – ونتعرّف على الجيران في الوقت نفسه.",
                "يرينا بستانيّو الحديقة ما يجب فعله الآن. يمكن للجميع المشاركة حتى دون خبرة. نلتقي في المركز في ساحة "
                "برونِنبلاتس.",
                "مركز الثقافة واللقاء في ساحة برونِنبلاتس، Burgsdorffstraße 76",
                "قفازات وملابس مناسبة للطقس",
            ),
            "fa": text(
                "روز باغبانی در باغ میان‌فرهنگی محله",
                "باغچه را بیل بزنیم، بکاریم، برداشت کنیم – و در همین حال همسایه‌ها را بشناسیم.",
                "باغبان‌های باغ محله نشان می‌دهند الان چه کاری باید کرد. همه می‌توانند همراهی کنند، حتی بدون تجربه. "
                "محل دیدار مرکز برونن‌پلاتس است.",
                "مرکز فرهنگ و دیدار در برونن‌پلاتس، Burgsdorffstraße 76",
                "دستکش و لباس مناسب هوا",
            ),
        },
    },
]
