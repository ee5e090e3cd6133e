"""Words and structures the fourteenth writing round's tuning sets showed missing (session 16), each in sentences
written for this test: navies named one by one as one party, the railway by its two towns, dropping the dollar
step by step, a preferential tariff, relations gone cool or annoyance not hidden, unilateralism as the matter."""
import pytest

from etl.extract import extract
from tests.extracting import found


@pytest.mark.parametrize("text, kind, key", [
    ("نفذت البحرية الإيرانية والبحرية الروسية والبحرية الصينية مناورات «حزام الأمن البحري» المشتركة في بحر عمان.",
     "military", "joint_exercise"),
    ("أبرمت طهران وموسكو اتفاقية لتمويل خط السكك الحديدية بين رشت وأستارا.", "project", "rasht_astara_railway"),
    ("وجدد الرئيسان الروسي والإيراني عزمهما على التخلي تدريجيا عن الدولار في تجارتهما.", "economic", "payments"),
    ("واتفقت موسكو وطهران على إدخال الفواكه الإيرانية إلى السوق الروسية بتعرفة تفضيلية.", "economic", "trade_measure"),
    ("وشهدت العلاقات بين روسيا وإيران فتورا بعد تصريحات روسية عن ممر زنغزور.", "friction", "disagreement"),
    ("ولا تخفي موسكو انزعاجها من تصعيد طهران مع إسرائيل انطلاقا من الأراضي السورية.", "friction", "disagreement"),
    ("وناقش الوزيران الوضع الدولي. وأضاف لافروف أن روسيا وإيران تقفان معا في مواجهة الأحادية الأمريكية.",
     "joint_position", "sanctions"),
])
def test_said_the_way_the_press_says_it(text, kind, key):
    assert (kind, key) in found(text)


def test_a_yemen_arms_embargo_is_no_stand_on_sanctions():
    text = "استخدمت روسيا حق النقض ضد مشروع قرار يتهم إيران بانتهاك حظر الأسلحة المفروض على اليمن."
    assert not [s for s in extract(text)[1] if s.kind == "joint_position"]


@pytest.mark.parametrize("text", [
    # a third party's agreements with each of the two
    "وأعلنت الحكومة الجديدة في دمشق مراجعة العقود والاتفاقيات التي وقعها النظام السابق مع روسيا وإيران.",
    # unlike another treaty: no dispute
    "ولا تنص المعاهدة بين روسيا وإيران، خلافا لمعاهدة موسكو مع كوريا الشمالية، على الدفاع المشترك.",
    # the Russian federal service's name, not cooperation
    "ونفى مسؤول في الهيئة الفيدرالية الروسية للتعاون العسكري التقني أي محادثات مع إيران بشأن مقاتلات جديدة.",
])
def test_words_that_only_look_like_a_signal(text):
    assert [(s.kind, s.key) for s in extract(text)[1] if s.kind in ("agreement", "friction", "military")] == []


