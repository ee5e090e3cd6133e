"""Session 34: rules written from the language of an agreement's steps and from the tuning part's errors, each with
the sentences, written for the test, that it must read and those it must leave alone."""
from __future__ import annotations

import pytest

from etl.extract import extract


def _statuses(text: str, key: str | None = None) -> set[str]:
    return {s.status for s in extract(text)[1] if s.kind == "agreement" and (key is None or s.key == key)}


@pytest.mark.parametrize("text,status", [
    # a later step joined with no comma, the agreement still what it speaks of: where it stands now
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير وصادق عليها البرلمانان في مايو.", "ratified"),
    ("وقعت روسيا وإيران اتفاقية إلغاء التأشيرات للمجموعات السياحية في 2017 ودخلت حيز التنفيذ في 2018.", "in_force"),
    ("أبرمت طهران وموسكو اتفاقية التعاون في مجال النقل ثم دخلت حيز التنفيذ العام الماضي.", "in_force"),
    # in a relative clause past a long subject
    ("وتساءل الكاتب عما قدمته معاهدة الشراكة الاستراتيجية الشاملة مع روسيا، التي وقعها الرئيسان مسعود بزشكيان "
     "وفلاديمير بوتين في كانون الثاني/يناير وصادق عليها برلمانا البلدين في الربيع.", "ratified"),
])
def test_a_later_step_joined_without_a_comma(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,status", [
    # another agreement's step joined after: not this one's
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير وصادق البرلمان الإيراني على اتفاقية النقل مع روسيا.", "signed"),
    # another subject entering: «دخلت قوات» is no entry into force
    ("وقعت إيران وروسيا اتفاقية التعاون العسكري ودخلت قوات روسية إلى قاعدة همدان.", "signed"),
    # a step to come, joined: not taken
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير ولم تدخل حيز التنفيذ بعد.", "signed"),
])
def test_a_joined_verb_that_is_not_its_later_step(text, status):
    assert status in _statuses(text) and "ratified" not in _statuses(text) and "in_force" not in _statuses(text)


@pytest.mark.parametrize("text,status", [
    # in effect, the verb: in force
    ("تسري اتفاقية التعاون في مجال النقل بين إيران وروسيا منذ عام 2020.", "in_force"),
    ("وقال السفير إن اتفاقية التعاون الجمركي بين إيران وروسيا سرت منذ الربيع الماضي.", "in_force"),
    # not yet, or to come: signed
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي، لكنها لا تسري إلا بعد مصادقة البرلمانين.", "signed"),
    ("وقال الوزير إن اتفاقية التعاون الجمركي بين إيران وروسيا ستسري بعد استكمال الإجراءات القانونية.", "signed"),
    ("وقعت إيران وروسيا مذكرة التعاون الجمركي، وقال رئيس الوفد الروسي إن المذكرة تسري اعتبارا من الشهر المقبل.",
     "signed"),
    # a parliament's vote for it: ratified
    ("صوت نواب الدوما لصالح اتفاقية التعاون الجمركي مع إيران.", "ratified"),
    ("وصوت مجلس الشورى الإيراني على اتفاقية التعاون في مجال النقل مع روسيا بأغلبية كبيرة.", "ratified"),
])
def test_in_effect_and_voted_for(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,status", [
    # how long it runs, what it applies to: its terms, no step («وقعت» says it)
    ("وقعت إيران وروسيا أمس مذكرة التعاون الجمركي، التي تسري لستة أشهر قابلة للتمديد.", "signed"),
    ("وقعت إيران وروسيا أمس اتفاقية التعاون الجمركي التي تسري على جميع الشحنات البرية.", "signed"),
])
def test_its_terms_are_no_step(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,status", [
    # its work extended: in force
    ("مددت إيران وروسيا العمل باتفاقية التعاون في مجال الطاقة خمس سنوات.", "in_force"),
    # a question put about it is no proposal
    ("طرحت الحرب سؤالا: ماذا قدمت معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا؟", "mentioned"),
    ("طرح الصراع الأخير تساؤلات كثيرة عن معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا.", "mentioned"),
])
def test_steps_told_around_it(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,status", [
    # an idea put forward is still a proposal; work begun under it still carried out
    ("طرحت روسيا على إيران فكرة اتفاقية للتعاون في مجال الفضاء.", "proposed"),
    ("بدأت إيران وروسيا العمل باتفاقية التعاون في مجال النقل منذ الشهر الماضي.", "in_force"),
])
def test_what_those_rules_leave_alone(text, status):
    assert _statuses(text) == {status}


