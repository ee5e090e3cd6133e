"""Meetings as the news reports them: a visit the text calls one, whatever occasion brought it. Sentences
written for these tests (session 10); each pairs a statement with a near miss."""
import pytest

from etl.extract import extract
from tests.extracting import found


def test_a_visit_the_text_calls_one_is_a_visit_though_a_summit_was_its_occasion():
    text = ("استقبل المرشد الإيراني علي خامنئي الرئيس الروسي فلاديمير بوتين في طهران أمس، في أول زيارة له إلى "
            "إيران منذ ثماني سنوات، على هامش قمة منتدى الدول المصدرة للغاز.")
    assert ("meeting", "visit") in found(text)
    # A summit in a third state, with no visit to the other's country, is a summit, not a visit.
    summit = ("والتقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني على هامش قمة منظمة شنغهاي للتعاون "
              "في مدينة تشينغداو الصينية.")
    assert ("meeting", "visit") not in found(summit) and ("meeting", "summit") in found(summit)


def test_leaders_taking_part_by_video_link_hold_talks():
    text = ("شهد الرئيس الإيراني إبراهيم رئيسي ونظيره الروسي فلاديمير بوتين، عبر تقنية الاتصال المرئي، توقيع "
            "اتفاقية تمويل وإنشاء خط سكة حديد رشت - آستارا.")
    assert ("meeting", "talks") in found(text)
    alone = ("وقال الرئيس الإيراني إبراهيم رئيسي في كلمة عبر الفيديو أمام منتدى اقتصادي في طهران إن بلاده تريد "
             "علاقات أوسع مع روسيا.")
    assert ("meeting", "talks") not in found(alone)


def test_the_corridor_named_with_the_word_transport_is_the_north_south_corridor():
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في عشق آباد. واتفق الزعيمان على "
            "تسريع العمل في ممر النقل شمال - جنوب.")
    assert ("project", "instc") in found(text)


def test_a_visit_denied_past_an_apposition_is_no_visit():
    denied = ("نفى الكرملين، على لسان المتحدث باسمه ديمتري بيسكوف، أن يكون قائد «فيلق القدس» قاسم سليماني قد زار "
              "موسكو الشهر الماضي والتقى الرئيس فلاديمير بوتين.")
    assert ("meeting", "visit") not in found(denied)
    # A denial of something else leaves the visit stated.
    other = ("نفى الكرملين، على لسان المتحدث باسمه ديمتري بيسكوف، التقارير عن خلاف مع طهران، وقال إن قائد «فيلق "
             "القدس» قاسم سليماني زار موسكو الشهر الماضي والتقى الرئيس فلاديمير بوتين.")
    assert ("meeting", "visit") in found(other)


def test_a_round_of_the_astana_talks_held_is_a_meeting_but_the_process_is_not():
    held = ("اختتمت اليوم الجولة الثانية عشرة من محادثات أستانا بشأن سوريا بمشاركة وفود روسيا وإيران وتركيا، "
            "وأكدت الدول الثلاث التزامها بوحدة سوريا.")
    assert ("meeting", "talks") in found(held)
    process = ("وتعد إدلب جزءا من مناطق خفض التوتر التي تمخضت عن محادثات أستانا برعاية روسيا وإيران وتركيا.")
    assert ("meeting", "talks") not in found(process)
    coming = ("وتستعد روسيا وإيران وتركيا للجولة المقبلة من محادثات أستانا.")
    assert ("meeting", "talks") not in found(coming)


def test_talks_named_by_the_two_adjectives_indefinite_are_theirs():
    text = "وعقدت أمس مباحثات روسية إيرانية حول التهديدات الغربية بتوجيه ضربة عسكرية ضد دمشق."
    assert ("meeting", "talks") in found(text)


def test_talks_of_the_two_in_one_sides_capital_are_a_visit_but_talks_of_three_there_are_talks():
    """Officials of the two holding talks in Tehran or Moscow: one of them came. With a third state's minister
    at the table, it is a trilateral meeting (SIGNALS.md: `talks`); an ambassador is at home there."""
    visit = ("طهران - أجرى وزير الخارجية الروسي سيرغي لافروف، اليوم الاثنين في طهران، محادثات مع نظيره الإيراني عباس "
             "عراقجي تناولت الملف النووي.")
    assert ("meeting", "visit") in found(visit)
    three = ("أجرى وزير الخارجية الروسي سيرغي لافروف ونظيراه الإيراني عباس عراقجي والتركي هاكان فيدان، اليوم في "
             "موسكو، محادثات حول الوضع في سوريا.")
    assert ("meeting", "visit") not in found(three)
    assert ("meeting", "talks") in found(three)
    ambassador = ("بحث السفير الإيراني في موسكو كاظم جلالي مع نائب وزير الخارجية الروسي سيرغي ريابكوف التعاون "
                  "بين البلدين.")
    assert ("meeting", "visit") not in found(ambassador)


