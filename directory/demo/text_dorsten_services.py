"""Translations of the Integrationsagentur's services in Dorsten (German source in offers_dorsten.py)."""

from directory.demo.specs import Texts

TEXTS: Texts = {
    "buergersprechstunde": {
        "en": (
            "Citizens' consultation hours",
            "Regular consultation hours for residents at the culture and community centre in Hervest.",
            "Regular citizens' consultation hours are held at the culture and community centre on Brunnenplatz. "
            "You can raise your concerns in person; if necessary, we put you in touch with the right specialist "
            "services in Dorsten. Ask the Integrationsagentur by phone or e-mail for the current dates.",
        ),
        "ar": (
            "ساعات استقبال المواطنين",
            "ساعات استقبال منتظمة للمواطنين في مركز الثقافة واللقاء في حي هيرفيست.",
            "تُعقد بانتظام ساعات استقبال للمواطنين في مركز الثقافة واللقاء في ساحة برونّنبلاتس (Brunnenplatz). "
            "يمكنكم عرض طلباتكم شخصياً، وعند الحاجة نصلكم بالجهات المختصة المناسبة في دورستن. اسألوا وكالة "
            "الاندماج (Integrationsagentur) هاتفياً أو بالبريد الإلكتروني عن المواعيد الحالية.",
        ),
    },
    "beratung-migration-flucht": {
        "en": (
            "Advice for migrants and refugees",
            "Free advice for migrants and refugees of all ages – including the regional advice centre for refugees.",
            "The Integrationsagentur advises migrants and refugees of all ages. The regional advice centre for "
            "refugees is also based at the Brunnenplatz centre; the Department for Migration and Integration has "
            "been advising refugees on behalf of the town of Dorsten since 1996. Advice is free of charge and "
            "available on an ongoing basis.",
        ),
        "ar": (
            "استشارة للمهاجرين واللاجئين",
            "استشارة مجانية للمهاجرين واللاجئين من جميع الأعمار – مع مركز الاستشارة الإقليمي للاجئين.",
            "تقدّم وكالة الاندماج (Integrationsagentur) الاستشارة للمهاجرات والمهاجرين واللاجئين من جميع "
            "الأعمار. ويوجد في مركز برونّنبلاتس أيضاً مركز الاستشارة الإقليمي للاجئين، إذ يقدّم قسم الهجرة "
            "والاندماج الاستشارة للاجئين بتكليف من مدينة دورستن منذ عام 1996. الاستشارة مجانية ومتاحة بشكل "
            "مستمر.",
        ),
        "fa": (
            "مشاوره برای مهاجران و پناهجویان",
            "مشاورهٔ رایگان برای مهاجران و پناهجویان در هر سنی – همراه با مرکز مشاورهٔ منطقه‌ای پناهجویان.",
            "آژانس ادغام (Integrationsagentur) به مهاجران و پناهجویان در هر سنی مشاوره می‌دهد. مرکز مشاورهٔ "
            "منطقه‌ای پناهجویان نیز در مرکز برونن‌پلاتس (Brunnenplatz) قرار دارد؛ ادارهٔ مهاجرت و ادغام از سال "
            "۱۹۹۶ از طرف شهر دورستن به پناهجویان مشاوره می‌دهد. مشاوره رایگان است و به‌طور مستمر ارائه می‌شود.",
        ),
        "tr": (
            "Göçmenler ve mülteciler için danışmanlık",
            "Her yaştan göçmen ve mülteci için ücretsiz danışmanlık – Bölgesel Mülteci Danışma Merkezi ile birlikte.",
            "Integrationsagentur her yaştan göçmene ve mülteciye danışmanlık hizmeti veriyor. Bölgesel Mülteci "
            "Danışma Merkezi de Brunnenplatz'taki merkezde bulunuyor; Göç ve Uyum Birimi 1996'dan beri Dorsten "
            "Belediyesi adına mültecilere danışmanlık yapıyor. Danışmanlık ücretsizdir ve sürekli olarak "
            "sunulmaktadır.",
        ),
        "uk": (
            "Консультації для мігрантів і біженців",
            "Безкоштовні консультації для мігрантів і біженців будь-якого віку – разом із Регіональним "
            "консультаційним центром для біженців.",
            "Агенція з інтеграції (Integrationsagentur) консультує мігрантів і біженців будь-якого віку. У "
            "центрі на Brunnenplatz також працює Регіональний консультаційний центр для біженців; відділ "
            "міграції та інтеграції консультує біженців за дорученням міста Дорстен ще з 1996 року. Консультації "
            "безкоштовні й доступні постійно.",
        ),
        "ru": (
            "Консультации для мигрантов и беженцев",
            "Бесплатные консультации для мигрантов и беженцев любого возраста – вместе с Региональной "
            "консультационной службой для беженцев.",
            "Агентство по интеграции (Integrationsagentur) консультирует мигрантов и беженцев любого возраста. В "
            "центре на Brunnenplatz также находится Региональная консультационная служба для беженцев; отдел "
            "миграции и интеграции консультирует беженцев по поручению города Дорстен с 1996 года. Консультации "
            "бесплатны и проводятся постоянно.",
        ),
    },
    "begegnungscafe": {
        "en": (
            "Culture and community café",
            "A meeting place at the Brunnenplatz centre: get talking and make new contacts.",
            "The culture and community café at the Brunnenplatz centre is a space for conversation and "
            "encounters – for people with and without a migration background. The Integrationsagentur "
            "coordinates and supports the café. Drop in and meet people from your neighbourhood.",
        ),
        "ar": (
            "مقهى الثقافة واللقاء",
            "مكان لقاء في مركز برونّنبلاتس: تحدّثوا وتعرّفوا على أشخاص جدد.",
            "مقهى الثقافة واللقاء في مركز برونّنبلاتس مساحة للحوار واللقاء – للناس من أصول مهاجرة وغير مهاجرة. "
            "تنسّق وكالة الاندماج المقهى وترافقه. تفضّلوا بزيارتنا وتعرّفوا على أشخاص من حيّكم.",
        ),
        "tr": (
            "Kültür ve Buluşma Kafesi",
            "Brunnenplatz'taki merkezde bir buluşma yeri: sohbet edin, yeni insanlarla tanışın.",
            "Brunnenplatz'taki merkezde bulunan Kültür ve Buluşma Kafesi, göç geçmişi olan ve olmayan herkes "
            "için bir iletişim ve buluşma alanıdır. Kafeyi Integrationsagentur koordine ediyor ve destekliyor. "
            "Uğrayın ve mahallenizden insanlarla tanışın.",
        ),
    },
    "interkulturelle-feste": {
        "en": (
            "Intercultural festivals",
            "Celebrations that bring together people from many countries.",
            "The Integrationsagentur plans and organises intercultural festivals and activities together with "
            "the groups at the centre. The festivals promote equal, peaceful and unprejudiced coexistence "
            "between long-time residents and newcomers.",
        ),
        "ar": (
            "احتفالات بين الثقافات",
            "احتفالات تجمع أناساً من بلدان كثيرة.",
            "تخطّط وكالة الاندماج وتنظّم احتفالات وأنشطة بين الثقافات بالتعاون مع المجموعات في المركز. تعزّز هذه "
            "الاحتفالات عيشاً مشتركاً قائماً على المساواة والسلام وخالياً من الأحكام المسبقة بين السكان المحليين "
            "والقادمين الجدد.",
        ),
    },
    "sprachfoerderung": {
        "en": (
            "Learning German without barriers",
            "Easy-access language support at the Brunnenplatz centre.",
            "The Brunnenplatz centre offers easy-access language support that makes it easier to get started "
            "with German. It complements the integration courses; groups such as the “Wollmäuse” women's "
            "conversation circle also help with learning German. The Integrationsagentur can tell you which "
            "offer suits you.",
        ),
        "ar": (
            "تعلّم الألمانية دون عوائق",
            "عروض سهلة الوصول لدعم تعلّم اللغة في مركز برونّنبلاتس.",
            "يقدّم مركز برونّنبلاتس عروضاً سهلة الوصول لدعم تعلّم اللغة، تسهّل البداية مع اللغة الألمانية. وهي "
            "تكمّل دورات الاندماج، كما تساعد مجموعات مثل حلقة الحوار النسائية „Wollmäuse“ على تعلّم الألمانية. "
            "تخبركم وكالة الاندماج بالعرض المناسب لكم.",
        ),
    },
    "integrationskurse-alphabetisierung": {
        "en": (
            "Integration courses with literacy",
            "Learn German and learn to read and write at the same time – integration courses at the Brunnenplatz "
            "centre.",
            "Integration courses with literacy training take place at the culture and community centre – for "
            "people who are also learning to read and write in the Latin alphabet. Dorsten's course providers "
            "coordinate their courses in the working group on integration and language (AGIS); the Caritas "
            "migration advice service for adults (MBE) supports the courses and helps with questions and "
            "problems. The course providers advise on costs and possible fee exemption.",
        ),
        "ar": (
            "دورات الاندماج مع تعليم القراءة والكتابة",
            "تعلّموا الألمانية وتعلّموا القراءة والكتابة في الوقت نفسه – دورات الاندماج في مركز برونّنبلاتس.",
            "تُقام في مركز الثقافة واللقاء دورات اندماج مع تعليم القراءة والكتابة (Alphabetisierung) – لمن "
            "يتعلّم أيضاً القراءة والكتابة بالحروف اللاتينية. تنسّق الجهات المنظِّمة للدورات في دورستن عروضها "
            "ضمن مجموعة العمل للاندماج واللغة (AGIS)، وترافق خدمة استشارات الهجرة للبالغين (MBE) التابعة "
            "لكاريتاس الدورات وتساعد في الأسئلة والمشكلات. وتقدّم الجهات المنظِّمة الاستشارة حول التكاليف "
            "وإمكانية الإعفاء منها.",
        ),
        "fa": (
            "دوره‌های ادغام همراه با سوادآموزی",
            "آلمانی یاد بگیرید و هم‌زمان خواندن و نوشتن را بیاموزید – دوره‌های ادغام در مرکز برونن‌پلاتس.",
            "در مرکز فرهنگ و دیدار، دوره‌های ادغام همراه با سوادآموزی برگزار می‌شود – برای کسانی که در کنار زبان "
            "آلمانی، خواندن و نوشتن با الفبای لاتین را هم یاد می‌گیرند. برگزارکنندگان دوره‌ها در دورستن "
            "برنامه‌های خود را در کارگروه ادغام و زبان (AGIS) هماهنگ می‌کنند؛ مشاورهٔ مهاجرت بزرگسالان (MBE) "
            "کاریتاس دوره‌ها را همراهی می‌کند و در پرسش‌ها و مشکلات کمک می‌کند. برگزارکنندگان دوره‌ها دربارهٔ "
            "هزینه‌ها و امکان معافیت از پرداخت راهنمایی می‌کنند.",
        ),
        "uk": (
            "Інтеграційні курси з алфавітизацією",
            "Вивчайте німецьку й водночас навчайтеся читати та писати – інтеграційні курси в центрі на Brunnenplatz.",
            "У Центрі культури та зустрічей проходять інтеграційні курси з алфавітизацією – для тих, хто разом "
            "із німецькою мовою вчиться читати й писати латинкою. Організатори курсів у Дорстені узгоджують свої "
            "пропозиції в робочій групі з інтеграції та мови (AGIS); міграційна консультація для дорослих (MBE) "
            "організації Caritas супроводжує курси й допомагає з питаннями та проблемами. Щодо вартості та "
            "можливого звільнення від оплати консультують організатори курсів.",
        ),
        "ru": (
            "Интеграционные курсы с обучением грамоте",
            "Учите немецкий и одновременно учитесь читать и писать – интеграционные курсы в центре на Brunnenplatz.",
            "В Центре культуры и встреч проходят интеграционные курсы с обучением грамоте – для тех, кто вместе "
            "с немецким языком учится читать и писать латиницей. Организаторы курсов в Дорстене согласовывают "
            "свои предложения в рабочей группе по интеграции и языку (AGIS); миграционная консультация для "
            "взрослых (MBE) организации Caritas сопровождает курсы и помогает с вопросами и проблемами. О "
            "стоимости и возможном освобождении от оплаты консультируют организаторы курсов.",
        ),
    },
    "integrationslotsen": {
        "en": (
            "Accompaniment by integration guides",
            "Volunteer integration guides accompany you, put you in touch with the right people and interpret.",
            "Integration guides support refugees and migrants as partners as they settle in. They accompany "
            "people, mediate, interpret both language and culture, provide information about what the town "
            "offers and establish contacts with authorities and advice services. Their aim is to help people "
            "help themselves.",
        ),
        "ar": (
            "مرافقة من „مرشدي الاندماج“",
            "مرشدات ومرشدو اندماج متطوّعون يرافقونكم ويصلونكم بالجهات المناسبة ويترجمون لكم.",
            "يدعم مرشدو ومرشدات الاندماج (Integrationslotsen) اللاجئين والمهاجرين كشركاء في مرحلة الوصول "
            "والاستقرار. فهم يرافقون ويتوسّطون ويترجمون لغوياً وثقافياً، ويقدّمون معلومات عن خدمات المدينة، "
            "ويربطونكم بالدوائر الرسمية ومراكز الاستشارة. هدفهم هو المساعدة على الاعتماد على الذات.",
        ),
    },
    "integrationslotse-werden": {
        "en": (
            "Become an integration guide",
            "Help as a volunteer: training and certificate as an integration guide.",
            "Since 2009, the Department for Migration and Integration has been training integration guides "
            "together with the town administration and the Migration Plenum, Dorsten's integration network. So "
            "far, 130 guides have been trained and certified; today most of them support refugees. They share "
            "their experiences at the integration guides' get-togethers at the centre.",
        ),
        "ar": (
            "كونوا مرشدين للاندماج",
            "ساعدوا كمتطوّعين: تدريب وشهادة كمرشد أو مرشدة اندماج.",
            "منذ عام 2009 يدرّب قسم الهجرة والاندماج، بالتعاون مع إدارة المدينة و„منتدى الهجرة“ "
            "(Migrationsplenum)، مرشدات ومرشدي الاندماج. حتى الآن تم تدريب 130 مرشداً ومرشدة ومنحهم شهادات، "
            "ويعمل معظمهم اليوم مع اللاجئين. ويتبادلون الخبرات في لقاءات مرشدي الاندماج في المركز.",
        ),
    },
    "schulsozialarbeit": {
        "en": (
            "School social work for children with a migration background",
            "School social work at two schools in Dorsten – for children with a migration background and their "
            "parents.",
            "Since the 2011/2012 school year, the Department for Migration and Integration has been running a "
            "pilot project of migrant-oriented school social work at two schools in Dorsten on behalf of the "
            "town. A school social worker involves the parents, motivates and supports the children and so helps "
            "them succeed at school.",
        ),
        "ar": (
            "العمل الاجتماعي المدرسي للأطفال من أصول مهاجرة",
            "عمل اجتماعي مدرسي في مدرستين في دورستن – للأطفال من أصول مهاجرة ولأهاليهم.",
            "منذ العام الدراسي 2011/2012 ينفّذ قسم الهجرة والاندماج، بتكليف من مدينة دورستن، مشروعاً نموذجياً "
            "للعمل الاجتماعي المدرسي الموجّه للمهاجرين في مدرستين في دورستن. تُشرك الأخصائية الاجتماعية في "
            "المدرسة الأهلَ، وتحفّز الأطفال وتدعمهم، وتساهم بذلك في نجاحهم الدراسي.",
        ),
    },
}