def test_a_pronoun_step_before_a_noun_referring_back():
    text = ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير. فقد صادق عليها مجلس الشورى الإسلامي في مايو، "
            "لكن تبادل وثائق التصديق، الذي لا تسري الاتفاقية إلا بعده، لم يتم بعد.")
    assert _statuses(text) == {"ratified"}


def test_a_noun_referring_back_before_a_pronoun_is_still_read_first():
    # the noun names its own step first; the pronoun after is that noun's
    text = ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير. ولم تدخل الاتفاقية حيز التنفيذ بعد، ولم يصادق عليها "
            "البرلمان حتى الآن.")
    assert _statuses(text) == {"signed"}


def test_backing_a_right_to_peaceful_nuclear_energy_is_no_agreement():
    text = "وقال لافروف إن روسيا تدعم حق إيران في الاستخدام السلمي للطاقة النووية."
    sigs = extract(text)[1]
    assert not [s for s in sigs if s.kind == "agreement"]
    assert ("joint_position", "nuclear_deal") in {(s.kind, s.key) for s in sigs}


def test_an_agreement_for_peaceful_nuclear_energy_is_the_nuclear_agreement():
    text = "ووقعت إيران وروسيا اتفاقا للتعاون في الاستخدام السلمي للطاقة النووية."
    assert "nuclear_cooperation" in {s.key for s in extract(text)[1] if s.kind == "agreement"}


def _relations(text: str) -> set[str]:
    return {s.key for s in extract(text)[1] if s.kind == "relations"}


def test_the_relationship_without_limits():
    assert _relations("وقال رئيسي إن إيران لا تضع حدودا لتطوير علاقاتها مع روسيا.") == {"partnership"}


def _positions(text: str) -> set[str]:
    return {s.key for s in extract(text)[1] if s.kind == "joint_position"}


@pytest.mark.parametrize("text,key", [
    # interests or stands that cross: a stand both hold on the matter named
    ("وتتقاطع مصلحة روسيا وإيران في رفع العقوبات الأمريكية.", "sanctions"),
    # one standing by the other in condemning or rejecting: a stand both hold
    ("وقفت روسيا إلى جانب إيران في إدانة الضربات الأمريكية والإسرائيلية.", "other"),
    ("وقال المتحدث إن طهران تقف إلى جانب موسكو في رفض توسع حلف الأطلسي نحو الشرق.", "other"),
])
def test_stands_told_by_trench_crossing_and_standing_by(text, key):
    assert key in _positions(text)


@pytest.mark.parametrize("text", [
    # fighting side by side in defence of a government is what their forces did, no stand
    "وقاتل الجيشان الروسي والإيراني جنبا إلى جنب دفاعا عن الحكومة السورية منذ 2015.",
    # standing by the other in a war, no stand taken
    "وقال إن روسيا وقفت إلى جانب إيران في الحرب الأخيرة بالسلاح والمال.",
    # a third power's interests crossing Russia's
    "وتتقاطع مصالح الصين وروسيا في آسيا الوسطى، بينما تراقب إيران.",
])
def test_what_those_stand_rules_leave_alone(text):
    assert not _positions(text)


@pytest.mark.parametrize("text", [
    # a question opening the clause asks all of it, however far the cue
    "هل تتبنى طهران وموسكو موقفا واحدا إزاء الحرب الدائرة منذ سنوات في أوكرانيا؟",
    "هل تقف طهران وموسكو فعلا موقفا واحدا إزاء الحرب في أوكرانيا، أم أن لكل منهما حساباتها الخاصة؟",
])
def test_a_question_is_no_stand(text):
    assert not _positions(text)


