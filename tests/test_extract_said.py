"""What the relationship is said to be, by whom, and with what hedges: sentences written for these tests
(session 8), each stating or denying one signal an analyst expects."""
import pytest

from etl.extract import extract
from tests.extracting import found as _found


def test_a_commentators_nationality_makes_his_country_no_party():
    """«الباحث السعودي» says where the researcher comes from; «البلدين» he speaks of are still the pair."""
    text = ("بدا المشهد السوري نموذجا لتنسيق عسكري بين روسيا وإيران. ويقول الباحث السعودي في العلاقات الدولية "
            "خالد المطيري إن ما جمع البلدين تقاطع مصالح لا تحالف.")
    assert ("relations", "other") in _found(text)


def test_a_saudi_official_speaking_of_the_two_countries_is_still_a_party():
    """A Saudi minister is no commentator: «البلدين» after him may be Saudi Arabia and Russia."""
    text = ("زار وزير الطاقة الروسي طهران الأسبوع الماضي. وقال وزير الخارجية السعودي إن البلدين يرتبطان "
            "بشراكة استراتيجية.")
    assert ("relations", "partnership") not in _found(text)


@pytest.mark.parametrize("text", [
    "وقال نائب وزير الخارجية الروسي إن المعاهدة بين روسيا وإيران لا تنشئ تحالفا عسكريا.",
    "وأوضح المسؤول الروسي أن المعاهدة بين روسيا وإيران لا تؤسس لتحالف عسكري.",
])
def test_a_treaty_that_makes_no_alliance_is_a_denied_characterisation(text):
    found = _found(text)
    assert ("relations", "other") in found and ("relations", "partnership") not in found


def test_the_two_presidents_stand_together_on_the_nuclear_file():
    text = ("أجرى بوتين اتصالا هاتفيا بنظيره الإيراني. وأضاف أن الرئيسين شددا على أن الملف النووي الإيراني "
            "يجب أن يعالج حصرا بالوسائل السياسية والدبلوماسية.")
    assert ("joint_position", "nuclear_deal") in _found(text)


def test_the_parties_to_the_nuclear_deal_listed_take_no_joint_position():
    text = ("وذلك وفقا لبنود الاتفاق النووي التي توصلت إليها الدول الدائمة العضوية (أمريكا وروسيا وبريطانيا "
            "وفرنسا والصين، إضافة إلى ألمانيا) وإيران في تموز.")
    assert ("joint_position", "nuclear_deal") not in _found(text)


def test_a_third_states_dateline_is_no_subject():
    """«الرياض -» says where the report was filed; the sentence is still about the two."""
    text = ("الرياض - في الوقت الذي يتحدث فيه المسؤولون في موسكو وطهران عن شراكة، تدور بين البلدين منافسة "
            "صامتة على أهم سوق لنفطهما.")
    assert ("friction", "competition") in _found(text)


def test_a_colon_opens_a_clause_of_its_own():
    """What follows the colon names its own subjects: a third power there does not make the rivalry before it
    «one of many»."""
    text = ("وهنا يكمن التنافس الصامت بين موسكو وطهران على الورقة السورية: روسيا تريد تسوية مع واشنطن وأنقرة، "
            "وإيران تريد ممرا إلى لبنان.")
    assert ("friction", "rivalry") in _found(text)


def test_the_two_capitals_are_the_pair():
    text = ("وقعت روسيا وإيران اتفاقية للنقل. في المقابل، لا تزال العاصمتان تتحدثان عن شراكة استراتيجية، "
            "وتستعدان لتوقيع معاهدة شاملة الشهر المقبل.")
    sigs = {(s.kind, s.key, s.status) for s in extract(text)[1]}
    assert ("relations", "partnership", None) in sigs
    assert ("agreement", "strategic_partnership_treaty", "drafted") in sigs


def test_protecting_ones_own_assets_is_no_partnership():
    text = ("انهارت الجبهات في حلب، ولم تنسق روسيا وإيران أي تحرك، وانشغلت كل منهما بإجلاء رجالها وحماية أصولها.")
    assert ("relations", "partnership") not in _found(text)


def _status(text: str, key: str) -> set[str]:
    return {s.status for s in extract(text)[1] if s.kind == "agreement" and s.key == key}