def test_talks_during_a_visit_are_mentions_of_the_visit_not_lost():
    text = ("وصل وزير الخارجية الإيراني عباس عراقجي إلى موسكو في زيارة رسمية تستغرق يومين. "
            "وأجرى عراقجي محادثات مع نظيره الروسي سيرغي لافروف تناولت التعاون الاقتصادي.")
    meetings = [s for s in extract(text)[1] if s.kind == "meeting"]
    assert [s.key for s in meetings] == ["visit"]
    assert meetings[0].mentions == 2  # the talks' sentence is evidence of the visit


def test_a_summit_that_was_the_occasion_of_a_visit_told_as_one_is_the_visit():
    """Session 12: «في أول زيارة له… على هامش قمة…» in the capital of one of the two is a visit, no second
    meeting; a meeting at a summit elsewhere, with a visit only planned «as soon as possible», is the summit."""
    visit = ("التقى الرئيس الروسي فلاديمير بوتين المرشد الإيراني علي خامنئي، الاثنين في طهران، في أول زيارة له "
             "إلى إيران منذ ثماني سنوات، على هامش قمة منتدى الدول المصدرة للغاز.")
    meetings = {k for k in found(visit) if k[0] == "meeting"}
    assert meetings == {("meeting", "visit")}
    summit = ("وقال بوتين، خلال لقائه نظيره الإيراني مسعود بزشكيان على هامش قمة بريكس في قازان، إن التوقيع على "
              "المعاهدة سيتم في أقرب وقت ممكن، خلال زيارة رسمية.")
    meetings = {k for k in found(summit) if k[0] == "meeting"}
    assert meetings == {("meeting", "summit")}


def test_a_visit_whose_date_is_not_set_is_no_meeting_yet():
    """SIGNALS: a meeting counts once it took place, or is announced with a date or as decided; «لم يحدد موعدها»
    leaves it open."""
    assert not found("وقال بزشكيان إن التوقيع سيتم خلال زيارة رسمية لموسكو لم يحدد موعدها بعد.")
    assert not found("وقال بزشكيان إنه سيزور موسكو في موعد لم يحدد بعد.")
    assert ("meeting", "visit") in found("وقال بزشكيان إنه سيزور موسكو الشهر المقبل.")


def test_the_joint_commission_in_one_capital_with_the_others_minister_there_is_theirs():
    assert ("meeting", "joint_commission") in found(
        "وقال الوزير الروسي، في ختام اجتماعات اللجنة المشتركة التي استضافتها طهران على مدى يومين، إن المستثمرين "
        "الروس بحاجة إلى ضمانات.")
    assert not found("وقال الوزير العراقي في ختام اجتماعات اللجنة المشتركة في طهران إن روسيا شريك.")


def test_one_sides_cabinet_meeting_is_where_its_minister_spoke_not_a_meeting_of_the_two():
    assert not {k for k in found("وأضاف أوفرتشوك، في تصريح للصحفيين على هامش اجتماع حكومي، أن الجانبين الروسي "
                                 "والإيراني يستهدفان رفع التجارة.") if k[0] == "meeting"}


def test_calling_ones_counterpart_and_sitting_at_one_table_are_meetings():
    assert ("meeting", "phone_call") in found(
        "فقد اتصل الرئيس الإيراني حسن روحاني بنظيره الروسي فلاديمير بوتين، وتبادل معه التقييم لما جرى.")
    assert ("meeting", "phone_call") not in found(
        "وقال ماكرون إنه اتصل بالرئيسين الإيراني والروسي والأمريكي خلال الأسبوع.")
    assert ("meeting", "talks") in found("وجلس بوتين وروحاني إلى طاولة واحدة في أنقرة.")


def test_a_third_state_that_is_the_topic_of_talks_in_a_capital_is_not_at_the_table():
    """Talks of the two's officials in Moscow about a third state's doings are a visit; a third state's
    minister at the table keeps them talks."""
    topic = ("أجرى نائب وزير الخارجية الروسي سيرغي ريابكوف، الأربعاء في موسكو، مشاورات مع نائب وزير الخارجية "
             "الإيراني عباس عراقجي، تناولت التصعيد بين طهران وواشنطن.")
    assert ("meeting", "visit") in found(topic)
    table = ("أجرى وزير الخارجية الروسي سيرغي لافروف، الأربعاء في موسكو، محادثات مع نظيريه الإيراني محمد جواد ظريف "
             "والتركي مولود جاويش أوغلو، تناولت الوضع في سوريا.")
    assert ("meeting", "visit") not in found(table)


