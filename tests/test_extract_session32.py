"""Session 32: rules written from the tuning part's errors (round 59's sets HQ and HS among them), each with the
sentences, written for the test, that it must read and those it must leave alone."""
from __future__ import annotations

import pytest

from etl.extract import extract


def _keys(text: str) -> set[tuple[str, str]]:
    return {(s.kind, s.key) for s in extract(text)[1]}


@pytest.mark.parametrize("text,kind", [
    # «الملالي» (the mullahs), «نظام الملالي»: Iran's rulers as the hostile press names them
    ("وكتب المحلل أن ما يجري تحالف صريح بين الكرملين ونظام الملالي هدفه إنقاذ النظام السوري.", "relations"),
    ("ويرى الكاتب أن موسكو وملالي طهران يتقاسمان هدفا واحدا في سوريا هو حماية الأسد.", "joint_position"),
])
def test_the_mullahs_are_iran(text, kind):
    assert kind in {k for k, _ in _keys(text)}


@pytest.mark.parametrize("text", [
    # other mullahs: the Taliban's, Afghanistan's or Iraq's clergy
    "واستقبلت موسكو وفدا من ملالي طالبان لبحث الوضع الأمني في أفغانستان.",
    "وقال المسؤول الروسي إن موسكو تسعى لتطوير العلاقات مع حكومة الملالي في كابول.",
    "وانتقد الملالي في كربلاء والنجف التدخل الروسي في المنطقة.",
])
def test_other_mullahs_are_not_iran(text):
    assert not extract(text)[1]


@pytest.mark.parametrize("text", [
    # cooperation in one field is no label of the relationship as a whole
    "واتفق وزيرا الطاقة الإيراني والروسي على تطوير التعاون في نقل الغاز.",
    "وبحث وزيرا الصحة في إيران وروسيا توسيع التعاون في إنتاج الأدوية.",
    "وتلزم المعاهدة بين إيران وروسيا الطرفين بتعزيز التعاون بمجال الطاقة.",
    # consultation on one matter
    "والتقى الوزير الروسي نظيره الإيراني، واتفق الجانبان على مواصلة التشاور المنتظم بشأن استقرار سوق النفط.",
    # a firm's consortium or partner firm is no alliance or partnership of the two
    "ووقعت شركة النفط الإيرانية عقدا مع تحالف تقوده شركة روسية لتطوير حقلين في الأهواز.",
    "وقال وزير النفط الإيراني إن حصة الشريك الروسي في المشروع تبلغ ثمانين بالمئة.",
])
def test_no_label_of_the_whole(text):
    assert ("relations", "partnership") not in _keys(text)


@pytest.mark.parametrize("text", [
    # in all fields, or in the face of something: the relationship as a whole
    "واتفق الرئيسان الإيراني والروسي على تطوير التعاون في مختلف المجالات.",
    "وقال فولودين إن المعاهدة تعكس إرادة إيران وروسيا المشتركة لتعميق التعاون في مواجهة الضغوط الغربية.",
    "واتفق بوتين وبزشكيان على تعزيز التعاون بين البلدين.",
    "واتفق لافروف وعراقجي على مواصلة التشاور الوثيق بين البلدين.",
    "ويرى الكاتب أن التحالف بين روسيا وإيران يزداد متانة.",
])
def test_labels_of_the_whole_still_read(text):
    assert ("relations", "partnership") in _keys(text)


def _figures(text: str) -> dict[float, str]:
    return {s.value: s.key for s in extract(text)[1] if s.kind == "trade_figure"}


def test_a_share_said_after_a_growth_rate_is_no_growth():
    # the growth word was the first percentage's; «مضيفا أن» opens what else was said
    assert _figures("وقال الوزير إن التجارة بين إيران وروسيا نمت بنسبة 12٪، مضيفا أن 60٪ منها يجري بالعملات الوطنية.") == \
        {12.0: "trade_growth", 60.0: "other"}