STATUSES = [  # sentences written for these tests: the verb that governs the agreement, or what is said of it
    ("صادق مجلس الدوما الروسي على معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران التي وقعها الرئيسان في "
     "موسكو.", "strategic_partnership_treaty", "ratified"),
    ("وبحث لافروف وعراقجي تنفيذ معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران التي دخلت حيز التنفيذ "
     "في الربيع.", "strategic_partnership_treaty", "in_force"),
    ("وقال بزشكيان إن العلاقات بين إيران وروسيا استراتيجية وإن معاهدة الشراكة الشاملة جاهزة للتوقيع.",
     "strategic_partnership_treaty", "drafted"),
    ("وأشار السفير الروسي إلى أن موسكو تنتظر استكمال إجراءات التصديق في إيران وروسيا كي تدخل المعاهدة "
     "الشاملة حيز التنفيذ.", "strategic_partnership_treaty", "signed"),
    ("وأعلنت طهران أن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي، الذي يضم روسيا وأرمينيا "
     "وبيلاروسيا، ستدخل حيز التنفيذ بعد استكمال مصادقة الدول الأعضاء عليها.", "eaeu_fta", "ratified"),
    ("وأكد بوتين أن معاهدة أسس العلاقات بين روسيا وإيران لا تزال سارية.", "other", "in_force"),
    ("وأكد بوتين أن معاهدة أسس العلاقات الموقعة بين روسيا وإيران عام 2001 لا تزال سارية.", "other", "in_force"),
    ("وعرض الرئيس الروسي فلاديمير بوتين على نظيره الإيراني حسن روحاني، خلال أول لقاء بينهما على هامش القمة، "
     "إبرام اتفاق جديد لبناء محطات نووية.", "nuclear_cooperation", "proposed"),
    ("واختتمت اللجنة الحكومية المشتركة بين إيران وروسيا أعمالها بتوقيع إحدى عشرة وثيقة تعاون.", "other", "signed"),
]


@pytest.mark.parametrize("text,key,status", STATUSES)
def test_the_status_an_agreement_is_given(text, key, status):
    assert _status(text, key) == {status}


def test_a_status_word_far_after_the_agreement_is_about_something_else():
    text = ("وفي ربيع 2017 توصلت إيران وروسيا إلى اتفاق لبدء شحنات النفط ضمن برنامج المقايضة الذي أطلق قبل ذلك "
            "بثلاث سنوات، في وقت كانت فيه القيود المالية الغربية المفروضة على طهران لا تزال سارية.")
    assert "in_force" not in _status(text, "other")


