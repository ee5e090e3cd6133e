"""Joint positions said by the two together: sentences written for these tests (session 12)."""
import pytest

from etl.extract import extract
from tests.extracting import found

CALL = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره الإيراني حسن روحاني. "
TALKS = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو. "


@pytest.mark.parametrize("text,key", [
    (CALL + "ووصف الرئيسان خلال الاتصال الضربة الأمريكية بأنها عمل عدواني غير مقبول ينتهك سيادة سوريا.", "syria"),
    (TALKS + "وشدد الوزيران على ضرورة رفع العقوبات الأحادية المفروضة على طهران كاملة.", "sanctions"),
    (CALL + "وأكد الرئيسان عزمهما على الدفاع عن الاتفاق النووي.", "nuclear_deal"),
    ("وتحدث بوتين وروحاني هاتفيا، واعتبرا الضربة الأمريكية على مطار الشعيرات في سوريا عملا غير قانوني.", "syria"),
], ids=["verb before dual: described", "verb before dual: stressed", "verb before dual: affirmed", "dual verb"])
def test_a_verb_of_saying_with_the_pair_as_its_dual_subject_is_their_joint_position(text, key):
    assert ("joint_position", key) in found(text)


def test_the_same_verb_with_one_side_alone_is_no_joint_position():
    assert ("joint_position", "syria") not in found(
        CALL + "ووصف روحاني خلال الاتصال الضربة الأمريكية بأنها عمل عدواني غير مقبول ينتهك سيادة سوريا.")


@pytest.mark.parametrize("text", [
    "وأضاف أن طهران وموسكو تواجهان معا أطماع الولايات المتحدة في المنطقة.",
    "وقال لافروف إن روسيا وإيران تواجهان تحديات مشتركة بينها تدخل الولايات المتحدة في شؤون المنطقة.",
], ids=["facing together", "common challenges"])
def test_the_two_as_one_front_against_a_common_threat_is_a_joint_position(text):
    assert ("joint_position", "other") in found(text)


def test_one_of_them_with_a_third_on_one_front_is_no_joint_position_of_the_two():
    assert ("joint_position", "other") not in found("وقالت موسكو إن روسيا والصين تقفان في جبهة واحدة مع إيران.")


def test_a_position_of_several_states_the_two_among_them_is_theirs_but_not_of_many():
    """SIGNALS.md «A position held by several states»: one third state with them; not Russia among many."""
    three = "وأكدت إيران وروسيا والصين في رسالة مشتركة أن القرار 2231 انتهى وأن إعادة فرض العقوبات الأممية باطلة."
    assert ("joint_position", "nuclear_deal") in found(three)
    many = ("وقد استنتجت الدول الأوروبية الثلاث وروسيا والصين وكذلك الولايات المتحدة وإيران في فيينا أن الاتفاق "
            "النووي يجري تنفيذه بالكامل وأن القرار 2231 يطبق.")
    assert ("joint_position", "nuclear_deal") not in found(many)


@pytest.mark.parametrize("text,key", [
    ("وتتفق طهران وموسكو على ضرورة التوصل إلى حل سياسي للأزمة اليمنية.", "other"),
    ("وأكد بوتين أن روسيا ستواصل الدفاع عن الاتفاق النووي مع إيران.", "nuclear_deal"),
    ("وتنسق روسيا وإيران مواقفهما في مجلس الأمن بشأن الملف السوري.", "syria"),
    ("وتطالب روسيا وإيران بانسحاب القوات الأمريكية من سوريا.", "syria"),
], ids=["Yemen", "defending the deal", "coordinating their positions", "demanding together"])
def test_more_ways_of_taking_a_stand_together(text, key):
    assert ("joint_position", key) in found(text)


def test_a_stand_on_yemen_by_a_third_with_one_of_them_is_not_theirs():
    assert ("joint_position", "other") not in found(
        "وتتفق الرياض وموسكو على ضرورة التوصل إلى حل سياسي للأزمة اليمنية، فيما تدعم طهران الحوثيين.")


