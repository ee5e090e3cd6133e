"""How the relationship itself is stated: a will to keep cooperating, the two called allies, the relations
judged. Sentences written for these tests (session 10); each pairs a statement with a near miss."""
import pytest

from etl.extract import extract
from tests.extracting import found


def test_a_stated_will_to_keep_cooperating_with_the_other_is_partnership():
    assert ("relations", "partnership") in found(
        "وأكد لافروف أن بلاده ستواصل تعاونها مع طهران بغض النظر عن الضغوط الغربية.")
    assert ("relations", "partnership") in found(
        "وقالت زاخاروفا إن موسكو ستواصل التعاون مع إيران في مجالي النفط والطاقة النووية السلمية.")
    # With a third state, the cooperation is theirs.
    assert ("relations", "partnership") not in found(
        "وأكد لافروف أن بلاده ستواصل تعاونها مع أنقرة رغم الخلاف مع إيران.")


def test_russia_voting_for_sanctions_on_iran_is_a_grievance_not_cooperation_at_the_un():
    text = ("والإيرانيون لم ينسوا أن موسكو صوتت في مجلس الأمن لصالح قرارات العقوبات على إيران بين عامي ٢٠٠٦ "
            "و٢٠١٠.")
    assert found(text) == {("friction", "disagreement")}
    against = "ويذكر الإيرانيون أن روسيا صوتت ضد قرار العقوبات الأمريكي على إيران في مجلس الأمن."
    assert ("friction", "disagreement") not in found(against)


def test_defending_the_deal_together_stands_beside_a_call_on_its_other_parties():
    """«روسيا وإيران ستدافعان معا عن الاتفاق، وإن على الأطراف الأخرى أن تفي بالتزاماتها»: the two take a stand;
    the deal's other parties are whom they call on, not a list the two are among."""
    text = ("التقى لافروف ظريف في موسكو بعد انسحاب واشنطن من الاتفاق النووي. وقال لافروف في مؤتمر صحافي مشترك إن "
            "روسيا وإيران «ستدافعان معا» عن الاتفاق، وإن على الأطراف الأخرى أن تفي بالتزاماتها.")
    assert ("joint_position", "nuclear_deal") in found(text)
    among = ("التقى لافروف ظريف في موسكو بعد انسحاب واشنطن من الاتفاق النووي. وقال لافروف إن موسكو ستعمل مع "
             "الأطراف الأخرى للحفاظ على الاتفاق.")
    assert ("joint_position", "nuclear_deal") not in found(among)


def test_never_an_alliance_but_a_partnership_is_the_relationship_denied():
    """«لم تكن يوما تحالفا», «لا نبني تحالفا… بل شراكة», «ليس أكثر من تحالف مؤقت»: what the relationship is said
    not to be, or no more than."""
    before = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو. "
    for said in ("وقال محلل إن العلاقة بين البلدين لم تكن يوما تحالفا عسكريا، وإنما شراكة محدودة السقف.",
                 "وقال السفير الروسي لدى طهران: نحن لا نبني تحالفا موجها ضد أحد، بل شراكة مع إيران.",
                 "والحقيقة أن موسكو لم تكن يوما حليفا لطهران بالمعنى الذي يتمناه المحافظون.",
                 "وقد كشفت المعركة أن ما يجمع موسكو وطهران ليس أكثر من تحالف مؤقت تفرضه الحاجة.",
                 "ويرى محللون أن العلاقة بين موسكو وطهران لا تعدو كونها تحالفا ظرفيا."):
        keys = {k for kind, k in found(before + said) if kind == "relations"}
        assert keys == {"other"}, said


def test_standing_together_against_a_unipolar_order_is_a_stand_on_sanctions_not_on_syria():
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في قازان. وأكد بزشكيان أن «روسيا "
            "وإيران تقفان معا في مواجهة النظام الأحادي القطب».")
    positions = {k for kind, k in found(text) if kind == "joint_position"}
    assert positions == {"sanctions"}
    assert ("joint_position", "sanctions") in found(
        "وقال محللون إن روسيا وإيران «تتقاطعان في رفض الهيمنة الأميركية».")


