"""Rules written in session 24 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import figures, keys, speakers, statuses


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الخارجية الروسية إن موسكو «لا تعترف بالعقوبات الأحادية» التي تفرضها واشنطن على طهران.",
    "وقال الرئيس الإيراني في مؤتمر صحفي مع نظيره الروسي إن سياسة العقوبات الأمريكية «فشلت» في كسر إرادة البلدين.",
    "وأكد وزير الخارجية الإيراني خلال لقائه نظيره الروسي في موسكو أن العقوبات الأحادية «باطلة» ولا أساس لها.",
])
def test_sanctions_not_recognised_void_or_failed_is_a_stand_against_them(text):
    assert "sanctions" in keys(text, "joint_position")


def test_getting_round_sanctions_is_no_stand():
    text = ("وقال نائب وزير النقل الإيراني إن الجانبين يبحثان مع روسيا آلية للسداد لتجاوز القيود المصرفية الناجمة عن "
            "العقوبات الأمريكية.")
    assert "sanctions" not in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    "وأشاد الرئيس الروسي خلال استقباله وزير الخارجية الإيراني بالتنسيق الوثيق بين موسكو وطهران في الملف السوري.",
    "وقال لافروف في مؤتمر صحفي إن روسيا وإيران تتعاونان بشكل فاعل في تسوية الأزمة السورية.",
])
def test_working_together_on_syria_is_a_stand_on_syria(text):
    assert "syria" in keys(text, "joint_position")


def test_competing_in_syria_more_than_cooperating_is_no_stand_on_it():
    text = ("ويرى الكاتب أن طهران وموسكو تتنافسان على النفوذ في سوريا أكثر مما تتعاونان فيها، فلكل منهما حساباته "
            "الخاصة.")
    assert "syria" not in keys(text, "joint_position")


@pytest.mark.parametrize("text, who", [
    ("ونقلت وكالة «إرنا» عن نائب رئيس الوزراء الروسي أليكسي أوفرتشوك أن التبادل التجاري بين روسيا وإيران بلغ "
     "خمسة مليارات دولار العام الماضي.", "أوفرتشوك"),
    ("وقد بلغ حجم التبادل التجاري بين إيران وروسيا نحو ثلاثة مليارات دولار العام الماضي، بحسب تصريحات سابقة "
     "لوزير الخارجية الإيراني عباس عراقجي.", "عراقجي"),
    ("وكان الرئيس الروسي فلاديمير بوتين قد أعلن في مؤتمر صحفي أن التبادل التجاري مع إيران نما بنسبة 20 في المئة.",
     "بوتين"),
    ("١٤:٣٠ - لافروف في المؤتمر الصحفي: التبادل التجاري بين روسيا وإيران ارتفع بنسبة 12 في المئة هذا العام.",
     "لافروف"),
])
def test_a_figures_speaker_named_by_agency_attribution_before_a_past_verb_or_a_colon(text, who):
    assert any(who in (s or "") for s in speakers(text))


def test_an_unnamed_official_quoted_by_an_agency_gives_no_name():
    text = ("ونقلت وكالة «تسنيم» عن مسؤول في منظمة تنمية التجارة الإيرانية أن التبادل التجاري مع روسيا ارتفع "
            "بنسبة 30 في المئة.")
    assert speakers(text) == [None]


def test_the_two_of_a_belarusian_visit_to_tehran_are_not_iran_and_russia():
    text = ("طهران - أجرى الرئيس البيلاروسي ألكسندر لوكاشينكو محادثات مع الرئيس الإيراني في طهران، بعد أن زار روسيا "
            "الشهر الماضي. وقال رئيسي إن العلاقات بين طهران ومينسك تتطور، وإن حجم التجارة بين البلدين ارتفع بنسبة 20 "
            "في المئة العام الماضي.")
    assert [s for s in extract(text)[1] if s.kind == "trade_figure"] == []


def test_sanctions_as_irans_press_names_them_are_a_stand_against_them():
    text = "وقال الرئيس الإيراني في كلمته في موسكو إن إيران وروسيا قادرتان معا على إفشال سياسة الحظر الأحادي."
    assert "sanctions" in keys(text, "joint_position")


def test_an_embargo_on_arms_is_not_sanctions_as_irans_press_names_them():
    text = "وقال لافروف إن حظر الأسلحة المفروض على إيران ينتهي في تشرين الأول وإن روسيا ستتعاون مع طهران."
    assert "sanctions" not in keys(text, "joint_position")


def test_a_speaker_the_catalogue_names_with_his_verb_is_named_without_it():
    text = ("وقال رئيسي في كلمته بحضور الرئيس الروسي: «بلغ حجم التبادل التجاري بين إيران وروسيا العام الماضي نحو "
            "أربعة مليارات دولار».")
    assert speakers(text) == ["رئيسي"]


def test_one_system_of_transport_is_no_weapon():
    text = ("وقال بوتين إن خط السكك الحديدية سيربط شبكات النقل في روسيا وإيران في منظومة واحدة، موضحا أن موسكو "
            "ستقدم قرضا لتمويله.")
    assert "arms_transfer" not in keys(text, "military")


def test_racing_against_time_with_its_subject_between_is_no_rivalry():
    text = ("طهران - وصلت إلى طهران الدفعة الأولى من لقاح «سبوتنيك» الروسي، في حين تسابق السلطات الإيرانية الزمن لبدء "
            "حملة التطعيم.")
    assert "rivalry" not in keys(text, "friction")


@pytest.mark.parametrize("text", [
    "موسكو - أجرى الرئيس الإيراني محادثات مع نظيره الروسي في الكرملين. وقال في كلمته بعد المحادثات: «إن بلدينا "
    "قادران معا على إفشال سياسة العقوبات الأحادية».",
])
def test_our_two_countries_in_a_speech_are_the_two(text):
    assert "sanctions" in keys(text, "joint_position")


def test_what_trade_would_have_reached_but_for_sanctions_is_no_figure():
    text = ("وقال السفير الإيراني لدى روسيا كاظم جلالي إن هذا الرقم «أقل بكثير من الإمكانات»، مضيفا: «لو لم تكن "
            "العقوبات الأمريكية الجائرة المفروضة على البلدين، لتجاوز التبادل التجاري بين إيران وروسيا خمسة مليارات دولار».")
    assert [s for s in extract(text)[1] if s.kind == "trade_figure"] == []


def test_concluding_an_agreement_discussed_is_negotiating():
    text = ("وأوضح وزير النفط الإيراني أن الجانبين الإيراني والروسي بحثا إبرام اتفاق لمبادلة الغاز الروسي عبر "
            "الأراضي الإيرانية.")
    assert statuses(text) == ["negotiating"]


def test_raisi_after_verbs_of_arriving_visiting_and_going_on_names_iran():
    text = ("موسكو - قال بوتين إن روسيا تقدر الشراكة. وتابع رئيسي في كلمته أمام الدوما أن إيران وروسيا تقفان معا "
            "ضد العقوبات الأحادية.")
    rel, sigs = extract("وصل رئيسي إلى موسكو في أول زيارة رسمية له إلى روسيا.")
    assert rel.relevant and [s.key for s in sigs if s.kind == "meeting"] == ["visit"]
    assert "sanctions" in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    "ووقعت إيران وروسيا اتفاقيتين للتعاون في مجالي النقل والطاقة.",
    "ووقع وزيرا الطاقة الإيراني والروسي مذكرتي تفاهم في مجالي الكهرباء والنفط.",
    "ووقع وزيرا العلوم الإيراني والروسي في ختام اللقاء برنامجا تنفيذيا للتعاون العلمي والتقني.",
])
def test_two_agreements_in_the_dual_and_an_executive_programme_are_agreements(text):
    assert statuses(text) == ["signed"]


def test_two_decades_are_no_contract():
    text = "وقال لافروف إن العلاقات بين روسيا وإيران تطورت كثيرا خلال عقدين من الشراكة الاستراتيجية."
    assert statuses(text) == []


@pytest.mark.parametrize("text, kind, key", [
    ("وأجرى بوتين ورئيسي اتصالين هاتفيين خلال الأسبوع الماضي.", "meeting", "phone_call"),
    ("وأجرت البحريتان الإيرانية والروسية مناورتين مشتركتين في بحر قزوين هذا العام.", "military", "joint_exercise"),
    ("وعقد الرئيسان الروسي والإيراني قمتين خلال العام الماضي.", "meeting", "summit"),
    ("وأجرى لافروف زيارتين إلى طهران هذا العام التقى خلالهما نظيره الإيراني.", "meeting", "visit"),
])
def test_two_calls_drills_summits_and_visits_in_the_dual(text, kind, key):
    assert key in keys(text, kind)


def test_speeding_up_the_work_on_a_treaty_is_negotiating_it():
    text = ("وقال رئيسي في المؤتمر الصحفي مع بوتين: «اتفقنا اليوم على تسريع العمل على معاهدة الشراكة الاستراتيجية "
            "الشاملة بين إيران وروسيا».")
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text", [
    "ووصف بوتين الضربات الأميركية على إيران بأنها «عدوان غير مبرر».",
    "وقال الكرملين إن العدوان غير المبرر على إيران لا أساس له في القانون الدولي.",
    "وأعربت وزارة الخارجية الروسية عن قلقها البالغ إزاء الضربات الإسرائيلية على منشآت نووية إيرانية.",
])
def test_russia_condemning_or_concerned_by_strikes_on_iran_stands_with_it(text):
    assert "other" in keys(text, "joint_position")


def test_a_broadcast_that_discusses_the_two_is_no_meeting_of_theirs():
    text = ("طهران - ناقش برنامج «بين سطرين» على التلفزيون الإيراني توقيع إيران وروسيا اتفاقية إنشاء سكة حديد "
            "رشت-آستارا.")
    assert "talks" not in keys(text, "meeting")


def test_arms_moved_from_one_to_the_other_are_a_transfer():
    text = ("وقالت وزارة الخزانة إن شركة شحن روسية نقلت قذائف مدفعية وطائرات مسيرة ايرانية من ميناء أمير آباد إلى "
            "موانئ روسية على بحر قزوين.")
    assert "arms_transfer" in keys(text, "military")


def test_an_agency_reporting_on_arms_moves_nothing():
    text = "ونقلت وكالة «تاس» عن مصدر عسكري أن روسيا وإيران عرضتا صواريخ في معرض دفاعي بموسكو."
    assert "arms_transfer" not in keys(text, "military")


@pytest.mark.parametrize("text", [
    "ونقلت وكالة «تاس» عن لافروف أن روسيا وإيران لا تبحثان أي صفقة صواريخ.",
    "وقال بيسكوف إن روسيا لم تسلم إيران أي نوع من الصواريخ.",
])
def test_any_a_word_or_two_before_the_cue_after_a_negated_verb_negates_it(text):
    assert "arms_transfer" not in keys(text, "military")


def test_no_ceiling_to_the_relations_asserts_them():
    text = "وقال رئيسي إن ايران لا تضع أي سقف لتطوير العلاقات مع روسيا."
    assert "partnership" in keys(text, "relations")


def test_the_international_order_is_no_syrian_regime():
    text = ("وبحث الوزيران الإيراني والروسي خلال الاتصال الأوضاع في غزة. وأكدا رفضهما للعقوبات الغربية الأحادية، "
            "معتبرين أنها «تقوّض النظام الدولي».")
    found_keys = keys(text, "joint_position")
    assert "sanctions" in found_keys and "syria" not in found_keys


def test_a_partnership_said_to_be_a_necessity_is_still_a_partnership():
    text = ("وقال رئيس الوفد الإيراني إن ايران وروسيا «شريكان استراتيجيان، والعقوبات جعلت هذه الشراكة ضرورة لا "
            "خيارا».")
    assert keys(text, "relations") == ["partnership"]


def test_a_partnership_of_necessity_is_qualified():
    text = "وكتب المحلل أن العلاقة بين إيران وروسيا شراكة ضرورة فرضتها العقوبات."
    assert "other" in keys(text, "relations")


def _types(text):
    return [(s.value, s.figure_type) for s in extract(text)[1] if s.kind == "trade_figure"]


def test_a_baseline_set_against_a_target_is_what_was():
    text = ("وقال السفير الإيراني إن طهران وموسكو تستهدفان رفع حجم التبادل التجاري بينهما إلى عشرة مليارات دولار، "
            "مقارنة بنحو 1.7 مليار دولار في العام الماضي.")
    assert sorted(_types(text)) == [(1.7e9, "actual"), (1e10, "target")]


def test_a_figure_after_a_speakers_participle_past_a_comma_is_its_own_statement():
    text = ("وقال الوزير إن إيران وروسيا اتفقتا على رفع التبادل التجاري إلى عشرة مليارات دولار، مشيرا إلى أن أكثر "
            "من ٩٥ بالمئة من التسويات تجري حاليا بالريال والروبل.")
    assert (95.0, "actual") in _types(text)


@pytest.mark.parametrize("text, kind", [
    ("وقال ولايتي بعد لقائه بوتين إن روسيا مستعدة لاستثمار خمسين مليار دولار في قطاع النفط والغاز في إيران.", "target"),
    ("وقال أوفرتشوك إن التبادل التجاري بين روسيا وإيران بلغ ٤٫٨ مليار دولار، متوقعا أن يرتفع بنسبة ٣٠ بالمئة.", "forecast"),
    ("وقال مسؤول إيراني إن الصادرات الإيرانية إلى روسيا مرشحة للارتفاع بنسبة 50 في المئة العام المقبل.", "forecast"),
])
def test_offered_or_expected_figures_are_targets_or_forecasts(text, kind):
    assert kind in [t for _, t in _types(text)]


def test_two_that_sign_are_not_two_that_expect():
    text = "عاجل | «غازبروم» الروسية والشركة الوطنية الإيرانية للنفط توقعان مذكرة تفاهم بقيمة 40 مليار دولار."
    assert [t for _, t in _types(text)] == ["actual"]


def _periods(text):
    return [s.period for s in extract(text)[1] if s.kind == "trade_figure"]


def test_a_number_of_megawatts_is_no_iranian_year():
    text = ("وقال المسؤول إن محطة سيريك الحرارية التي تبنيها روسيا في إيران بقدرة ۱۴۰۰ ميغاواط تمول بقرض روسي بقيمة "
            "۱٫۲ مليار يورو.")
    assert _periods(text) == [None]


def test_the_day_an_iranian_year_ends_is_not_the_figures_period():
    text = ("وقال لطيفي إن حجم التبادل التجاري غير النفطي بين إيران وروسيا بلغ ۴٫۱ مليار دولار في العام الإيراني ۱۴۰۲ "
            "المنتهي في ۱۹ مارس ۲۰۲۴، بارتفاع نسبته ۱۰ بالمئة.")
    assert _periods(text) == ["1402 (2023/24)", "1402 (2023/24)"]


def test_a_loan_agreement_the_two_concluded_is_signed():
    text = "ويُعد المشروع من ثمار اتفاق القرض الحكومي الذي أبرمته روسيا وإيران عام 2016."
    assert statuses(text) == ["signed"]


def test_a_presentation_before_a_vote_is_no_proposal():
    text = ("موسكو - صادق مجلس الدوما الروسي، اليوم الثلاثاء، على معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران، "
            "بعد عرض قدّمه رئيس مجموعة الصداقة البرلمانية.")
    assert statuses(text) == ["ratified"]


def test_two_ministers_are_no_ones_name():
    text = "وأكد الوزيران الإيراني والروسي هدف رفع التبادل التجاري بين البلدين إلى عشرة مليارات دولار."
    assert speakers(text) == [None]


def test_two_cut_off_by_sanctions_state_no_stand_on_them():
    text = ("ويسعى البلدان إيران وروسيا، وكلاهما معزول عن «سويفت» بفعل العقوبات الغربية، إلى بناء منظومة مالية موازية.")
    assert "sanctions" not in keys(text, "joint_position")


def test_a_barter_of_arms_is_no_energy_deal():
    text = ("ويرى محللون أن هذه الطائرات جزء من مقايضة أوسع: إيران قدمت لروسيا مسيرات «شاهد»، وموسكو تردّ الآن بعض "
            "الدين.")
    assert "energy_deal" not in keys(text, "economic")


def test_a_figure_that_holds_only_if_is_no_figure():
    text = ("ويتوقع معدو التقرير أن ترتفع صادرات الحبوب الروسية إلى إيران إلى خمسة ملايين طن سنويا بحلول 2025 إذا "
            "اكتملت البنية التحتية في موانئ بحر قزوين.")
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "ويأتي ذلك بعد يومين من فشل قادة إيران وتركيا وروسيا، بعد اجتماعهم في طهران، في التوصل إلى اتفاق مشترك بشأن "
    "محافظة إدلب السورية.",
    "احتضنت موسكو اليوم محادثات مشتركة بين وزراء خارجية روسيا وإيران وتركيا لبحث سبل التوصل لتسوية سياسية للنزاع "
    "السوري.",
])
def test_failing_to_agree_or_meeting_to_discuss_syria_is_no_stand_on_it(text):
    assert "syria" not in keys(text, "joint_position")


def test_traders_complaining_of_costs_is_no_dispute_between_the_two():
    text = ("ويشكو مصدرون إيرانيون من طول إجراءات الفحص الصحي على الحدود الروسية، إذ تنتظر الشاحنات أياما قبل دخول "
            "روسيا.")
    assert "disagreement" not in keys(text, "friction")


def test_two_agreeing_on_a_thing_to_do_take_no_stand():
    text = ("وقال وزيرا النقل الإيراني والروسي إن البلدين يعملان على تطوير الممر. واتفق الوزيران على تسيير قطار "
            "حاويات أسبوعي بين منطقة موسكو وميناء بندر عباس عبر كازاخستان وتركمانستان.")
    assert keys(text, "joint_position") == []