def test_unilateral_restrictive_measures_are_the_sanctions_they_stand_against():
    assert ("joint_position", "sanctions") in found(
        "وتنص المعاهدة على تعاون روسيا وإيران في مواجهة الإجراءات التقييدية الأحادية.")


def test_the_three_of_a_trilateral_format_speak_for_the_two_among_them():
    """«الدول الثلاث» after the article named Russia, Iran and Turkey together: a position of several states with
    the two among them is theirs (SIGNALS); the three leaders' meeting is a summit."""
    opening = "اجتمع وزراء خارجية روسيا وإيران وتركيا في موسكو. "
    assert ("joint_position", "syria") in found(
        opening + "وقال لافروف إن الدول الثلاث متفقة على أن لا حل عسكريا للأزمة السورية.")
    assert ("meeting", "summit") in found(
        "أعلنت روسيا وإيران وتركيا عقد قمة في أنقرة. وعقد اللقاء الأخير بين قادة الدول الثلاث حول الملف السوري في "
        "22 تشرين الثاني/نوفمبر في سوتشي.")


def test_a_possible_or_whether_event_is_not_stated():
    assert not found("وأشارت تصريحات الرئيسين الروسي والإيراني إلى توتر محتمل بين البلدين.")
    assert ("meeting", "talks") not in found(
        "وقال ظريف إن روسيا وإيران ستعقدان اجتماعا، ولم يحدد ظريف إن كان الاجتماع سيضم الرئيسين.")


def test_their_cooperation_against_terrorism_in_syria_or_a_talk_about_syria_is_no_stand_on_syria():
    """What they do against terrorism there is military cooperation; a letter «about bilateral relations and Syria»
    an agenda. Their ties to the regime («صلاتهما بالنظام السوري») are a stand by both."""
    coop = ("وقال شمخاني إن التعاون بين طهران وموسكو في مكافحة الإرهاب في سوريا استراتيجي، وإن البلدين يتبادلان "
            "الإمكانات والقدرات.")
    assert ("joint_position", "syria") not in found(coop)
    assert ("military", "joint_operations") in found(coop)
    agenda = "وقال بيسكوف إن رسالة روحاني إلى بوتين تناولت العلاقات الثنائية والوضع في سوريا."
    assert ("joint_position", "syria") not in found(agenda)
    assert ("joint_position", "syria") in found("ووجه ترامب تحذيرا لإيران وروسيا على خلفية صلاتهما بالنظام السوري.")


# Session 13: joint positions written from the language (8 of 18 right before the rules they led to; the
# seven still wrong: a stand on a matter no rule names, one side backing the other's position, divergence, and a
# third state's demand on the two, which the gold and earlier tests read as their backing where it names it).
POSITIONS_13 = [
    ("وأعربت موسكو وطهران عن قلقهما البالغ إزاء التصعيد في قطاع غزة.", "joint_position gaza"),
    ("ودعا الرئيسان الروسي والإيراني إلى وقف فوري لإطلاق النار في غزة.", "joint_position gaza"),
    ("وتتبنى روسيا وإيران موقفا موحدا من الأزمة في أفغانستان.", "joint_position afghanistan"),
    ("وشدد لافروف وعراقجي على أن الملف النووي الإيراني يجب أن يحل بالطرق الدبلوماسية.", "joint_position nuclear_deal"),
    ("وتعارض موسكو وطهران توسع حلف الناتو شرقا.", "joint_position ukraine"),
    ("وأكد بوتين وبزشكيان دعمهما لبناء نظام عالمي متعدد الأقطاب.", "joint_position sanctions"),
    ("وترى موسكو وطهران أن العقوبات الغربية غير شرعية.", "joint_position sanctions"),
    ("واتفق الجانبان الروسي والإيراني على ضرورة الحفاظ على وحدة أراضي سوريا.", "joint_position syria"),
    ("وأعلنت طهران تضامنها مع موسكو في مواجهة العقوبات الغربية.", "joint_position sanctions"),
    ("وقالت واشنطن إن روسيا وإيران تدعمان نظام الأسد.", "joint_position syria"),
    ("ودعا الاتحاد الأوروبي إيران وروسيا إلى احترام القانون الدولي.", "none"),
]


