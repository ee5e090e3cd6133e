"""The language of 2019–2026 news, which the 2015 and 2018 corpora hardly speak: drones and missiles in
both directions, drills with third states, payment links, gas, corridors, summoned envoys. Sentences
written for these tests; each states one signal an analyst expects."""
import pytest

from etl.extract import extract

CASES = [
    ("وزودت إيران روسيا بطائرات مسيرة من طراز شاهد استخدمتها القوات الروسية في أوكرانيا.", ("military", "arms_transfer")),
    ("وذكرت تقارير أن إيران سلمت روسيا صواريخ باليستية قصيرة المدى.", ("military", "arms_transfer")),
    ("وافتتحت روسيا مصنعا لإنتاج طائرات شاهد الإيرانية في تتارستان بترخيص إيراني.", ("military", "arms_transfer")),
    ("وأجرت القوات البحرية الإيرانية والروسية والصينية مناورات مشتركة في خليج عمان تحت اسم حزام الأمن البحري.",
     ("military", "joint_exercise")),
    ("وشاركت إيران وروسيا في مناورات أمن بحري مشتركة في المحيط الهندي.", ("military", "joint_exercise")),
    ("وتدرب خبراء إيرانيون عسكريين روسا على تشغيل الطائرات المسيرة.", ("military", "other")),
    ("وأعلن البنكان المركزيان في إيران وروسيا ربط نظامي الدفع مير وشتاب بشكل كامل.", ("project", "mir_shetab")),
    ("واتفقت شركة غازبروم الروسية مع الشركة الوطنية الإيرانية للغاز على توريد الغاز الروسي إلى إيران.",
     ("project", "gas_supply")),
    ("ووصل أول قطار يحمل بضائع روسية إلى ميناء بندر عباس الإيراني عبر ممر شمال-جنوب.", ("project", "instc")),
    ("واستدعت الخارجية الإيرانية السفير الروسي في طهران احتجاجا على البيان الروسي الخليجي بشأن الجزر الثلاث.",
     ("friction", "disagreement")),
    ("وأبدت طهران استياءها من تأخر روسيا في تسليم منظومات الدفاع الجوي.", ("friction", "disagreement")),
    ("وتبيع روسيا وإيران نفطهما للصين بخصومات كبيرة وتتنافسان على المشترين في آسيا.", ("friction", "competition")),
    ("وقال عراقجي إن إيران وروسيا تقفان معا ضد العقوبات الأحادية الغربية.", ("joint_position", "sanctions")),
    ("ودخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي حيز التنفيذ، وروسيا عضو في الاتحاد.",
     ("agreement", "eaeu_fta")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"{k}/{v}-{i}" for i, (_, (k, v)) in enumerate(CASES)])
def test_the_register_of_recent_news(text, expected):
    assert expected in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_treaty_named_after_partnership_is_no_characterisation():
    sigs = {(s.kind, s.key) for s in extract("ووقع الرئيسان الإيراني والروسي معاهدة الشراكة الاستراتيجية الشاملة في موسكو.")[1]}
    assert ("agreement", "strategic_partnership_treaty") in sigs and ("relations", "partnership") not in sigs


FIGURES = [  # (sentence, key, value, unit): sentences written for these tests
    ("وقال نوفاك إن التبادل التجاري بين روسيا وإيران زاد بأكثر من ملياري دولار هذا العام.", "trade_growth", 2e9, "usd"),
    ("وارتفع التبادل التجاري بين إيران وروسيا إلى ثلاثة مليارات دولار.", "trade_volume", 3e9, "usd"),
    ("وتجاوزت صادرات القمح الروسي إلى إيران مليوني طن.", "other", 2e6, "tonnes"),
    ("وأكد المسؤول الإيراني أن نحو ٨٠٪ من التسويات بين إيران وروسيا تتم بالعملتين الوطنيتين.", "other", 80, "percent"),
    ("وقال إن إيران استوردت من روسيا نحو ٥٫٨ مليون طن من القمح.", "other", 5.8e6, "tonnes"),
    ("وتقرض روسيا إيران قرضا حكوميا بقيمة مليار و300 مليون يورو.", "loan", 1.3e9, "eur"),
]


