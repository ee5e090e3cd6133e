"""An agreement's step as news tells it: in the next sentence by a noun or pronoun referring back, negated or put
off past its subject, wished for, proposed without a name, or only its terms (etl/extract/agreements.py)."""
import pytest

from etl.extract import extract


def _steps(text: str) -> list[tuple[str, str]]:
    return [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text, step", [
    ("وقعت روسيا وإيران مذكرة تفاهم للتعاون في مجال الطاقة عام 2022. وأعلن الوزير الإيراني أن المذكرة دخلت حيز "
     "التنفيذ الشهر الماضي.", "in_force"),
    ("وقعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة في يناير. وصادق البرلمان الإيراني على الوثيقة أمس.",
     "ratified"),
    ("ناقش البنكان المركزيان الإيراني والروسي اتفاقية لربط منظومتي الدفع. وقد وقّعها المحافظان أمس.", "signed"),
    ("تنص اتفاقية التعاون الفضائي بين إيران وروسيا على إطلاق أقمار إيرانية بصواريخ روسية. وفي إطار تنفيذها، أُطلق "
     "القمر الإيراني «خيام» على متن صاروخ «سويوز».", "implementing"),
])
def test_a_step_told_in_the_next_sentence_is_the_agreements(text, step):
    assert [st for _, st in _steps(text)] == [step]


@pytest.mark.parametrize("text, step", [
    # planned, not taken
    ("أقرت الحكومة الإيرانية مشروع معاهدة الشراكة الاستراتيجية الشاملة مع روسيا. ومن المقرر أن تحال الاتفاقية بعد "
     "توقيعها إلى مجلس الشورى للمصادقة عليها.", "drafted"),
    # a date for signing not set: no step taken
    ("ناقش البنكان المركزيان الإيراني والروسي اتفاقية لربط منظومتي الدفع. ولم يحدد موعدا لتوقيعها.", "negotiating"),
    # the next sentence names another agreement: its step is that one's
    ("وقعت روسيا وإيران اتفاقية للتعاون في مجال الطاقة. وقال إنها ستحل محل الاتفاقية المؤقتة السارية منذ 2019.",
     "signed"),
    # said by a third state
    ("وقعت روسيا وإيران اتفاقية للتعاون في مجال الطاقة. وقالت الصين إن الاتفاقية دخلت حيز التنفيذ.", "signed"),
])
def test_a_later_sentence_that_tells_no_step_of_it_leaves_it(text, step):
    assert _steps(text)[0][1] == step  # (the interim agreement named after it has its own step)


@pytest.mark.parametrize("text, step", [
    ("ولن تدخل اتفاقية التعاون بين روسيا وإيران حيز التنفيذ قبل مصادقة البرلمانات عليها.", "signed"),
    ("ولم يدخل اتفاق التعاون بين روسيا وإيران حيز التنفيذ بعد.", "signed"),
    ("وأكد بزشكيان أن بلاده ترغب في توقيع معاهدة الشراكة مع روسيا في أقرب وقت.", "negotiating"),
    ("يعتزم مجلس الدوما المصادقة قريبا على اتفاقية التعاون الجمركي التي وقعتها روسيا وإيران في عام ٢٠٢٢.", "signed"),
    ("اقترحت طهران على موسكو اتفاقاً يعفي المجموعات السياحية من تأشيرات الدخول بين البلدين.", "proposed"),
    ("دعا محافظ البنك المركزي الإيراني إلى إبرام اتفاقية مع البنك المركزي الروسي لربط نظامي الدفع «مير» و«شتاب».",
     "proposed"),
    ("تعكف لجان من وزارتي الخارجية في طهران وموسكو على صياغة اتفاقية للتعاون في مجال أمن المعلومات.", "negotiating"),
    ("سرى مفعول اتفاق التعاون النووي السلمي بين موسكو وطهران بعد أن تبادل الجانبان وثائق التصديق عليه.", "in_force"),
    ("وقّع بوتين وبزشكيان معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران. وتسري الوثيقة لمدة عشرين عاما قابلة "
     "للتمديد التلقائي.", "signed"),
])
def test_the_step_the_words_give(text, step):
    assert _steps(text)[0][1] == step


@pytest.mark.parametrize("text, step", [
    # a word after another agreement named after this one is that one's
    ("وقّعت إيران ودول الاتحاد الاقتصادي الأوراسي بمشاركة روسيا اتفاقية تجارة حرة كاملة تحل محل الاتفاق المؤقت الساري "
     "منذ 2019.", "signed"),
    # to take effect later
    ("وقعت روسيا وإيران مذكرة تفاهم للتعاون في مجال الطاقة. وقال المسؤول إن الوثيقة ستصبح سارية بعد استكمال إجراءات "
     "المصادقة.", "signed"),
])
def test_a_step_that_is_not_this_agreements_now(text, step):
    assert _steps(text)[0][1] == step