def test_the_twenty_year_document_offered_is_the_treaty_proposed():
    text = "وقال الوزير إن رئيسي سلم الجانب الروسي نصا مقترحا لوثيقة تعاون استراتيجي بين إيران وروسيا مدتها عشرون عاما."
    assert ("strategic_partnership_treaty", "proposed") in {(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"}


def test_to_keep_coordinating_on_a_matter_is_no_label_of_the_relationship():
    text = "واتفق لافروف وعراقجي على مواصلة التنسيق الوثيق داخل مجلس الأمن بشأن الملف النووي."
    assert ("relations", "partnership") not in found(text)


@pytest.mark.parametrize("text, value", [
    ("وقال صالحي إن كلفة المشروع الروسي في إيران تبلغ نحو ثمانية مليارات ونصف مليار دولار.", 8.5e9),
    ("وبلغ التبادل التجاري بين روسيا وإيران العام الماضي ملياراً ونصف مليار دولار.", 1.5e9),
])
def test_a_half_of_the_scale_is_part_of_the_amount(text, value):
    assert value in {s.value for s in extract(text)[1] if s.kind == "trade_figure"}


@pytest.mark.parametrize("text", [
    "وقال لافروف في مؤتمر صحفي مع ظريف إن حظر توريد الأسلحة إلى إيران سينتهي في أكتوبر.",
    "وقال ظريف إن الجانبين الروسي والإيراني بحثا أيضا الأوضاع في أفغانستان والتوتر في منطقة الخليج.",
])
def test_an_embargo_ending_or_regional_tension_discussed_is_no_signal_of_its_kind(text):
    assert not found(text) & {("military", "arms_transfer"), ("friction", "disagreement"), ("joint_position", "other")}


@pytest.mark.parametrize("text, key, value", [
    ("وقال سيتشين إن روسيا وإيران تبحثان مشاريع مشتركة في الحقول الإيرانية قد تصل قيمتها إلى ثلاثين مليار دولار.",
     "investment", 30e9),
    ("وقال المسؤول إن حجم التجارة بين روسيا وإيران قد يتجاوز هذا العام خمسة مليارات دولار.", "trade_volume", 5e9),
])
def test_what_a_sum_may_reach_is_its_forecast(text, key, value):
    figures = {(s.key, s.value, s.figure_type) for s in extract(text)[1] if s.kind == "trade_figure"}
    assert (key, value, "forecast") in figures


def test_what_may_possibly_be_is_still_no_figure():
    assert not extract("ومن المحتمل أن تتجاوز التجارة بين روسيا وإيران عشرة مليارات دولار.")[1]


def test_the_two_on_a_third_states_doing_is_their_stand():
    text = ("أجرى لافروف اتصالا هاتفيا بنظيره الإيراني ظريف. وأكد الجانبان أن الأعمال الأمريكية تنتهك بشكل صارخ مبادئ "
            "القانون الدولي.")
    assert ("joint_position", "other") in found(text)


@pytest.mark.parametrize("text, is_set", [
    ("وقال بزشكيان إن نص المعاهدة مع روسيا بات جاهزا، وإنها ستوقع خلال زيارة رسمية إلى موسكو في أقرب فرصة.", False),
    ("وكانت صحيفة بريطانية قد زعمت أن الوثيقة ستوقع خلال زيارة مرتقبة لمسؤول روسي رفيع إلى طهران.", False),
    ("وأعلن الكرملين أن بوتين سيزور طهران في التاسع عشر من تموز.", True),
])
def test_a_meeting_to_come_counts_when_it_is_set(text, is_set):
    assert (("meeting", "visit") in found(text)) == is_set


@pytest.mark.parametrize("text, key", [
    ("دعت إيران وروسيا حركة طالبان إلى تشكيل حكومة جامعة في أفغانستان.", "afghanistan"),
    ("اكد وزيرا خارجية ايران وروسيا ضرورة حل الازمة الاوكرانية عبر الحوار.", "ukraine"),
])
def test_a_verb_of_stance_before_the_two_as_subject_is_their_stand(text, key):
    assert ("joint_position", key) in found(text)


def test_one_side_calling_for_something_is_not_the_two_s_stand():
    text = "ودعت طهران إلى معالجة الملف ضمن منصة 3+3 التي تضم روسيا وإيران وتركيا ودول جنوب القوقاز."
    assert not [s for s in extract(text)[1] if s.kind == "joint_position"]


def test_a_third_states_doing_the_two_reject_is_the_matter_not_a_party():
    text = "رفضت طهران وموسكو لجوء الترويكا الأوروبية إلى تفعيل آلية سناب باك."
    assert ("joint_position", "nuclear_deal") in found(text)


@pytest.mark.parametrize("text, key", [
    ("ترى العاصمتان، طهران وموسكو، أن الغارات الإسرائيلية المتكررة على الأراضي السورية تنتهك سيادة دولة مستقلة.", "syria"),
    ("يرى الجانبان الإيراني والروسي أن مشكلات جنوب القوقاز يجب أن تحلها دول المنطقة بنفسها.", "caucasus"),
    ("شدد الطرفان الروسي والإيراني على رفض تسييس ملف مكافحة الإرهاب.", "other"),
])
def test_the_two_saying_where_they_stand(text, key):
    assert ("joint_position", key) in found(text)


def test_we_see_in_a_cartoon_is_no_stand():
    text = "ويعكس الرسم تدخل كل القوى في الشأن السوري، حيث نرى داخل سوريا إيران والولايات المتحدة وتركيا والصين وروسيا."
    assert not [s for s in extract(text)[1] if s.kind == "joint_position"]


def test_the_two_crowding_each_other_in_a_market_compete():
    text = "يتزاحم النفط الروسي والإيراني على المصافي الصينية، ويقدم البائعان خصومات متزايدة."
    assert ("friction", "competition") in found(text)


@pytest.mark.parametrize("text, kind", [
    ("ويُنتظر أن يُطرح الملف خلال زيارة مرتقبة لوزير الخارجية الإيراني إلى موسكو، لم يُحدد موعدها بعد.", "meeting"),
    ("ونقلت وكالة سبوتنيك الروسية عن مصدر سوري أن الاتفاقية الإيرانية السورية تشمل تزويد دمشق بمنظومات دفاع جوي.",
     "military"),
    ("وتراجعت أسعار النفط الروسي والإيراني على وقع الرسوم الجمركية الأميركية.", "economic"),
])
def test_what_is_not_between_the_two_is_no_signal_of_its_kind(text, kind):
    assert kind not in {s.kind for s in extract(text)[1]}


@pytest.mark.parametrize("text, key", [
    ("وأضاف أن الشراكة بين روسيا وإيران ظرفية أكثر منها استراتيجية.", "other"),
    ("لكن المعاهدة بين روسيا وإيران لا تجعل من البلدين حليفين عسكريين.", "other"),
    ("يرى باحث أن روسيا وإيران انتقلتا من شراكة ظرفية إلى ما يشبه التحالف الفعلي.", "partnership"),
])
def test_a_label_qualified_or_denied_is_other(text, key):
    labels = {s.key for s in extract(text)[1] if s.kind == "relations"}
    assert key in labels and ({"partnership", "other"} - {key}).isdisjoint(labels)


def test_the_giver_before_the_verb_and_the_receiver_after_it_flank_a_transfer():
    text = "وفرضت واشنطن عقوبات جديدة متهمة طهران بتزويد روسيا بطائرات مسيرة استخدمت في ضرب مدن أوكرانية."
    assert ("military", "arms_transfer") in found(text)


def test_the_two_named_by_between_after_the_cue_are_its_sides():
    text = "وتحولت السوق الصينية إلى ساحة منافسة غير معلنة بين موسكو وطهران."
    assert ("friction", "competition") in found(text)


def test_the_interim_agreement_with_the_union_to_be_signed():
    text = ("وتنتظر طهران الاتفاقية المؤقتة مع الاتحاد الاقتصادي الاوراسي الذي تقوده روسيا، المقرر توقيعها الشهر المقبل "
            "في استانا.")
    assert ("eaeu_fta", "drafted") in {(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"}


def test_seen_as_a_competitor():
    text = "وقال مسؤول إن إيران تنظر إلى روسيا كمنافس يسعى إلى ملء الفراغ الذي ستتركه البراميل الإيرانية في الأسواق."
    assert ("friction", "competition") in found(text)


def test_one_deciding_without_consulting_the_other_is_friction():
    text = "وأظهرت تصريحات المسؤولين الإيرانيين أن الكرملين لم يستشرهم قبل قرار الانسحاب من سوريا."
    assert ("friction", "disagreement") in found(text)


@pytest.mark.parametrize("text", [
    "لكن هذا التقارب لا يلغي حقيقة أن النفطين الروسي والإيراني يتنافسان على الزبائن أنفسهم.",
    "وأشار مسؤولون روس إلى أن موسكو، أكبر شريك تجاري لطهران داخل الاتحاد، ستكون المستفيد الأول.",
])
def test_a_rapprochement_referred_to_or_a_trading_partner_is_no_label(text):
    assert ("relations", "partnership") not in found(text)


def test_unlike_is_no_dispute():
    text = "ولا تتضمن المعاهدة بين روسيا وإيران بندا للدفاع المشترك، على خلاف المعاهدة التي أبرمتها موسكو مع كوريا الشمالية."
    assert ("friction", "disagreement") not in found(text)


def test_a_proposal_to_begin_drafting_proposes():
    text = "وأضاف أن إيران اقترحت على الجانب الروسي البدء بصياغة اتفاقية تعاون شاملة طويلة الأمد."
    assert ("strategic_partnership_treaty", "proposed") in {(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"}


def test_the_two_named_with_one_third_state_make_a_later_trio_word_theirs():
    from etl.extract.sides import IRAN, RUSSIA, THIRD, PairTracker
    tracker = PairTracker()
    tracker.step({RUSSIA, IRAN, THIRD}, pair_subject=True)
    assert tracker.three  # «اجتمع الرئيس الروسي ونظيراه الإيراني والتركي…»: «الرؤساء الثلاثة» after it are theirs