@pytest.mark.parametrize("text,expected", POSITIONS_13)
def test_positions_taken_together_and_demands_made_of_them(text, expected):
    keys = found(text)
    if expected == "none":
        assert not {k for k in keys if k[0] == "joint_position"}
    else:
        assert tuple(expected.split()) in keys


def test_russia_calling_irans_presence_in_syria_legitimate_holds_a_position_on_syria():
    assert ("joint_position", "syria") in found(
        "وتقول روسيا إن إيران شريك مهم لها ووجودها في سوريا شرعي لأنه جاء بطلب من الحكومة السورية.")
    assert ("joint_position", "syria") not in found("وقال نتنياهو إن الوجود الإيراني في سوريا غير شرعي، وإن روسيا تعرف ذلك.")


def test_russia_backing_irans_position_on_the_nuclear_file_is_a_joint_position():
    assert ("joint_position", "nuclear_deal") in found(
        "واعتبر وزير الخارجية الروسي أن ردة فعل إيران \"معقولة\" بعد انسحاب أميركا من الاتفاق النووي.")
    assert ("joint_position", "nuclear_deal") in found("وتدعم روسيا الموقف الإيراني في مفاوضات فيينا.")
    assert ("joint_position", "nuclear_deal") not in found("وانتقد لافروف الموقف الإيراني في مفاوضات فيينا.")


def test_assads_two_allies_or_backers_are_the_two():
    """«حليفا دمشق», «أبرز داعمين للأسد» after the article named the two: the pair, backing Assad."""
    assert ("joint_position", "syria") in found(
        "وتتنافس روسيا وإيران على عقود إعادة الإعمار. ولا يخفي حليفا دمشق رغبتهما في حصة من الكعكة السورية.")


def test_the_two_who_will_defend_their_interests_under_the_nuclear_deal_hold_a_position_on_it():
    """Session 14: the future dual «ستدافعان» as the present «تدافعان» does."""
    text = ("وأكد لافروف بعد محادثات مع نظيره الإيراني محمد جواد ظريف أن روسيا وإيران \"ستدافعان عن مصالحهما "
            "المشروعة\" في إطار الاتفاق النووي.")
    assert ("joint_position", "nuclear_deal") in {(s.kind, s.key) for s in extract(text)[1]}
    alone = "وقال لافروف إن روسيا ستدافع عن مصالحها في سوريا، مشيرا إلى أن إيران دولة جارة."
    assert ("joint_position", "nuclear_deal") not in {(s.kind, s.key) for s in extract(alone)[1]}


def test_getting_round_sanctions_or_being_under_them_is_no_position_on_them():
    """Session 14: what the two do about sanctions, or suffer, is not a stance they state."""
    round_ = ("وأعلن البنكان المركزيان في إيران وروسيا ربط نظاميهما للرسائل المالية. ويأتي الربط في اطار مساعي "
              "البلدين للالتفاف على العقوبات الغربية التي عزلت مصارفهما عن نظام «سويفت».")
    assert ("joint_position", "sanctions") not in {(s.kind, s.key) for s in extract(round_)[1]}
    under = ("ويأتي الربط في إطار مساعي طهران وموسكو، الخاضعتين لعقوبات غربية واسعة، للالتفاف على نظام «سويفت» "
             "للتحويلات المالية الدولية.")
    assert ("joint_position", "sanctions") not in {(s.kind, s.key) for s in extract(under)[1]}
    against = "وأكد البلدان روسيا وإيران رفضهما العقوبات الغربية الأحادية."
    assert ("joint_position", "sanctions") in {(s.kind, s.key) for s in extract(against)[1]}


