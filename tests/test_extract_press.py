"""How the Arab press of the Syrian war and the nuclear deal (2015–2016) states what the two do together:
sentences written for these tests (session 9)."""
from tests.extracting import found as _found


def test_a_bare_agreement_refers_back_to_the_nuclear_deal_the_article_named():
    before = "أعلنت الوكالة الدولية أن إيران تلتزم بالاتفاق النووي الموقع في فيينا. "
    said = "وقال ريابكوف إن روسيا ستدافع مع طهران عن الاتفاق في وجه أي محاولة للالتفاف عليه."
    assert ("joint_position", "nuclear_deal") in _found(before + said)
    # With no deal named before, «الاتفاق» may be any agreement: no position on the nuclear deal.
    assert ("joint_position", "nuclear_deal") not in _found(said)
    # Russia as one of the deal's signatories is one of many.
    assert ("joint_position", "nuclear_deal") not in _found(
        before + "وتسعى طهران إلى الحصول على دعم باقي الموقعين على الاتفاق، إضافة إلى روسيا والصين.")


def test_the_two_saying_the_syrian_people_alone_decide_is_a_position_on_syria():
    text = ("وقال وزير الخارجية الإيراني إن بلاده وروسيا ترفضان تحديد موعد لرحيل الأسد، وإن الشعب السوري وحده "
            "يقرر مصيره.")
    assert ("joint_position", "syria") in _found(text)
    assert ("joint_position", "syria") in _found(
        "وشدد بوتين على أن روسيا وإيران متمسكتان بمبدأ أن الشعب السوري وحده يحدد مستقبله.")


def test_russian_bombers_flying_from_an_iranian_airfield_are_basing():
    text = "وأعلنت وزارة الدفاع الروسية أن قاذفاتها أقلعت من مطار همدان في غرب إيران لضرب أهداف في سوريا."
    assert ("military", "basing") in _found(text)
    text = "وعبرت صواريخ كاليبر الروسية أجواء إيران والعراق قبل أن تصل إلى أهدافها."
    assert ("military", "basing") in _found(text)


def test_fighting_in_one_trench_is_joint_action_and_a_shared_stand():
    assert ("military", "joint_operations") in _found("فالروس والإيرانيون يقاتلون اليوم في خندق واحد في ريف حماة.")
    assert ("joint_position", "syria") in _found("فموسكو وطهران تقفان في خندق واحد في سوريا، ولا تريدان سقوط الأسد.")


def test_disappointment_and_resentment_at_the_other_are_disagreement():
    text = "وعبر مسؤولون في الخارجية الإيرانية عن خيبة من الموقف الروسي في مجلس الأمن."
    assert ("friction", "disagreement") in _found(text)
    text = "ولم يخف معلقون إيرانيون امتعاضهم من تنازلات الحليف الروسي للأميركيين."
    assert ("friction", "disagreement") in _found(text)


def test_cooperation_against_terrorism_in_syria_is_joint_military_action():
    text = "وقال شمخاني إن التعاون بين طهران وموسكو في مكافحة الإرهاب في سوريا قائم ومستمر."
    assert ("military", "joint_operations") in _found(text)
    # A memorandum on fighting terrorism, with no war in sight, is no joint action.
    text = "ووقع وزيرا داخلية إيران وروسيا مذكرة تفاهم للتعاون في مكافحة الإرهاب وتهريب المخدرات."
    assert ("military", "joint_operations") not in _found(text)


def test_one_sides_air_war_with_the_others_men_on_the_ground_is_joint_action():
    text = "ففي ريف حماة، الطائرات الروسية تقصف من الجو، والمستشارون الإيرانيون يقودون المعارك على الأرض."
    assert ("military", "joint_operations") in _found(text)


def test_a_stated_will_to_keep_consulting_closely_is_partnership():
    text = "وأكد ظريف أن بلاده ستواصل التشاور الوثيق مع الجانب الروسي في كل القضايا."
    assert ("relations", "partnership") in _found(text)
    assert ("relations", "partnership") in _found("وتبقى روسيا حليفها الأول في المنطقة، كما تقول طهران.")


def test_what_a_denial_says_did_not_happen_is_no_signal():
    said = "واستقبل الرئيس بوتين وزير الدفاع الإيراني حسين دهقان في موسكو الشهر الماضي."
    assert ("meeting", "visit") in _found(said)
    text = ("ونفى المتحدث باسم الكرملين دميتري بيسكوف أن يكون الرئيس بوتين قد استقبل وزير الدفاع الإيراني حسين "
            "دهقان في موسكو الشهر الماضي.")
    assert ("meeting", "visit") not in _found(text)
    # What follows the denial, past a comma, is stated.
    text = "ونفى لافروف وجود أي خلاف مع طهران، مؤكدا أن العلاقات بين روسيا وإيران استراتيجية."
    assert ("relations", "partnership") in _found(text)


def test_a_dateline_of_a_scene_state_in_any_press_format_is_only_where_the_report_was_filed():
    """Baghdad or Damascus in a dateline («بغداد (ارنا) - », the Iraqi press's «بغداد/ المدى: ») is where the
    report was filed, no state at the table."""
    for text in ("بغداد (ارنا) - استدعت الخارجية الإيرانية السفير الروسي للاحتجاج على تصريحات مسؤولين روس.",
                 "بغداد/ المدى: استدعت الخارجية الإيرانية السفير الروسي أليكسي ديدوف، للاحتجاج على تصريحات "
                 "مسؤولين روس."):
        assert ("friction", "disagreement") in _found(text), text