@pytest.mark.parametrize("text,status", [
    # its legal procedures completed in both: ratified
    ("وقال المسؤول إن اتفاقية النقل البري بين إيران وروسيا استكملت الإجراءات القانونية في البلدين.", "ratified"),
    # their completion awaited: signed, not yet ratified
    ("وقعت إيران وروسيا اتفاقية النقل البري، وتدخل حيز التنفيذ بعد استكمال الإجراءات القانونية في البلدين.", "signed"),
])
def test_legal_procedures_completed_or_awaited(text, status):
    assert _statuses(text) == {status}


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(s.kind, s.key) for s in extract(text)[1]}


def test_a_surname_names_the_side_of_the_official_the_article_introduced():
    text = ("قال نائب وزير الطاقة الروسي فاسيلي كوليسنيكوف إن الوفد سيزور المنطقة قريبا. واجتمع كوليسنيكوف أمس مع "
            "وزير النفط الإيراني في طهران.")
    assert ("meeting", "talks") in _kinds(text)


@pytest.mark.parametrize("text", [
    # the surname before the introduction names nobody yet
    "واجتمع كوليسنيكوف أمس مع وزير النفط الإيراني في طهران. وكان نائب وزير الطاقة الروسي فاسيلي كوليسنيكوف قد "
    "قال إن الوفد سيزور المنطقة.",
    # a third state's official introduced so is that state's
    "قال نائب وزير الطاقة التركي فاسيلي كوليسنيكوف إن الوفد سيزور المنطقة قريبا. واجتمع كوليسنيكوف أمس مع وزير "
    "النفط الإيراني في طهران.",
    # a name that runs on past two words («حسين أمير عبد اللهيان») gives no surname: «أمير» is also a word
    "قال وزير الخارجية الروسي الأسبق حسين أمير عبد الرحمنوف إن العالم يتغير. والتقى أمير قطر الرئيس الإيراني في طهران.",
])
def test_what_an_introduced_surname_leaves_alone(text):
    assert not [k for k in _kinds(text) if k[0] == "meeting"]


@pytest.mark.parametrize("text,status", [
    # the time since its signing, told with the work going on: being carried out
    ("بدأت الشركات الروسية أعمال تحديث محطة الكهرباء في الأهواز، بعد عام على توقيع اتفاقية التعاون في مجال الطاقة "
     "بين إيران وروسيا.", "implementing"),
    ("وقال الوزير إن استملاك الأراضي أنجز بنسبة 80 في المئة، بعد عام على توقيع اتفاقية تمويل الخط بين إيران وروسيا.",
     "implementing"),
    # the work not begun, or hindered from beginning: signed still
    ("بعد عام على توقيع اتفاقية التعاون في مجال الطاقة بين إيران وروسيا، لم تبدأ أعمال تحديث المحطة بعد.", "signed"),
    ("وقال الوزير إن استملاك الأراضي ما زال يعرقل انطلاق أعمال البناء، بعد عامين على توقيع اتفاقية تمويل الخط بين إيران وروسيا.",
     "signed"),
    # the time since its signing, nothing said of work: signed
    ("وقال السفير إن العلاقات تطورت كثيرا منذ توقيع اتفاقية التعاون في مجال الطاقة بين إيران وروسيا.", "signed"),
])
def test_the_time_since_signing_with_the_work_going_on(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,status", [
    # not signed yet, its signing set for an occasion: the text is ready
    ("ولم يوقع الرئيسان اتفاقية التعاون الجمركي بين إيران وروسيا في قازان، وقال الكرملين إنها ستوقع خلال زيارة "
     "رسمية إلى موسكو.", "drafted"),
    # not signed yet, nothing set: still being negotiated
    ("ولم يوقع الرئيسان اتفاقية التعاون الجمركي بين إيران وروسيا في قازان، وقال الكرملين إن العمل عليها مستمر.",
     "negotiating"),
])
def test_not_signed_yet_with_or_without_a_signing_set(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # its signing put off: a text not yet signed, drafted
    "لكن توقيع معاهدة الشراكة بين إيران وروسيا أرجئ إلى زيارة رسمية إلى موسكو.",
    "وأوضح المسؤول أن نص معاهدة الشراكة بين روسيا وإيران أنجز بالكامل، غير أن توقيعها أرجئ إلى زيارة رسمية.",
])
def test_a_signing_put_off(text):
    assert _statuses(text) == {"drafted"}