def test_an_intelligence_centre_shared_with_iraq_and_syria_is_defence_cooperation():
    """The Baghdad centre of Iraq, Russia, Iran and Syria: defence cooperation of the two (third states take part),
    neither their joint operations (Iraq's Joint Operations Command announced it) nor a stand on Syria."""
    text = ("بغداد - وكالات: أعلنت قيادة العمليات المشتركة في العراق أمس تشكيل مركز لتبادل المعلومات الاستخبارية "
            "والأمنية يضم العراق وروسيا وإيران وسوريا، بهدف رصد تحركات تنظيم داعش.")
    assert found(text) == {("military", "other")}


def test_the_treaty_referred_back_to_names_the_two_so_its_denied_alliance_is_theirs():
    """«وأضاف ديدوف… أن المعاهدة "ليست تحالفا عسكريا"» after the article named the two's treaty: the denial is of
    their relationship, though the sentence names only the Russian envoy."""
    text = ("وقع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان معاهدة الشراكة الاستراتيجية الشاملة في "
            "موسكو. وأضاف ديدوف، في مقابلة مع وكالة إرنا، أن المعاهدة \"ليست تحالفا عسكريا، ولا تتضمن بندا للدفاع "
            "المشترك\".")
    sigs = extract(text)[1]
    assert ("relations", "other") in {(s.kind, s.key) for s in sigs}
    assert {s.key for s in sigs if s.kind == "agreement"} == {"strategic_partnership_treaty"}
    # Without the treaty named before, «المعاهدة» may be any: the sentence names no pair.
    alone = text[text.index("وأضاف"):]
    assert ("relations", "other") not in found(alone)


def test_one_sides_oil_displacing_the_others_is_competition():
    before = "وتراجعت صادرات إيران النفطية إلى الصين هذا العام، فيما زادت روسيا شحناتها. "
    assert ("friction", "competition") in found(
        before + "وتقول مصادر في القطاع إن الخام الروسي المخفض أزاح جزءا معتبرا من النفط الإيراني في مصافي شاندونغ.")
    assert ("friction", "competition") in found(
        before + "والحقيقة أن النفط الروسي الرخيص زاحم الخام الإيراني في المصافي الصينية المستقلة.")
    # Russian oil displacing another's is no competition with Iran.
    assert ("friction", "competition") not in found(
        before + "وتقول مصادر إن الخام الروسي المخفض أزاح جزءا من النفط السعودي في مصافي شاندونغ.")


def test_russia_swapping_its_goods_for_iranian_oil_is_an_energy_deal():
    before = "وتراجعت صادرات إيران النفطية هذا العام. "
    assert ("economic", "energy_deal") in found(
        before + "وقال المسؤول إن موسكو بدأت تنفيذ ترتيبات مقايضة النفط الإيراني بسلع روسية تشمل الحبوب.")
    assert ("economic", "energy_deal") not in found(
        before + "وقال المسؤول إن الصين بدأت تنفيذ ترتيبات مقايضة النفط الإيراني بسلع صينية، فيما تراقب روسيا السوق.")


def test_a_decree_letting_civil_nuclear_equipment_go_to_iran_is_a_trade_measure():
    assert ("economic", "trade_measure") in found(
        "وأفادت وكالة تاس بأن بوتين وقع قبيل وصوله إلى طهران مرسوما يرفع القيود عن تصدير بعض المعدات النووية "
        "المدنية إلى إيران.")
    # The nuclear programme's sanctions lifted by others are no measure between the two.
    assert ("economic", "trade_measure") not in found(
        "وقال لافروف إن رفع الحظر عن البرنامج النووي الإيراني سيسمح لطهران بتصدير النفط إلى أوروبا.")


def test_a_question_asks_and_states_no_label():
    asked = ("حين أعلن الرئيس فلاديمير بوتين سحب الجزء الأكبر من قواته من سوريا، تساءل كثيرون: هل أبلغ الكرملين حليفه "
             "الإيراني قبل القرار، أم فوجئت طهران به؟")
    assert ("relations", "partnership") not in found(asked)
    stated = "وقال بوتين إن الكرملين أبلغ حليفه الإيراني بالقرار قبل إعلانه، وإن طهران لم تفاجأ به."
    assert ("relations", "partnership") in found(stated)


