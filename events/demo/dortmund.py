"""Dortmund, "lokal willkommen": events of the two district offices (seed 002).

The seed names consultation hours, welcome visits, round tables and networks, help with school enrolment, Kita
place, job search, electricity and gas contracts and the transport ticket, in German, Arabic, English and Farsi.
Consultation hours and visits belong to counselling; what happens on a date at the offices is here.
"""

from directory.models import Offer
from events.demo.specs import EventSpec, text

A = Offer.Audience
SPOKEN = ["de", "ar", "en", "fa"]

EVENTS: list[EventSpec] = [
    # Seed 002: „runde Tische, Netzwerke knüpfen“; the Mengede office is also a place for people who volunteer.
    {
        "key": "runder-tisch-mengede",
        "organiser": "lw-mengede",
        "location": "lw-mengede",
        "offer": "mitmachen-ehrenamt",
        "project": "lokal-willkommen",
        "when": {"weekday": "WE", "weeks_ahead": 2, "starts": "18:00", "ends": "20:00"},
        "topics": ["volunteering", "meeting-places"],
        "audience": [A.VOLUNTEERS, A.EVERYONE],
        "german": text(
            "Runder Tisch Flüchtlingshilfe Mengede/Huckarde",
            "Haupt- und Ehrenamtliche aus den Stadtbezirken tauschen sich aus: Was läuft gut, wo hakt es?",
            "Am runden Tisch sammeln wir, wo Geflüchtete im Alltag auf Hindernisse stoßen, und überlegen gemeinsam, "
            "wer helfen kann. Interessierte Bürgerinnen und Bürger sind willkommen.",
        ),
        "translations": {
            "en": text(
                "Round table refugee support Mengede/Huckarde",
                "Staff and volunteers from the districts exchange views: what works well, where are the problems?",
                "At the round table we collect where refugees meet obstacles in everyday life and think together "
                "about who can help. Interested citizens are welcome.",
            ),
            "ar": text(
                "الطاولة المستديرة لمساعدة اللاجئين في منغيده/هوكارده",
                "العاملون والمتطوعون من الأحياء يتبادلون الآراء: ما الذي ينجح، وأين توجد المشكلات؟",
                "نجمع على الطاولة المستديرة العقبات التي يواجهها اللاجئون في حياتهم اليومية، ونفكّر معاً فيمن يمكنه "
                "المساعدة. المواطنون المهتمون مرحَّب بهم.",
            ),
            "fa": text(
                "میزگرد یاری پناهجویان منگده/هوکارده",
                "کارکنان و داوطلبان محله‌ها با هم گفتگو می‌کنند: چه چیزی خوب پیش می‌رود و کجا مشکل هست؟",
                "در میزگرد موانعی را که پناهجویان در زندگی روزمره با آن روبه‌رو می‌شوند جمع می‌کنیم و با هم فکر "
                "می‌کنیم چه کسی می‌تواند کمک کند. شهروندان علاقه‌مند خوش آمدند.",
            ),
        },
    },
    # Seed 002: „Anlaufstelle für Menschen, die sich ehrenamtlich engagieren … möchten“.
    {
        "key": "infoabend-ehrenamt",
        "organiser": "lw-mengede",
        "location": "lw-mengede",
        "offer": "mitmachen-ehrenamt",
        "project": "lokal-willkommen",
        "when": {"weekday": "TU", "weeks_ahead": 3, "starts": "18:00", "ends": "19:30"},
        "topics": ["volunteering"],
        "audience": [A.VOLUNTEERS, A.EVERYONE],
        "german": text(
            "Infoabend: Ehrenamtlich mitmachen bei „lokal willkommen“",
            "Sprachpatenschaften, Begleitung zu Ämtern, Hilfe beim Umzug – wie Sie neue Nachbarn unterstützen können.",
            "Das Team im Noah-Gemeindehaus stellt vor, wo Ehrenamtliche gebraucht werden, und beantwortet Fragen. "
            "Sie können auch Ihre eigenen Ideen und Wünsche rund um Integration einbringen.",
        ),
        "translations": {
            "en": text(
                "Information evening: volunteering with “lokal willkommen”",
                "Language buddies, going along to offices, help with moving – how you can support new neighbours.",
                "The team at the Noah parish hall explains where volunteers are needed and answers questions. You "
                "can also bring your own ideas and wishes about integration.",
            ),
            "ar": text(
                "أمسية إعلامية: التطوّع مع „lokal willkommen“",
                "رعاية لغوية ومرافقة إلى الدوائر الرسمية ومساعدة في الانتقال – كيف يمكنكم دعم الجيران الجدد.",
                "يعرض الفريق في قاعة كنيسة نوح (Noah-Gemeindehaus) المجالات التي تحتاج إلى متطوعين ويجيب عن الأسئلة. "
                "ويمكنكم أيضاً طرح أفكاركم ورغباتكم حول الاندماج.",
            ),
        },
    },
    # Seed 002: partners for „Strom- und Gasvertrag, ÖPNV-Ticket“; spoken „Arabisch, Englisch und Farsi“.
    {
        "key": "strom-gas-ticket",
        "organiser": "lw-brackel",
        "location": "lw-brackel",
        "offer": "strom-gas-ticket",
        "project": "lokal-willkommen",
        "when": {"weekday": "TH", "weeks_ahead": 1, "starts": "15:00", "ends": "17:00"},
        "topics": ["housing-everyday"],
        "audience": [A.REFUGEES, A.MIGRANTS],
        "languages": SPOKEN,
        "german": text(
            "Infonachmittag: Strom, Gas und Monatsticket",
            "Die erste eigene Wohnung: Wie schließe ich Strom und Gas an, welches Ticket für Bus und Bahn passt?",
            "Wir erklären Verträge, Abschläge und Zählerstände und zeigen, welche Tickets es gibt. Bringen Sie Ihre "
            "Briefe mit, wir schauen sie gemeinsam an. Auf Deutsch, Arabisch, Englisch und Farsi.",
            what_to_bring="Briefe von Strom- oder Gasanbieter, wenn Sie welche haben",
        ),
        "translations": {
            "en": text(
                "Information afternoon: electricity, gas and the monthly ticket",
                "Your first own flat: how do I get electricity and gas connected, which bus and train ticket is right?",
                "We explain contracts, monthly payments and meter readings and show which tickets there are. Bring "
                "your letters and we look at them together. In German, Arabic, English and Farsi.",
                what_to_bring="Letters from your electricity or gas supplier, if you have any",
            ),
            "ar": text(
                "عصر إعلامي: الكهرباء والغاز والتذكرة الشهرية",
                "أول شقة خاصة بك: كيف أوصل الكهرباء والغاز، وأي تذكرة للحافلة والقطار تناسبني؟",
                "نشرح العقود والدفعات الشهرية وقراءات العدّاد، ونعرض أنواع التذاكر. أحضروا رسائلكم لننظر فيها معاً. "
                "بالألمانية والعربية والإنجليزية والفارسية.",
                what_to_bring="رسائل شركة الكهرباء أو الغاز إن وُجدت",
            ),
            "fa": text(
                "بعدازظهر اطلاع‌رسانی: برق، گاز و بلیت ماهانه",
                "اولین آپارتمان خودتان: چگونه برق و گاز را وصل کنم، کدام بلیت اتوبوس و قطار مناسب است؟",
                "قراردادها، پرداخت‌های ماهانه و خواندن کنتور را توضیح می‌دهیم و نشان می‌دهیم چه بلیت‌هایی وجود دارد. "
                "نامه‌هایتان را بیاورید تا با هم نگاه کنیم. به آلمانی، عربی، انگلیسی و فارسی.",
                what_to_bring="نامه‌های شرکت برق یا گاز، اگر دارید",
            ),
        },
    },
    # Seed 002: partners for „Einschulung, Kindergartenplatz, Geburt“.
    {
        "key": "einschulung-kita",
        "organiser": "lw-mengede",
        "location": "lw-mengede",
        "offer": "einschulung-kita-geburt",
        "project": "lokal-willkommen",
        "when": {"weekday": "MO", "weeks_ahead": 4, "starts": "15:00", "ends": "17:00"},
        "topics": ["school-kita", "family", "children"],
        "audience": [A.FAMILIES],
        "languages": SPOKEN,
        "german": text(
            "Infonachmittag: Einschulung und Kita-Platz",
            "Wann muss mein Kind in die Schule, wie finde ich einen Kita-Platz? Antworten für Eltern.",
            "Mit Gästen aus Kita und Grundschule im Stadtbezirk. Kinder können mitkommen, es gibt eine Spielecke.",
        ),
        "translations": {
            "en": text(
                "Information afternoon: starting school and a Kita place",
                "When does my child have to start school, how do I find a place at a Kita? Answers for parents.",
                "With guests from a Kita and a primary school in the district. Children can come along; there is a "
                "play corner.",
            ),
            "ar": text(
                "عصر إعلامي: دخول المدرسة ومكان في الروضة",
                "متى يجب أن يدخل طفلي المدرسة، وكيف أجد مكاناً في روضة الأطفال (Kita)؟ إجابات للأهل.",
                "بمشاركة ضيوف من روضة ومدرسة ابتدائية في الحي. يمكن إحضار الأطفال، وهناك ركن للّعب.",
            ),
            "fa": text(
                "بعدازظهر اطلاع‌رسانی: ثبت‌نام مدرسه و جا در مهدکودک",
                "فرزندم کی باید به مدرسه برود، چطور در مهدکودک (Kita) جا پیدا کنم؟ پاسخ‌هایی برای والدین.",
                "با مهمانانی از یک مهدکودک و یک دبستان در محله. کودکان می‌توانند بیایند؛ گوشهٔ بازی هست.",
            ),
        },
    },
]
