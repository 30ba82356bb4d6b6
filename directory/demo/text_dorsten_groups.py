"""Translations of the groups at the Brunnenplatz centre in Dorsten (German source in offers_dorsten.py)."""

from directory.demo.specs import Texts

TEXTS: Texts = {
    "wollmaeuse": {
        "en": (
            "“Wollmäuse” – conversation circle for women",
            "Women meet to talk – and practise German along the way.",
            "The “Wollmäuse” are a conversation circle for women at the culture and community centre on "
            "Brunnenplatz. The basic idea: meeting and chatting also helps with learning German. New "
            "participants are very welcome.",
        ),
        "ar": (
            "„Wollmäuse“ – حلقة حوار للنساء",
            "تلتقي النساء للحديث – ويتمرّنّ على الألمانية في الوقت نفسه.",
            "„Wollmäuse“ حلقة حوار للنساء في مركز الثقافة واللقاء في ساحة برونّنبلاتس. الفكرة الأساسية: اللقاء "
            "والحديث يساعدان أيضاً على تعلّم اللغة الألمانية. نرحّب بالمشاركات الجديدات ترحيباً حاراً.",
        ),
    },
    "tuerkische-frauengruppe": {
        "en": (
            "Turkish women's group",
            "A meeting place for women at the Brunnenplatz centre – conversations in Turkish and German.",
            "The Turkish women's group meets at the culture and community centre on Brunnenplatz. Women get "
            "talking, share experiences and make contacts in the neighbourhood. New members are welcome.",
        ),
        "ar": (
            "المجموعة النسائية التركية",
            "مكان لقاء للنساء في مركز برونّنبلاتس – أحاديث بالتركية والألمانية.",
            "تلتقي المجموعة النسائية التركية في مركز الثقافة واللقاء في ساحة برونّنبلاتس. هنا تتحدّث النساء "
            "ويتبادلن التجارب ويتعرّفن على أشخاص في الحي. نرحّب بالنساء الجديدات.",
        ),
        "tr": (
            "Türk Kadın Grubu",
            "Brunnenplatz'taki merkezde kadınlar için buluşma yeri – Türkçe ve Almanca sohbetler.",
            "Türk Kadın Grubu, Brunnenplatz'taki Kültür ve Buluşma Merkezi'nde (Kultur- und Begegnungszentrum) "
            "bir araya geliyor. Kadınlar burada sohbet ediyor, deneyimlerini paylaşıyor ve mahallede yeni "
            "insanlarla tanışıyor. Yeni katılımcılara kapımız her zaman açık.",
        ),
    },
    "kochgruppe-zukunft": {
        "en": (
            "“Zukunft” cooking group",
            "Cooking and eating together – a group of and with refugees.",
            "The “Zukunft” (Future) cooking group is a group of refugees at the culture and community centre on "
            "Brunnenplatz. Cooking together gets people talking and introduces them to dishes from many "
            "countries. Anyone interested is welcome.",
        ),
        "ar": (
            "مجموعة الطبخ „Zukunft“ (المستقبل)",
            "نطبخ ونأكل معاً – مجموعة من اللاجئين ومعهم.",
            "مجموعة الطبخ „Zukunft“ (المستقبل) هي مجموعة من اللاجئين في مركز الثقافة واللقاء في ساحة "
            "برونّنبلاتس. أثناء الطبخ المشترك يتحدّث الناس مع بعضهم ويتعرّفون على أطباق من بلدان كثيرة. نرحّب "
            "بكل المهتمين.",
        ),
        "fa": (
            "گروه آشپزی «Zukunft» (آینده)",
            "با هم آشپزی کنیم و غذا بخوریم – گروهی از پناهجویان و همراه با آنان.",
            "گروه آشپزی «Zukunft» (آینده) گروهی از پناهجویان در مرکز فرهنگ و دیدار در میدان برونن‌پلاتس "
            "(Brunnenplatz) است. هنگام آشپزی مشترک، افراد با هم گفتگو می‌کنند و با غذاهای کشورهای مختلف آشنا "
            "می‌شوند. همهٔ علاقه‌مندان خوش آمدند.",
        ),
    },
    "kochen-backen-kinder": {
        "en": (
            "Cooking and baking with children",
            "Children cook and bake together at the Brunnenplatz centre.",
            "In this group, children cook and bake together at the culture and community centre on Brunnenplatz. "
            "Along the way they get to know each other and try out new things. Ask the Integrationsagentur for "
            "dates.",
        ),
        "ar": (
            "الطبخ والخَبز مع الأطفال",
            "يطبخ الأطفال ويخبزون معاً في مركز برونّنبلاتس.",
            "في هذه المجموعة يطبخ الأطفال ويخبزون معاً في مركز الثقافة واللقاء في ساحة برونّنبلاتس. وخلال ذلك "
            "يتعرّفون على بعضهم ويجرّبون أشياء جديدة. اسألوا وكالة الاندماج عن المواعيد.",
        ),
    },
    "seniorengruppe": {
        "en": (
            "“Mensch ärgere dich nicht” seniors' group",
            "Games and good company for older people.",
            "The “Mensch ärgere dich nicht” seniors' group (named after a popular German board game) meets at "
            "the culture and community centre on Brunnenplatz to play games and chat. The Integrationsagentur "
            "coordinates networking for seniors; the AWO seniors' meeting centre and ZWAR groups (“between work "
            "and retirement”) also meet at the centre.",
        ),
        "ar": (
            "مجموعة كبار السن „Mensch ärgere dich nicht“",
            "ألعاب وأجواء اجتماعية لكبار السن.",
            "تلتقي مجموعة كبار السن „Mensch ärgere dich nicht“ (على اسم لعبة لوحية ألمانية مشهورة) في مركز "
            "الثقافة واللقاء في ساحة برونّنبلاتس للعب والدردشة. تنسّق وكالة الاندماج شبكة العمل مع كبار السن، "
            "ويلتقي في المركز أيضاً مركز لقاء كبار السن التابع لجمعية AWO ومجموعات ZWAR („بين العمل والتقاعد“).",
        ),
        "tr": (
            "„Mensch ärgere dich nicht“ Yaşlılar Grubu",
            "Yaşlılar için oyun ve sohbet.",
            "Adını Almanya'da çok sevilen bir kutu oyunundan alan „Mensch ärgere dich nicht“ yaşlılar grubu, "
            "oyun oynamak ve sohbet etmek için Brunnenplatz'taki Kültür ve Buluşma Merkezi'nde bir araya "
            "geliyor. Integrationsagentur yaşlılara yönelik ağ çalışmasını koordine ediyor; merkezde ayrıca "
            "AWO'nun yaşlılar buluşma yeri ve ZWAR („Çalışma ile emeklilik arasında“) grupları da toplanıyor.",
        ),
        "ru": (
            "Группа пожилых людей «Mensch ärgere dich nicht»",
            "Игры и общение для пожилых людей.",
            "Группа пожилых людей «Mensch ärgere dich nicht» (названа в честь популярной немецкой настольной "
            "игры) встречается в Центре культуры и встреч на площади Brunnenplatz, чтобы играть и общаться. "
            "Агентство по интеграции координирует сетевую работу для пожилых людей; в центре также встречаются "
            "Центр встреч пожилых людей AWO и группы ZWAR («Между работой и выходом на пенсию»).",
        ),
    },
    "awo-seniorenbegegnung": {
        "en": (
            "AWO seniors' meeting centre",
            "A place for older people to meet at the Brunnenplatz culture and community centre.",
            "The welfare association Arbeiterwohlfahrt (AWO) runs a seniors' meeting centre at the culture and "
            "community centre on Brunnenplatz. Older people meet here, get talking and make new contacts.",
        ),
        "ar": (
            "مركز لقاء كبار السن التابع لجمعية AWO",
            "مكان لقاء لكبار السن في مركز الثقافة واللقاء في ساحة برونّنبلاتس.",
            "تدير جمعية الرعاية الاجتماعية „Arbeiterwohlfahrt“ (AWO) مركز لقاء لكبار السن في مركز الثقافة "
            "واللقاء في ساحة برونّنبلاتس. يلتقي كبار السن هنا ويتحدّثون ويتعرّفون على أشخاص جدد.",
        ),
    },
    "fototreff": {
        "en": (
            "Photo group",
            "Taking photos together and talking about pictures.",
            "The photo group brings together people who enjoy taking photos and talking about their pictures. It "
            "is one of around 20 groups that use the rooms of the culture and community centre on Brunnenplatz. "
            "New faces are welcome.",
        ),
        "ar": (
            "لقاء التصوير",
            "نصوّر معاً ونتحدّث عن الصور.",
            "يجمع لقاء التصوير أشخاصاً يحبّون التصوير ويتبادلون الحديث عن صورهم. تلتقي المجموعة في مركز الثقافة "
            "واللقاء في ساحة برونّنبلاتس. نرحّب بالوجوه الجديدة.",
        ),
    },
    "kreativgruppe": {
        "en": (
            "“Anwohner basteln” creative group",
            "Crafts and creativity with your neighbours.",
            "In the “Anwohner basteln” (Residents' Crafts) creative group, local residents get creative "
            "together. The group meets at the culture and community centre on Brunnenplatz; anyone who wants to "
            "join in is welcome.",
        ),
        "ar": (
            "مجموعة الأعمال اليدوية „Anwohner basteln“",
            "أعمال يدوية وإبداع مع جيرانكم.",
            "في مجموعة „Anwohner basteln“ (السكان يصنعون بأيديهم) يمارس سكان الحي الأعمال اليدوية والإبداع معاً. "
            "تلتقي المجموعة في مركز الثقافة واللقاء في ساحة برونّنبلاتس، ونرحّب بكل من يرغب في المشاركة.",
        ),
    },
    "siedlungsgarten": {
        "en": (
            "Intercultural community garden",
            "Gardening together with neighbours from many countries.",
            "In the intercultural community garden, people of different origins garden together. The garden's "
            "members are one of the groups at the culture and community centre on Brunnenplatz. Anyone who "
            "enjoys gardening and meeting new people can join in.",
        ),
        "ar": (
            "الحديقة المشتركة بين الثقافات",
            "نزرع معاً مع جيران من بلدان كثيرة.",
            "في الحديقة المشتركة بين الثقافات يعمل أناس من أصول مختلفة في الزراعة معاً. والناشطون في الحديقة من "
            "ضمن مجموعات مركز الثقافة واللقاء في ساحة برونّنبلاتس. كل من يحبّ العمل في الحديقة والتعرّف على "
            "أشخاص جدد يمكنه المشاركة.",
        ),
    },
    "sofia-kurse": {
        "en": (
            "Ebru painting, calligraphy and cooking courses",
            "Courses by Sofia e.V.: traditional ebru painting, calligraphy and cooking.",
            "The association Sofia e.V., a Turkish women's group, runs courses at the culture and community "
            "centre on Brunnenplatz: ebru (the traditional art of marbling colours on water and transferring "
            "them onto paper), calligraphy and cooking. The courses are a chance to discover art and food and to "
            "get talking with one another.",
        ),
        "ar": (
            "دورات رسم الإيبرو وفن الخط والطبخ",
            "دورات تقدّمها جمعية Sofia e.V.: فن الإيبرو التقليدي وفن الخط والطبخ.",
            "تقدّم جمعية Sofia e.V.، وهي مجموعة نسائية تركية، دورات في مركز الثقافة واللقاء في ساحة برونّنبلاتس: "
            "الإيبرو (الفن التقليدي للرسم بالألوان على سطح الماء ونقلها إلى الورق)، وفن الخط، والطبخ. الدورات "
            "فرصة للتعرّف على الفن والمطبخ وللتحدّث مع الآخرين.",
        ),
        "tr": (
            "Ebru, Hat ve Yemek Kursları",
            "Sofia e.V. derneğinin kursları: geleneksel ebru sanatı, hat ve yemek.",
            "Bir Türk kadın grubu olan Sofia e.V. derneği, Brunnenplatz'taki Kültür ve Buluşma Merkezi'nde "
            "kurslar düzenliyor: ebru (su üzerindeki boyalarla desen oluşturup kâğıda aktarma sanatı), hat "
            "(kaligrafi) ve yemek. Kurslar, sanatı ve mutfağı tanımak ve birbirleriyle sohbet etmek için güzel "
            "bir fırsat.",
        ),
    },
}