def test_bombers_flying_raids_from_the_others_base_are_basing_not_a_transfer():
    text = ("أعلنت وزارة الدفاع الروسية اليوم أن قاذفات «سوخوي-34» أقلعت من قاعدة همدان الجوية في غرب إيران "
            "ونفذت غارات على مواقع لتنظيم «داعش» في حلب.")
    military = {k for kind, k in found(text) if kind == "military"}
    assert military == {"basing"}
    delivered = "وأعلن مسؤول إيراني أن المرحلة الأولى من عقد منظومة «إس-300» الروسية قد نفذت وتسلمت إيران الدفعة الأولى."
    assert ("military", "arms_transfer") in found(delivered)


def test_a_dispute_denied_is_no_dispute():
    for said in ("وقال ولايتي إن العلاقات بين إيران وروسيا استراتيجية، نافيا وجود أي خلاف بين البلدين حول الأسد.",
                 "وقال ولايتي إن إيران وروسيا تنفيان وجود خلافات بينهما.",
                 "ويرى محللون في طهران أن إصرار إيران وروسيا على نفي الخلاف يكشف حجم القلق."):
        assert ("friction", "disagreement") not in found(said), said
    assert ("friction", "disagreement") in found("وقال ولايتي إن خلافا نشب بين إيران وروسيا حول مستقبل الأسد.")


def test_dropping_the_dollar_between_the_two_is_payments():
    assert ("economic", "payments") in found(
        "ودعا خامنئي خلال لقائه بوتين إلى تعزيز التعاون بين البلدين وإلى الاستغناء عن الدولار في المبادلات الثنائية.")
    assert ("economic", "payments") not in found(
        "ودعا خامنئي إلى الاستغناء عن الدولار في التجارة مع الصين، فيما زار بوتين أنقرة.")


def test_a_sentence_that_qualifies_the_label_says_what_the_relationship_is_not():
    """Session 12: «شريك… وليست حليفا يعتمد عليه», a label called exaggerated: relations/other only."""
    for text in ("وقالت صحف إصلاحية إيرانية إن روسيا شريك يعرف حدود مصالحه جيدا، وليست حليفا يعتمد عليه.",
                 "ويبدو وصف العلاقة بين روسيا وإيران بالتحالف مبالغا فيه."):
        relations = {(s.kind, s.key) for s in extract(text)[1] if s.kind == "relations"}
        assert relations == {("relations", "other")}


def test_a_partner_in_one_field_is_no_label_of_the_whole_a_so_called_alliance_is_disowned():
    for text in ("وتنظر موسكو إلى طهران بوصفها شريكا موثوقا في استخدام الفضاء للأغراض السلمية.",
                 "وقالت الهيئة الروسية إن القرار يأتي في إطار توسيع التعاون الزراعي مع إيران."):
        assert ("relations", "partnership") not in found(text)
    so_called = {(s.kind, s.key) for s in extract("وهنا تتكشف حدود ما يسمى «التحالف» بين موسكو وطهران.")[1]
                 if s.kind == "relations"}
    assert so_called == {("relations", "other")}
    # «يمكن الاعتماد عليه» (reliable) hedges nothing
    assert ("relations", "partnership") in found(
        "وأشاد خامنئي بالتزام الرئيس الروسي بتعهداته، واصفا روسيا بأنها شريك يمكن الاعتماد عليه.")


def test_not_allies_but_partners_is_the_label_qualified():
    """«ليستا حليفتين، بل شريكتان»: the partnership said in the same statement that denies the alliance is a
    qualified label (relations/other), whichever of the two comes first; a denial in a second statement of the
    sentence leaves the first's label standing."""
    for text in ("وقال لافروف إن روسيا وإيران ليستا حليفتين، بل شريكتان في ملفات محددة.",
                 "وقال دبلوماسي روسي: \"لا نعتبر إيران حليفا، بل شريكا\".",
                 "وأكد المسؤول الإيراني أن العلاقة مع موسكو شراكة وليست تحالفا عسكريا.",
                 "وقال الدبلوماسي الروسي إن العلاقة مع إيران \"شراكة وليست حلفا عسكريا، ولن تكون\"."):
        assert found(text) == {("relations", "other")}, text
    second = "ووصف بزشكيان روسيا بأنها \"شريك استراتيجي\"، مؤكدا أن بلاده لا تسعى إلى تحالفات ضد أي طرف."
    assert ("relations", "partnership") in found(second)