@pytest.mark.parametrize("text,figures", [
    # two rates of one growth, no new clause between them
    ("وقال الوزير إن التجارة بين إيران وروسيا ارتفعت بنسبة 10٪ في 2023 و15٪ في 2024.",
     {10.0: "trade_growth", 15.0: "trade_growth"}),
    # a growth word of its own in the new clause
    ("وقال الوزير إن التجارة بين إيران وروسيا نمت بنسبة 12٪، مؤكدا أنها سترتفع بنسبة 20٪ العام المقبل.",
     {12.0: "trade_growth", 20.0: "trade_growth"}),
])
def test_growth_rates_still_read(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text", [
    # nothing shown for it: no transfer stated
    "وقال المتحدث الإيراني إن التقرير الأممي لم يقدم دليلا قاطعا على نقل أسلحة من إيران إلى روسيا.",
    "وقال المسؤول إن الولايات المتحدة لم تقدم أي دليل على تسليم طهران صواريخ لروسيا.",
])
def test_no_evidence_is_no_transfer(text):
    assert ("military", "arms_transfer") not in _keys(text)


def test_evidence_given_is_a_transfer_claimed():
    assert ("military", "arms_transfer") in _keys("وقالت واشنطن إنها قدمت أدلة على نقل طائرات مسيرة من إيران إلى روسيا.")


@pytest.mark.parametrize("text", [
    # Russia named as one of the bloc's members: the figure is still Iran's trade with all of them
    "وقال مسؤول إيراني إن صادرات إيران إلى دول الاتحاد، وفي مقدمتها روسيا، مرشحة للارتفاع بنسبة 30 بالمئة.",
    "وقال الوزير إن طهران تستهدف رفع تجارتها مع دول الاتحاد الأوراسي، ولا سيما روسيا، إلى عشرين مليار دولار.",
])
def test_one_of_the_bloc_is_still_the_bloc(text):
    assert not _figures(text)


def test_russia_named_apart_from_the_bloc_is_russia():
    # (narrowed to Russia after the bloc's figure: its own figure)
    assert 4e9 in _figures("وقال الوزير إن التجارة بين إيران ودول الاتحاد بلغت ستة مليارات دولار، وبين إيران وروسيا "
                           "وحدها أربعة مليارات دولار.")


@pytest.mark.parametrize("text", [
    # «دانت», the past without the hamza, and an attack on Iran's mission abroad
    "ودانت روسيا الضربات الأمريكية على المنشآت النووية الإيرانية.",
    "وكانت موسكو قد دانت بشدة الغارة الإسرائيلية على القنصلية الإيرانية في دمشق.",
])
def test_russia_condemning_an_attack_on_iran(text):
    assert ("joint_position", "other") in _keys(text)


def test_an_attack_on_the_consulate_told_without_condemning_it():
    assert ("joint_position", "other") not in _keys(
        "وقالت إسرائيل إن الغارة على القنصلية الإيرانية في دمشق استهدفت قادة في الحرس الثوري، فيما دعت روسيا إلى ضبط النفس.")


@pytest.mark.parametrize("text", [
    # spoken negation, as the news quotes it: the label denied
    "وقال المحلل الكويتي عن روسيا وإيران: «هاي مو تحالف، هاي ورقة حلوة للتصوير».",
    "وقال الضيف المصري إن العلاقة بين إيران وروسيا «مش شراكة استراتيجية».",
])
def test_spoken_negation_denies_the_label(text):
    keys = _keys(text)
    assert ("relations", "other") in keys and ("relations", "partnership") not in keys


@pytest.mark.parametrize("text,key", [
    # one side thanks or praises the other for its stand: the stand is both sides'
    ("وقال بوتين إن روسيا تعارض العقوبات الأمريكية الأحادية، فيما شكر الرئيس الإيراني حسن روحاني موسكو على موقفها.",
     "sanctions"),
    ("وأشاد محمد جواد ظريف بوقوف موسكو إلى جانب بلاده في الدفاع عن الاتفاق النووي.", "nuclear_deal"),
    ("وثمن وزير الخارجية الإيراني عباس عراقجي موقف روسيا الداعم للاتفاق النووي.", "nuclear_deal"),
])
def test_a_stand_endorsed_by_the_other(text, key):
    assert ("joint_position", key) in _keys(text)