def test_a_loan_by_one_side_in_an_article_about_the_two_is_theirs():
    text = ("وقعت روسيا وإيران اتفاقية حكومية لبناء خط سكة حديد رشت-أستارا. وتنص الاتفاقية على منح الجانب "
            "الروسي قرضا حكوميا بقيمة 1,3 مليار يورو لإنجاز الخط.")
    figures = {(s.key, s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}
    assert ("loan", 1.3e9, "eur") in figures


def test_one_sides_own_figures_are_no_loan_between_them():
    """Only a loan has a borrower to imply; one side's exports alone are its own, and a loan to a third
    state is that state's."""
    text = ("وقعت روسيا وإيران اتفاقية للنقل. وبلغت صادرات روسيا النفطية 400 مليار دولار. ومنحت روسيا مصر "
            "قرضا بقيمة 25 مليار دولار.")
    assert not [s for s in extract(text)[1] if s.kind == "trade_figure"]


def test_where_a_visitor_comes_from_is_no_destination():
    assert ("meeting", "visit") not in _found("ووصل لافروف مسقط قادما من طهران.")
    assert ("meeting", "visit") in _found("ووصل لافروف طهران قادما من مسقط.")


def test_a_commentators_field_may_stand_between_him_and_his_country():
    text = ("باتت موسكو تعرض خامها على المصافي بخصومات. وقال الخبير النفطي العراقي حمزة الدليمي إن المنافسة بين "
            "النفطين الروسي والإيراني على المشترين في شرق آسيا أصبحت واضحة.")
    assert ("friction", "competition") in _found(text)


@pytest.mark.parametrize("text", [
    ("اختتمت في طهران قمة الدول المطلة على بحر قزوين بمشاركة الرئيس الروسي والرئيس الإيراني. وشدد قادة الدول "
     "الخمس في البيان الختامي على رفض وجود أي قوات عسكرية أجنبية في الحوض."),
    "وأكد لافروف وعراقجي أن البلدين يعارضان مد أي خطوط أنابيب عبر قاع بحر قزوين دون موافقة جميع الدول المطلة عليه.",
])
def test_the_caspian_states_hold_its_security_theirs_alone(text):
    assert ("joint_position", "other") in _found(text)


def test_foreign_forces_elsewhere_are_no_caspian_position():
    sigs = extract("ورفض بوتين ورئيسي وجود قوات أجنبية في أفغانستان.")[1]
    assert "Caspian security" not in {s.label for s in sigs}


@pytest.mark.parametrize("text,key", [
    ("وقال الكرملين إن الرئيس فلاديمير بوتين أدان الضربات على المنشآت النووية الإيرانية بوضوح.", "other"),
    ("وأكد المندوب الروسي أن موسكو تقف مع طهران في الدفاع عن حقها في التخصيب للأغراض السلمية.", "nuclear_deal"),
])
def test_russia_standing_with_iran_against_a_third_power(text, key):
    assert ("joint_position", key) in _found(text)


def test_one_side_licensing_the_others_exporters_is_a_trade_measure():
    text = "ومنحت هيئة الرقابة البيطرية الروسية تراخيص تصدير لعشرات الشركات الإيرانية إلى السوق الروسية."
    assert ("economic", "trade_measure") in _found(text)


def test_exports_described_are_no_trade_measure():
    text = "وقال رئيس اتحاد مصدري الحبوب الروسي إن صادرات القمح الروسية إلى إيران بلغت مليوني طن."
    assert ("economic", "trade_measure") not in _found(text)


def test_one_sides_exports_to_the_other_are_no_trade_volume():
    text = "وأوضح المتحدث أن صادرات إيران إلى روسيا سجلت 810 ملايين دولار، فيما بلغ حجم التبادل بين البلدين 2.3 مليار دولار."
    figures = {(s.key, s.value) for s in extract(text)[1] if s.kind == "trade_figure"}
    assert figures == {("other", 810e6), ("trade_volume", 2.3e9)}


def test_foreign_ministers_writing_together_is_no_meeting():
    text = "ووجه وزراء خارجية إيران وروسيا والصين رسالة مشتركة إلى الأمين العام للأمم المتحدة."
    assert ("meeting", "talks") not in _found(text)


def test_a_memorandum_on_reactors_is_nuclear_cooperation():
    text = "وأضاف أن الجانبين الإيراني والروسي وقعا أيضا مذكرة تفاهم بشأن المفاعلات الصغيرة والمتوسطة."
    assert ("agreement", "nuclear_cooperation") in _found(text)


def test_the_awaited_treaty_is_the_one_the_article_names():
    text = ("تستعد إيران وروسيا لتوقيع معاهدة الشراكة الاستراتيجية الشاملة. ويرى مسؤولون إيرانيون أن المعاهدة "
            "المرتقبة مع روسيا ستنقل العلاقة إلى مستوى جديد.")
    assert {s.key for s in extract(text)[1] if s.kind == "agreement"} == {"strategic_partnership_treaty"}


def test_the_new_comprehensive_cooperation_agreement_is_the_treaty():
    assert ("agreement", "strategic_partnership_treaty") in _found(
        "وقال رئيسي إن إيران وروسيا تواصلان التفاوض على الاتفاقية الجديدة للتعاون الشامل.")


def test_a_loans_share_of_a_projects_cost_is_the_loan_only():
    text = ("وقعت روسيا وإيران اتفاقية لبناء خط رشت-أستارا. ويبلغ طول الخط 162 كيلومترا، وتقدر كلفته بنحو 1,6 "
            "مليار يورو، تغطي روسيا منها 1,3 مليار يورو بقرض حكومي.")
    assert {(s.key, s.value) for s in extract(text)[1] if s.kind == "trade_figure"} == {("loan", 1.3e9)}


@pytest.mark.parametrize("text,key", [
    ("استضافت طهران الاجتماع الثاني لمنصة 3+3 الإقليمية بمشاركة وزراء خارجية إيران وروسيا وتركيا وأذربيجان "
     "وأرمينيا.", "3plus3"),
    ("وقع رؤساء روسيا وإيران وكازاخستان وأذربيجان وتركمانستان اتفاقية تحدد الوضع القانوني لبحر قزوين.", "caspian"),
    ("وأكد الوزيران الإيراني والروسي مواصلة التنسيق في مجلس الأمن لإحباط إعادة فرض العقوبات.", "un"),
])
def test_bodies_both_belong_to(text, key):
    assert ("organisation", key) in _found(text)


def test_many_states_listed_at_the_un_are_no_joint_membership():
    text = "وصوتت روسيا والصين والهند والبرازيل وإيران وجنوب أفريقيا على القرار في الجمعية العامة للأمم المتحدة."
    assert ("organisation", "un") not in _found(text)


def test_the_maritime_security_belt_drill():
    text = 'وانطلقت مناورات "الحزام الأمني البحري 2024" بمشاركة سفن حربية من روسيا وإيران والصين في خليج عمان.'
    assert ("military", "joint_exercise") in _found(text)


@pytest.mark.parametrize("text", [
    "ويصر علي أكبر ولايتي على أن العلاقة مع روسيا استراتيجية.",
    "وأكد لافروف أن بلاده ستواصل تعاونها مع طهران في جميع المجالات.",
])
def test_the_relationship_judged_in_the_singular_or_with_a_pronoun(text):
    assert ("relations", "partnership") in _found(text)


def test_words_that_go_on_naming_no_one_speak_of_the_pair():
    text = ("وقال وزير الطاقة الروسي إن التعاون مع إيران يتوسع. وتابع أن الإرادة السياسية لتعميق الشراكة "
            "الاستراتيجية موجودة على أعلى المستويات.")
    assert ("relations", "partnership") in {(s.kind, s.key) for s in extract(text)[1] if "الإرادة" in s.sentence}


def test_words_that_go_on_after_another_pair_do_not_speak_of_ours():
    text = ("زار لافروف طهران الشهر الماضي. وقال وزير الخارجية الصيني إن العلاقات مع الهند تتحسن. وتابع أن "
            "الشراكة الاستراتيجية بين بلاده والهند تتعمق.")
    assert not [s for s in extract(text)[1] if s.kind == "relations"]


def test_talks_at_a_session_of_the_joint_commission_are_that_session():
    text = ("اختتمت اللجنة الحكومية المشتركة بين إيران وروسيا دورتها في طهران. وأضاف أن الجانبين ناقشا "
            "مقترحا لإنشاء مصرف مشترك.")
    meetings = {s.key for s in extract(text)[1] if s.kind == "meeting"}
    assert meetings == {"joint_commission"}


def test_none_at_all_after_a_negated_verb_is_a_denial():
    text = "وقال عراقجي إن إيران لم تسلم موسكو أي صواريخ، مضيفا أن التعاون الدفاعي بين البلدين قائم منذ سنوات."
    found = _found(text)
    assert ("military", "arms_transfer") not in found and ("military", "other") in found


def test_trainer_aircraft_delivered_are_an_arms_transfer():
    text = 'وأعلنت وسائل إعلام إيرانية وصول دفعة من طائرات التدريب الروسية "ياك-130" إلى قاعدة جوية في أصفهان.'
    assert ("military", "arms_transfer") in _found(text)


def test_arms_received_from_the_other_side_whoever_reports_it():
    text = ("وقال وزير الخارجية الأمريكي إن روسيا تسلمت شحنات من صواريخ فتح-360 الباليستية من إيران، "
            "بحسب تقديرات بريطانية.")
    assert ("military", "arms_transfer") in _found(text)


def test_a_written_out_count_of_billions_joins_its_millions():
    text = "وقال أوفرتشوك إن حجم التبادل التجاري بين روسيا وإيران بلغ نحو أربعة مليارات وثمانمئة مليون دولار."
    assert {(s.key, s.value) for s in extract(text)[1] if s.kind == "trade_figure"} == {("trade_volume", 4.8e9)}


def test_growth_in_the_imperfect_is_growth():
    text = "وقال السفير إنه يتوقع أن يرتفع حجم التجارة بين إيران وروسيا بنسبة ٤٠٪ خلال العام الجاري."
    sigs = [s for s in extract(text)[1] if s.kind == "trade_figure"]
    assert [(s.key, s.value, s.figure_type) for s in sigs] == [("trade_growth", 40.0, "forecast")]


def test_a_share_in_a_loan_sentence_is_no_loan():
    text = ("ورغم توقيع اتفاقية تمويل خط رشت-آستارا بين روسيا وإيران بقرض حكومي روسي، لم تتجاوز نسبة الإنجاز 45 "
            "في المئة.")
    assert not [s for s in extract(text)[1] if s.kind == "trade_figure" and s.unit == "percent"]


def test_the_caspian_convention_is_an_agreement_both_sign_with_three_others():
    text = ("وقع رؤساء روسيا وإيران وكازاخستان وأذربيجان وتركمانستان في أكتاو اتفاقية تحدد الوضع القانوني لبحر "
            "قزوين وتحظر وجود قوات عسكرية أجنبية فيه. وسيحل الاتفاق نزاعا مضى عليه عشرون عاما.")
    sigs = extract(text)[1]
    agreements = [(s.key, s.status) for s in sigs if s.kind == "agreement"]
    assert agreements == [("other", "signed")]  # the bare «الاتفاق» is the same one, folded into it
    assert "Caspian security" not in {s.label for s in sigs}


def test_the_interim_free_trade_area_with_the_eaeu():
    text = ("وقال الوزير الروسي إن مسودة الاتفاق المؤقت لإقامة منطقة تجارة حرة بين إيران والاتحاد الاقتصادي "
            "الأوراسي باتت جاهزة.")
    assert _status(text, "eaeu_fta") == {"drafted"}


def test_sanctions_the_two_call_illegitimate():
    text = "ووصف لافروف وظريف العقوبات التي أعادت واشنطن فرضها على إيران بأنها غير شرعية."
    assert ("joint_position", "sanctions") in _found(text)


def test_their_summit_with_a_possessive():
    text = "وأعلن الرؤساء الروسي بوتين والإيراني روحاني والتركي أردوغان في ختام قمتهم في سوتشي دعمهم لوقف النار."
    assert ("meeting", "summit") in _found(text)


def test_a_claim_in_court_is_no_trade_figure():
    text = "وينتظر أن تسحب طهران دعوى بقيمة 4 مليارات دولار رفعتها في جنيف ضد شركة روس أوبورون إكسبورت الروسية."
    assert not [s for s in extract(text)[1] if s.kind == "trade_figure"]


def test_mir_cards_in_iran_are_the_mir_shetab_link():
    text = "وأوضح محافظ البنك المركزي الإيراني أن المرحلة الثانية ستمكن الروس من استخدام بطاقات مير داخل إيران."
    found = _found(text)
    assert ("project", "mir_shetab") in found and ("economic", "payments") not in found


def test_a_licence_to_produce_drones_is_no_trade_measure():
    text = "وأفادت مصادر بأن مصنعا في تتارستان ينتج طائرات شاهد بترخيص حصلت عليه روسيا من إيران."
    assert ("economic", "trade_measure") not in _found(text)


def test_the_article_with_a_preposition_on_a_bare_term():
    """«للاتفاق» is ل + الاتفاق: the bare noun «اتفاق» with the article and a preposition."""
    text = "وأوضح فرزين أن الخطوة تأتي تنفيذا للاتفاق الموقع بين البنكين المركزيين الإيراني والروسي."
    assert _status(text, "other") == {"implementing"}


def test_dropping_the_dollar_is_no_friction():
    text = "وقال إن الاتفاق بين البنكين المركزيين الإيراني والروسي يقضي بالتخلي عن الدولار في التسويات."
    assert not [s for s in extract(text)[1] if s.kind == "friction"]


def test_a_third_states_leader_receiving_both_is_no_visit_between_them():
    text = "واستقبل الرئيس التركي نظيره الروسي وأيضا نظيره الإيراني حسن روحاني في أنقرة في نيسان الماضي."
    assert ("meeting", "visit") not in _found(text)
    assert ("meeting", "visit") in _found("واستقبل الرئيس الإيراني حسن روحاني نظيره الروسي في طهران.")


def test_an_agreement_in_vienna_is_the_nuclear_deal():
    text = "وقال لافروف إن روسيا وإيران تعملان على إنجاح المحادثات، مضيفا أن اتفاقا في فيينا بات قريبا."
    assert not [s for s in extract(text)[1] if s.kind == "agreement"]


def test_a_sentence_opening_on_a_dual_verb_speaks_of_the_two_before():
    text = ("بحث وزير الخارجية الروسي هاتفيا مع نظيره الإيراني التصعيد الخطير في المنطقة. وأكدا كذلك رفضهما أي "
            "محاولة لتهجير الفلسطينيين من غزة.")
    assert ("joint_position", "gaza") in _found(text)


def test_a_dual_verb_after_another_pair_does_not_speak_of_ours():
    text = ("زار لافروف طهران الشهر الماضي. وبحث وزيرا خارجية الصين والهند الوضع في المنطقة. وأكدا رفضهما أي "
            "محاولة لتهجير الفلسطينيين من غزة.")
    assert ("joint_position", "gaza") not in _found(text)


def test_their_influence_with_assad_is_joint_backing():
    text = "وطالب الاتحاد الأوروبي روسيا وإيران باستخدام نفوذهما لدى الرئيس السوري بشار الأسد لمنع هجمات أخرى."
    assert ("joint_position", "syria") in _found(text)