def test_a_strategic_step_or_a_partner_in_one_project_is_no_label_of_the_relationship():
    """What «استراتيجية» or «شريك» judges there is a step or a project, not the relationship as a whole."""
    assert ("relations", "partnership") not in found(
        "ووصف رئيسي الاتفاقية بأنها \"خطوة استراتيجية مهمة\" في التعاون بين طهران وموسكو.")
    assert ("relations", "partnership") not in found(
        "وقال أوفرتشوك إن روسيا تعد إيران شريكا مهما في مشروع ممر شمال-جنوب.")
    assert ("relations", "partnership") in found("وقال رئيسي إن العلاقات بين طهران وموسكو استراتيجية.")
    assert ("relations", "partnership") in found("وقال أوفرتشوك إن روسيا تعد إيران شريكا استراتيجيا.")


def test_the_judging_word_inside_the_noun_phrase_judges_the_cooperation():
    assert ("relations", "partnership") in found("وأكد الرئيس الإيراني أهمية التعاون طويل الأمد بين طهران وموسكو.")
    assert ("relations", "partnership") in found(
        "وأكد بوتين أن التعاون طويل الأمد بين إيران وروسيا يصب في مصلحة البلدين.")
    assert ("relations", "partnership") not in found("وأكد الرئيس الإيراني أهمية التعاون طويل الأمد مع الصين.")


def test_a_gas_deal_still_negotiated_or_signed_as_a_memorandum_is_no_economic_measure_besides():
    """SIGNALS: `economic` is a concrete measure that is not an agreement; a memorandum signed is the
    agreement, a contract still negotiated no measure yet."""
    memo = ("ووقعت شركتا غازبروم والنفط الوطنية الإيرانية مذكرة لتوريد الغاز الروسي إلى إيران عبر أذربيجان.")
    assert ("economic", "energy_deal") not in found(memo)
    talks = "وقال وزير النفط الإيراني إن المفاوضات مع غازبروم الروسية حول توريد الغاز لا تزال جارية."
    assert ("economic", "energy_deal") not in found(talks)
    # A concession names a state that is no party to the deal it qualifies.
    running = ("وقال وزير الطاقة الروسي إن بلاده ستواصل تنفيذ برنامج النفط مقابل السلع مع إيران، على الرغم من "
               "قرار الولايات المتحدة إعادة فرض العقوبات على طهران.")
    assert ("economic", "energy_deal") in found(running)


def test_a_company_named_is_no_energy_deal():
    """«روسنفت» or «غازبروم» in a sentence is who speaks or a comparison, not a deal between the two."""
    assert ("economic", "energy_deal") not in found(
        "وقال مسؤول في شركة النفط الوطنية الإيرانية إن السوق مفتوحة للجميع، فيما قال مسؤول في روسنفت الروسية "
        "إن شركته لن تتنازل عن زبائنها.")
    assert ("economic", "energy_deal") not in found("وتطمح إيران لتشييد شبكة أنابيب على غرار شبكة غازبروم الروسية.")


def test_the_caspian_states_named_as_a_group_with_one_of_the_two_are_both_members():
    """Both are always among the five littoral states: the group's name is both, with either side named."""
    assert ("organisation", "caspian") in found(
        "اختتم وزراء خارجية الدول الخمس المطلة على بحر قزوين، اليوم الأربعاء في طهران، اجتماعا تحضيريا للقمة. "
        "وقال لافروف إن روسيا وإيران شريكان.")
    assert ("organisation", "caspian") not in found("وأجرت البحرية الإيرانية مناورات في بحر قزوين قرب السواحل الروسية.")


def test_a_list_of_the_members_with_both_in_it_names_the_two_as_members():
    assert ("organisation", "brics") in found(
        "وتضم مجموعة بريكس حاليا البرازيل وروسيا والهند والصين وجنوب أفريقيا، إضافة إلى مصر وإثيوبيا وإيران "
        "والإمارات.")
    assert ("organisation", "brics") not in found(
        "وتضم مجموعة بريكس البرازيل وروسيا والهند والصين وجنوب أفريقيا، فيما تسعى إيران إلى تعزيز علاقاتها مع "
        "تركيا.")