@pytest.mark.parametrize("text, step", [
    # the sentence names both (and no third state), its clauses one each: the treaty is theirs
    ("وأكد بزشكيان أن نص معاهدة الشراكة الاستراتيجية الشاملة بات جاهزا، وأنه سيوقع خلال زيارة إلى موسكو.", "drafted"),
    ("وقال بوتين إن العلاقات تتطور، فيما أعلن بزشكيان أن طهران مستعدة لتوقيع معاهدة الشراكة الشاملة في أقرب وقت.",
     "drafted"),
])
def test_a_catalogue_agreement_in_a_sentence_naming_both(text, step):
    assert ("strategic_partnership_treaty", step) in _steps(text)


def test_a_step_at_a_time_to_come_is_not_taken():
    text = ("وقعت روسيا وإيران اتفاقية للتعاون الجمركي في أيار. ويخشى التجار منافسة البضائع الروسية فور دخول الاتفاقية "
            "حيز التنفيذ.")
    assert _steps(text) == [("other", "signed")]


def test_a_pronoun_on_the_feminine_step_word():
    text = ("أكد الوزير الإيراني أن العمل على وثيقة التعاون الشامل طويلة الأمد مع روسيا يقترب من نهايته. وأوضح أن "
            "مسودتها باتت شبه جاهزة لعرضها على قيادتي البلدين.")
    assert ("strategic_partnership_treaty", "drafted") in _steps(text)


@pytest.mark.parametrize("text, step", [
    ("ووقع البنكان المركزيان الروسي والإيراني عام 2023 اتفاقية لربط نظامي الرسائل المالية، وهي الاتفاقية التي يجري "
     "تطبيقها حاليا عبر عشرات المصارف.", "implementing"),
    ("وكانت معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران قد وقعت في كانون الثاني، وصادق عليها مجلس الدوما "
     "الروسي في نيسان.", "ratified"),
    ("وكانت غازبروم والشركة الوطنية الإيرانية للنفط قد وقعتا مذكرة لتطوير حقول نفط وغاز، من دون الإعلان عن تقدم "
     "ملموس في تنفيذها حتى الآن.", "signed"),
    ("وأشارت إلى أن معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران لم توقع بعد، وأن توقيعها سيجري خلال زيارة "
     "مرتقبة.", "negotiating"),
])
def test_a_step_told_later_in_the_same_sentence(text, step):
    assert _steps(text)[0][1] == step


def test_their_treaty_named_where_one_side_speaks_of_it():
    """The two's treaty by its name, in a sentence naming one of them, in an article about the two (session 17)."""
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في عشق آباد. "
            "ونقل البيان عن بوتين أن نص معاهدة الشراكة الاستراتيجية الشاملة قد اكتمل.")
    got = {(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"}
    assert got == {("strategic_partnership_treaty", "drafted")}


@pytest.mark.parametrize("text", [
    # another pair's treaty of the same name, in an article that names the two elsewhere
    "التقى لافروف وعراقجي في موسكو. ووقعت روسيا وكوريا الشمالية معاهدة الشراكة الاستراتيجية الشاملة العام الماضي.",
    # an article that never names the two together
    "وقال بوتين إن نص معاهدة الشراكة الاستراتيجية الشاملة قد اكتمل.",
])
def test_a_treaty_of_the_same_name_is_not_theirs_elsewhere(text):
    assert not [s for s in extract(text)[1] if s.kind == "agreement" and s.key == "strategic_partnership_treaty"]


def test_counting_on_signing_is_no_signing():
    text = ("التقى بزشكيان وبوتين في قازان. وأضاف بوتين أن موسكو تعول على توقيع معاهدة الشراكة الاستراتيجية الشاملة "
            "في المستقبل القريب.")
    assert {s.status for s in extract(text)[1] if s.kind == "agreement"} == {"negotiating"}


def test_ratifying_to_come_is_no_ratification():
    text = ("وقعت إيران والدول الأعضاء في الاتحاد الاقتصادي الأوراسي الذي تقوده روسيا، الاثنين، اتفاقية تجارة حرة كاملة. "
            "وذكرت الوزارة أن الاتفاقية تغطي نحو 90 في المئة من البنود الجمركية، وأنها ستدخل حيز التنفيذ بعد مصادقة "
            "برلمانات الدول الأعضاء.")
    assert {s.status for s in extract(text)[1] if s.kind == "agreement"} == {"signed"}
    text = ("ودخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي الذي تقوده روسيا حيز التنفيذ بعد مصادقة "
            "البرلمانات.")
    assert {s.status for s in extract(text)[1] if s.kind == "agreement"} == {"in_force"}


def test_a_relative_clause_after_another_agreement_is_that_ones():
    text = ("وأعلن وزير الخارجية الإيراني أن طهران سلمت الجانب الروسي مسودة وثيقة تعاون استراتيجي مدتها عشرون عاما، على "
            "غرار الوثيقة التي وقعتها مع الصين.")
    assert {s.status for s in extract(text)[1] if s.kind == "agreement"} == {"drafted"}