def test_talks_during_the_call_the_text_refers_back_to_are_the_call():
    text = ("وأفادت الخارجية الإيرانية بأن الوزيرين تحدثا مساء الثلاثاء. وخلال الاتصال، بحث وزير الخارجية عباس "
            "عراقجي مع نظيره الروسي سيرغي لافروف قرار الدول الأوروبية الثلاث.")
    meetings = {k for k in found(text) if k[0] == "meeting"}
    assert meetings == {("meeting", "phone_call")}
    video = ("وخلال الاتصال المرئي، بحث وزير الخارجية عباس عراقجي مع نظيره الروسي سيرغي لافروف قرار الدول "
             "الأوروبية الثلاث.")
    assert ("meeting", "phone_call") not in found(video)


def test_a_russian_official_meeting_irans_leader_came_to_tehran():
    """The Leader receives at home: meeting him is a visit, unless by phone."""
    met = "والتقى الرئيس الروسي فلاديمير بوتين على انفراد المرشد علي خامنئي والرئيس روحاني."
    meetings = {k for k in found(met) if k[0] == "meeting"}
    assert meetings == {("meeting", "visit")}
    letter = "وسلم وزير الخارجية الروسي سيرغي لافروف الرئيس الإيراني رسالة من بوتين إلى المرشد علي خامنئي."
    assert ("meeting", "visit") not in found(letter)


def test_a_joint_press_conference_in_one_sides_capital_is_a_visit():
    """Session 14: the two's foreign ministers before the press together in Tehran: one of them came."""
    text = ("طهران - قال وزير الخارجية الروسي سيرغي لافروف، خلال مؤتمر صحفي مشترك مع نظيره الإيراني عباس عراقجي "
            "في طهران اليوم، إن بلاده تدعم الحل الدبلوماسي.")
    assert ("meeting", "visit") in found(text) and ("meeting", "talks") not in found(text)
    # With a third state's minister in Moscow, no Iranian is there: no meeting of the two at all.
    other = ("قال لافروف في مؤتمر صحفي مشترك مع نظيره التركي في موسكو إن إيران شريك مهم لروسيا في المنطقة.")
    assert not {k for k in found(other) if k[0] == "meeting"}


def test_a_signing_by_video_link_from_both_capitals_is_talks_not_a_visit():
    """Session 14: each president in his own capital, the two linked by video: no one came."""
    video = ("وقّعت إيران وروسيا، اليوم الأربعاء، اتفاقية حكومية لبناء خط سكة حديد رشت–آستارا، في مراسم جرت في طهران وموسكو "
             "في آن واحد عبر تقنية الاتصال المرئي، بحضور الرئيسين إبراهيم رئيسي وفلاديمير بوتين.")
    assert ("meeting", "talks") in found(video) and ("meeting", "visit") not in found(video)
    kremlin = "وقّع بوتين ونظيره الإيراني بزشكيان، في الكرملين، معاهدة الشراكة الاستراتيجية الشاملة."
    assert ("meeting", "visit") in found(kremlin)


def test_a_visit_called_off_or_reported_and_denied_is_no_meeting():
    """Session 14: «إلغاء زيارة…» and «نفى… صحة تقارير عن زيارة…» tell of meetings that did not happen; what is
    abolished that is no meeting (tariffs, sanctions) leaves the rest of the sentence stated."""
    called_off = ("طهران - أعلنت وزارة الطاقة الإيرانية، الأربعاء، إلغاء زيارة كان من المقرر أن يقوم بها الوزير إلى "
                  "موسكو الأسبوع المقبل لترؤس الجانب الإيراني في اجتماع اللجنة الاقتصادية المشتركة مع روسيا.")
    assert not {k for k in found(called_off) if k[0] == "meeting"}
    assert not {k for k in found("وألغى وزير الخارجية الإيراني محمد جواد ظريف زيارة كانت مقررة إلى موسكو.")
                if k[0] == "meeting"}
    denied = ("موسكو - نفى المتحدث باسم الكرملين دميتري بيسكوف، اليوم الاثنين، صحة تقارير إعلامية عن زيارة مرتقبة "
              "للرئيس فلاديمير بوتين إلى طهران الشهر المقبل.")
    assert not {k for k in found(denied) if k[0] == "meeting"}
    assert ("meeting", "visit") in found("زار وزير الخارجية الإيراني موسكو بعد إلغاء العقوبات على المصارف.")
    assert ("economic", "trade_measure") in found("واتفقت إيران وروسيا على إلغاء الرسوم الجمركية على القمح.")


