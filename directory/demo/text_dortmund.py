"""Translations of the Dortmund offers (German source in offers_dortmund.py)."""

from directory.demo.specs import Texts

TEXTS: Texts = {
    "sprechstunde-brackel-aplerbeck": {
        "en": (
            "lokal willkommen consultation hours in Brackel/Aplerbeck",
            "Advice and help with everyday questions for refugees who have their own flat – in German, Arabic, "
            "English and Farsi.",
            "Have you moved from temporary accommodation into your own flat in Brackel or Aplerbeck? At the "
            "lokal willkommen consultation hours in the shop premises on Brackeler Hellweg, we sort out smaller "
            "problems directly wherever possible or refer you to the right place. The office is staffed by one "
            "person from the City of Dortmund and one from a welfare organisation.",
        ),
        "ar": (
            "ساعات الاستشارة في „lokal willkommen“ براكل/أبلربيك",
            "نصيحة ومساعدة في أسئلة الحياة اليومية للاجئين الذين يسكنون في شقة خاصة – بالألمانية والعربية "
            "والإنجليزية والفارسية.",
            "هل انتقلتم من سكن مؤقت إلى شقتكم الخاصة في براكل (Brackel) أو أبلربيك (Aplerbeck)؟ في ساعات "
            "الاستشارة لدى „lokal willkommen“ في المحل الواقع في شارع Brackeler Hellweg نحلّ المشكلات الصغيرة "
            "مباشرة قدر الإمكان، أو نحيلكم إلى الجهة المناسبة. يعمل في المكتب موظف من مدينة دورتموند وموظف من "
            "إحدى جمعيات الرعاية الاجتماعية.",
        ),
        "fa": (
            "ساعات مشاورهٔ «lokal willkommen» در براکل/آپلربک",
            "راهنمایی و کمک در مسائل روزمره برای پناهجویانی که خانهٔ خودشان را دارند – به زبان‌های آلمانی، عربی، "
            "انگلیسی و فارسی.",
            "از اقامتگاه موقت به خانهٔ خودتان در براکل (Brackel) یا آپلربک (Aplerbeck) نقل مکان کرده‌اید؟ در "
            "ساعات مشاورهٔ «lokal willkommen» در مغازه‌ای در خیابان Brackeler Hellweg مشکلات کوچک را تا جای ممکن "
            "همان‌جا حل می‌کنیم یا شما را به مرجع مناسب معرفی می‌کنیم. در این دفتر یک کارمند از شهرداری دورتموند "
            "و یک کارمند از یک سازمان رفاه اجتماعی کار می‌کنند.",
        ),
        "uk": (
            "Консультації lokal willkommen у Бракелі/Аплербеку",
            "Порада й допомога в повсякденних питаннях для біженців, які мають власне житло, – німецькою, "
            "арабською, англійською та фарсі.",
            "Ви переїхали з тимчасового житла до власної квартири в Бракелі (Brackel) чи Аплербеку (Aplerbeck)? "
            "Під час консультацій lokal willkommen у приміщенні на вулиці Brackeler Hellweg ми за можливості "
            "одразу вирішуємо невеликі проблеми або скеровуємо вас до відповідної установи. В офісі працюють по "
            "одному фахівцеві від міста Дортмунд і від благодійної організації.",
        ),
    },
    "sprechstunde-mengede-huckarde": {
        "en": (
            "lokal willkommen consultation hours in Mengede/Huckarde",
            "Advice and help with everyday questions for refugees who have their own flat – in German, Arabic, "
            "English and Farsi.",
            "Since 9 February 2018, lokal willkommen has had an office in the Noah parish hall at Westerfilder "
            "Straße 11a. Refugees who have moved into their own flat in Mengede or Huckarde get advice and help "
            "here with problems and everyday questions. We sort out smaller problems directly wherever possible; "
            "otherwise we refer you to the right place. The office is staffed by one person from the City of "
            "Dortmund and one from the Diakonisches Werk Dortmund und Lünen.",
        ),
        "ar": (
            "ساعات الاستشارة في „lokal willkommen“ منغيده/هوكارده",
            "نصيحة ومساعدة في أسئلة الحياة اليومية للاجئين الذين يسكنون في شقة خاصة – بالألمانية والعربية "
            "والإنجليزية والفارسية.",
            "منذ 9 شباط/فبراير 2018 يوجد لـ„lokal willkommen“ مكتب في قاعة كنيسة نوح (Noah-Gemeindehaus) في شارع "
            "Westerfilder Straße 11a. يحصل اللاجئون الذين انتقلوا إلى شقتهم الخاصة في منغيده (Mengede) أو "
            "هوكارده (Huckarde) هنا على النصيحة والمساعدة في المشكلات وأسئلة الحياة اليومية. نحلّ المشكلات "
            "الصغيرة مباشرة قدر الإمكان، وإلا نحيلكم إلى الجهة المناسبة. يعمل في المكتب موظف من مدينة دورتموند "
            "وموظف من مؤسسة الدياكوني في دورتموند ولونن (Diakonisches Werk Dortmund und Lünen).",
        ),
        "fa": (
            "ساعات مشاورهٔ «lokal willkommen» در منگده/هوکارده",
            "راهنمایی و کمک در مسائل روزمره برای پناهجویانی که خانهٔ خودشان را دارند – به زبان‌های آلمانی، عربی، "
            "انگلیسی و فارسی.",
            "از ۹ فوریهٔ ۲۰۱۸ دفتر «lokal willkommen» در خانهٔ جماعت کلیسای نوح (Noah-Gemeindehaus) در خیابان "
            "Westerfilder Straße 11a قرار دارد. پناهجویانی که در منگده (Mengede) یا هوکارده (Huckarde) به خانهٔ "
            "خودشان نقل مکان کرده‌اند، اینجا برای مشکلات و پرسش‌های روزمره راهنمایی و کمک دریافت می‌کنند. مشکلات "
            "کوچک را تا جای ممکن همان‌جا حل می‌کنیم و در غیر این صورت شما را به مرجع مناسب معرفی می‌کنیم. در این "
            "دفتر یک کارمند از شهرداری دورتموند و یک کارمند از سازمان خیریهٔ دیاکونی دورتموند و لونن "
            "(Diakonisches Werk Dortmund und Lünen) کار می‌کنند.",
        ),
        "uk": (
            "Консультації lokal willkommen у Менгеде/Гукарде",
            "Порада й допомога в повсякденних питаннях для біженців, які мають власне житло, – німецькою, "
            "арабською, англійською та фарсі.",
            "З 9 лютого 2018 року lokal willkommen має офіс у парафіяльному будинку Noah-Gemeindehaus на вулиці "
            "Westerfilder Straße 11a. Біженці, які переїхали до власного житла в Менгеде (Mengede) чи Гукарде "
            "(Huckarde), отримують тут пораду й допомогу з проблемами та повсякденними питаннями. Невеликі "
            "проблеми ми за можливості вирішуємо одразу, а якщо ні – скеровуємо до відповідної установи. В офісі "
            "працюють по одному фахівцеві від міста Дортмунд і від Diakonisches Werk Dortmund und Lünen.",
        ),
    },
    "willkommens-hausbesuche": {
        "en": (
            "Welcome home visits",
            "The lokal willkommen team visits you in your new flat and helps you settle into the neighbourhood.",
            "If you have moved out of temporary accommodation into your own flat in the district, the lokal "
            "willkommen team can pay you a welcome visit at home. The visit covers everyday questions and what "
            "the neighbourhood has to offer. You can arrange a visit at either of the two offices.",
        ),
        "ar": (
            "زيارات منزلية للترحيب",
            "يزوركم فريق „lokal willkommen“ في شقتكم الجديدة ويساعدكم على الاستقرار في الحي.",
            "إذا انتقلتم من سكن مؤقت إلى شقتكم الخاصة في المنطقة، يمكن لفريق „lokal willkommen“ أن يزوركم في "
            "منزلكم زيارة ترحيبية. تتناول الزيارة أسئلة الحياة اليومية والخدمات المتوفرة في الحي. يمكنكم تحديد "
            "موعد في أحد المكتبين.",
        ),
        "fa": (
            "دیدارهای خوشامدگویی در منزل",
            "گروه «lokal willkommen» در خانهٔ جدیدتان به دیدن شما می‌آید و کمک می‌کند در محله جا بیفتید.",
            "اگر از اقامتگاه موقت به خانهٔ خودتان در این منطقه نقل مکان کرده‌اید، گروه «lokal willkommen» "
            "می‌تواند برای خوشامدگویی به خانه‌تان بیاید. در این دیدار دربارهٔ مسائل روزمره و امکانات محله صحبت "
            "می‌شود. می‌توانید در یکی از دو دفتر وقت بگیرید.",
        ),
    },
    "einschulung-kita-geburt": {
        "en": (
            "Help with school enrolment, a nursery place and birth",
            "We help you find a nursery place, enrol your child in school and with everything around the birth "
            "of a baby.",
            "Is your child starting school, are you looking for a nursery (Kita) place or expecting a baby? "
            "lokal willkommen will help you and put you in touch with partners in your district who can support "
            "you with these matters. Come to the consultation hours in Brackel or Mengede.",
        ),
        "ar": (
            "مساعدة في دخول المدرسة ومكان في الروضة والولادة",
            "نساعدكم في البحث عن مكان في روضة الأطفال، وفي تسجيل الطفل في المدرسة، وفي كل ما يتعلّق بولادة طفل.",
            "هل سيدخل طفلكم المدرسة، أو تبحثون عن مكان في روضة الأطفال (Kita)، أو تنتظرون مولوداً؟ يساعدكم فريق "
            "„lokal willkommen“ ويصلكم بشركاء في منطقتكم يقدّمون الدعم في هذه المواضيع. تعالوا إلى ساعات "
            "الاستشارة في براكل أو منغيده.",
        ),
        "fa": (
            "کمک در ثبت‌نام مدرسه، جای مهدکودک و تولد نوزاد",
            "در پیدا کردن جای مهدکودک، ثبت‌نام فرزندتان در مدرسه و همهٔ امور مربوط به تولد نوزاد کمکتان می‌کنیم.",
            "فرزندتان به مدرسه می‌رود، دنبال جای مهدکودک (Kita) هستید یا منتظر نوزاد هستید؟ «lokal willkommen» "
            "به شما کمک می‌کند و شما را با همکارانی در منطقه‌تان مرتبط می‌کند که در این زمینه‌ها پشتیبانی "
            "می‌کنند. به ساعات مشاوره در براکل یا منگده بیایید.",
        ),
    },
    "arbeitssuche": {
        "en": (
            "Support with looking for work",
            "First steps towards a job: we refer you to the right places.",
            "Many refugees want to find work as quickly as possible. lokal willkommen answers your first "
            "questions about looking for work and puts you in touch with partners and the responsible offices in "
            "your district.",
        ),
        "ar": (
            "دعم في البحث عن عمل",
            "خطوات أولى نحو العمل: نحيلكم إلى الجهات المناسبة.",
            "يرغب كثير من اللاجئين في إيجاد عمل بأسرع وقت ممكن. يجيب فريق „lokal willkommen“ عن أسئلتكم الأولى "
            "حول البحث عن عمل، ويصلكم بالشركاء والجهات المختصة في منطقتكم.",
        ),
        "fa": (
            "کمک در کاریابی",
            "نخستین گام‌ها به سوی کار: شما را به مراجع مناسب معرفی می‌کنیم.",
            "بسیاری از پناهجویان می‌خواهند هرچه زودتر کار پیدا کنند. «lokal willkommen» به پرسش‌های اولیهٔ شما "
            "دربارهٔ کاریابی پاسخ می‌دهد و شما را با همکاران و ادارات مسئول در منطقه‌تان مرتبط می‌کند.",
        ),
    },
    "strom-gas-ticket": {
        "en": (
            "Electricity and gas contracts, bus and train tickets",
            "Help with your electricity and gas contract, a ticket for buses and trains and other questions "
            "about your own flat.",
            "Your own flat brings new tasks: signing an electricity and gas contract, finding the right ticket "
            "for buses and trains, and much more. In the consultation hours we sort out smaller problems "
            "straight away wherever possible or refer you to the right place.",
        ),
        "ar": (
            "عقد الكهرباء والغاز، تذكرة الباص والقطار",
            "مساعدة في عقد الكهرباء والغاز، وفي تذكرة الباص والقطار، وفي أسئلة أخرى تخص شقتكم الخاصة.",
            "مع الشقة الخاصة تأتي مهام جديدة: إبرام عقد للكهرباء والغاز، وإيجاد التذكرة المناسبة للباص والقطار، "
            "وغير ذلك الكثير. في ساعات الاستشارة نحلّ المشكلات الصغيرة فوراً قدر الإمكان، أو نحيلكم إلى الجهة "
            "المناسبة.",
        ),
        "fa": (
            "قرارداد برق و گاز، بلیت اتوبوس و قطار",
            "کمک در قرارداد برق و گاز، بلیت اتوبوس و قطار و پرسش‌های دیگر دربارهٔ خانهٔ خودتان.",
            "خانهٔ شخصی کارهای تازه‌ای به همراه دارد: بستن قرارداد برق و گاز، پیدا کردن بلیت مناسب برای اتوبوس و "
            "قطار و بسیاری کارهای دیگر. در ساعات مشاوره مشکلات کوچک را تا جای ممکن فوراً حل می‌کنیم یا شما را به "
            "مرجع مناسب معرفی می‌کنیم.",
        ),
    },
    "mitmachen-ehrenamt": {
        "en": (
            "Get involved: round tables and volunteering",
            "A contact point for anyone who wants to volunteer or contribute ideas on integration in the district.",
            "The lokal willkommen office in the Noah parish hall is also a contact point for people who want to "
            "volunteer or share their suggestions and wishes on integration. The team builds a network of "
            "professionals and volunteers, invites people to round tables and works to identify and remove "
            "obstacles to integration.",
        ),
        "ar": (
            "شاركوا معنا: طاولات مستديرة وعمل تطوّعي",
            "نقطة تواصل لكل من يرغب في التطوّع أو تقديم أفكار حول الاندماج في المنطقة.",
            "مكتب „lokal willkommen“ في قاعة كنيسة نوح هو أيضاً نقطة تواصل لمن يرغب في العمل التطوعي أو في "
            "مشاركة اقتراحاته ورغباته حول موضوع الاندماج. يبني الفريق شبكة من العاملين المحترفين والمتطوعين، "
            "ويدعو إلى طاولات مستديرة، ويعمل على اكتشاف العوائق أمام الاندماج وإزالتها.",
        ),
        "fa": (
            "مشارکت کنید: میزگردها و کار داوطلبانه",
            "محلی برای همهٔ کسانی که می‌خواهند داوطلبانه فعالیت کنند یا ایده‌هایی دربارهٔ ادغام در منطقه ارائه دهند.",
            "دفتر «lokal willkommen» در خانهٔ جماعت کلیسای نوح محلی برای کسانی نیز هست که می‌خواهند داوطلبانه "
            "فعالیت کنند یا پیشنهادها و خواسته‌های خود را دربارهٔ ادغام در میان بگذارند. این گروه شبکه‌ای از "
            "کارکنان حرفه‌ای و داوطلبان ایجاد می‌کند، به میزگردها دعوت می‌کند و می‌کوشد موانع ادغام را شناسایی و "
            "برطرف کند.",
        ),
    },
}
