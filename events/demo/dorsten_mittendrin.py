"""Dorsten, MITTEndrin: the events of the project "Willkommenskultur für Zuwanderer – STADTFINDEN" (seed 001).

The seed gives no address for the MITTEndrin, so its events name it as the meeting point and have no place.
"""

from directory.models import Offer
from events.demo.specs import EventSpec, text

A = Offer.Audience
PASS = "Dorsten-Pass"  # noqa: S105 - the town's discount pass, not a password
AT_MITTENDRIN = "Interkultureller Treffpunkt MITTEndrin"

EVENTS: list[EventSpec] = [
    # Seed 001: „Ansässige Kulturvereine, aber auch vereinzelte Akteure und Künstler … Angedacht sind Konzerte“.
    {
        "key": "konzert",
        "organiser": "mittendrin",
        "offer": "mittendrin-kultur",
        "project": "stadtfinden",
        "when": {"weekday": "FR", "weeks_ahead": 2, "starts": "18:00", "ends": "20:30"},
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE],
        "cost": Offer.Cost.REDUCED,
        "cost_pass": PASS,
        "german": text(
            "Konzertabend: Musik aus Dorstener Kulturvereinen",
            "Kulturvereine und Musikerinnen aus dem Quartier spielen Lieder aus vielen Ländern.",
            "Im MITTEndrin stehen an diesem Abend Musikerinnen und Musiker aus ansässigen Kulturvereinen auf der "
            "Bühne. Mit dem Dorsten-Pass ist der Eintritt ermäßigt.",
            AT_MITTENDRIN,
        ),
        "translations": {
            "en": text(
                "Concert evening: music from Dorsten's cultural clubs",
                "Cultural clubs and musicians from the neighbourhood play songs from many countries.",
                "Tonight musicians from local cultural clubs take the stage at MITTEndrin. Entry is reduced with the "
                "Dorsten-Pass.",
                "MITTEndrin intercultural meeting point",
            ),
            "ar": text(
                "أمسية موسيقية: موسيقى من الجمعيات الثقافية في دورستن",
                "جمعيات ثقافية وموسيقيون من الحي يعزفون أغاني من بلدان كثيرة.",
                "في هذه الأمسية يصعد إلى مسرح MITTEndrin موسيقيون من الجمعيات الثقافية المحلية. الدخول بسعر مخفّض مع "
                "بطاقة Dorsten-Pass.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
            ),
            "tr": text(
                "Konser akşamı: Dorsten kültür derneklerinden müzik",
                "Mahalledeki kültür dernekleri ve müzisyenler birçok ülkeden şarkılar çalıyor.",
                "Bu akşam MITTEndrin sahnesinde yerel kültür derneklerinden müzisyenler var. Dorsten-Pass ile giriş "
                "indirimli.",
                "Kültürlerarası buluşma noktası MITTEndrin",
            ),
        },
    },
    # Seed 001: „Angedacht sind Konzerte, Tanzdarbietungen und vieles mehr.“
    {
        "key": "tanz",
        "organiser": "mittendrin",
        "offer": "mittendrin-kultur",
        "project": "stadtfinden",
        "when": {"weekday": "SA", "weeks_ahead": 4, "starts": "17:00", "ends": "20:00"},
        "topics": ["leisure-culture", "meeting-places"],
        "audience": [A.EVERYONE, A.FAMILIES],
        "german": text(
            "Tanz aus vielen Ländern",
            "Tanzgruppen aus dem Quartier zeigen ihre Tänze – und danach tanzen alle mit.",
            "Folkloregruppen und Tanzschulen zeigen Tänze aus ihren Traditionen. Zum Schluss gibt es einen "
            "Mitmach-Tanz für alle. Eintritt frei.",
            AT_MITTENDRIN,
        ),
        "translations": {
            "en": text(
                "Dances from many countries",
                "Dance groups from the neighbourhood show their dances – and then everyone joins in.",
                "Folk dance groups and dance schools perform dances from their traditions. At the end there is a "
                "dance for everyone to join. Free entry.",
                "MITTEndrin intercultural meeting point",
            ),
            "ar": text(
                "رقصات من بلدان كثيرة",
                "فرق رقص من الحي تقدّم رقصاتها – ثم يرقص الجميع معاً.",
                "تقدّم فرق الفولكلور ومدارس الرقص رقصات من تقاليدها. وفي الختام رقصة يشارك فيها الجميع. الدخول مجاني.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
            ),
            "fa": text(
                "رقص‌هایی از سرزمین‌های گوناگون",
                "گروه‌های رقص محله رقص‌هایشان را نشان می‌دهند – و بعد همه با هم می‌رقصند.",
                "گروه‌های رقص محلی و آموزشگاه‌های رقص، رقص‌هایی از سنت‌های خود اجرا می‌کنند. در پایان رقصی برای "
                "همه هست. ورود رایگان.",
                "محل دیدار میان‌فرهنگی MITTEndrin",
            ),
        },
    },
    # Seed 001: „kulturelle Exkursionen …, wie beispielsweise der Besuch des Jüdischen Museums“. Fully booked, with
    # people on the waiting list.
    {
        "key": "juedisches-museum",
        "organiser": "mittendrin",
        "offer": "mittendrin-exkursionen",
        "project": "stadtfinden",
        "when": {"weekday": "WE", "weeks_ahead": 3, "starts": "10:00", "ends": "12:30"},
        "topics": ["excursions", "leisure-culture"],
        "audience": [A.EVERYONE, A.MIGRANTS],
        "cost": Offer.Cost.REDUCED,
        "cost_pass": PASS,
        "signup": (12, 4),
        "booked": [4, 4, 2, 2, 2],
        "german": text(
            "Exkursion ins Jüdische Museum Westfalen",
            "Gemeinsamer Besuch mit Führung: jüdisches Leben in Westfalen, gestern und heute.",
            "Eine Museumsführerin zeigt uns die Ausstellung und beantwortet Fragen. Bei Bedarf übersetzt eine "
            "Dolmetscherin. Mit dem Dorsten-Pass ist der Eintritt ermäßigt.",
            "Vor dem Jüdischen Museum Westfalen, Julius-Ambrunn-Straße 1, Dorsten",
            "Dorsten-Pass, falls vorhanden",
        ),
        "translations": {
            "en": text(
                "Excursion to the Jewish Museum of Westphalia",
                "A guided visit together: Jewish life in Westphalia, past and present.",
                "A museum guide shows us the exhibition and answers questions. An interpreter translates if needed. "
                "Entry is reduced with the Dorsten-Pass.",
                "In front of the Jewish Museum of Westphalia, Julius-Ambrunn-Straße 1, Dorsten",
                "Dorsten-Pass, if you have one",
            ),
            "ar": text(
                "رحلة إلى المتحف اليهودي في فستفاليا",
                "زيارة جماعية مع جولة إرشادية: الحياة اليهودية في فستفاليا بين الأمس واليوم.",
                "ترينا مرشدة المتحف المعرض وتجيب عن الأسئلة. وعند الحاجة تترجم مترجمة. الدخول بسعر مخفّض مع بطاقة "
                "Dorsten-Pass.",
                "أمام المتحف اليهودي في فستفاليا، Julius-Ambrunn-Straße 1، دورستن",
                "بطاقة Dorsten-Pass إن وُجدت",
            ),
            "fa": text(
                "بازدید از موزهٔ یهودی وستفالن",
                "بازدید گروهی با راهنما: زندگی یهودیان در وستفالن، دیروز و امروز.",
                "راهنمای موزه نمایشگاه را به ما نشان می‌دهد و به پرسش‌ها پاسخ می‌دهد. در صورت نیاز مترجم ترجمه "
                "می‌کند. با Dorsten-Pass ورودی ارزان‌تر است.",
                "جلوی موزهٔ یهودی وستفالن، Julius-Ambrunn-Straße 1، دورستن",
                "Dorsten-Pass، اگر دارید",
            ),
            "tr": text(
                "Vestfalya Yahudi Müzesi gezisi",
                "Rehberli ortak ziyaret: dünden bugüne Vestfalya'da Yahudi yaşamı.",
                "Bir müze rehberi sergiyi gösteriyor ve soruları yanıtlıyor. Gerekirse bir tercüman çeviri yapıyor. "
                "Dorsten-Pass ile giriş indirimli.",
                "Vestfalya Yahudi Müzesi önü, Julius-Ambrunn-Straße 1, Dorsten",
                "Varsa Dorsten-Pass",
            ),
        },
    },
    # Seed 001: „Stadterkundung“ for parents, especially women: „Besuche von Kitas und Schulen“.
    {
        "key": "stadterkundung-kita-schule",
        "organiser": "mittendrin",
        "offer": "mittendrin-stadterkundung",
        "project": "stadtfinden",
        "when": {"weekday": "TU", "weeks_ahead": 1, "starts": "09:30", "ends": "12:00"},
        "topics": ["women", "school-kita", "family", "excursions"],
        "audience": [A.WOMEN, A.FAMILIES],
        "signup": (10, 2),
        "booked": [1, 2, 1],
        "german": text(
            "Stadterkundung für Mütter: Kita und Schule",
            "Wir besuchen zusammen eine Kita und eine Grundschule und erfahren, wie Anmeldung und Schulalltag "
            "funktionieren.",
            "Die Erkundung ist für Mütter und Väter, besonders für Frauen, die neu in Dorsten sind. Erfahrene "
            "Nachbarschaftsmütter kommen mit und teilen ihre Erfahrungen.",
            AT_MITTENDRIN,
            "Fragen, die Sie schon immer stellen wollten",
        ),
        "translations": {
            "en": text(
                "Exploring the town for mothers: nursery and school",
                "Together we visit a nursery (Kita) and a primary school and find out how registration and school "
                "life work.",
                "The tour is for mothers and fathers, especially for women who are new in Dorsten. Experienced "
                "neighbourhood mothers come along and share what they know.",
                "MITTEndrin intercultural meeting point",
                "The questions you always wanted to ask",
            ),
            "ar": text(
                "جولة في المدينة للأمهات: الروضة والمدرسة",
                "نزور معاً روضة أطفال (Kita) ومدرسة ابتدائية ونتعرّف على طريقة التسجيل والحياة المدرسية.",
                "الجولة للأمهات والآباء، وخاصة للنساء الجديدات في دورستن. ترافقنا „أمهات الحي“ ذوات الخبرة ويشاركننا "
                "تجاربهن.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
                "الأسئلة التي طالما أردتِ طرحها",
            ),
            "fa": text(
                "شهرگردی برای مادران: مهدکودک و مدرسه",
                "با هم از یک مهدکودک (Kita) و یک دبستان بازدید می‌کنیم و می‌فهمیم ثبت‌نام و زندگی مدرسه‌ای چطور است.",
                "این گردش برای مادران و پدران است، به‌ویژه برای زنانی که تازه به دورستن آمده‌اند. «مادران محله» "
                "باتجربه همراه ما می‌آیند و تجربه‌هایشان را می‌گویند.",
                "محل دیدار میان‌فرهنگی MITTEndrin",
                "پرسش‌هایی که همیشه می‌خواستید بپرسید",
            ),
            "tr": text(
                "Anneler için şehir keşfi: kreş ve okul",
                "Birlikte bir kreşi (Kita) ve bir ilkokulu ziyaret ediyor, kayıt ve okul hayatının nasıl işlediğini "
                "öğreniyoruz.",
                "Gezi anneler ve babalar için, özellikle Dorsten'e yeni gelen kadınlar için. Deneyimli mahalle "
                "anneleri de bize katılıp tecrübelerini paylaşıyor.",
                "Kültürlerarası buluşma noktası MITTEndrin",
                "Hep sormak istediğiniz sorular",
            ),
        },
    },
    # Seed 001: visits to „anderer städtischer Einrichtungen … (Familienbüro, Jugendamt etc.)“ and the Dorsten-Pass.
    {
        "key": "stadterkundung-familienbuero",
        "organiser": "mittendrin",
        "offer": "mittendrin-stadterkundung",
        "project": "stadtfinden",
        "when": {"weekday": "TU", "weeks_ahead": 4, "starts": "09:30", "ends": "12:00"},
        "topics": ["women", "family", "excursions"],
        "audience": [A.WOMEN, A.FAMILIES],
        "signup": (10, 2),
        "german": text(
            "Stadterkundung für Mütter: Familienbüro und Jugendamt",
            "Wer hilft bei Fragen zu Familie und Erziehung? Wir besuchen das Familienbüro und das Jugendamt.",
            "Die Mitarbeitenden stellen ihre Beratungsangebote vor. Außerdem erklären wir, wer den Dorsten-Pass "
            "bekommt und was man damit günstiger nutzen kann.",
            AT_MITTENDRIN,
        ),
        "translations": {
            "en": text(
                "Exploring the town for mothers: family office and youth office",
                "Who helps with questions about family and bringing up children? We visit the family office and the "
                "youth office.",
                "Staff present their advice services. We also explain who can get the Dorsten-Pass and what it makes "
                "cheaper.",
                "MITTEndrin intercultural meeting point",
            ),
            "ar": text(
                "جولة في المدينة للأمهات: مكتب الأسرة ومكتب رعاية الشباب",
                "من يساعد في أسئلة الأسرة وتربية الأطفال؟ نزور مكتب الأسرة (Familienbüro) ومكتب رعاية الشباب "
                "(Jugendamt).",
                "يعرّفنا الموظفون على خدماتهم الاستشارية. ونشرح أيضاً من يحق له الحصول على بطاقة Dorsten-Pass وما "
                "الذي يصبح أرخص بها.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
            ),
            "ru": text(
                "Знакомство с городом для мам: семейное бюро и ведомство по делам молодёжи",
                "Кто помогает с вопросами семьи и воспитания? Мы посещаем семейное бюро (Familienbüro) и ведомство "
                "по делам молодёжи (Jugendamt).",
                "Сотрудники рассказывают о своих консультациях. Мы также объясняем, кто может получить Dorsten-Pass "
                "и что с ним дешевле.",
                "Межкультурный центр встреч MITTEndrin",
            ),
        },
    },
    # Seed 001: „Anerkennungsangebot“: translating and recognising documents, recovering lost certificates.
    {
        "key": "anerkennung",
        "organiser": "mittendrin",
        "offer": "mittendrin-anerkennung",
        "project": "stadtfinden",
        "when": {"weekday": "TH", "weeks_ahead": 2, "starts": "10:00", "ends": "12:00"},
        "topics": ["recognition", "work-training", "counselling"],
        "audience": [A.MIGRANTS, A.REFUGEES],
        "languages": ["de", "ar"],
        "german": text(
            "Infotreffen: Zeugnisse übersetzen und anerkennen lassen",
            "Wie lasse ich meinen Abschluss anerkennen? Was tun, wenn Zeugnisse verloren gegangen sind?",
            "Wir erklären die Schritte der Anerkennung und überlegen gemeinsam, wie Ihre Berufserfahrung zum "
            "Arbeitsmarkt hier passt. Eine Dolmetscherin ist da.",
            AT_MITTENDRIN,
            "Kopien Ihrer Zeugnisse und Nachweise, wenn vorhanden",
        ),
        "translations": {
            "en": text(
                "Information meeting: getting certificates translated and recognised",
                "How do I get my qualification recognised? What can I do if certificates have been lost?",
                "We explain the steps of recognition and think together about how your work experience fits the "
                "job market here. An interpreter is there.",
                "MITTEndrin intercultural meeting point",
                "Copies of your certificates and papers, if you have them",
            ),
            "ar": text(
                "لقاء إعلامي: ترجمة الشهادات والاعتراف بها",
                "كيف أحصل على الاعتراف بشهادتي؟ ماذا أفعل إذا ضاعت شهاداتي؟",
                "نشرح خطوات الاعتراف ونفكّر معاً كيف تتناسب خبرتكم المهنية مع سوق العمل هنا. توجد مترجمة.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
                "نسخ من شهاداتكم ووثائقكم إن وُجدت",
            ),
            "uk": text(
                "Інформаційна зустріч: переклад і визнання документів про освіту",
                "Як визнати мій диплом? Що робити, якщо документи загубилися?",
                "Ми пояснюємо кроки визнання й разом думаємо, як ваш досвід роботи відповідає тутешньому ринку "
                "праці. Присутня перекладачка.",
                "Міжкультурне місце зустрічей MITTEndrin",
                "Копії ваших дипломів і документів, якщо вони є",
            ),
            "ru": text(
                "Информационная встреча: перевод и признание документов об образовании",
                "Как признать мой диплом? Что делать, если документы утеряны?",
                "Мы объясняем шаги признания и вместе думаем, как ваш опыт работы подходит к здешнему рынку труда. "
                "Присутствует переводчица.",
                "Межкультурный центр встреч MITTEndrin",
                "Копии ваших дипломов и документов, если они есть",
            ),
        },
    },
    # Seed 001: the „Nachbarschaftsmütter“ – the women at MITTEndrin are to be approached about this offer.
    {
        "key": "nachbarschaftsmuetter",
        "organiser": "mittendrin",
        "offer": "nachbarschaftsmuetter",
        "project": "stadtfinden",
        "when": {"weekday": "MO", "weeks_ahead": 1, "starts": "10:00", "ends": "11:30"},
        "topics": ["family", "women", "volunteering"],
        "audience": [A.WOMEN],
        "german": text(
            "Die Nachbarschaftsmütter stellen sich vor",
            "Frauen, die selbst zugewandert sind, erzählen, wie sie Familien im Quartier helfen – und wie man "
            "mitmachen kann.",
            "Bei Tee und Gebäck berichten Nachbarschaftsmütter von ihrer Arbeit und ihrer Schulung. Wer Unterstützung "
            "sucht oder selbst Nachbarschaftsmutter werden möchte, ist willkommen.",
            AT_MITTENDRIN,
        ),
        "translations": {
            "en": text(
                "Meet the neighbourhood mothers",
                "Women who came here themselves tell how they help families in the neighbourhood – and how you can "
                "join.",
                "Over tea and biscuits, neighbourhood mothers talk about their work and their training. Whether you "
                "are looking for support or want to become a neighbourhood mother, you are welcome.",
                "MITTEndrin intercultural meeting point",
            ),
            "ar": text(
                "تعرّفي على „أمهات الحي“",
                "نساء هاجرن بأنفسهن يحكين كيف يساعدن العائلات في الحي – وكيف يمكنكِ المشاركة.",
                "على الشاي والحلويات تحكي „أمهات الحي“ عن عملهن وتدريبهن. مرحباً بكل من تبحث عن دعم أو تريد أن تصبح "
                "من „أمهات الحي“.",
                "نقطة اللقاء بين الثقافات MITTEndrin",
            ),
            "tr": text(
                "Mahalle anneleri kendini tanıtıyor",
                "Kendileri de göç etmiş kadınlar mahalledeki ailelere nasıl yardım ettiklerini ve nasıl "
                "katılabileceğinizi anlatıyor.",
                "Çay ve kurabiye eşliğinde mahalle anneleri işlerini ve eğitimlerini anlatıyor. Destek arayan ya da "
                "mahalle annesi olmak isteyen herkes davetli.",
                "Kültürlerarası buluşma noktası MITTEndrin",
            ),
        },
    },
]