def test_positions_that_meet_converge_and_no_one_meets():
    """Session 14: «يلتقي الموقفان…», «يلتقي البلدان… عند نقطة واحدة» are convergence, no meeting; the
    position they share is still theirs."""
    views = "ويلتقي الموقفان الروسي والإيراني في رفض الوجود الأمريكي في سوريا."
    assert ("meeting", "talks") not in found(views) and ("joint_position", "syria") in found(views)
    point = "ويلتقي البلدان روسيا وإيران عند نقطة واحدة هي رفض الهيمنة الأمريكية."
    assert not {k for k in found(point) if k[0] == "meeting"}
    assert ("meeting", "summit") in found("والتقى بوتين وروحاني على هامش القمة في أنقرة.")


# Session 15: the gold keys the two meeting on the sidelines of a multilateral gathering `summit` (32 of 38 such
# meetings in the tuning part), and talks referred back to in an article that tells of that meeting are it.
def test_the_two_meeting_on_the_sidelines_of_a_multilateral_gathering_meet_at_a_summit():
    text = "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان على هامش منتدى دولي في عشق آباد."
    assert {k for k in found(text) if k[0] == "meeting"} == {("meeting", "summit")}


# Session 27: ministers and envoys on the sidelines of a gathering that is no summit hold talks (the gold keys every
# one of the 30 such meetings `talks`; at a summit, `summit`).
def test_ministers_on_the_sidelines_of_the_general_assembly_hold_talks():
    text = "بحث وزيرا الخارجية الروسي والإيراني على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك الملف النووي."
    assert {k for k in found(text) if k[0] == "meeting"} == {("meeting", "talks")}


def test_one_sides_own_forum_or_a_statement_there_is_no_summit():
    visit = "بحث وزير الدفاع الإيراني مع نظيره الروسي في موسكو آفاق التعاون العسكري على هامش المنتدى العسكري الروسي."
    assert ("meeting", "summit") not in found(visit)
    said = "وأضاف أوفرتشوك في تصريحات للصحفيين على هامش منتدى دولي أن المصارف في روسيا وإيران باتت مترابطة."
    assert ("meeting", "summit") not in found(said)


def test_talks_referred_back_to_after_a_summit_meeting_are_that_meeting():
    text = ("والتقى الرئيس الروسي نظيره الإيراني على هامش قمة منظمة شنغهاي للتعاون. "
            "وقال بوتين خلال لقائه مع روحاني إن البلدين يعملان على توسيع التجارة.")
    keys = [k for k in found(text) if k[0] == "meeting"]
    assert keys == [("meeting", "summit")]


@pytest.mark.parametrize("text", [
    "ودعا بوتين نظيره الإيراني إلى زيارة روسيا في موعد يناسب الطرفين.",
    "وقال بيسكوف إن دعوة الرئيس الإيراني لبوتين لزيارة إيران لا تزال قائمة.",
], ids=["invited to visit", "an invitation standing"])
def test_an_invitation_to_visit_is_no_visit(text):
    assert ("meeting", "visit") not in found(text)


def test_a_visit_made_at_an_invitation_is_a_visit():
    assert ("meeting", "visit") in found(
        "ووصل الرئيس الإيراني إلى موسكو تلبية لدعوة من نظيره الروسي في زيارة رسمية تستغرق يومين.")


def test_a_plane_landing_in_the_other_capital_at_the_start_of_a_visit_is_a_visit():
    assert ("meeting", "visit") in found(
        "حطت طائرة الرئيس الإيراني إبراهيم رئيسي في مطار فنوكوفو بموسكو، في مستهل زيارة رسمية تستغرق يومين.")


@pytest.mark.parametrize("text,key", [
    ("جمعت قمة طهران الثلاثية في تموز/يوليو 2022 الرؤساء الإيراني والروسي والتركي لبحث الملف السوري.", "summit"),
    ("تلقى وزير الخارجية الإيراني عباس عراقجي مكالمة من نظيره الروسي سيرغي لافروف، بحسب وكالة تاس.", "phone_call"),
    ("انطلقت في موسكو أعمال الدورة السابعة عشرة للجنة الحكومية الإيرانية الروسية المشتركة برئاسة وزير النفط الإيراني ووزير الطاقة الروسي.", "joint_commission"),
], ids=["one title for a list of nationalities", "a call received", "the two's adjectives in the commission's name"])
def test_meetings_in_more_of_the_words_news_uses(text, key):
    assert ("meeting", key) in found(text)