@pytest.mark.parametrize("text,key,value,unit", FIGURES)
def test_trade_figures_of_recent_news(text, key, value, unit):
    """A dual scale word is two of it; an amount a trade grew *by* is growth; tonnes are a quantity, not the
    trade's value; a share of the settlements between the two is a figure of their exchange."""
    found = {(s.key, s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}
    assert found == {(key, value, unit)}


def test_the_sidelines_of_a_meeting_are_no_summit():
    sigs = {(s.kind, s.key) for s in extract(
        "وعلى هامش الاجتماع الوزاري، التقى وزير الخارجية الإيراني نظيره الروسي وبحثا العلاقات الثنائية.")[1]}
    assert ("meeting", "talks") in sigs and ("meeting", "summit") not in sigs


AGREEMENTS = [  # (sentence, key, status): sentences written for these tests
    ("وكان البنكان المركزيان الإيراني والروسي قد وقعا اتفاقا بهذا الشأن مطلع العام.", "other", "signed"),
    ("ووقّع الجانبان الإيراني والروسي في ختام الزيارة خمس وثائق تعاون.", "other", "signed"),
    ("ووقعت روساتوم ومنظمة الطاقة الذرية الإيرانية اتفاقا لبناء أربع محطات نووية جديدة.", "nuclear_cooperation", "signed"),
]


@pytest.mark.parametrize("text,key,status", AGREEMENTS)
def test_an_agreement_the_two_signed_is_one_though_unnamed(text, key, status):
    """An indefinite agreement that a signing verb governs exists; built for nuclear plants, it is theirs,
    not the nuclear deal."""
    found = {(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"}
    assert found == {(key, status)}


def test_the_nuclear_deal_stays_no_bilateral_agreement():
    text = "وقالت موسكو إن الاتفاق بشأن البرنامج النووي الإيراني يجب أن يبقى، وإن روسيا وإيران متمسكتان به."
    assert not [s for s in extract(text)[1] if s.kind == "agreement"]


def test_a_pair_word_right_after_the_two_are_named_speaks_of_them():
    text = ("واختتمت في طهران أعمال اللجنة الاقتصادية المشتركة بين إيران وروسيا. "
            "ووقّع الجانبان في الختام ثماني وثائق تعاون في مجالات النفط والنقل.")
    assert ("agreement", "other") in {(s.kind, s.key) for s in extract(text)[1]}
    other_pair = ("واختتمت في الرياض أعمال اللجنة المشتركة بين السعودية وروسيا. "
                  "ووقّع الجانبان في الختام ثماني وثائق تعاون في مجالات النفط والنقل.")
    assert not extract(other_pair)[1]


@pytest.mark.parametrize("text", [
    "ويقول خبير إن من المحتمل أن تتجاوز التجارة بين إيران وروسيا عشرة مليارات دولار قبل نهاية العقد.",
    "ولو كانت بين روسيا وإيران شراكة استراتيجية حقا لزودت موسكو طهران بمنظومات دفاع جوي.",
])
def test_what_may_be_or_would_be_is_no_signal(text):
    assert not extract(text)[1]


@pytest.mark.parametrize("text", [
    'ووصف المدير العام لروساتوم التعاون مع إيران بأنه "استراتيجي وطويل الأمد".',
    'وقال بوتين إن العلاقات بين موسكو وطهران "ودية بحق وتتطور بوتيرة جيدة".',
])
def test_the_relationship_judged_as_a_whole_is_a_characterisation(text):
    assert ("relations", "partnership") in {(s.kind, s.key) for s in extract(text)[1]}


def test_relations_said_to_worsen_are_no_partnership():
    sigs = extract("وقال مراقبون إن العلاقات بين روسيا وإيران تدهورت بعد الخلاف على الممر.")[1]
    assert ("relations", "partnership") not in {(s.kind, s.key) for s in sigs}


def test_a_round_of_talks_is_no_tour():
    text = "وعقد كبير مستشاري وزير الخارجية الإيراني لقاء مع لافروف بحثا خلاله تنسيق المواقف قبل الجولة المقبلة."
    assert ("meeting", "visit") not in {(s.kind, s.key) for s in extract(text)[1]}
    tour = "واختتم ظريف جولة دبلوماسية شملت روسيا والصين."
    assert ("meeting", "visit") in {(s.kind, s.key) for s in extract(tour)[1]}


def test_a_pair_word_can_be_the_subject_of_a_stance():
    text = "وقال بوتين إن روسيا وإيران شريكان. وأضاف أن البلدين يرفضان العقوبات الأحادية."
    assert ("joint_position", "sanctions") in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_hoped_for_visit_is_no_visit_but_a_disappointment_is_a_stance():
    hope = "وأكد بزشكيان أن مسودة المعاهدة مع روسيا جاهزة، معربا عن أمله في توقيعها خلال زيارة قريبة إلى موسكو."
    assert ("meeting", "visit") not in {(s.kind, s.key) for s in extract(hope)[1]}
    regret = "وعبرت روسيا عن خيبة أملها الشديدة إزاء إعادة فرض العقوبات الأميركية على إيران."
    assert ("joint_position", "sanctions") in {(s.kind, s.key) for s in extract(regret)[1]}


def test_the_two_allies_after_a_sentence_on_syria_are_iran_and_russia():
    """Syria, the scene of what the two do, is not one of the pair a later «الحليفين» speaks of."""
    text = "وساعد الجيشان الروسي والإيراني الأسد على استعادة حلب. لكن الحليفين تنافسا على الورقة السورية."
    assert ("friction", "rivalry") in {(s.kind, s.key) for s in extract(text)[1]}


def test_one_side_doing_likewise_stands_beside_the_other():
    """«كما» + verb with «أيضا» after sets the second side beside the first; a bare «كما قالت» does not."""
    text = "وتدخلت روسيا عسكريا لتحويل دفة الحرب، كما دعمت إيران الأسد أيضا وأرسلت مستشارين."
    assert ("joint_position", "syria") in {(s.kind, s.key) for s in extract(text)[1]}
    assert not extract("وانتقدت روسيا الغرب، كما قالت إيران إن العقوبات ظالمة.")[1]


def test_the_speaker_of_a_figure_is_the_official_who_goes_on_speaking():
    """«وأشار إلى أن…» and «وأوضح المسؤول الروسي أن…» go on with the official named before."""
    text = ("قال نائب رئيس الوزراء الروسي أليكسي أوفرتشوك إن التبادل التجاري بين روسيا وإيران بلغ 4.8 مليار دولار. "
            "وأشار إلى أن صادرات الحبوب الروسية إلى إيران تجاوزت مليوني طن. "
            "وأوضح المسؤول الروسي أن 90٪ من التسويات بين البلدين تتم بالروبل والريال.")
    figures = [s for s in extract(text)[1] if s.kind == "trade_figure"]
    assert len(figures) == 3 and {s.speaker for s in figures} == {"أوفرتشوك"}


def test_a_shared_project_in_sentences_that_go_on_from_each_other():
    """The two named in neighbouring sentences make an article about them; a project only the two share is
    in play in a sentence that names neither; an article naming only one of them stays out."""
    text = ("قالت وزيرة الطرق الإيرانية إن استملاك الأراضي على مسار سكة حديد رشت-آستارا أنجز بنسبة 70 بالمئة. "
            "وأوضحت أن الاتفاقية الموقعة مع روسيا تقضي بتمويل المشروع بقرض روسي قيمته 1,3 مليار يورو. "
            "وقالت: هذا الخط هو الحلقة المفقودة في ممر الشمال-الجنوب.")
    rel, sigs = extract(text)
    assert rel.relevant and {("project", "rasht_astara_railway"), ("project", "instc")} <= {(s.kind, s.key) for s in sigs}
    only_iran = "قالت وزيرة الطرق الإيرانية إن العمل على سكة حديد رشت-آستارا أنجز بنسبة 70 بالمئة."
    rel, sigs = extract(only_iran)
    assert not rel.relevant and not sigs


@pytest.mark.parametrize("text,key", [
    ("وتدور بين روسيا وإيران منافسة صامتة على السوق الصينية.", "competition"),
    ("ويتسابق البلدان روسيا وإيران على النفوذ في سوريا.", "rivalry"),
])
def test_friction_between_the_two_over_a_third_market_or_sphere(text, key):
    """«بين» the two just before the cue makes them its sides, whatever third market it is over; a verb of
    racing in any person («يتسابق», «تتسابقان») is rivalry."""
    assert ("friction", key) in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_summoned_envoy_is_friction_not_talks():
    text = ("واستدعت وزارة الخارجية الإيرانية السفير الروسي لدى طهران للاحتجاج على البيان المشترك الصادر عن "
            "الاجتماع الوزاري بين روسيا ومجلس التعاون الخليجي.")
    found = {(s.kind, s.key) for s in extract(text)[1]}
    assert ("friction", "disagreement") in found and ("meeting", "talks") not in found


def test_russia_condemning_an_attack_on_iran_stands_with_it():
    text = "وأدانت الخارجية الروسية الضربات الإسرائيلية على إيران ووصفتها بأنها انتهاك للقانون الدولي."
    assert ("joint_position", "other") in {(s.kind, s.key) for s in extract(text)[1]}
    assert not extract("وقال ترامب إن الضربات الأمريكية على إيران كانت ناجحة وإن روسيا لم تتدخل.")[1]


@pytest.mark.parametrize("text", [
    "وقال مسؤولون أميركيون إن الصواريخ الأميركية لم تستهدف مواقع إيرانية أو روسية في سوريا.",
    "وأعلنت روسيا إكمال تسليمها سوريا منظومة إس-300، وهو ما رحبت به إيران.",
])
def test_another_powers_weapons_or_arms_for_a_third_party_are_no_transfer_between_them(text):
    assert ("military", "arms_transfer") not in {(s.kind, s.key) for s in extract(text)[1]}
    assert ("military", "arms_transfer") in {(s.kind, s.key) for s in extract(
        "وأعلنت روسيا إكمال تسليمها إيران منظومة إس-300.")[1]}


def test_a_pair_word_subject_speaks_of_the_pair_before_it():
    """«واتفق البلدان» after a sentence on India and Russia is about them, though Iran is named after it."""
    text = ("واختتم رئيس الوزراء الهندي زيارة إلى موسكو أجرى خلالها محادثات مع بوتين. "
            "وأعلن الجانبان الهندي والروسي رفع التجارة الثنائية. "
            "واتفق البلدان على توسيع التسويات بالروبية والروبل وعلى تسريع العمل في ممر النقل الدولي شمال-جنوب "
            "الذي يربط مومباي بروسيا مرورا بالأراضي الإيرانية.")
    assert not extract(text)[1]


def test_the_caspian_sea_is_a_place_not_the_littoral_states():
    sea = "وأجرت بحريتا إيران وروسيا تمرينا ثنائيا في بحر قزوين."
    assert ("organisation", "caspian") not in {(s.kind, s.key) for s in extract(sea)[1]}
    states = "وقال بوتين والرئيس الإيراني إبراهيم رئيسي إن الدول المطلة على بحر قزوين ترفض وجود قوات أجنبية."
    assert ("organisation", "caspian") in {(s.kind, s.key) for s in extract(states)[1]}


@pytest.mark.parametrize("text", [
    "ووقعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة. وتدخل المعاهدة حيز التنفيذ بعد تبادل الطرفين الإشعارات.",
    "ووقعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة. وقال بوتين إن إيران ستحصل بموجب الاتفاقية على مزايا.",
])
def test_a_bare_reference_names_the_agreement_the_article_named(text):
    """«المعاهدة حيز التنفيذ», «الاتفاقية على»: a verb's complement or preposition is no part of the name."""
    labels = {s.label for s in extract(text)[1] if s.kind == "agreement"}
    assert labels == {"Comprehensive strategic partnership treaty"}


def test_an_agreement_with_the_bloc_russia_leads_is_with_russia_and_its_status_is_its_own():
    sigs = extract("وتقول موسكو إن التجارة مع إيران تنمو. ودخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي "
                   "الأوراسي حيز التنفيذ أمس.")[1]
    assert ("eaeu_fta", "in_force") in {(s.key, s.status) for s in sigs if s.kind == "agreement"}


STATUSES = [  # (sentence, status): sentences written for these tests
    ("وقال لافروف إن العمل على معاهدة التعاون الشامل مع إيران بلغ مراحله النهائية.", "drafted"),
    ("وأكد الوزير الإيراني أن نص معاهدة الشراكة الشاملة مع روسيا جاهز للتوقيع.", "drafted"),
    ("ومن المنتظر أن يوقع الجانبان الإيراني والروسي غدا مذكرة تفاهم للتعاون في مجال النقل.", "drafted"),
    ("وقال بوتين إن روسيا وإيران ما زالتا تتفاوضان على معاهدة الشراكة الاستراتيجية الشاملة.", "negotiating"),
]


@pytest.mark.parametrize("text,status", STATUSES)
def test_a_text_near_completion_or_set_for_signing_is_drafted(text, status):
    assert status in {s.status for s in extract(text)[1] if s.kind == "agreement"}


def test_one_side_named_alone_brings_back_the_pair_it_was_of():
    text = ("ارتفع التبادل التجاري بين إيران وروسيا العام الماضي. وتراجع بعد الحرب الإسرائيلية على إيران. "
            "وقال نوفاك إن الهدف ما زال قائما. ووقع الطرفان مذكرة تفاهم للتعاون في مجال الطاقة.")
    assert "agreement" in {s.kind for s in extract(text)[1]}


def test_a_state_named_as_the_scene_is_no_third_party():
    sigs = extract("وأقر وزير الخارجية الإيراني بأن إيران زودت روسيا بطائرات مسيرة قبل أشهر من بدء الحرب في أوكرانيا.")[1]
    assert ("military", "arms_transfer") in {(s.kind, s.key) for s in sigs}


def test_the_speaker_who_goes_on_is_the_side_that_speaks():
    text = ("قالت وزيرة الطرق الإيرانية إن العمل على خط سكة حديد رشت-آستارا يتقدم ببطء. وأوضحت أن الاتفاقية "
            "الحكومية الموقعة مع روسيا تقضي بتمويل المشروع بقرض روسي قيمته مليار يورو.")
    sigs = {(s.kind, s.key, s.value, s.unit, s.status) for s in extract(text)[1]}
    assert ("trade_figure", "loan", 1e9, "eur", None) in sigs
    assert ("agreement", "other", None, None, "signed") in sigs


def test_the_speakers_own_country_is_his_side():
    sigs = extract("وقال وزير الدفاع الإيراني إن بلاده سلمت روسيا صواريخ باليستية.")[1]
    assert ("military", "arms_transfer") in {(s.kind, s.key) for s in sigs}
    sigs = extract("وقال مسؤول إيراني إن العلاقات جيدة. وقال وزير الخارجية الفرنسي إن بلاده قلقة. "
                   "وأضاف أن الاتفاقية الموقعة مع روسيا تقضي بتمويل المشروع بقرض روسي قيمته مليار يورو.")[1]
    assert not any(s.kind in ("trade_figure", "agreement") for s in sigs)


FALLS_AND_COMPOUNDS = [  # (sentence, key, value, unit): sentences written for these tests
    ("وقال المتحدث إن التجارة بين إيران وروسيا تراجعت بنسبة ۶ في المئة العام الماضي.", "trade_growth", -6.0, "percent"),
    ("وبعد أن ارتفعت في 2023، انخفضت التجارة بين روسيا وإيران بنسبة 4% في 2024.", "trade_growth", -4.0, "percent"),
    ("وبلغ حجم التبادل التجاري بين إيران وروسيا نحو مليارين و٣٠٠ مليون دولار.", "trade_volume", 2.3e9, "usd"),
    ("وقال إن وزن البضائع المتبادلة بين إيران وروسيا ارتفع بنسبة ۱۸ في المئة.", "trade_growth", 18.0, "percent"),
]


@pytest.mark.parametrize("text,key,value,unit", FALLS_AND_COMPOUNDS)
def test_a_fall_is_negative_growth_and_a_dual_heads_a_compound(text, key, value, unit):
    assert (key, value, unit) in {(s.key, s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}


def test_a_figure_in_a_sentence_naming_both_in_other_clauses_and_a_third_state_far_off():
    text = ("وقال رئيسي إن التعاون بين طهران وموسكو يتقدم، فيما أشار بوتين إلى أن التبادل التجاري نما بنسبة 20 "
            "في المئة ليتجاوز ثلاثة مليارات دولار.")
    assert (20.0, "percent") in {(s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}
    text = ("قال نائب الوزير الإيراني سعيد كريمي إن المشروع تأخر. وأوضح كريمي أن الاتفاقية تنص على قرض روسي بقيمة "
            "مليار يورو، مشيرا إلى أن الطرفين يبحثان تعديل آلية السداد لتجاوز القيود الناجمة عن العقوبات الأمريكية.")
    assert ("loan", 1e9, "eur") in {(s.key, s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}


def test_a_third_states_trade_next_to_the_figure_still_makes_it_theirs():
    text = "وقال بوتين إن التبادل التجاري مع الصين بلغ 200 مليار دولار، فيما نمت التجارة مع إيران أيضا."
    assert not [s for s in extract(text)[1] if s.kind == "trade_figure"]


def test_competing_for_influence_is_rivalry_and_for_buyers_competition():
    text = "ويرى محللون أن العلاقة بين روسيا وإيران تخفي تنافسا صامتا على النفوذ في آسيا الوسطى."
    assert ("friction", "rivalry") in {(s.kind, s.key) for s in extract(text)[1]}
    text = "ويقول خبراء إن روسيا وإيران متنافستان على زبائن النفط في آسيا."
    assert ("friction", "competition") in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_pair_word_subject_speaks_of_the_pair_before_whatever_third_state_follows():
    text = ("ووقعت روسيا وإيران اتفاقا لخفض الإنتاج. فالطرفان متنافسان على زبائن النفط في آسيا، إذ انتزعت روسيا من "
            "السعودية صدارة الموردين إلى الصين.")
    assert ("friction", "competition") in {(s.kind, s.key) for s in extract(text)[1]}


RELATIONSHIP = [  # (sentence, key): sentences written for these tests
    ("أثبتت الحرب أن العلاقة بين روسيا وإيران أقرب إلى تقاطع مصالح منها إلى تحالف حقيقي.", "other"),
    ("وقال لافروف إن موسكو وطهران لا تسعيان إلى تحالف عسكري موجه ضد أحد.", "other"),
]


@pytest.mark.parametrize("text,key", RELATIONSHIP)
def test_what_the_relationship_is_said_to_be_rather_than_an_alliance(text, key):
    keys = {s.key for s in extract(text)[1] if s.kind == "relations"}
    assert key in keys and "partnership" not in keys


def test_a_memorandum_signed_is_an_agreement_not_an_economic_measure_besides():
    sigs = {(s.kind, s.key) for s in extract("ووقعت شركة غازبروم الروسية والشركة الوطنية الإيرانية للغاز مذكرة تفاهم "
                                             "لتوريد الغاز الروسي إلى إيران.")[1]}
    assert ("agreement", "other") in sigs and not any(k == "economic" for k, _ in sigs)


def test_the_free_trade_agreement_with_the_union_is_no_shared_membership():
    sigs = {(s.kind, s.key) for s in extract("ودخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي "
                                             "حيز التنفيذ، وروسيا أكبر أعضاء الاتحاد.")[1]}
    assert ("agreement", "eaeu_fta") in sigs and ("organisation", "eaeu") not in sigs


def test_a_visit_to_a_third_capital_is_no_visit_between_them():
    text = ("وهذه أول زيارة لرئيس إيراني إلى سوريا منذ سنوات، وتأتي بعد زيارة الرئيس الروسي فلاديمير بوتين "
            "إلى دمشق.")
    assert ("meeting", "visit") not in {(s.kind, s.key) for s in extract(text)[1]}
    assert ("meeting", "visit") in {(s.kind, s.key) for s in extract("وصل الرئيس الروسي فلاديمير بوتين إلى طهران "
                                                                      "في زيارة رسمية يلتقي خلالها نظيره الإيراني.")[1]}


PROJECTS = [  # (sentence, key): sentences written for these tests
    ("وأطلق صاروخ سويوز الروسي القمر الصناعي الإيراني ناهيد من قاعدة فوستوتشني.", "other"),
    ("وقال المسؤول الإيراني إن شركة السكك الحديدية الروسية تنفذ مشروع كهربة خط غرمسار-إينجه برون.", "other"),
    ("وأعلن الجانبان الروسي والإيراني إنشاء خط ملاحي منتظم بين أستراخان وأنزلي.", "other"),
    ("وقال الوزير الإيراني إن توريد الغاز من روسيا عبر أذربيجان سيبدأ العام المقبل.", "gas_supply"),
]


@pytest.mark.parametrize("text,key", PROJECTS)
def test_joint_projects_and_a_route_through_a_third_state(text, key):
    assert ("project", key) in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_third_states_adjective_on_a_thing_names_no_pair_for_later_pair_words():
    text = ("يتحدث المسؤولون في موسكو وطهران عن شراكة، لكن نفطهما يذهب إلى المصافي الصينية. "
            "ورغم أن البلدين ينسقان سياسات الإنتاج داخل تحالف أوبك+، فإن كلا منهما يبحث عن حصته.")
    assert ("organisation", "opec_plus") in {(s.kind, s.key) for s in extract(text)[1]}
    text = ("وسيجري تعزيز مركز التنسيق الإيراني - الروسي - التركي المشترك. "
            "ويؤكد الجانبان عزمهما على محاربة الإرهاب داخل سوريا.")
    assert ("joint_position", "syria") not in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_bare_reference_names_the_one_organisation_the_article_names():
    text = ("وانضمت إيران رسميا إلى منظمة شنغهاي للتعاون في قمة عقدت عبر الفيديو. "
            "وقال الرئيس الروسي فلاديمير بوتين إن انضمام إيران يعزز ثقل المنظمة.")
    sigs = [s for s in extract(text)[1] if s.kind == "organisation"]
    # (the first sentence states Iran's accession itself; the second names the body only as «المنظمة»)
    assert {s.key for s in sigs} == {"sco"} and any("بوتين" in s.sentence for s in sigs)


def test_leaders_signing_together_in_one_sides_capital_is_a_visit():
    text = "موسكو - وقّع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، اليوم في الكرملين، اتفاقية للتعاون."
    assert ("meeting", "visit") in {(s.kind, s.key) for s in extract(text)[1]}
    text = "ووقعت شركة روسية وأخرى إيرانية في طهران مذكرة تفاهم للتعاون في مجال الطاقة."
    assert "meeting" not in {s.kind for s in extract(text)[1]}


def test_the_words_of_a_joint_stance_serve_every_topic():
    text = "وشدد بوتين وروحاني على دعم التسوية السلمية لنزاع قره باغ على أساس القانون الدولي."
    assert ("joint_position", "caucasus") in {(s.kind, s.key) for s in extract(text)[1]}
    text = "وتعقد جولة جديدة من المحادثات حول سوريا بين ممثلي المعارضة السورية والنظام، برعاية روسيا وإيران وتركيا."
    assert ("joint_position", "syria") not in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_delay_blamed_on_the_other_side_is_friction_but_not_one_ruled_out():
    text = "وقال نائب الوزير الإيراني إن المشروع لم يتقدم بسبب تأخر الجانب الروسي في تحويل التمويل."
    assert ("friction", "disagreement") in {(s.kind, s.key) for s in extract(text)[1]}
    text = "وقال رئيس البرلمان الإيراني إن المجلس لن يسمح بتأخير أي اتفاقية مع روسيا."
    assert ("friction", "disagreement") not in {(s.kind, s.key) for s in extract(text)[1]}


def test_the_two_as_a_sentences_subject_are_the_pair_whatever_third_state_follows():
    text = ("فإيران وروسيا تملكان معا ثلث احتياطيات الغاز، ولا يملك منتج بخلافهما وقطر ما يغري أوروبا. "
            "والحقيقة أن الطرفين متنافسان على السوق الأوروبية.")
    assert ("friction", "competition") in {(s.kind, s.key) for s in extract(text)[1]}


def test_competing_for_customers_is_competition():
    text = "واتفقت روسيا وإيران على خفض الإنتاج. فالطرفان متنافسان شرسان على زبائن آسيا وأوروبا."
    assert ("friction", "competition") in {(s.kind, s.key) for s in extract(text)[1]}


MORE_STATUSES = [  # (sentence, status): sentences written for these tests
    ("ودعا الوزير الإيراني إلى إبرام اتفاقية للتجارة التفضيلية مع روسيا.", "proposed"),
    ("ولا تزال الاتفاقية الموقعة بين إيران وروسيا بحاجة إلى مصادقة مجلس الشورى.", "signed"),
    ("وقال بوتين إن معاهدة التعاون بين روسيا وإيران لا تزال سارية المفعول.", "in_force"),
    ("ووقعت روسيا وإيران اتفاقية لتنفيذ مشروع سكة حديد جديد.", "signed"),
    ("ووافق مجلس الدوما على اتفاقية التعاون الموقعة بين روسيا وإيران.", "ratified"),
    # negotiations the signing came after are over
    ("ووقع وزيرا خارجية روسيا وإيران في طهران، الخميس، اتفاقية للنقل البحري بعد مفاوضات شاقة استمرت عامين.", "signed"),
    ("وأبرمت إيران وروسيا، بعد سبعة أعوام من المفاوضات، معاهدة لتنظيم الصيد بينهما.", "signed"),
]


@pytest.mark.parametrize("text,status", MORE_STATUSES)
def test_statuses_said_by_calls_needs_and_purposes(text, status):
    assert status in {s.status for s in extract(text)[1] if s.kind == "agreement"}


def test_the_value_of_a_contract_between_them_is_a_figure_but_not_a_share_or_an_arms_deal():
    # (developing fields is investing in them, as the gold keys such values since session 13)
    sigs = extract("ووقعت إيران مع شركة روسية عقدا في طهران بقيمة 742 مليون دولار لتطوير حقلين نفطيين.")[1]
    assert ("investment", 742e6, "usd") in {(s.key, s.value, s.unit) for s in sigs if s.kind == "trade_figure"}
    sigs = extract("ووقعت إيران مع شركة روسية عقدا في طهران بقيمة 742 مليون دولار لزيادة إنتاج النفط في حقلين.")[1]
    assert ("other", 742e6, "usd") in {(s.key, s.value, s.unit) for s in sigs if s.kind == "trade_figure"}
    sigs = extract("ووقعت روسيا مع إيران صفقة صواريخ إس-300 بقيمة 800 مليون دولار.")[1]
    assert not [s for s in sigs if s.kind == "trade_figure"]


def test_fighting_side_by_side_and_the_two_armies_are_joint_operations():
    for text in ("حين قاتل الحرس الثوري والقوات الروسية جنبا إلى جنب في حلب، كان الهدف واحدا.",
                 "وأجبرت الأزمة روسيا وإيران على التهدئة، وإن استمر التنسيق بين الجيشين في الأجواء السورية."):
        assert ("military", "joint_operations") in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_delegation_visits_where_it_goes_and_a_regional_tour_is_no_visit():
    visit = ("meeting", "visit")
    assert visit in {(s.kind, s.key) for s in extract("ووصل وفد روسي رفيع إلى طهران لبحث التعاون مع المسؤولين الإيرانيين.")[1]}
    assert visit not in {(s.kind, s.key) for s in extract(
        "وقال رئيس الوفد الروسي في أستانا إن لقاء جمعه بمساعد وزير الخارجية الإيراني تناول الوضع في سوريا.")[1]}
    assert visit not in {(s.kind, s.key) for s in extract(
        "وأطلع عبد اللهيان لافروف على نتائج جولته الإقليمية التي شملت بيروت والدوحة.")[1]}


def test_approximately_is_no_rapprochement():
    text = "وقال السفير الروسي إن التجارة بين روسيا وإيران زادت بنسبة تقارب 20 في المئة."
    assert "relations" not in {s.kind for s in extract(text)[1]}
    text = "ويرى محللون أن التقارب بين روسيا وإيران بلغ مستوى غير مسبوق."
    assert ("relations", "partnership") in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_definite_agreement_in_an_article_on_the_nuclear_deal_is_that_deal():
    text = ("وقال ماكرون إن الاتفاق النووي مع إيران يجب أن يستكمل. ولا يشمل الاتفاق السياسي الجديد أطراف "
            "الاتفاق الأخرى إيران أو روسيا والصين.")
    assert "agreement" not in {s.kind for s in extract(text)[1]}


def test_relations_described_beside_a_treatys_name():
    text = ("وقال بوتين إن العلاقات مع إيران أولوية وتتطور بشكل جيد، مشيرا إلى أن العمل على معاهدة الشراكة "
            "الاستراتيجية الشاملة بلغ مراحله النهائية.")
    sigs = {(s.kind, s.key) for s in extract(text)[1]}
    assert ("relations", "partnership") in sigs and ("agreement", "strategic_partnership_treaty") in sigs
    text = "ووقع الرئيسان معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران."
    assert ("relations", "partnership") not in {(s.kind, s.key) for s in extract(text)[1]}


def test_unilateral_sanctions_indefinite_dual_currencies_and_the_right_to_enrich():
    cases = [("وأكد الموقف الروسي الرافض لفرض عقوبات أحادية جديدة على إيران.", ("joint_position", "sanctions")),
             ("وأكد الرئيسان الروسي والإيراني ضرورة توسيع التسويات بالعملتين الوطنيتين.", ("economic", "payments")),
             ("وأبدى لافروف تأييد موسكو حق إيران في التخصيب تحت رقابة دولية.", ("joint_position", "nuclear_deal"))]
    for text, expected in cases:
        assert expected in {(s.kind, s.key) for s in extract(text)[1]}
    text = "وحين ترفع العقوبات عن إيران فإن روسيا التي تواجه عقوبات غربية ستوقع مع طهران عقودا كبيرة."
    assert ("joint_position", "sanctions") not in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_delegation_at_home_and_between_two_as_background_are_no_signals():
    text = "وأكد الوفد الروسي دعم موسكو لتعزيز دور المنتدى، مشيرا إلى أن روسيا وإيران تتبنيان موقفا مشتركا."
    assert ("meeting", "visit") not in {(s.kind, s.key) for s in extract(text)[1]}
    text = ("ويعده مراقبون مؤشرا على تنامي التعاون العسكري بين موسكو وطهران في ظل توتر علاقات البلدين مع "
            "الولايات المتحدة.")
    assert "friction" not in {s.kind for s in extract(text)[1]}


def test_other_than_and_a_de_escalation_zone_and_thanks_are_no_signals():
    kinds = {(s.kind, s.key) for s in extract("ويرى دبلوماسيون أن طهران لا تجد، بخلاف الروس، من يبيعها السلاح.")[1]}
    assert ("friction", "disagreement") not in kinds
    kinds = {(s.kind, s.key) for s in extract("ووقعت روسيا وإيران اتفاقا لإقامة منطقة تخفيف توتر في جنوب سوريا.")[1]}
    assert "friction" not in {k for k, _ in kinds}
    kinds = {(s.kind, s.key) for s in extract("وشكر الرئيس الإيراني نظيره الروسي على موقفه المبدئي.")[1]}
    assert "meeting" not in {k for k, _ in kinds}


def test_a_speakers_words_go_on_across_sentences_that_name_no_side():
    text = ("وقال السفير الروسي لدى إيران إن العلاقات بين موسكو وطهران تمر بأفضل مراحلها. وأضاف: نحن نبني تعاونا "
            "لا يستهدف أطرافا ثالثة. وأشار إلى أن الجانبين يقتربان من إنجاز نص معاهدة التعاون الشامل الجديدة.")
    sigs = {(s.kind, s.key, s.status) for s in extract(text)[1]}
    assert ("agreement", "strategic_partnership_treaty", "drafted") in sigs
    assert ("relations", "partnership", None) in sigs


CONTRACTS = [  # (sentence, key or None for no agreement): sentences written for these tests
    ("ووقعت إيران مع شركة زاروبيج نفط الروسية عقدا في طهران بقيمة 742 مليون دولار لزيادة إنتاج النفط.", "other"),
    ("وأعلنت منظمة الطاقة الذرية الإيرانية توقيع عقد بقيمة 25 مليار دولار مع روساتوم الروسية لبناء أربع وحدات في سيريك.",
     "nuclear_cooperation"),
    ("وقال مستشار في الكرملين إن روسيا وإيران تعدان عقدا لتسليم أنظمة الدفاع الجوي.", None),
    ("وعقد الجانبان الإيراني والروسي اجتماعا في موسكو.", None),
]


@pytest.mark.parametrize("text,key", CONTRACTS)
def test_a_contract_between_them_is_an_agreement_but_not_an_arms_contract(text, key):
    keys = {s.key for s in extract(text)[1] if s.kind == "agreement"}
    assert (key in keys) if key else not keys


def test_one_side_hosting_the_others_officials_is_a_meeting_but_not_an_event_its_embassy_joins():
    text = "وتستضيف إيران مسؤولين من سوريا وروسيا هذا الأسبوع لمناقشة حل الصراع."
    assert ("meeting", "talks") in {(s.kind, s.key) for s in extract(text)[1]}
    text = "وتستضيف العاصمة الروسية مهرجانا ثقافيا تنظمه الملحقية الثقافية في السفارة الإيرانية بموسكو."
    assert "meeting" not in {s.kind for s in extract(text)[1]}


ECONOMIC = [  # (sentence, key or None): sentences written for these tests
    ("وتجري موسكو وطهران مفاوضات حول صفقة مقايضة تشتري روسيا بموجبها النفط الإيراني مقابل سلع.", "energy_deal"),
    ("ويتحدث مسؤولون في روسيا وإيران عن مقترح روسي لتوريد منتجات نفطية إلى شمال إيران.", "energy_deal"),
    ("واتفقت روسيا وإيران على منح شركات البلدين تراخيص لتصدير المنتجات الزراعية.", "trade_measure"),
    ("ويجري في تتارستان تجميع طائرات شاهد المسيرة بترخيص إيراني لصالح الجيش الروسي.", None),
]


@pytest.mark.parametrize("text,key", ECONOMIC)
def test_swaps_licences_and_supplies_are_economic_and_a_licensed_drone_is_not(text, key):
    keys = {s.key for s in extract(text)[1] if s.kind == "economic"}
    assert (key in keys) if key else not keys


def test_an_agreements_label_leaves_out_its_value_and_stops_at_what_it_still_needs():
    """The value is no part of the name; what the agreement is for, past the value, is (session 9)."""
    labels = {s.label for s in extract("ووقعت إيران وروسيا عقدا بقيمة 25 مليار دولار لبناء محطة.")[1]
              if s.kind == "agreement"}
    assert labels == {"عقد لبناء محطة"}
    sigs = extract("وقال بزشكيان إن العقوبات لن توقف تعاون روسيا وإيران، مؤكدا أن بلاده ترغب في توقيع المعاهدة في أقرب وقت.")[1]
    assert not [s for s in sigs if s.kind == "agreement" and "أقرب" in s.label]


def test_words_quoted_after_an_agreement_are_what_is_said_of_it_not_its_name():
    text = 'وقال لافروف إن موسكو ستدعم أي اتفاق "يرضي الجانب الإيراني ويحترم حقوقه".'
    assert "agreement" not in {s.kind for s in extract(text)[1]}
    text = "وأعلنت روسيا وإيران التوصل إلى اتفاق «الممر الجمركي الأخضر» بين موانئ البلدين."
    assert any("الممر الجمركي الأخضر" in s.label for s in extract(text)[1] if s.kind == "agreement")
    # (the de-escalation deal so named is the catalogue's, under its catalogue label)
    text = "وأعلنت روسيا وإيران التوصل إلى اتفاق «وقف التصعيد» في المنطقة الجنوبية."
    assert any(s.label.startswith("De-escalation") for s in extract(text)[1] if s.kind == "agreement")


def test_the_partnership_treaty_and_a_free_trade_agreement_written_with_li():
    sigs = {(s.kind, s.key) for s in extract("وصادق مجلس الدوما على معاهدة الشراكة بين روسيا وإيران.")[1]}
    assert ("agreement", "strategic_partnership_treaty") in sigs
    sigs = {(s.kind, s.key) for s in extract("ووقعت في سانت بطرسبورغ اتفاقية للتجارة الحرة بين إيران والاتحاد الاقتصادي "
                                             "الأوراسي الذي تقوده روسيا.")[1]}
    assert ("agreement", "eaeu_fta") in sigs


def test_a_figures_period_gets_the_year_it_means():
    from datetime import date

    from etl.extract.periods import resolve_period
    assert resolve_period("العام الماضي", date(2024, 5, 1)) == "2023 (العام الماضي)"
    assert resolve_period("العام الجاري", date(2024, 5, 1)) == "2024 (العام الجاري)"
    assert resolve_period("العام الماضي", None) == "العام الماضي"  # no date, no guess
    assert resolve_period("۱۴۰۲", None) == "۱۴۰۲ (2023/24)"  # the Iranian year that starts in March 2023
    assert resolve_period("2017", date(2018, 1, 1)) == "2017"
    text = "وقال السفير الروسي إن حجم التبادل التجاري بين روسيا وإيران بلغ أربعة مليارات دولار العام الماضي."
    sigs = [s for s in extract(text, published=date(2025, 2, 1))[1] if s.kind == "trade_figure"]
    assert [s.period for s in sigs] == ["2024 (العام الماضي)"]
    text = "وبلغ التبادل التجاري بين إيران وروسيا خلال العام الإيراني ۱۴۰۲ نحو ملياري دولار."
    assert [s.period for s in extract(text)[1] if s.kind == "trade_figure"] == ["1402 (2023/24)"]  # digits as read


@pytest.mark.parametrize("text,status", [
    ("وتعتزم روسيا وإيران توقيع اتفاقية للتعاون في مجال الطاقة.", "negotiating"),
    ("وصادق البرلمان الإيراني على الاتفاقية الموقعة مع روسيا العام الماضي.", "ratified"),
    # (its carrying out asked to go faster is under way: the tuning gold keys each such call implementing, as the
    # seed keys «مساعيهما المشتركة لتنفيذ الاتفاقيات المبرمة»; session 29)
    ("وأكد الجانبان الروسي والإيراني ضرورة الإسراع في تنفيذ الاتفاقيات الموقعة بين البلدين.", "implementing"),
    ("وتنتظر اتفاقية التعاون الشامل بين روسيا وإيران مصادقة البرلمانين.", "signed"),
    ("وينتظر أن تدخل الاتفاقية الموقعة بين روسيا وإيران حيز التنفيذ العام المقبل.", "signed"),
    ("ووقعت إيران اتفاقية للتجارة الحرة مع الاتحاد الاقتصادي الأوراسي الذي تقوده روسيا، على أن يدخل حيز التنفيذ "
     "بعد مصادقة البرلمانات.", "signed"),
    ("وقال لافروف إن العمل جار على إعداد اتفاقية شاملة جديدة بين روسيا وإيران.", "negotiating"),
    ("وقال المسؤول إن روسيا وإيران مددتا اتفاقية التعاون في مجال الطاقة خمس سنوات أخرى.", "in_force"),
    ("وأقرت الحكومة الإيرانية مشروع قانون اتفاقية التعاون في مكافحة الإرهاب مع روسيا وأحالته إلى البرلمان.", "signed"),
    ("وتبحث روسيا وإيران إبرام اتفاقية للتعاون في مجال الفضاء.", "negotiating"),
    ("وتدرس إيران مقترحا روسيا لإبرام اتفاقية للتجارة التفضيلية.", "proposed"),
    ("واتفقت روسيا وإيران على مواصلة المفاوضات بشأن اتفاقية تسهيل التأشيرات.", "negotiating"),
    ("وقال إن روسيا وإيران لم تتوصلا بعد إلى اتفاق نهائي حول أسعار الغاز.", "negotiating"),
], ids=["meaning to sign", "ratifying the signed one", "implementing asked for", "awaiting ratification",
        "expected to enter into force", "to enter into force once ratified", "work under way", "extended",
        "approved by the government, sent to parliament", "discussing concluding", "a proposal to conclude",
        "a name in the pattern تفعيل", "an adjective ending the name, not reached yet"])
def test_the_status_of_intent_need_and_waiting(text, status):
    """Session 12, sentences written for the test: a step meant, asked for or awaited is not taken yet."""
    assert {s.status for s in extract(text)[1] if s.kind == "agreement"} == {status}


def test_converting_fordow_with_russia_is_a_joint_project_a_strike_on_it_is_not():
    work = "وقالت روساتوم إنها مستعدة للتعاون مع الجانب الإيراني في تحويل منشأة فوردو إلى مركز للأبحاث."
    assert ("project", "other") in {(s.kind, s.key) for s in extract(work)[1]}
    strike = "وأدانت روسيا الضربات الأمريكية على منشأة فوردو الإيرانية ووصفتها بأنها انتهاك للقانون الدولي."
    assert ("project", "other") not in {(s.kind, s.key) for s in extract(strike)[1]}


# Session 13: a battery of statuses written from the language (12 of 18 right before the rules it led to).
STATUSES_13 = [
    ("وأعلنت موسكو وطهران أن اتفاقية التعاون في مجال النقل البحري ستوقع خلال زيارة الرئيس الإيراني المقبلة.", "drafted"),
    ("وقالت الخارجية الإيرانية إن المفاوضات حول اتفاقية الشراكة الاستراتيجية الشاملة مع روسيا دخلت مرحلتها الأخيرة.", "negotiating"),
    ("وأقر البرلمان الإيراني بالأغلبية مشروع قانون المصادقة على اتفاقية التعاون الجمركي مع روسيا.", "ratified"),
    ("وصادق مجلس صيانة الدستور على اتفاقية التعاون الأمني بين إيران وروسيا.", "ratified"),
    ("وقال المسؤول إن اتفاقية إلغاء التأشيرات بين إيران وروسيا للمجموعات السياحية باتت سارية منذ مطلع الشهر.", "in_force"),
    # (taken effect today: in force, as both annotators of two later sets read «بدأ العمل بالاتفاقية»; this line
    # said implementing until session 31)
    ("وبدأت إيران وروسيا العمل باتفاقية إلغاء التأشيرات للمجموعات السياحية اعتبارا من اليوم.", "in_force"),
    ("وأكد الجانبان الإيراني والروسي عزمهما على إبرام اتفاقية للتجارة التفضيلية قبل نهاية العام.", "negotiating"),
    ("واقترح الرئيس الروسي على نظيره الإيراني توقيع اتفاقية لحماية الاستثمارات المتبادلة.", "proposed"),
    ("ووقعت إيران وروسيا أمس مذكرة تفاهم للتعاون في مجال الطاقة.", "signed"),
    ("وجرى خلال الزيارة توقيع اتفاقية بين إيران وروسيا للتعاون في مجال الصحة.", "signed"),
    ("وتم التوقيع على مذكرة تفاهم بين البنكين المركزيين في إيران وروسيا.", "signed"),
    ("وقال نائب وزير الخارجية الروسي إن موسكو وطهران أنجزتا صياغة نص الاتفاقية الجديدة.", "drafted"),
    ("ولم تصادق الدوما بعد على اتفاقية التعاون العسكري مع إيران.", "signed"),
    ("وأعلن وزير الطاقة الإيراني أن العمل بالاتفاقية الموقعة مع روسيا لبناء محطة سيريك سيبدأ الشهر المقبل.", "signed"),
    ("وأشار لافروف إلى أن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي دخلت حيز التنفيذ في مايو الماضي.", "in_force"),
    ("وتواصل إيران وروسيا تنفيذ اتفاقية التعاون النووي الموقعة عام 2014.", "implementing"),
    ("وقالت وزارة الطرق الإيرانية إن اتفاقية تمويل سكة حديد رشت-آستارا مع روسيا لا تزال قيد الدراسة.", "negotiating"),
    ("ووقعت روسيا وإيران بالأحرف الأولى على اتفاقية التعاون الشامل.", "drafted"),
]


@pytest.mark.parametrize("text,status", STATUSES_13)
def test_statuses_from_tense_voice_and_the_verb_far_from_the_noun(text, status):
    assert status in {s.status for s in extract(text)[1] if s.kind == "agreement"}


# Session 14: more statuses written from the language (six of these wrong before the rules they led to).
STATUSES_14 = [
    ("ولا تزال اتفاقية تبادل العملات بين إيران وروسيا قيد التفاوض.", "negotiating"),  # «تبادل»: a noun, not a verb
    ("وأكد المسؤول أن الاتفاقية الموقعة بين إيران وروسيا عام 2023 تنفذ حاليا بنجاح.", "implementing"),
    ("وتعمل روسيا وإيران على إعداد مسودة اتفاقية جديدة لحماية الاستثمارات.", "negotiating"),
    ("ووافق مجلس صيانة الدستور في إيران على الاتفاقية الموقعة مع روسيا.", "ratified"),
    ("وصادق مجلس الشورى الإسلامي الإيراني على اتفاقية التعاون في مجال النقل بين إيران وروسيا.", "ratified"),
    ("وانتهت طهران وموسكو من صياغة نص اتفاقية التعاون الشامل، بانتظار التوقيع.", "drafted"),
    ("ولم توقع إيران وروسيا بعد اتفاقية التعاون الجمركي.", "negotiating"),
    # (later the same session: six more, two wrong before)
    ("وقال المسؤول إن إيران وروسيا تتفاوضان على اتفاقية لإنشاء مصرف مشترك.", "negotiating"),  # «لإنشاء» is no «لأنه»
    ("وقال إن اتفاقية التعاون المصرفي بين إيران وروسيا لم يتم تنفيذها حتى الآن.", "signed"),
    ("وقالت إيران إن روسيا لم تنفذ بعد بنود الاتفاقية الموقعة بين البلدين لتوريد القمح.", "signed"),
    ("ووُقّعت اتفاقية التعاون في مجال الطاقة بين إيران وروسيا في موسكو أمس.", "signed"),
    ("وبدأ سريان اتفاقية الإعفاء من التأشيرات بين إيران وروسيا اليوم.", "in_force"),
    ("ودعا وزير الاقتصاد الإيراني روسيا إلى توقيع اتفاقية لتجنب الازدواج الضريبي.", "proposed"),
]


@pytest.mark.parametrize("text,status", STATUSES_14)
def test_statuses_of_nouns_in_construct_present_verbs_and_upper_houses(text, status):
    assert status in {s.status for s in extract(text)[1] if s.kind == "agreement"}


@pytest.mark.parametrize("text", [
    "وقال بقائي إن إيران وروسيا لم توقعا أي معاهدة تحالف عسكري.",
    "وقال بقائي: \"ليست هذه معاهدة تحالف عسكري بين طهران وموسكو\".",
])
def test_an_agreement_denied_is_none(text):
    assert not [s for s in extract(text)[1] if s.kind == "agreement"]


# Session 15: a second battery of statuses written from the language, in the words news uses for each step
# (in effect, passed by a house, sealed, the final text, talks about it, an initiative; 18 of 29 right before).
STATUSES_15 = [
    ("وأكد السفير أن اتفاقية التعاون الجمركي بين إيران وروسيا المعمول بها منذ عام 2017 سهلت حركة البضائع.", "in_force"),
    ("وباتت مذكرة التفاهم بين البنكين المركزيين الإيراني والروسي نافذة اعتبارا من مطلع الشهر الجاري.", "in_force"),
    ("وبدأ سريان اتفاقية إلغاء التأشيرات للمجموعات السياحية بين إيران وروسيا يوم الأحد.", "in_force"),
    ("وأصبحت اتفاقية النقل البري بين روسيا وإيران سارية المفعول بعد تبادل وثائق المصادقة.", "in_force"),
    ("وقال الوزير الإيراني إن الاتفاقية الموقعة مع روسيا في مجال الطاقة دخلت مرحلة التنفيذ.", "implementing"),
    ("وأوضح أن روسيا وإيران شرعتا في تنفيذ اتفاقية التعاون في مجال النقل الموقعة العام الماضي.", "implementing"),
    ("وتمضي طهران وموسكو في تطبيق اتفاقية مقايضة النفط بالسلع التي وقعت في 2014.", "implementing"),
    ("وأكد أن اتفاقية الربط المصرفي بين إيران وروسيا في طور التنفيذ حاليا.", "implementing"),
    ("وأجاز البرلمان الإيراني اتفاقية التعاون العسكري مع روسيا بأغلبية كبيرة.", "ratified"),
    ("ووقع الرئيس الروسي قانون المصادقة على اتفاقية التجارة الحرة مع إيران.", "ratified"),
    ("ووقع وزيرا الطاقة الإيراني والروسي مذكرة تفاهم للتعاون في مجال الكهرباء.", "signed"),
    ("وجرى في طهران توقيع اتفاقية بين إيران وروسيا لتطوير حقول النفط.", "signed"),
    ("وأبرمت شركة غازبروم الروسية والشركة الوطنية الإيرانية للنفط اتفاقا لتطوير ستة حقول.", "signed"),
    ("ومهر الجانبان الإيراني والروسي اتفاقية للتعاون في مجال الاتصالات.", "signed"),
    ("وأعلن الكرملين أن روسيا وإيران اتفقتا على النص النهائي لمعاهدة الشراكة.", "drafted"),
    ("وأكد لافروف أن العمل على الاتفاقية الجديدة بين روسيا وإيران اكتمل وأنها باتت جاهزة.", "drafted"),
    ("ووقعت روسيا وإيران بالأحرف الأولى اتفاقية للتعاون في مجال الطاقة.", "drafted"),
    ("وسلمت إيران الجانب الروسي مسودة اتفاقية للتعاون طويل الأمد.", "drafted"),
    ("ومن المقرر أن توقع إيران وروسيا اتفاقية التعاون الاستراتيجي خلال زيارة بوتين إلى طهران الشهر المقبل.", "drafted"),
    ("وتجري إيران وروسيا محادثات بشأن اتفاقية للتجارة الحرة.", "negotiating"),
    ("وعقد الخبراء الروس والإيرانيون الجولة الثالثة من المفاوضات حول اتفاقية تسهيل التأشيرات.", "negotiating"),
    ("وتعكف اللجان المختصة في طهران وموسكو على إعداد اتفاقية جديدة للتعاون الاقتصادي.", "negotiating"),
    ("ولم توقع روسيا وإيران بعد اتفاقية توريد الغاز رغم سنوات من المحادثات.", "negotiating"),
    ("واقترحت روسيا على إيران إبرام اتفاقية لتبادل العملات الوطنية.", "proposed"),
    ("وعرض الرئيس الروسي على نظيره الإيراني توقيع اتفاقية للتعاون في مجال الفضاء.", "proposed"),
    ("وطرحت إيران على روسيا مبادرة لإبرام اتفاقية للأمن الإقليمي.", "proposed"),
]


def _statuses(text: str) -> set[str]:
    return {s.status for s in extract(text)[1] if s.kind == "agreement"}


@pytest.mark.parametrize("text,status", STATUSES_15)
def test_statuses_in_the_words_news_uses_for_each_step(text, status):
    """One agreement, and the status the sentence gives it (not another beside it)."""
    assert _statuses(text) == {status}


# Session 15, more of the same: an aside set off by commas, frozen after signing, done under it, reached later
# (14 of 20 right before).
STATUSES_15_MORE = [
    ("ووقعت إيران وروسيا عام 2019 اتفاقية للتعاون في مجال الطاقة، لكنها لم تدخل حيز التنفيذ حتى الآن.", "signed"),
    ("وقال الوزير إن اتفاقية التجارة التفضيلية بين إيران والاتحاد الاقتصادي الأوراسي الذي تقوده روسيا، والتي وقعت عام 2018، دخلت حيز التنفيذ في أكتوبر 2019.", "in_force"),
    ("وصادق مجلس الشورى الإيراني على اتفاقية التعاون الأمني مع روسيا التي وقعها وزيرا الداخلية في موسكو العام الماضي.", "ratified"),
    ("وأشار إلى أن مذكرة التفاهم التي وقعتها إيران وروسيا في مجال الطاقة النووية تنتظر مصادقة البرلمان.", "signed"),
    ("وتم تجميد اتفاقية تزويد إيران بمنظومة الطاقة الروسية بعد توقيعها بعامين.", "signed"),
    ("وتعمل إيران وروسيا حاليا على تنفيذ مذكرة التفاهم الموقعة بينهما في مجال النقل.", "implementing"),
    ("وقال نائب الوزير إن إيران وروسيا تبحثان إبرام اتفاقية جديدة لتبادل العملات.", "negotiating"),
    ("وأكد أن المفاوضات بين طهران وموسكو بشأن اتفاقية التعاون في مجال الغاز ما زالت جارية.", "negotiating"),
    ("وأعلنت موسكو أن مسودة الاتفاقية الجديدة بين روسيا وإيران أرسلت إلى الجانب الإيراني لدراستها.", "drafted"),
    ("وقال المتحدث إن اتفاقية التعاون المصرفي بين إيران وروسيا جاهزة للتوقيع وستوقع خلال الزيارة المقبلة.", "drafted"),
    ("وأعلنت الخارجية الروسية أن اتفاقية إلغاء التأشيرات مع إيران أصبحت نافذة اعتبارا من اليوم.", "in_force"),
    ("وقدمت إيران لروسيا مقترحا لإبرام اتفاقية للتعاون في مجال الزراعة.", "proposed"),
    ("ومن المتوقع أن تتوصل إيران وروسيا إلى اتفاق بشأن أسعار الغاز في الأشهر المقبلة.", "negotiating"),
    ("وكانت إيران وروسيا قد وقعتا في عام 2001 معاهدة أسس العلاقات المتبادلة ومبادئ التعاون.", "signed"),
    ("وتم تمديد معاهدة أسس العلاقات بين إيران وروسيا الموقعة عام 2001 لخمس سنوات أخرى.", "in_force"),
    ("ويجري العمل حاليا بموجب اتفاقية التعاون الجمركي بين إيران وروسيا.", "implementing"),
    ("وصادق مجلس الاتحاد الروسي على معاهدة الشراكة الاستراتيجية الشاملة مع إيران بعد أسبوع من موافقة مجلس الدوما.", "ratified"),
    ("ووقع الرئيسان الروسي والإيراني في الكرملين معاهدة الشراكة الاستراتيجية الشاملة.", "signed"),
    ("وأعد الخبراء الروس والإيرانيون مسودة اتفاقية لإنشاء منطقة تجارة حرة.", "drafted"),
    ("وبدأت روسيا وإيران مفاوضات لإبرام اتفاقية تجارة حرة كاملة تحل محل الاتفاقية المؤقتة.", "negotiating"),
]



# Session 15, a third battery: to be signed as an attribute («المزمع توقيعها»), its signing put off, passed by the
# Majlis on a day, signed in an aside, done under it (10 of 16 right before; two of those dropped as the test's mistakes).
STATUSES_15_THIRD = [
    ("وأكد المتحدث أن اتفاقية التعاون الاستراتيجي بين إيران وروسيا المزمع توقيعها ستشمل مجالات الطاقة والنقل.", "drafted"),
    ("وقال الدبلوماسي الإيراني إن معاهدة الشراكة الشاملة المرتقب توقيعها بين طهران وموسكو ستحل محل معاهدة 2001.", "drafted"),
    ("وأعلنت الخارجية الإيرانية تأجيل توقيع اتفاقية التعاون الأمني مع روسيا إلى موعد لاحق.", "drafted"),
    ("ووافق الجانبان الإيراني والروسي على مسودة اتفاقية التعاون في مجال الاتصالات.", "drafted"),
    ("وأشار السفير إلى مذكرة التفاهم التي تم التوقيع عليها بين البنكين المركزيين في إيران وروسيا الشهر الماضي.", "signed"),
    ("وأقر مجلس الشورى الإيراني يوم الأحد اتفاقية التعاون في مجال مكافحة الجريمة مع روسيا.", "ratified"),
    ("وبدأت روسيا بتنفيذ بنود اتفاقية التعاون في مجال النقل مع إيران.", "implementing"),
    ("واقترح وزير الطاقة الروسي على الجانب الإيراني إعداد اتفاقية جديدة لتبادل الكهرباء.", "proposed"),
    ("وتسعى إيران وروسيا إلى إبرام اتفاقية للتجارة الحرة الكاملة قبل نهاية العام.", "negotiating"),
    ("وقال المسؤول الروسي إن اتفاقية التعاون النووي الموقعة مع إيران عام 2014 لم تنفذ بالكامل بعد.", "signed"),
    ("ووقعت إيران وروسيا، على هامش اجتماعات اللجنة الاقتصادية المشتركة في طهران، ثماني وثائق تعاون في مجالات مختلفة.", "signed"),
    ("وفي خطوة لاحقة، صادق البرلمان الإيراني على اتفاقية التعاون الجمركي التي كانت طهران وموسكو قد وقعتاها في 2021.", "ratified"),
    ("وكانت اتفاقية التعاون في مجال السكك الحديدية بين إيران وروسيا قد وقعت في باكو قبل عامين.", "signed"),
    ("وقالت الجمارك الإيرانية إن العمل باتفاقية التجارة الحرة مع الاتحاد الأوراسي الذي يضم روسيا بدأ رسميا.", "implementing"),
]


@pytest.mark.parametrize("text,status", STATUSES_15_MORE + STATUSES_15_THIRD)
def test_statuses_past_an_aside_after_signing_and_to_be_signed(text, status):
    assert _statuses(text) == {status}