def test_national_currencies_within_brics_are_the_blocs_aim_not_a_measure_of_the_two():
    assert ("economic", "payments") not in found(
        "وقال بزشكيان إن طهران وموسكو تقفان في خندق واحد، مؤكدا أن استخدام العملات الوطنية داخل بريكس سيحرر "
        "الاقتصادات الناشئة من هيمنة الدولار.")
    assert ("economic", "payments") in found("واتفقت إيران وروسيا على التسويات بالعملتين الوطنيتين.")


def test_russia_voting_for_un_sanctions_on_iran_is_no_cooperation_at_the_un():
    text = "والإيرانيون لم ينسوا أن موسكو صوتت عام 2010 لصالح عقوبات مجلس الأمن عليهم."
    assert ("organisation", "un") not in found(text)
    shield = "واستخدمت روسيا حق النقض في مجلس الأمن ضد مشروع قرار يدين إيران."
    assert ("organisation", "un") in found(shield)


def test_relations_called_good_or_advancing_are_judged_as_a_whole():
    assert ("relations", "partnership") in found("وقال لافروف إن العلاقات بين روسيا وإيران جيدة للغاية.")
    assert ("relations", "partnership") in found("وأضاف أن العلاقات مع موسكو تتقدم بدعم من الرئيس الروسي لطهران.")
    assert ("relations", "partnership") not in found("وقال لافروف إن العلاقات بين روسيا وتركيا جيدة للغاية، فيما انتقد إيران.")


def test_our_iranian_partners_in_the_nominative_is_a_partnership():
    """Session 14: «شركاؤنا» (subject) as «شركائنا» and «شركاءنا» are."""
    text = "وقال لافروف في مستهل اللقاء: \"نحن وشركاؤنا الإيرانيون نرفض هذه الخطوة\"."
    assert ("relations", "partnership") in {(s.kind, s.key) for s in extract(text)[1]}
    turks = "وقال لافروف إن شركاؤنا الأتراك يتفهمون موقفنا، مشيرا إلى أن إيران دولة جارة."
    assert ("relations", "partnership") not in {(s.kind, s.key) for s in extract(turks)[1]}


def test_our_iranian_friends_as_our_partners_and_friends_among_many_not():
    """Session 14: «نحن وأصدقاؤنا الإيرانيون» (adjudicated as «شركاؤنا»); friends listed with the Chinese and the
    Europeans are one of many."""
    assert ("relations", "partnership") in found("وقال لافروف: نحن وأصدقاؤنا الإيرانيون نرفض هذه الخطوة.")
    many = "وقال ربيعي إن أصدقاءنا الروس والصينيين وحتى الأوروبيين يدركون أن إيران ملتزمة بتعهداتها."
    assert ("relations", "partnership") not in found(many)


# Session 15: a label the writer holds at a distance is a qualified one (SIGNALS.md: `relations/other`).
@pytest.mark.parametrize("text", [
    'وكشفت الحرب حدود "التحالف" الذي يكثر الحديث عنه بين موسكو وطهران.',
    "فأي تحالف هذا الذي تترك فيه روسيا إيران وحدها في مواجهة الضربات؟",
    "ولم يصمد ما يسمى التحالف بين روسيا وإيران أمام أول اختبار في سوريا.",
    "ويتحدث المعلقون عن التحالف المزعوم بين روسيا وإيران منذ عام 2015.",
], ids=["its limits", "asked of", "so-called", "alleged"])
def test_a_label_held_at_a_distance_is_qualified_not_a_partnership(text):
    keys = {k for k in found(text) if k[0] == "relations"}
    assert keys == {("relations", "other")}


@pytest.mark.parametrize("text", [
    'ووصف لافروف إيران بأنها "حليف"، مؤكدا أن التعاون معها يتعمق.',
    'وأكد خامنئي أهمية "التعاون طويل الأمد" بين إيران وروسيا.',
    "وقال رئيسي إن بلاده لا تعترف بأي حدود لتوسيع العلاقات مع روسيا.",
], ids=["a quoted word of the speaker", "a quoted phrase", "no limits to widening ties"])
def test_a_label_quoted_from_a_speaker_or_without_limits_is_given(text):
    assert ("relations", "partnership") in found(text)


def test_a_relationship_short_of_an_alliance_is_qualified():
    text = "فالعلاقات الروسية الايرانية، على حرارتها الظاهرة، لا ترقى إلى مستوى التحالف، إذ تبقى محكومة بحسابات باردة."
    assert {k for k in found(text) if k[0] == "relations"} == {("relations", "other")}