def test_something_else_put_off_leaves_the_signing():
    assert _statuses("وقعت إيران وروسيا معاهدة الشراكة بعد أن أرجئ الموعد مرتين.") == {"signed"}


@pytest.mark.parametrize("text,status", [
    # the instruments of ratification exchanged: in force
    ("وتبادلت إيران وروسيا وثائق التصديق على معاهدة الشراكة الاستراتيجية الشاملة أمس في موسكو.", "in_force"),
    ("وجرى تبادل مذكرات التصديق على اتفاقية التعاون الجمركي بين إيران وروسيا.", "in_force"),
    # their exchange still to come: ratified, as the word says
    ("ولم يتم بعد تبادل وثائق التصديق على معاهدة الشراكة بين إيران وروسيا.", "ratified"),
    ("وسيتم تبادل وثائق التصديق على اتفاقية التعاون الجمركي بين إيران وروسيا الشهر المقبل.", "ratified"),
])
def test_instruments_of_ratification_exchanged(text, status):
    assert _statuses(text) == {status}


# What a review with 345 sentences of its own found the rules above misreading, each mended.
@pytest.mark.parametrize("text,status", [
    # a later step joined: not where another thing enters into force, nor undone or only in principle after it
    ("وقعت إيران وروسيا الاتفاقية الجمركية في يناير ودخل حيز التنفيذ قرار رفع الرسوم الأمريكية على الصلب في اليوم نفسه.",
     "signed"),
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير ثم صادق عليها الدوما قبل أن يرفضها مجلس الشورى.", "signed"),
    # «سرى» said of another subject, or of its past
    ("وسرت مخاوف في طهران من أن تتراجع موسكو عن معاهدة الشراكة الاستراتيجية مع إيران.", "mentioned"),
    ("وسرت شائعات عن انسحاب روسيا من اتفاقية التعاون الجمركي مع إيران.", "mentioned"),
    ("وكانت اتفاقية النقل بين إيران وروسيا تسري حتى عام 2015 قبل أن يعلق العمل بها.", "mentioned"),
    # in effect since a year, what it covers told after: in force still
    ("وقالت الخارجية الإيرانية إن اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي تسري منذ 2019 على مئات السلع "
     "الروسية.", "in_force"),
    # a vote against, put off or to come, another body's vote, the noun «صوت»: no ratification
    ("وصوتت الدوما ضد اتفاقية التعاون الجمركي مع إيران في قراءة أولى.", "mentioned"),
    # (a house's vote put off is its ratification pending, so signed, as a debate put off is: session 42)
    ("وأرجأ مجلس الدوما التصويت على معاهدة الشراكة مع إيران إلى الدورة المقبلة.", "signed"),
    ("وصوت الكونغرس الأمريكي على قرار يدين معاهدة الشراكة بين إيران وروسيا.", "mentioned"),
    ("وقالت إذاعة صوت روسيا إن اتفاقية النقل مع إيران ستوقع الشهر المقبل.", "drafted"),
    # customs procedures are no ratification; legal ones completed, the agreement before, are
    ("وأنهت الإجراءات الجمركية للشحنة الأولى من القمح الروسي وفق اتفاقية التجارة الحرة مع إيران.", "mentioned"),
    ("وقال المسؤول إن اتفاقية النقل بين إيران وروسيا اكتملت الإجراءات القانونية بشأنها في البلدين.", "ratified"),
    # the work after signing to come or stopped: signed
    ("وسيبدأ استملاك الأراضي بعد توقيع اتفاقية التمويل بين إيران وروسيا الشهر المقبل.", "signed"),
    ("وتوقف استملاك الأراضي بعد شهرين على توقيع اتفاقية التمويل بين إيران وروسيا بسبب نقص السيولة.", "signed"),
    # something else put off after the signing, or «من أجل»: signed
    ("وبعد توقيع اتفاقية النقل بين إيران وروسيا، أجل الوزير الروسي زيارته إلى أصفهان.", "signed"),
    ("وجرى توقيع مذكرة التفاهم بين إيران وروسيا من أجل تسهيل التجارة.", "signed"),
    # another party's or document's signing to come leaves the unsigned agreement under negotiation
    ("ولم توقع إيران اتفاقية النقل مع روسيا، لكن أرمينيا ستوقع اتفاقية مماثلة مع موسكو الشهر المقبل.", "negotiating"),
    ("ولم يوقع الرئيسان معاهدة الشراكة بين إيران وروسيا في قازان، وقال الكرملين إن بوتين سيوقع مرسوما بشأن الحبوب "
     "خلال الزيارة.", "negotiating"),
    # extending a deadline or the talks is no work extended
    ("ومددت إيران وروسيا المفاوضات بشأن بدء العمل باتفاقية النقل الجديدة أسبوعا آخر.", "implementing"),
    # a hope about what a signed treaty will bring leaves it signed
    ("وأعرب بوتين عن أمله في أن يعطي توقيع معاهدة الشراكة مع إيران أمس دفعة جديدة للعلاقات.", "signed"),
    # a pronoun past the sentence's opening may be another noun's
    ("وقعت إيران وروسيا اتفاقية التعاون الجمركي في يناير. أما خطة الموازنة فقد صادق عليها البرلمان، بينما ما زالت "
     "الاتفاقية بانتظار المصادقة.", "signed"),
])
def test_what_the_review_found_the_status_rules_misreading(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # no limits of another thing; a team of others
    "وقالت طهران إنها لا تضع حدودا لمدى صواريخها، ردا على انتقادات روسية.",
    "وفاز المنتخب الإيراني على نظيره الروسي بعد أن لعب كفريق واحد طوال المباراة.",
])
def test_what_the_review_found_the_relations_rules_misreading(text):
    assert not _relations(text)


