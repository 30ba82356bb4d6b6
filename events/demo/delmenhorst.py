"""Delmenhorst, Düsternort and Hasport: the events of the Gemeinwesenorientierte Integrationsarbeit (seed 000)."""

from directory.models import Offer
from events.demo.specs import EventSpec, text

A = Offer.Audience
OFFICE = "Vor dem Nachbarschaftsbüro Düsternort, Elbinger Straße 8"

EVENTS: list[EventSpec] = [
    # Seed 000: „Willkommen in Düsternort- Café“, „in der Regel dienstags von 10 bis 12 Uhr in den Räumlichkeiten
    # des Nachbarschaftsbüros Düsternort“; here the activities are decided together („gemeinsam abgestimmt“).
    {
        "key": "cafe",
        "organiser": "integrationsarbeit",
        "location": "nbb-duesternort",
        "offer": "willkommen-in-duesternort",
        "when": {"weekday": "TU", "weeks_ahead": 0, "starts": "10:00", "ends": "12:00"},
        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
        "topics": ["meeting-places", "leisure-culture"],
        "audience": [A.MIGRANTS, A.FAMILIES, A.EVERYONE],
        "german": text(
            "Café „Willkommen in Düsternort“",
            "Kaffee, Tee und neue Nachbarn – und hier entscheiden wir gemeinsam über die nächsten Ausflüge und "
            "Aktionen.",
            "Jeden Dienstag treffen sich neu Hinzugezogene und alte Nachbarn im Nachbarschaftsbüro Düsternort. "
            "Wer eine Idee für einen Ausflug oder eine Aktion hat, bringt sie mit: Was wir unternehmen, stimmen wir "
            "hier zusammen ab. Offen und kostenlos, Kinder sind willkommen.",
        ),
        "translations": {
            "en": text(
                "Café “Willkommen in Düsternort” (Welcome to Düsternort)",
                "Coffee, tea and new neighbours – and this is where we decide together on the next trips and "
                "activities.",
                "Every Tuesday newcomers and long-time neighbours meet at the Düsternort neighbourhood office. If you "
                "have an idea for a trip or an activity, bring it along: we decide together here what we do. Open "
                "to all and free; children are welcome.",
            ),
            "ar": text(
                "مقهى „أهلاً بكم في دوسترنورت“",
                "قهوة وشاي وجيران جدد – وهنا نقرّر معاً الرحلات والأنشطة القادمة.",
                "كل يوم ثلاثاء يلتقي القادمون الجدد والجيران القدامى في مكتب الجيرة في دوسترنورت. من لديه فكرة "
                "لرحلة أو نشاط فليحضرها معه: هنا نتّفق معاً على ما سنفعله. مفتوح للجميع ومجاني، والأطفال مرحَّب بهم.",
            ),
            "fa": text(
                "کافه «به دوسترنورت خوش آمدید»",
                "قهوه، چای و همسایه‌های تازه – و اینجا با هم دربارهٔ گردش‌ها و فعالیت‌های بعدی تصمیم می‌گیریم.",
                "هر سه‌شنبه تازه‌واردان و همسایه‌های قدیمی در دفتر محلهٔ دوسترنورت دور هم جمع می‌شوند. اگر ایده‌ای "
                "برای گردش یا فعالیتی دارید، آن را بیاورید: اینجا با هم تصمیم می‌گیریم چه کنیم. آزاد و رایگان؛ "
                "کودکان هم خوش آمدند.",
            ),
            "tr": text(
                "„Düsternort'a Hoş Geldiniz“ Kafesi",
                "Kahve, çay ve yeni komşular – sıradaki gezileri ve etkinlikleri burada birlikte kararlaştırıyoruz.",
                "Her salı yeni gelenler ve eski komşular Düsternort Mahalle Bürosu'nda buluşuyor. Bir gezi ya da "
                "etkinlik fikriniz varsa getirin: ne yapacağımıza burada birlikte karar veriyoruz. Herkese açık ve "
                "ücretsiz; çocuklar da davetli.",
            ),
            "uk": text(
                "Кафе «Ласкаво просимо до Дюстернорта»",
                "Кава, чай і нові сусіди – тут ми разом вирішуємо, куди поїдемо і що робитимемо далі.",
                "Щовівторка новоприбулі та давні сусіди зустрічаються в бюро сусідства Дюстернорт. Маєте ідею для "
                "поїздки чи заходу – приносьте: що робитимемо, ми вирішуємо тут разом. Відкрито для всіх і "
                "безкоштовно, діти – бажані гості.",
            ),
            "ru": text(
                "Кафе «Добро пожаловать в Дюстернорт»",
                "Кофе, чай и новые соседи – здесь мы вместе решаем, какие поездки и мероприятия будут дальше.",
                "Каждый вторник новые жители и старожилы встречаются в бюро соседства Дюстернорт. Есть идея для "
                "поездки или мероприятия – приносите: что будем делать, мы решаем здесь вместе. Открыто для всех и "
                "бесплатно, дети – желанные гости.",
            ),
        },
    },
    # Seed 000: „gemeinsame Ausflüge, beispielsweise ans Meer“. The nearly full trip, so the waiting list shows.
    {
        "key": "meer",
        "organiser": "integrationsarbeit",
        "location": "nbb-duesternort",
        "offer": "ausfluege",
        "when": {"weekday": "SA", "weeks_ahead": 2, "starts": "09:00", "ends": "18:00"},
        "topics": ["excursions", "family", "leisure-culture"],
        "audience": [A.FAMILIES, A.MIGRANTS],
        "signup": (20, 5),
        "booked": [4, 3, 5, 2, 4],
        "german": text(
            "Ausflug ans Meer nach Wilhelmshaven",
            "Mit dem Zug an die Nordsee: Strand, Hafen und Picknick – für Familien und Alleinstehende aus Düsternort "
            "und Hasport.",
            "Im Café „Willkommen in Düsternort“ haben wir uns für einen Tag am Meer entschieden. Wir fahren "
            "gemeinsam mit dem Zug nach Wilhelmshaven, gehen am Südstrand spazieren und picknicken zusammen. Die "
            "Fahrkarten besorgen wir für die ganze Gruppe. Bitte melden Sie sich an, die Plätze sind begrenzt.",
            OFFICE,
            "Essen und Trinken für den Tag, wetterfeste Kleidung",
        ),
        "translations": {
            "en": text(
                "Trip to the sea at Wilhelmshaven",
                "By train to the North Sea: beach, harbour and a picnic – for families and single people from "
                "Düsternort and Hasport.",
                "At the café “Willkommen in Düsternort” we chose a day by the sea. We take the train together to "
                "Wilhelmshaven, walk along the south beach and have a picnic. We buy the tickets for the whole group. "
                "Please sign up, places are limited.",
                "In front of the Düsternort neighbourhood office, Elbinger Straße 8",
                "Food and drinks for the day, clothes for any weather",
            ),
            "ar": text(
                "رحلة إلى البحر في فيلهلمسهافن",
                "بالقطار إلى بحر الشمال: شاطئ وميناء ونزهة – للعائلات والأفراد من دوسترنورت وهاسبورت.",
                "اخترنا في مقهى „أهلاً بكم في دوسترنورت“ يوماً على البحر. نسافر معاً بالقطار إلى فيلهلمسهافن، ونتمشّى "
                "على الشاطئ الجنوبي ونتناول الطعام معاً في الهواء الطلق. نشتري التذاكر للمجموعة كلها. يُرجى التسجيل، "
                "فالأماكن محدودة.",
                "أمام مكتب الجيرة في دوسترنورت، Elbinger Straße 8",
                "طعام وشراب لليوم كله، ملابس مناسبة لأي طقس",
            ),
            "fa": text(
                "گردش به دریا در ویلهلمس‌هافن",
                "با قطار به دریای شمال: ساحل، بندر و پیک‌نیک – برای خانواده‌ها و افراد تنها از دوسترنورت و هاسپورت.",
                "در کافه «به دوسترنورت خوش آمدید» تصمیم گرفتیم یک روز به کنار دریا برویم. با هم با قطار به "
                "ویلهلمس‌هافن می‌رویم، در ساحل جنوبی قدم می‌زنیم و با هم پیک‌نیک می‌کنیم. بلیت‌ها را برای همهٔ گروه "
                "تهیه می‌کنیم. لطفاً ثبت‌نام کنید، جاها محدود است.",
                "جلوی دفتر محلهٔ دوسترنورت، Elbinger Straße 8",
                "خوراکی و نوشیدنی برای تمام روز، لباس مناسب هر هوایی",
            ),
            "ru": text(
                "Поездка к морю в Вильгельмсхафен",
                "На поезде к Северному морю: пляж, гавань и пикник – для семей и одиноких жителей Дюстернорта и "
                "Хаспорта.",
                "В кафе «Добро пожаловать в Дюстернорт» мы выбрали день у моря. Вместе едем на поезде в "
                "Вильгельмсхафен, гуляем по южному пляжу и устраиваем пикник. Билеты мы покупаем на всю группу. "
                "Пожалуйста, запишитесь, мест немного.",
                "Перед бюро соседства Дюстернорт, Elbinger Straße 8",
                "Еда и напитки на весь день, одежда на любую погоду",
            ),
        },
    },
    # Seed 000: Ausflüge in „nahe gelegene Städte“.
    {
        "key": "bremen",
        "organiser": "integrationsarbeit",
        "location": "nbb-hasport",
        "offer": "ausfluege",
        "when": {"weekday": "SA", "weeks_ahead": 5, "starts": "10:00", "ends": "16:00"},
        "topics": ["excursions", "leisure-culture"],
        "audience": [A.FAMILIES, A.MIGRANTS],
        "signup": (15, 4),
        "booked": [2, 1],
        "german": text(
            "Ausflug nach Bremen",
            "Die Stadt nebenan entdecken: Altstadt, Stadtmusikanten und Weserufer.",
            "Bremen liegt nur eine kurze Zugfahrt entfernt. Wir zeigen Ihnen, wie Sie mit Bus und Bahn hinkommen, "
            "und erkunden gemeinsam die Altstadt und das Weserufer.",
            "Vor dem Nachbarschaftsbüro Hasport, Annenheider Straße 154",
            "Essen und Trinken für unterwegs, bequeme Schuhe",
        ),
        "translations": {
            "en": text(
                "Trip to Bremen",
                "Discover the city next door: the old town, the Town Musicians and the banks of the Weser.",
                "Bremen is only a short train ride away. We show you how to get there by bus and train and explore "
                "the old town and the riverside together.",
                "In front of the Hasport neighbourhood office, Annenheider Straße 154",
                "Food and drinks for the day, comfortable shoes",
            ),
            "ar": text(
                "رحلة إلى بريمن",
                "اكتشاف المدينة المجاورة: البلدة القديمة وتمثال موسيقيي بريمن وضفاف نهر فيزر.",
                "تبعد بريمن رحلة قصيرة بالقطار. نريكم كيف تصلون إليها بالحافلة والقطار، ونستكشف معاً البلدة القديمة "
                "وضفة النهر.",
                "أمام مكتب الجيرة في هاسبورت، Annenheider Straße 154",
                "طعام وشراب للطريق، أحذية مريحة",
            ),
            "tr": text(
                "Bremen gezisi",
                "Yan şehri keşfedin: eski şehir, Bremen mızıkacıları ve Weser kıyısı.",
                "Bremen trenle kısa bir yolculuk uzaklığında. Otobüs ve trenle nasıl gidileceğini gösteriyor, eski "
                "şehri ve nehir kıyısını birlikte geziyoruz.",
                "Hasport Mahalle Bürosu'nun önü, Annenheider Straße 154",
                "Yol için yiyecek ve içecek, rahat ayakkabı",
            ),
        },
    },
    # Seed 000: Aktionen „wie z. B. Spielenachmittage“.
    {
        "key": "spielenachmittag",
        "organiser": "integrationsarbeit",
        "location": "nbb-hasport",
        "offer": "spielenachmittage",
        "when": {"weekday": "TH", "weeks_ahead": 1, "starts": "15:00", "ends": "17:30"},
        "topics": ["leisure-culture", "meeting-places", "children"],
        "audience": [A.FAMILIES, A.CHILDREN, A.EVERYONE],
        "machine": ["uk"],
        "german": text(
            "Spielenachmittag in Hasport",
            "Brettspiele, Kartenspiele und Spiele ohne Worte – für Groß und Klein, ohne Anmeldung.",
            "Spielen verbindet, auch ohne gemeinsame Sprache. Wir bringen Spiele aus vielen Ländern mit; "
            "Ihr Lieblingsspiel dürfen Sie gern mitbringen.",
        ),
        "translations": {
            "en": text(
                "Games afternoon in Hasport",
                "Board games, card games and games without words – for young and old, no sign-up needed.",
                "Playing brings people together, even without a shared language. We bring games from many "
                "countries; feel free to bring your favourite game.",
            ),
            "ar": text(
                "عصر الألعاب في هاسبورت",
                "ألعاب لوحية وألعاب ورق وألعاب بلا كلمات – للكبار والصغار، دون تسجيل.",
                "اللعب يجمع الناس حتى دون لغة مشتركة. نحضر ألعاباً من بلدان كثيرة، ويمكنكم إحضار لعبتكم المفضّلة.",
            ),
            "uk": text(
                "Ігровий день у Хаспорті",
                "Настільні ігри, карткові ігри та ігри без слів – для великих і малих, без реєстрації.",
                "Гра об'єднує навіть без спільної мови. Ми приносимо ігри з багатьох країн; можете принести свою "
                "улюблену гру.",
            ),
        },
    },
    # Seed 000: Aktionen wie „Frühstücke“.
    {
        "key": "fruehstueck",
        "organiser": "integrationsarbeit",
        "location": "nbb-duesternort",
        "offer": "fruehstueck",
        "when": {"weekday": "FR", "weeks_ahead": 1, "starts": "09:30", "ends": "11:30"},
        "topics": ["meeting-places"],
        "audience": [A.EVERYONE, A.MIGRANTS],
        "german": text(
            "Nachbarschaftsfrühstück",
            "Gemeinsam frühstücken und ganz nebenbei erfahren, welche Hilfe es im Stadtteil gibt.",
            "Brot, Tee, Kaffee und was die Nachbarn mitbringen. Die Kolleginnen des Nachbarschaftsbüros sind da "
            "und beantworten Fragen.",
            what_to_bring="Gern etwas für das Buffet – kein Muss",
        ),
        "translations": {
            "en": text(
                "Neighbourhood breakfast",
                "Have breakfast together and find out, on the side, what help there is in the district.",
                "Bread, tea, coffee and whatever the neighbours bring. Staff of the neighbourhood office are there "
                "to answer questions.",
                what_to_bring="Something for the buffet if you like – not a must",
            ),
            "ar": text(
                "فطور الجيران",
                "نفطر معاً ونعرف في الوقت نفسه ما هي المساعدات المتاحة في الحي.",
                "خبز وشاي وقهوة وما يحضره الجيران. العاملات في مكتب الجيرة موجودات ويجبن عن الأسئلة.",
                what_to_bring="شيء للبوفيه إن أحببتم – ليس ضرورياً",
            ),
            "fa": text(
                "صبحانهٔ همسایه‌ها",
                "با هم صبحانه بخوریم و در کنارش بفهمیم چه کمک‌هایی در محله هست.",
                "نان، چای، قهوه و هرچه همسایه‌ها بیاورند. همکاران دفتر محله هم هستند و به پرسش‌ها پاسخ می‌دهند.",
                what_to_bring="اگر دوست دارید چیزی برای میز صبحانه – اجباری نیست",
            ),
        },
    },
    # Seed 000: „Thementage wie den Spaghetti- Eis- Nachmittag“. Its Arabic translation predates an edit: outdated.
    {
        "key": "spaghetti-eis",
        "organiser": "integrationsarbeit",
        "location": "nbb-duesternort",
        "offer": "thementage",
        "when": {"weekday": "WE", "weeks_ahead": 2, "starts": "15:00", "ends": "17:00"},
        "topics": ["leisure-culture", "meeting-places", "children"],
        "audience": [A.FAMILIES, A.CHILDREN, A.EVERYONE],
        "outdated": (
            "ar",
            {"summary": "Eis, das aussieht wie Spaghetti – ein Nachmittag für Familien im Nachbarschaftsbüro Hasport."},
        ),
        "german": text(
            "Spaghetti-Eis-Nachmittag",
            "Eis, das aussieht wie Spaghetti – ein Nachmittag für Familien im Nachbarschaftsbüro Düsternort.",
            "Wir machen zusammen Spaghetti-Eis, eine deutsche Eisdielen-Spezialität, und erzählen uns, welche "
            "Süßigkeiten es in unseren Herkunftsländern gibt.",
        ),
        "translations": {
            "ar": text(
                "عصر بوظة السباغيتي",
                "بوظة تبدو مثل السباغيتي – عصر للعائلات في مكتب الجيرة في هاسبورت.",
                "نحضّر معاً بوظة السباغيتي، وهي من أشهر أصناف محلات البوظة في ألمانيا، ونتحدّث عن الحلويات في "
                "بلداننا الأصلية.",
            ),
            "en": text(
                "Spaghetti ice cream afternoon",
                "Ice cream that looks like spaghetti – an afternoon for families at the Düsternort neighbourhood "
                "office.",
                "Together we make spaghetti ice cream, a German ice-cream parlour classic, and tell each other about "
                "the sweets of the countries we come from.",
            ),
            "tr": text(
                "Spagetti dondurma öğleden sonrası",
                "Spagettiye benzeyen dondurma – Düsternort Mahalle Bürosu'nda aileler için bir öğleden sonra.",
                "Birlikte Alman dondurmacılarının klasiği spagetti dondurma yapıyor, memleketlerimizin tatlılarını "
                "anlatıyoruz.",
            ),
            "ru": text(
                "Мороженое-спагетти",
                "Мороженое, похожее на спагетти, – встреча для семей в бюро соседства Дюстернорт.",
                "Вместе готовим мороженое-спагетти, классику немецких кафе-мороженых, и рассказываем друг другу о "
                "сладостях наших родных стран.",
            ),
        },
    },
    # Seed 000: „Jugend stärken im Quartier“, 12 bis 26 Jahre: „Kräuterbeete anzulegen“.
    {
        "key": "kraeuterbeet",
        "organiser": "integrationsarbeit",
        "location": "nbb-hasport",
        "offer": "jugendprojekte",
        "project": "jsiq",
        "when": {"weekday": "FR", "weeks_ahead": 2, "starts": "15:00", "ends": "18:00"},
        "topics": ["youth", "leisure-culture"],
        "audience": [A.YOUTH],
        "age": (12, 26),
        "german": text(
            "Jugendprojekt: Wir legen ein Kräuterbeet an",
            "Für junge Leute von 12 bis 26: Beet bauen, Kräuter pflanzen, später zusammen ernten und kochen.",
            "Gemeinsam planen und bauen wir ein Hochbeet am Nachbarschaftsbüro Hasport. Nebenbei ist Zeit für "
            "Fragen zu Schule, Ausbildung und allem anderen.",
            what_to_bring="Kleidung, die schmutzig werden darf",
        ),
        "translations": {
            "en": text(
                "Youth project: we plant a herb bed",
                "For young people aged 12 to 26: build a bed, plant herbs, later harvest and cook together.",
                "Together we plan and build a raised bed at the Hasport neighbourhood office. There is time on the "
                "side for questions about school, training and anything else.",
                what_to_bring="Clothes that may get dirty",
            ),
            "ar": text(
                "مشروع الشباب: نزرع حوضاً للأعشاب",
                "للشباب من 12 إلى 26 عاماً: نبني حوضاً ونزرع الأعشاب، ثم نحصدها ونطبخ معاً.",
                "نخطّط معاً ونبني حوضاً مرتفعاً عند مكتب الجيرة في هاسبورت. وفي الأثناء هناك وقت للأسئلة عن المدرسة "
                "والتدريب المهني وكل شيء آخر.",
                what_to_bring="ملابس لا بأس أن تتّسخ",
            ),
        },
    },
    # Seed 000: „Graffiti- Kunstwerke zu entwerfen“, with the youth house „Horizont“ as partner.
    {
        "key": "graffiti",
        "organiser": "integrationsarbeit",
        "location": "nbb-duesternort",
        "offer": "jugendprojekte",
        "project": "jsiq",
        "when": {"weekday": "WE", "weeks_ahead": 3, "starts": "16:00", "ends": "18:30"},
        "topics": ["youth", "leisure-culture"],
        "audience": [A.YOUTH],
        "age": (12, 26),
        "signup": (12, 1),
        "german": text(
            "Graffiti-Workshop: Entwürfe für eine Wand im Stadtteil",
            "Für junge Leute von 12 bis 26: eigene Graffiti entwerfen – die besten Ideen kommen an die Wand.",
            "Zusammen mit dem Kinder- und Jugendhaus „Horizont“ entwerfen wir Graffiti-Kunstwerke auf Papier. "
            "Vorkenntnisse braucht niemand.",
            what_to_bring="Eigene Skizzen, wenn du welche hast",
        ),
        "translations": {
            "en": text(
                "Graffiti workshop: designs for a wall in the district",
                "For young people aged 12 to 26: design your own graffiti – the best ideas go on the wall.",
                "Together with the children's and youth house “Horizont” we design graffiti art on paper. No "
                "experience needed.",
                what_to_bring="Your own sketches, if you have any",
            ),
            "ar": text(
                "ورشة غرافيتي: تصاميم لجدار في الحي",
                "للشباب من 12 إلى 26 عاماً: صمّم رسوم الغرافيتي الخاصة بك – وأفضل الأفكار تُرسم على الجدار.",
                "بالتعاون مع بيت الأطفال والشباب „Horizont“ نصمّم أعمال غرافيتي على الورق. لا حاجة إلى خبرة سابقة.",
                what_to_bring="رسوماتك الأولية إن وُجدت",
            ),
            "fa": text(
                "کارگاه گرافیتی: طرح برای دیواری در محله",
                "برای جوانان ۱۲ تا ۲۶ ساله: گرافیتی خودت را طراحی کن – بهترین ایده‌ها روی دیوار می‌روند.",
                "همراه با خانهٔ کودک و نوجوان «Horizont» آثار گرافیتی را روی کاغذ طراحی می‌کنیم. به تجربهٔ قبلی "
                "نیازی نیست.",
                what_to_bring="طرح‌های خودت، اگر داری",
            ),
        },
    },
]