# Session 14: joint positions written from the language; the first four were missed before the rules they led to.
POSITIONS_14 = [
    ("وأعرب وزيرا خارجية روسيا وإيران عن قلقهما من تصاعد التوتر في الخليج.", "other"),
    ("وأبدت روسيا وإيران تطابقا في وجهات النظر حول الملف النووي الإيراني.", "nuclear_deal"),
    ("وأيدت روسيا حق إيران في تخصيب اليورانيوم لأغراض سلمية.", "nuclear_deal"),
    ("وأعلنت روسيا وإيران معارضتهما لتوسع حلف الناتو شرقا.", "ukraine"),
    ("وأكد الجانبان الروسي والإيراني رفضهما لأي تدخل أجنبي في شؤون سوريا الداخلية.", "syria"),
    ("وقال بوتين إن بلاده وإيران تعارضان العقوبات الأحادية غير الشرعية.", "sanctions"),
    ("وشددت موسكو وطهران على رفض أي حل عسكري للأزمة في اليمن.", "other"),
]


@pytest.mark.parametrize("text,key", POSITIONS_14)
def test_positions_held_together_in_the_words_news_uses(text, key):
    assert key in {s.key for s in extract(text)[1] if s.kind == "joint_position"}


def test_the_gulf_states_are_parties_not_the_matter():
    text = "وأكدت موسكو وطهران دعمهما لأمن منطقة الخليج، في حين انتقدت دول مجلس التعاون الخليجي الموقفين."
    assert ("joint_position", "other") not in {(s.kind, s.key) for s in extract(text)[1]}


# Session 15: what the two say together about a matter the sentence before named («…لهذه الخطوة», «القطاع»).
MATTER_BEFORE = [
    ("بحث وزير الخارجية الروسي في اتصال هاتفي مع نظيره الإيراني قرار الترويكا الأوروبية تفعيل آلية إعادة فرض "
     "العقوبات الأممية على طهران. وأكد الجانبان رفضهما لهذه الخطوة واعتبراها تصعيدا لا مبرر له.", "nuclear_deal"),
    ("ناقش الرئيس الإيراني مع ضيفه الروسي في طهران التطورات في قطاع غزة. وشدد الرئيسان على ضرورة الوقف الفوري "
     "للعمليات العسكرية وإدخال المساعدات إلى القطاع دون قيود.", "gaza"),
    ("تناولت محادثات لافروف وعبد اللهيان في موسكو الأوضاع في أفغانستان بعد انسحاب القوات الأمريكية. وأكدا أن "
     "تشكيل حكومة جامعة تمثل كل المكونات هو السبيل الوحيد إلى الاستقرار.", "afghanistan"),
]


@pytest.mark.parametrize("text,key", MATTER_BEFORE, ids=["this step", "the strip", "a dual verb opening"])
def test_what_the_two_say_together_takes_its_matter_from_the_sentence_before(text, key):
    assert ("joint_position", key) in found(text)


@pytest.mark.parametrize("text", [
    # what they say of their own ties
    "بحث وزير الخارجية الروسي مع نظيره الإيراني الأوضاع في سوريا. وأكد الوزيران ضرورة تعزيز التعاون الاقتصادي بين بلديهما.",
    # one side alone says it
    "بحث وزير الخارجية الروسي مع نظيره الإيراني الأوضاع في سوريا. وأكد الوزير الإيراني أن بلاده ترفض أي تدخل خارجي.",
    # the matter named only as where something comes from
    "بحث الرئيسان الروسي والإيراني في اتصال هاتفي تطورات النزاع في قره باغ. وأعربا عن قلقهما إزاء نقل مقاتلين من سوريا.",
], ids=["their own ties", "one side alone", "a place, not the matter"])
def test_no_position_on_the_matter_before_where_they_speak_of_their_ties_or_one_speaks(text):
    assert ("joint_position", "syria") not in found(text)


def test_a_scene_states_adjective_on_a_thing_names_no_party_of_a_later_pair_word():
    """«الشعب السوري» says whose people, as «العقوبات الأمريكية» says whose sanctions: «البلدين» beside it are
    still the two the article speaks of (session 15)."""
    text = ("أجرى الرئيس الروسي محادثات مع نظيره الإيراني في طهران. وقال المتحدث باسم الكرملين إن اللقاء تناول "
            "الوضع في سوريا، مضيفا أن مواقف البلدين متطابقة في رفض أي حل يفرض من الخارج على الشعب السوري.")
    assert ("joint_position", "syria") in found(text)