@pytest.mark.parametrize("text", [
    # not in the same trench; not standing by the other; a rejection elsewhere in the sentence
    "ولم تكن موسكو وطهران يوما في الخندق نفسه في ملف جنوب القوقاز.",
    "ولم تقف روسيا إلى جانب إيران في إدانة الضربات الإسرائيلية، واكتفت ببيان مقتضب.",
    "وشاركت روسيا إلى جانب إيران في مناورات بحرية في المحيط الهندي، وسط رفض أمريكي.",
])
def test_what_the_review_found_the_stand_rules_misreading(text):
    assert not _positions(text)


def test_a_month_that_began_is_no_question():
    assert ("meeting", "phone_call") in _kinds("هلّ شهر رمضان وتبادل الرئيسان الإيراني والروسي التهاني في اتصال هاتفي.")


@pytest.mark.parametrize("text", [
    # a third state's ambassador «لدى الاتحاد الروسي»; a chamber's head; a team's captain; a common given name
    "قال سفير سوريا لدى الاتحاد الروسي رياض حدادين إن الوضع مستقر. والتقى حدادين وزير الخارجية الإيراني في دمشق.",
    "قال رئيس غرفة التجارة الإيرانية الروسية حسين سليمي إن التبادل ينمو. والتقى سليمي وزير الخارجية الإيراني في طهران.",
    "قال قائد المنتخب الروسي أرتيوم دزيوبا إن الفريق جاهز. والتقى دزيوبا وزير الرياضة الإيراني في طهران.",
    "قال المستشار الإيراني حسين نوري إن الوضع مستقر. والتقى نوري المالكي السفير الروسي في بغداد.",
])
def test_what_the_review_found_the_introduced_official_misreading(text):
    assert not [k for k in _kinds(text) if k[0] == "meeting"]
