"""Rules written in session 17 from the language of the nineteenth writing round's tuning sets on arrival (BM, BO):
each sentence here is written for the test, and each assertion fails with its rule reverted."""
from tests.extracting import found


def test_a_call_whose_plans_are_denied_past_an_apposition_is_none():
    text = ("نفى المتحدث باسم الكرملين دميتري بيسكوف، الأربعاء، وجود خطط لإجراء اتصال هاتفي بين الرئيس فلاديمير بوتين "
            "ونظيره الإيراني مسعود بزشكيان.")
    assert ("meeting", "phone_call") not in found(text)
    # stated, it is one
    assert ("meeting", "phone_call") in found("أجرى الرئيس فلاديمير بوتين اتصالا هاتفيا بنظيره الإيراني مسعود بزشكيان.")


def test_unconfirmed_reports_are_no_transfer():
    text = "وتأتي الزيارة وسط تقارير غير مؤكدة عن قرب تسلم إيران مقاتلات سوخوي-35 روسية."
    assert ("military", "arms_transfer") not in found(text)
    assert ("military", "arms_transfer") in found("وتسلمت إيران مقاتلات سوخوي-35 روسية الشهر الماضي.")


def test_the_limits_of_a_label_qualify_it():
    got = found("استدعت الخارجية الإيرانية السفير الروسي احتجاجا على البيان. ويرى مراقبون أن الاحتجاج يكشف حدود "
                "التقارب بين البلدين.")
    assert ("relations", "partnership") not in got and ("relations", "other") in got
    # no limits to it is the label itself
    got = found("وقال رئيسي إن بلاده لا تعترف بأي حدود لتوسيع الشراكة الاستراتيجية مع روسيا.")
    assert ("relations", "partnership") in got


def test_a_verdict_the_two_pass_together_is_a_stand():
    text = ("أجرى لافروف اتصالا هاتفيا بنظيره الإيراني ظريف بعد مقتل سليماني. وأكد الوزيران أن مثل هذه الأفعال تمثل "
            "انتهاكا صارخا لمبادئ القانون الدولي.")
    assert ("joint_position", "other") in found(text)
    # what they say of their own ties is no stand
    text = ("أجرى لافروف اتصالا هاتفيا بنظيره الإيراني ظريف. وأكد الوزيران أن العلاقات بين البلدين تتطور بنجاح.")
    assert ("joint_position", "other") not in found(text)


def test_not_meaning_to_make_an_alliance_denies_it():
    text = "وأوضح لافروف أن المعاهدة لا تتضمن بندا للدفاع المشترك ولا تهدف إلى إنشاء تحالف عسكري بين روسيا وإيران."
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got


def test_a_verb_of_stance_before_the_two_with_others_owns_a_far_matter():
    text = ("أكدت إيران وروسيا والصين، في رسالة مشتركة وجهتها إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش ورئيس "
            "مجلس الأمن، أن أي محاولة لإعادة فرض العقوبات الأممية على طهران باطلة قانونيا.")
    assert ("joint_position", "nuclear_deal") in found(text)


def test_the_step_the_clause_before_told_is_the_matter_of_their_verdict():
    text = ("وتمضي الترويكا الأوروبية في إعادة فرض العقوبات الأممية على إيران عبر آلية سناب باك، وهي خطوة وصفتها موسكو "
            "وطهران معا بأنها باطلة قانونيا.")
    assert ("joint_position", "nuclear_deal") in found(text)
    # what merely follows from it is not their matter
    text = "وتعد أرمينيا عضوا في الاتحاد الاقتصادي الأوراسي الذي تقوده روسيا، وهو ما يسمح للسلع الإيرانية بالوصول إلى أسواقه."
    assert not any(kind == "organisation" for kind, _ in found(text))


def test_the_relationship_as_described_and_a_rapprochement_qualified():
    for text in ["ويصر المسؤولون في إيران وروسيا على وصف العلاقات بأنها استراتيجية.",
                 "في خطوة نادرة بين طهران وموسكو، العاصمتين اللتين تصفان علاقتهما بالاستراتيجية.",
                 "ويعد خط الأنابيب من أبرز ثمار التقارب المتسارع بين إيران وروسيا منذ بدء الحرب في أوكرانيا."]:
        assert ("relations", "partnership") in found(text), text
    # a strategic step, not the relationship, is what the word judges
    assert ("relations", "partnership") not in found(
        "ووصف رئيسي الاتفاقية بأنها خطوة استراتيجية مهمة في التعاون بين طهران وموسكو.")


def test_denying_what_was_announced_denies_it_past_an_apposition():
    text = ("نفى وزير الخارجية الإيراني عباس عراقجي، الأربعاء، ما أعلنه وزير الخارجية الأمريكي أنتوني بلينكن عن تسليم "
            "إيران صواريخ باليستية قصيرة المدى من طراز فتح-360 إلى روسيا.")
    assert ("military", "arms_transfer") not in found(text)
    assert ("military", "arms_transfer") in found("وسلمت إيران صواريخ باليستية قصيرة المدى من طراز فتح-360 إلى روسيا.")


def test_astana_the_city_of_a_shanghai_summit_is_no_astana_format():
    text = ("اختتمت قمة منظمة شنغهاي للتعاون أعمالها في أستانا بالإعلان عن انضمام بيلاروسيا عضوا كامل العضوية. وتضم "
            "المنظمة الآن الصين وروسيا والهند وباكستان وإيران وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان وبيلاروسيا.")
    got = found(text)
    assert ("organisation", "sco") in got and ("organisation", "astana_format") not in got
    # the talks in Kazakhstan's capital still are
    assert ("organisation", "astana_format") in found(
        "ووقعت روسيا وإيران وتركيا في العاصمة الكازاخستانية أستانا مذكرة لإقامة مناطق لخفض التصعيد في سوريا.")


def test_standing_beside_a_government_against_terrorism_is_a_stand_not_an_operation():
    text = ("وأكد جابري أنصاري أن طهران وموسكو تقفان معا إلى جانب الحكومة السورية الشرعية في مكافحة الإرهاب.")
    got = found(text)
    assert ("military", "joint_operations") not in got and ("joint_position", "syria") in got
    assert ("military", "joint_operations") in found(
        "وقال شمخاني إن التعاون بين إيران وروسيا في مكافحة الإرهاب في سوريا أثبت فاعليته في الميدان.")