@pytest.mark.parametrize("text,key", [
    ("أعلنت روسيا وإيران وقوفهما إلى جانب حكومة الرئيس الفنزويلي، ورفضهما الاعتراف بزعيم المعارضة رئيسا مؤقتا.", "other"),
    ("وجددت موسكو وطهران في بيان مشترك رفضهما للعقوبات الأحادية المفروضة على البلدين.", "sanctions"),
], ids=["a matter no rule names", "a matter a rule names"])
def test_their_stand_told_by_a_dual_pronoun_after_the_pair_is_a_joint_position(text, key):
    assert ("joint_position", key) in found(text)


def test_a_dual_pronoun_of_two_others_is_not_theirs():
    text = ("وأضاف المتحدث أن المستشارة والرئيس عبرا عن قلقهما إزاء تصريحات الرئيس الروسي الأخيرة، "
            "في وقت يزور فيه وزير الخارجية الإيراني برلين.")
    assert not [k for k in found(text) if k[0] == "joint_position"]


def test_the_two_named_alone_as_a_pair_make_a_later_pair_word_theirs():
    """«فرض الغرب عزلة على موسكو وطهران»: the West is named too, but the one pair the sentence names is theirs."""
    text = ("منذ أن فرض الغرب عزلة خانقة على موسكو وطهران، وجدت كل منهما في الأخرى متنفسا. "
            "ويصف مسؤولو البلدين علاقتهما اليوم بأنها شراكة شاملة لا تحكمها الظروف العابرة.")
    assert ("relations", "partnership") in found(text)


@pytest.mark.parametrize("text,key", [
    ("تتبنى طهران الرواية الروسية للحرب في أوكرانيا، وتحمل حلف شمال الأطلسي مسؤولية اندلاعها.", "ukraine"),
    ("وتبنى أمين مجلس الأمن الروسي نيكولاي باتروشيف الرواية الإيرانية لحادث الناقلة في الخليج.", "other"),
    ("وقالت وزارة الدفاع الروسية إن الطائرة سقطت داخل الأجواء الإيرانية، وهو ما يتفق مع رواية طهران.", "other"),
], ids=["Iran takes up Russia's account of the war", "Russia takes up Iran's", "agreeing with Tehran's account"])
def test_one_side_taking_up_the_others_account_is_a_position_both_hold(text, key):
    """Session 15: the two hold the account one side takes up from the other (the matter as a rule names it)."""
    assert ("joint_position", key) in found(text)


def test_an_account_reported_or_rejected_is_not_taken_up():
    assert ("joint_position", "other") not in found("ونقلت وسائل الإعلام الإيرانية الرواية الروسية للأحداث دون تعليق.")
    assert ("joint_position", "other") not in found("ورفضت طهران الرواية الروسية للأحداث.")


@pytest.mark.parametrize("text,key", [
    ("وقال لافروف إن طهران وموسكو متفقتان على أن الوجود العسكري الأجنبي في أفغانستان كان سبب المشكلة.", "afghanistan"),
    ("وأضاف أن روسيا وإيران تتفقان على أن مشكلات القوقاز تحل بأيدي دوله.", "caucasus"),
    ("وقال المسؤول إن طهران وموسكو متفقتان على أن استقرار السوق مصلحة مشتركة.", "other"),
], ids=["a matter in the sentence", "another matter", "no matter a rule names"])
def test_the_two_agreeing_that_is_a_position_on_the_matter_they_agree_on(text, key):
    """Session 15: «متفقتان على أن» after the two as a pair, keyed by the matter (session 14 tried it as `other`
    everywhere, and lost as many signals as it found)."""
    assert ("joint_position", key) in found(text)


def test_the_two_standing_together_against_a_step_hold_a_position_on_its_matter():
    text = ("ناقش وزيرا الخارجية الروسي والإيراني مشروع القرار الأمريكي بشأن الاتفاق النووي. "
            "وقال لافروف إن موسكو وطهران تقفان معا ضد محاولات واشنطن تمديد حظر الأسلحة المفروض على إيران.")
    assert ("joint_position", "nuclear_deal") in found(text)
