"""Translations of the MITTEndrin offers in Dorsten (German source in offers_dorsten_mittendrin.py)."""

from directory.demo.specs import Texts

TEXTS: Texts = {
    "mittendrin-treffpunkt": {
        "en": (
            "MITTEndrin intercultural meeting point",
            "A place where everyone can meet – with or without a migration background.",
            "MITTEndrin is the neighbourhood's intercultural meeting point and a place to take the first steps "
            "into social life together. Here everyone – with or without a migration background – can live their "
            "traditions and ways of life as they choose and meet one another. Clubs, schools and services for "
            "integration, families, young people and health work together here.",
        ),
        "ar": (
            "ملتقى „MITTEndrin“ بين الثقافات",
            "مكان لقاء للجميع – من أصول مهاجرة وغير مهاجرة.",
            "„MITTEndrin“ هو الملتقى بين الثقافات في الحي، ومكان لبداية مشتركة في الحياة الاجتماعية. هنا يستطيع "
            "جميع الناس – من أصول مهاجرة وغير مهاجرة – أن يعيشوا تقاليدهم وأساليب حياتهم بحرية وثقة وأن يلتقوا "
            "ببعضهم. وتتعاون هنا الجمعيات والمدارس والخدمات المعنية بالاندماج والعائلة والشباب والصحة.",
        ),
    },
    "mittendrin-beratung": {
        "en": (
            "Advice and accompaniment at MITTEndrin",
            "Personal advice and accompaniment – with an interpreter if you wish.",
            "If you are new to the neighbourhood and find it hard to find out about what is on offer by "
            "yourself, MITTEndrin gives you close, personal advice and accompaniment. We help you get to know "
            "your new surroundings and take an active part in life in the neighbourhood. An interpreter can join "
            "if needed.",
        ),
        "ar": (
            "استشارة ومرافقة في „MITTEndrin“",
            "استشارة ومرافقة شخصية – مع مترجم أو مترجمة إذا رغبتم.",
            "إذا كنتم جدداً في الحي ويصعب عليكم أن تتعرّفوا بأنفسكم على الخدمات المتاحة، تحصلون في „MITTEndrin“ "
            "على استشارة ومرافقة شخصية وقريبة. نساعدكم على التعرّف على محيطكم الجديد والمشاركة بفاعلية في حياة "
            "الحي. وعند الحاجة يحضر مترجم أو مترجمة.",
        ),
    },
    "mittendrin-kultur": {
        "en": (
            "Concerts and dance at MITTEndrin",
            "Cultural clubs and artists from Dorsten show what they can do – concerts, dance and more.",
            "At MITTEndrin, local cultural associations and individual artists have a stage – on their own or "
            "together with the town's cultural institutions. The programme includes concerts, dance performances "
            "and much more. This brings different groups into contact with one another.",
        ),
        "ar": (
            "حفلات موسيقية ورقص في „MITTEndrin“",
            "جمعيات ثقافية وفنانون وفنانات من دورستن يقدّمون إبداعاتهم – حفلات موسيقية ورقص والمزيد.",
            "في „MITTEndrin“ تجد الجمعيات الثقافية المحلية والفنانون والفنانات منصةً لعرض أعمالهم – بمفردهم أو "
            "بالتعاون مع المؤسسات الثقافية التابعة للمدينة. يتضمّن البرنامج حفلات موسيقية وعروض رقص وغير ذلك "
            "الكثير. وهكذا تتواصل مجموعات مختلفة مع بعضها.",
        ),
    },
    "mittendrin-anerkennung": {
        "en": (
            "Getting certificates translated and recognised",
            "Help with translating and recognising certificates – even if documents have been lost.",
            "Here you get support with translating your documents and having them recognised. Together we look "
            "for ways to obtain replacements for certificates that have been lost. We also look at the stages of "
            "your working life so far and how they fit the requirements of the job market here. This service "
            "takes place in groups of people who share a cultural background.",
        ),
        "ar": (
            "ترجمة الشهادات والاعتراف بها",
            "مساعدة في ترجمة الشهادات والاعتراف بها – حتى لو ضاعت بعض الوثائق.",
            "هنا تحصلون على دعم في ترجمة وثائقكم والاعتراف بها. نبحث معاً عن طرق لاستعادة الشهادات المفقودة. كما "
            "ننظر في المراحل المهنية التي مررتم بها، وكيف يمكن ربطها بمتطلبات سوق العمل هنا. يُقدَّم هذا العرض "
            "في مجموعات من أشخاص تجمعهم خلفية ثقافية مشتركة.",
        ),
    },
    "mittendrin-stadterkundung": {
        "en": (
            "Exploring the town – for mothers",
            "Getting to know Dorsten: nurseries, schools, the family office, the youth welfare office and the "
            "Dorsten-Pass.",
            "The town exploration is for parents, especially mothers with a refugee or migration background. "
            "Together we visit nurseries (Kitas) and schools as well as town offices that offer advice and "
            "education, such as the family office (Familienbüro) and the youth welfare office (Jugendamt). You "
            "learn how the German education system works and how to use educational and cultural offers with the "
            "Dorsten-Pass, a pass for people on a low income.",
        ),
        "ar": (
            "جولة في المدينة للأمهات",
            "تعرّفوا على دورستن: الحضانات والمدارس ومكتب العائلة ومكتب رعاية الشباب وبطاقة „Dorsten-Pass“.",
            "جولة التعرّف على المدينة موجّهة للآباء والأمهات، وخاصة للأمهات من أصول لاجئة أو مهاجرة. نزور معاً "
            "الحضانات (Kita) والمدارس، وكذلك مكاتب المدينة التي تقدّم الاستشارة والتعليم، مثل مكتب العائلة "
            "(Familienbüro) ومكتب رعاية الشباب (Jugendamt). تتعرّفون على طريقة عمل النظام التعليمي في ألمانيا، "
            "وعلى كيفية الاستفادة من العروض التعليمية والثقافية ببطاقة „Dorsten-Pass“ المخصّصة لذوي الدخل "
            "المحدود.",
        ),
    },
    "mittendrin-exkursionen": {
        "en": (
            "Cultural outings, for example to the Jewish Museum",
            "Experiencing culture in Dorsten together: the Jewish Museum, music events and more.",
            "The programme includes cultural outings, for example a visit to the Jewish Museum of Westphalia in "
            "Dorsten or to music events. This way participants discover what Dorsten has to offer culturally. An "
            "interpreter can join if needed.",
        ),
        "ar": (
            "رحلات ثقافية، مثلاً إلى المتحف اليهودي",
            "نعيش الثقافة في دورستن معاً: المتحف اليهودي والفعاليات الموسيقية والمزيد.",
            "يتضمّن البرنامج رحلات ثقافية، مثل زيارة المتحف اليهودي لمنطقة فستفاليا (Jüdisches Museum Westfalen) "
            "في دورستن أو حضور فعاليات موسيقية. وهكذا يتعرّف المشاركون والمشاركات على الحياة الثقافية في دورستن. "
            "وعند الحاجة يحضر مترجم أو مترجمة.",
        ),
    },
    "nachbarschaftsmuetter": {
        "en": (
            "Neighbourhood mothers",
            "Trained mothers with their own migration background support families in everyday life – join in!",
            "Neighbourhood mothers are well-settled mothers with their own migration background who volunteer in "
            "their neighbourhood. They are trained and give families practical help in everyday life. Women who "
            "come to MITTEndrin benefit from their experience – and can join in themselves.",
        ),
        "ar": (
            "أمهات الحي",
            "أمهات مدرَّبات من أصول مهاجرة يساعدن العائلات في الحياة اليومية – شاركي معنا!",
            "„أمهات الحي“ (Nachbarschaftsmütter) أمهات مندمجات جيداً من أصول مهاجرة، يتطوّعن في أحيائهن. يحصلن "
            "على تدريب ويقدّمن للعائلات مساعدة عملية في الحياة اليومية. تستفيد النساء اللواتي يأتين إلى "
            "„MITTEndrin“ من خبرتهن – ويمكنهن أيضاً المشاركة بأنفسهن.",
        ),
    },
}