@pytest.mark.parametrize("text", [
    # praised by a third party: no stand of the two
    "وأشادت صحيفة الخليج الإماراتية بموقف روسيا من العقوبات الأمريكية على إيران.",
    "وقال المحلل السعودي إن الرياض أشادت بموقف روسيا من العقوبات الأمريكية على إيران.",
    "وقال المحلل إن الرياض شكرت موسكو على موقفها من العقوبات الأمريكية على إيران.",
    # a third state's stand, praised by one of the two
    "وثمن الرئيس الإيراني حسن روحاني موقف الصين من الاتفاق النووي، منتقدا تردد روسيا.",
    "ورحب المتحدث باسم الخارجية الإيرانية بموقف الاتحاد الأوروبي الداعم للاتفاق النووي، فيما التزمت روسيا الصمت.",
    # the stand thanked for is on another matter than the one told after it
    "وشكر لافروف طهران على موقفها من الأزمة الأوكرانية، مؤكدا أن العقوبات الغربية على روسيا لن تنجح.",
])
def test_a_stand_not_endorsed_by_the_other(text):
    assert not any(k == "joint_position" for k, _ in _keys(text))


# Review mends: each sentence below was misread by the first version of a rule above.
@pytest.mark.parametrize("text", [
    # a time, a framework or the issues at large: the relationship as a whole
    "واتفق الرئيسان الإيراني والروسي على تعزيز التعاون في المرحلة المقبلة.",
    "واتفق الرئيسان الإيراني والروسي على تعميق التعاون في إطار المعاهدة الجديدة.",
    "واتفق الرئيسان الإيراني والروسي على مواصلة التشاور حول القضايا الإقليمية والدولية.",
    # the other coalition, led by a state, leaves the two's alliance a label
    "وقال الكاتب إن روسيا وإيران تشكلان تحالفا استراتيجيا في مواجهة تحالف تقوده الولايات المتحدة.",
])
def test_labels_of_the_whole_after_review(text):
    assert ("relations", "partnership") in _keys(text)


@pytest.mark.parametrize("text,figures", [
    # the new clause goes on with the same rate
    ("وقال الوزير إن التجارة بين إيران وروسيا نمت بنسبة 15٪ العام الماضي، ويتوقع الخبراء أن تتجاوز 20٪ هذا العام.",
     {15.0: "trade_growth", 20.0: "trade_growth"}),
    ("وقال الوزير إن نمو التجارة بين إيران وروسيا بلغ 16٪ في 2023 بعد أن كان 10٪ في 2022.",
     {16.0: "trade_growth", 10.0: "trade_growth"}),
    # Russia's own figure in a relative clause is its own
    ("وقال المسؤول إن صادرات إيران إلى دول الاتحاد، خصوصا روسيا التي بلغ حجم تبادلها مع إيران 4.8 مليار دولار، ارتفعت.",
     {4.8e9: "trade_volume"}),
])
def test_figures_after_review(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text", [
    # no evidence of something else; the deed itself stated after
    "وقال إن التقرير الذي لم يقدم دليلا على تورط الصين أكد أن إيران سلمت روسيا مسيرات.",
    "ورغم أن البنتاغون لم يقدم أدلة ملموسة فإنه يؤكد أن روسيا تسلمت صواريخ إيرانية.",
    "وقال الخبير إنه لا دليل على أن إيران توقفت عن تزويد روسيا بالطائرات المسيرة.",
])
def test_transfer_stated_beside_no_evidence(text):
    assert ("military", "arms_transfer") in _keys(text)


@pytest.mark.parametrize("text", [
    # Iran's missions named without an attack on them
    "ورفضت روسيا الرد على السفارة الإيرانية في موسكو بشأن المذكرة.",
    "وعرضت الخارجية الروسية على السفارة الإيرانية المساعدة في إجلاء الرعايا، معربة عن قلقها.",
])
def test_missions_without_an_attack(text):
    assert ("joint_position", "other") not in _keys(text)


def test_russia_condemning_a_strike_on_a_mission_by_its_verb():
    assert ("joint_position", "other") in _keys("ودانت موسكو استهداف القنصلية الإيرانية في دمشق.")
