"""Translations of the Delmenhorst offers (German source in offers_delmenhorst.py)."""

from directory.demo.specs import Texts

TEXTS: Texts = {
    "willkommen-in-duesternort": {
        "en": (
            "Welcome café “Willkommen in Düsternort”",
            "An open café for new neighbours – this is where we decide together on the next trips and activities.",
            "The “Willkommen in Düsternort” (Welcome to Düsternort) café usually takes place on Tuesdays from 10 "
            "a.m. to 12 noon at the Düsternort neighbourhood office. Newcomers and neighbours get to know each "
            "other here, and this is where everyone decides together on joint activities and trips. The café is "
            "open to all and free of charge; people who have lived in the area for a long time are welcome too "
            "and can support new neighbours.",
        ),
        "ar": (
            "مقهى „أهلاً بكم في دوسترنورت“",
            "مقهى مفتوح للجيران الجدد – هنا نقرّر معاً الرحلات والأنشطة القادمة.",
            "يُقام مقهى „أهلاً بكم في دوسترنورت“ (Willkommen in Düsternort) عادةً أيام الثلاثاء من الساعة 10 حتى "
            "12 ظهراً في مكتب الجيرة في دوسترنورت (Nachbarschaftsbüro Düsternort). هنا يتعرّف القادمون الجدد على "
            "جيرانهم، وهنا نتّفق معاً على الأنشطة والرحلات المشتركة. المقهى مفتوح للجميع ومجاني، ويُرحَّب أيضاً "
            "بمن يسكن في الحي منذ فترة طويلة ويرغب في مساعدة الجيران الجدد.",
        ),
        "fa": (
            "کافه «به دوسترنورت خوش آمدید»",
            "کافه‌ای باز برای همسایه‌های تازه‌وارد – اینجا با هم دربارهٔ گردش‌ها و فعالیت‌های بعدی تصمیم می‌گیریم.",
            "کافه «به دوسترنورت خوش آمدید» (Willkommen in Düsternort) معمولاً سه‌شنبه‌ها از ساعت ۱۰ تا ۱۲ در "
            "دفتر محلهٔ دوسترنورت (Nachbarschaftsbüro Düsternort) برگزار می‌شود. تازه‌واردان و همسایه‌ها اینجا "
            "با هم آشنا می‌شوند و دربارهٔ فعالیت‌ها و گردش‌های مشترک با هم تصمیم می‌گیرند. شرکت در کافه آزاد و "
            "رایگان است؛ کسانی که مدت‌هاست در این محله زندگی می‌کنند نیز خوش آمدند و می‌توانند به همسایه‌های "
            "جدید کمک کنند.",
        ),
        "tr": (
            "„Düsternort'a Hoş Geldiniz“ Kafesi",
            "Yeni komşular için açık kafe – sıradaki gezileri ve etkinlikleri burada birlikte kararlaştırıyoruz.",
            "„Düsternort'a Hoş Geldiniz“ (Willkommen in Düsternort) kafesi genellikle salı günleri saat "
            "10.00–12.00 arasında Düsternort Mahalle Bürosu'nda (Nachbarschaftsbüro Düsternort) yapılır. Yeni "
            "gelenler ve komşular burada tanışır; ortak etkinlikler ve geziler de burada birlikte "
            "kararlaştırılır. Kafe herkese açık ve ücretsizdir; mahallede uzun süredir yaşayanlar da davetlidir "
            "ve yeni komşulara destek olabilir.",
        ),
        "uk": (
            "Кафе «Ласкаво просимо до Дюстернорта»",
            "Відкрите кафе для нових сусідів – тут ми разом вирішуємо, куди поїдемо і що робитимемо далі.",
            "Кафе «Ласкаво просимо до Дюстернорта» (Willkommen in Düsternort) зазвичай працює щовівторка з 10:00 "
            "до 12:00 у бюро сусідства в Дюстернорті (Nachbarschaftsbüro Düsternort). Тут новоприбулі "
            "знайомляться із сусідами й разом домовляються про спільні заходи та поїздки. Кафе відкрите для всіх "
            "і безкоштовне; ті, хто вже давно живе в районі, теж можуть приходити й допомагати новим сусідам.",
        ),
        "ru": (
            "Кафе «Добро пожаловать в Дюстернорт»",
            "Открытое кафе для новых соседей – здесь мы вместе решаем, какие поездки и мероприятия будут дальше.",
            "Кафе «Добро пожаловать в Дюстернорт» (Willkommen in Düsternort) обычно работает по вторникам с "
            "10:00 до 12:00 в бюро соседства в Дюстернорте (Nachbarschaftsbüro Düsternort). Здесь новые жители "
            "знакомятся с соседями и вместе договариваются о совместных мероприятиях и поездках. Кафе открыто "
            "для всех и бесплатно; старожилы района тоже приглашаются и могут помочь новым соседям.",
        ),
    },
    "ausfluege": {
        "en": (
            "Trips together",
            "Off to the seaside or to nearby towns together – for families and single people from Düsternort and "
            "Hasport.",
            "It is easier to get to know each other on a trip: the community integration team goes on outings "
            "with local residents, for example to the seaside or to nearby towns. Where we go is decided "
            "together at the “Willkommen in Düsternort” café. Dates are listed in the programmes of the "
            "Düsternort and Hasport neighbourhood offices.",
        ),
        "ar": (
            "رحلات مشتركة",
            "معاً إلى البحر أو إلى مدن قريبة – للعائلات وللأشخاص الذين يعيشون بمفردهم في دوسترنورت وهاسبورت.",
            "التعارف أسهل خلال رحلة مشتركة: ينظّم فريق العمل الاندماجي في الحي رحلات مع سكان الحي، مثلاً إلى "
            "البحر أو إلى مدن قريبة. نقرّر وجهة الرحلة معاً في مقهى „أهلاً بكم في دوسترنورت“. تجدون المواعيد في "
            "برامج مكتبَي الجيرة في دوسترنورت وهاسبورت.",
        ),
    },
    "spielenachmittage": {
        "en": (
            "Games afternoons",
            "Playing, laughing and meeting the neighbours – open to young and old.",
            "At the games afternoons, long-standing and new neighbours from Düsternort and Hasport get to know "
            "each other in a relaxed way. They take place at the neighbourhood offices; dates are listed in "
            "their programmes. Everyone is welcome, free of charge.",
        ),
        "ar": (
            "لقاءات الألعاب بعد الظهر",
            "نلعب ونضحك ونتعرّف على الجيران – مفتوح للكبار والصغار.",
            "في لقاءات الألعاب بعد الظهر يلتقي الجيران القدامى والجدد من دوسترنورت وهاسبورت في جوّ مريح. تُقام "
            "هذه اللقاءات في مكاتب الجيرة، وتجدون المواعيد في برامجها. النشاط مفتوح للجميع ومجاني.",
        ),
    },
    "fruehstueck": {
        "en": (
            "Breakfast together",
            "Have breakfast together and get talking – at the Düsternort and Hasport neighbourhood offices.",
            "Over a shared breakfast, newcomers get to know their neighbours and find out along the way what "
            "help is available in the area. The breakfast takes place at the neighbourhood offices; dates are "
            "listed in their programmes.",
        ),
        "ar": (
            "فطور جماعي",
            "نتناول الفطور معاً ونتحدّث – في مكتبَي الجيرة في دوسترنورت وهاسبورت.",
            "خلال الفطور المشترك يتعرّف القادمون الجدد على جيرانهم، ويعرفون في الوقت نفسه ما هي المساعدات "
            "المتوفرة في الحي. يُقام الفطور في مكاتب الجيرة، وتجدون المواعيد في برامجها.",
        ),
    },
    "thementage": {
        "en": (
            "Theme days such as the spaghetti ice cream afternoon",
            "Special afternoons to join in, for example all about spaghetti ice cream.",
            "From time to time there are theme days such as the spaghetti ice cream afternoon (a German ice "
            "cream dessert that looks like a plate of spaghetti). They strengthen the sense of community in the "
            "neighbourhood and help new neighbours settle in more quickly. Ideas for new theme days can be "
            "brought to the “Willkommen in Düsternort” café.",
        ),
        "ar": (
            "أيام موضوعية مثل بعد ظهر „آيس كريم السباغيتي“",
            "فترات مميّزة بعد الظهر للمشاركة، مثلاً حول آيس كريم السباغيتي.",
            "من وقت لآخر تُقام أيام موضوعية، مثل بعد ظهر „آيس كريم السباغيتي“ (حلوى مثلّجات ألمانية تشبه طبق "
            "السباغيتي). تقوّي هذه الأيام روح الجماعة في الحي وتساعد الجيران الجدد على الاستقرار بسرعة أكبر. "
            "يمكنكم اقتراح أفكار لأيام موضوعية جديدة في مقهى „أهلاً بكم في دوسترنورت“.",
        ),
    },
    "jugendprojekte": {
        "en": (
            "Youth projects: herb beds and graffiti",
            "For young people aged 12 to 26: plan and carry out your own small projects in the neighbourhood.",
            "In the pilot project “Jugend stärken im Quartier” (Strengthening Young People in the "
            "Neighbourhood), young people aged 12 to 26, with or without a migration background, carry out small "
            "projects together – for example planting herb beds or designing graffiti artworks. The ideas are "
            "developed together with the young people. And there is always someone to listen to questions and "
            "worries.",
        ),
        "ar": (
            "مشاريع للشباب: أحواض أعشاب وغرافيتي",
            "للشباب من عمر 12 إلى 26 سنة: خطّطوا لمشاريعكم الصغيرة في الحي ونفّذوها.",
            "في المشروع النموذجي „Jugend stärken im Quartier“ (تقوية الشباب في الحي) ينفّذ الشباب بين 12 و26 "
            "سنة، من أصول مهاجرة وغير مهاجرة، مشاريع صغيرة معاً – مثل زراعة أحواض الأعشاب أو تصميم لوحات "
            "غرافيتي. تنشأ الأفكار بالتعاون مع الشباب أنفسهم. وهناك دائماً من يستمع إلى أسئلتكم وهمومكم.",
        ),
    },
    "jugend-schule-ausbildung": {
        "en": (
            "Back to school and training: support for young people",
            "Advice for 12- to 26-year-olds on all kinds of issues – with ways back into school or vocational "
            "training.",
            "Young people can easily turn to the community integration team and get support in all kinds of "
            "situations. The aim is to prepare them for starting or returning to school or vocational training. "
            "We introduce the help offered by other organisations and careers services and, if needed, refer "
            "young people on, for example to the “Horizont” children's and youth centre, to street work or to "
            "the Youth Migration Service.",
        ),
        "ar": (
            "العودة إلى المدرسة والتدريب المهني: دعم للشباب",
            "استشارة للشباب من عمر 12 إلى 26 سنة في مختلف أمور الحياة – مع طرق للعودة إلى المدرسة أو التدريب المهني.",
            "يستطيع الشباب التوجّه بسهولة إلى فريق العمل الاندماجي في الحي والحصول على الدعم في مختلف ظروف "
            "الحياة. الهدف هو التحضير للالتحاق بالمدرسة أو بالتدريب المهني، أو للعودة إليهما. نعرّفكم على "
            "المساعدات التي تقدّمها جهات أخرى ومراكز التوجيه المهني، ونحيلكم عند الحاجة مثلاً إلى بيت الأطفال "
            "والشباب „Horizont“ أو إلى فريق العمل الميداني (Streetwork) أو إلى خدمة الهجرة للشباب "
            "(Jugendmigrationsdienst).",
        ),
    },
    "nachbarschaftsbuero-duesternort": {
        "en": (
            "Düsternort neighbourhood office",
            "A meeting place and first port of call for everyone in the area – newcomers can use the help on "
            "offer here without barriers.",
            "The Düsternort neighbourhood office of the Diakonisches Werk is a meeting place and first port of "
            "call for everyone living in Düsternort. Because the integration team holds its activities in these "
            "rooms, new residents quickly get to know the place and the team and can use the help on offer "
            "without barriers. Joint activities and trips are listed in the office's programme.",
        ),
        "ar": (
            "مكتب الجيرة في دوسترنورت",
            "مكان لقاء ونقطة تواصل أولى لكل سكان الحي – يستطيع الجيران الجدد الاستفادة من المساعدات المتوفرة هنا "
            "دون عوائق.",
            "مكتب الجيرة في دوسترنورت التابع لمؤسسة الدياكوني (Diakonisches Werk) هو مكان لقاء ونقطة تواصل أولى "
            "لكل من يسكن في دوسترنورت. ولأن فريق العمل الاندماجي يقيم أنشطته في هذه الغرف، يتعرّف السكان الجدد "
            "بسرعة على المكان والفريق، ويمكنهم الاستفادة من المساعدات دون عوائق. تجدون الأنشطة والرحلات المشتركة "
            "في برنامج المكتب.",
        ),
    },
    "nachbarschaftsbuero-hasport": {
        "en": (
            "Hasport neighbourhood office",
            "A meeting place and first port of call for everyone in the area – newcomers can use the help on "
            "offer here without barriers.",
            "The Hasport neighbourhood office of the Diakonisches Werk is a meeting place and first port of call "
            "for everyone living in Hasport. The integration team also holds activities here, such as games "
            "afternoons and breakfasts, so that new residents get to know the rooms and the team. Joint "
            "activities and trips are listed in the office's programme.",
        ),
        "ar": (
            "مكتب الجيرة في هاسبورت",
            "مكان لقاء ونقطة تواصل أولى لكل سكان الحي – يستطيع الجيران الجدد الاستفادة من المساعدات المتوفرة هنا "
            "دون عوائق.",
            "مكتب الجيرة في هاسبورت التابع لمؤسسة الدياكوني هو مكان لقاء ونقطة تواصل أولى لكل من يسكن في "
            "هاسبورت. هنا أيضاً يقيم فريق العمل الاندماجي أنشطة مثل لقاءات الألعاب والفطور الجماعي، ليتعرّف "
            "السكان الجدد على المكان والفريق. تجدون الأنشطة والرحلات المشتركة في برنامج المكتب.",
        ),
    },
}
