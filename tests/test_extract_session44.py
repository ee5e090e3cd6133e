"""Session 44: the two companies as the pair, and an agreement's carrying out told over a time gone by in a later
sentence (etl/extract). Each passage is written for this test; each rule's test fails with the rule taken out,
and the controls (marked) pass either way."""
import pytest

from tests.extracting import agreements


@pytest.mark.parametrize("text", [
    "قالت مصادر مطلعة إن المفاوضات بين شركة الغاز الوطنية الإيرانية وغازبروم الروسية بشأن السعر متعثرة. وكانت "
    "الشركتان قد وقعتا في حزيران الماضي مذكرة تفاهم استراتيجية لتوريد الغاز.",
    "أعلنت شركة السكك الحديدية الروسية وشركة السكك الحديدية الإيرانية عن خط جديد للشحن. وكانت اتفاقية لنقل "
    "الحاويات قد وقعت بين الشركتين العام الماضي.",
])
def test_the_two_companies_stand_for_the_pair(text):
    assert agreements(text) == [("other", "signed")]


def test_two_companies_of_another_pair_are_not_the_two():
    # control: the companies named before are Chinese and Iranian
    text = ("قالت مصادر إن المفاوضات بين شركة النفط الوطنية الإيرانية وشركة سينوبك الصينية متعثرة. وكانت الشركتان قد "
            "وقعتا العام الماضي مذكرة تفاهم لتطوير حقل نفطي.")
    assert agreements(text) == []


@pytest.mark.parametrize("text", [
    # carried out over the months gone by, in a sentence after the one that named it again in full
    "وقعت روسيا وإيران وتركيا مذكرة خفض التصعيد في أستانا في أيار الماضي. وبذلك تكتمل خرائط المناطق الأربع "
    "التي نصت عليها مذكرة خفض التصعيد. وقال أنصاري إن تنفيذ المذكرة خلال الأشهر الأربعة الماضية أدى إلى تراجع العنف.",
    "وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل في مارس. وقال الوزير إن تطبيق المذكرة طوال العام المنصرم "
    "ضاعف حجم الشحنات.",
])
def test_carried_out_over_a_time_gone_by(text):
    assert ("implementing" in {st for _, st in agreements(text)})


def test_a_call_to_carry_it_out_is_no_step():
    # control: a call to carry out what was signed last year leaves it signed
    text = ("وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل العام الماضي. ودعا الوزير إلى تنفيذ المذكرة "
            "في أسرع وقت.")
    assert agreements(text) == [("other", "signed")]


@pytest.mark.parametrize("text, status", [
    # how long it holds is a term of it, not its entry into force
    ("ووقعت روسيا وإيران اتفاقية التعاون في مجال النقل، ومدة سريانها خمس سنوات.", "signed"),
    ("ووقعت روسيا وإيران الاتفاقية أمس، وتبلغ مدة سريان اتفاقية النقل بين روسيا وإيران عشرين عاما.", "signed"),
    # control: its validity begun is its entry into force
    ("ووقعت روسيا وإيران اتفاقية التعاون في مجال النقل، وبدأ سريانها أمس.", "in_force"),
])
def test_the_term_of_its_validity_is_no_step(text, status):
    assert agreements(text) == [("other", status)]


def test_a_course_set_aside_is_not_taken():
    # extending the old treaty is what the proposal sets aside, not what was done
    text = ("طرح وزير الخارجية الإيراني فكرة إبرام معاهدة تعاون شاملة جديدة بين إيران وروسيا، بدلا من الاكتفاء بتمديد "
            "معاهدة أسس العلاقات.")
    assert ("other", "in_force") not in agreements(text)
    # control: extended, it is in force
    assert agreements("وقررت روسيا وإيران تمديد معاهدة أسس العلاقات خمس سنوات.") == [("other", "in_force")]


@pytest.mark.parametrize("text", [
    # its wording still being worked on, by a verb of going on or working before it, the subject between
    "وتواصل اللجان الإيرانية والروسية صياغة بنود المعاهدة الشاملة.",
    "وقال الوزير إن الجانب الإيراني قدم مقترحا لاتفاقية تعاون شاملة طويلة الأمد مع روسيا، وإن فريقين من الخبراء "
    "الإيرانيين والروس يعكفان على صياغتها.",
    "وقال الباحثون إن وثيقة التعاون الاستراتيجي بين إيران وروسيا لم توقع بعد، وإن الجانبين ما زالا يتفاوضان على "
    "صياغتها النهائية.",
    # its text not yet complete
    "وقال أوشاكوف إن العمل على معاهدة التعاون الشامل الجديدة بين روسيا وإيران يتقدم، لكن نصها لم يستكمل بعد.",
])
def test_wording_still_worked_on_is_talks(text):
    assert agreements(text) == [("strategic_partnership_treaty", "negotiating")]


@pytest.mark.parametrize("text", [
    # controls: its wording done or agreed is a text
    "وقال إن الجانبين الإيراني والروسي أنجزا صياغة المعاهدة الشاملة.",
    "وقال إن الجانبين الإيراني والروسي اتفقا على صياغتها النهائية للمعاهدة الشاملة.",
])
def test_wording_done_or_agreed_is_a_text(text):
    assert agreements(text) == [("strategic_partnership_treaty", "drafted")]


def _status_of(text: str, key: str) -> str | None:
    return next(status for k, status in agreements(text) if k == key)


def test_a_bare_noun_after_two_agreements_refers_to_the_one_whose_noun_it_repeats():
    text = ("وقال رئيسي إن بلاده قدمت خلال محادثاته مع بوتين مقترحات لوثيقة تعاون استراتيجي طويل الأمد مع روسيا، تحل محل "
            "معاهدة أسس العلاقات الموقعة عام ٢٠٠١. وأعلن الوزير أن الجانب الإيراني سلم نظيره الروسي مسودة أولية للوثيقة.")
    assert _status_of(text, "strategic_partnership_treaty") == "drafted"
    assert _status_of(text, "other") == "signed"  # (the treaty of 2001 keeps its own step)


def test_a_bare_noun_both_could_be_leaves_both():
    # control: «الاتفاقية» repeats neither «وثيقة» nor «معاهدة»
    text = ("وقال رئيسي إن بلاده قدمت خلال محادثاته مع بوتين مقترحات لوثيقة تعاون استراتيجي طويل الأمد مع روسيا، تحل محل "
            "معاهدة أسس العلاقات الموقعة عام ٢٠٠١. وأعلن الوزير أن الاتفاقية دخلت حيز التنفيذ.")
    assert _status_of(text, "other") == "signed"


@pytest.mark.parametrize("text, status", [
    # the process's final stages, the pronoun left out; its preparation finished; within a hair of signing
    ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا في المراحل النهائية من الإعداد.", "drafted"),
    ("وقال إن إيران وروسيا انتهتا من إعداد معاهدة الشراكة الشاملة.", "drafted"),
    ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا باتت قاب قوسين أو أدنى من التوقيع.", "drafted"),
    ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا على بعد خطوة من التوقيع.", "drafted"),
])
def test_a_text_near_its_signing(text, status):
    assert agreements(text) == [("strategic_partnership_treaty", status)]


@pytest.mark.parametrize("text, status", [
    # its work begun, officially or in fact
    ("وبدأ العمل رسميا باتفاقية الإعفاء من التأشيرات بين إيران وروسيا.", "in_force"),
    ("وبدأ العمل فعليا باتفاقية الإعفاء من التأشيرات بين إيران وروسيا.", "in_force"),
    # to begin, it is signed
    ("ومن المقرر أن يبدأ العمل رسميا باتفاقية الإعفاء من التأشيرات بين إيران وروسيا الشهر المقبل.", "signed"),
])
def test_its_work_begun_officially(text, status):
    assert agreements(text) == [("other", status)]


@pytest.mark.parametrize("text", [
    # the two's governments and banks as a dual, once each has been named
    "وزار رئيس الوزراء الروسي طهران والتقى نائب الرئيس الإيراني. ووقعت الحكومتان مذكرة تفاهم للتعاون في مجال النقل.",
    "وأعلن البنك المركزي الإيراني والبنك المركزي الروسي عن ربط نظامي الدفع. وكان البنكان قد وقعا في يناير اتفاقية "
    "لتسوية المدفوعات بالعملات الوطنية.",
])
def test_their_governments_or_banks_stand_for_the_pair(text):
    assert agreements(text) == [("other", "signed")]


def test_the_relative_clause_then_its_own_verb_now():
    # in force, told by the relative clause, then applied now, told by its own verb
    text = ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا التي دخلت حيز التنفيذ الخريف الماضي تطبق الآن بندا بندا.")
    assert agreements(text) == [("strategic_partnership_treaty", "implementing")]
    # control: without its own verb it is in force
    assert agreements("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا التي دخلت حيز التنفيذ الخريف الماضي مهمة.") == \
        [("strategic_partnership_treaty", "in_force")]


@pytest.mark.parametrize("text, status", [
    # its carrying out to come, by a verb in the future: the relative clause tells where it stands
    ("وأكد الوزير الإيراني أن بلاده ستسرع تنفيذ المعاهدة الشاملة مع روسيا التي دخلت حيز التنفيذ مطلع أكتوبر.", "in_force"),
    # control: in the present it is being carried out
    ("وأكد الوزير الإيراني أن بلاده تسرع تنفيذ المعاهدة الشاملة مع روسيا التي دخلت حيز التنفيذ مطلع أكتوبر.",
     "implementing"),
])
def test_carrying_out_to_come_leaves_the_relative_clause_its_step(text, status):
    assert agreements(text) == [("strategic_partnership_treaty", status)]


@pytest.mark.parametrize("text", [
    # its text, by its pronoun or as «النص», the subject of the step told in the next sentence or the answer
    "وتحدث لافروف عن معاهدة الشراكة الشاملة بين إيران وروسيا. وقال إن نصها بات شبه جاهز.",
    "وتحدث لافروف عن معاهدة الشراكة الشاملة بين إيران وروسيا. وقال إن النص بات شبه جاهز.",
    "س: أين وصلت معاهدة الشراكة الشاملة بين إيران وروسيا؟ ج: النص شبه منجز، وسيوقع عندما يلتقي الرئيسان.",
])
def test_its_text_the_subject_of_the_next_step(text):
    assert ("strategic_partnership_treaty", "drafted") in agreements(text)


def test_a_pronoun_that_may_be_the_talks_tells_no_step():
    # control: «إنها» after the talks on it is the talks', which go on
    text = ("وتجري وزارتا التعليم العالي في إيران وروسيا مفاوضات حول اتفاقية للاعتراف المتبادل بالشهادات، يقول مسؤولون "
            "إنها في مراحلها الأخيرة.")
    assert agreements(text) == [("other", "negotiating")]


@pytest.mark.parametrize("text, expected", [
    # its text's wording still worked on, and a source set off by commas between the verb and the wording
    ("قال نائب وزير الخارجية الروسي إن خبراء من موسكو وطهران ما زالوا يعملون على صياغة نص معاهدة الشراكة "
     "الاستراتيجية الشاملة بين روسيا وإيران.", ("strategic_partnership_treaty", "negotiating")),
    ("تواصل فرق العمل الإيرانية والروسية، وفق مصدر في وزارة النفط الإيرانية، صياغة بنود الاتفاقية الجديدة للتعاون "
     "في مجال الطاقة.", ("other", "negotiating")),
    # its text not complete, or not so («غير مكتمل»)
    ("أوضح السفير الروسي أن نص الاتفاقية الجديدة بين روسيا وإيران للتعاون في مجال النقل لم يكتمل حتى الآن.",
     ("other", "negotiating")),
    ("قال مساعد الرئيس الروسي إن الاتفاق الحكومي مع إيران بشأن ممر النقل ما زال نصه غير مكتمل.", ("other", "negotiating")),
    # complete, or at the last stage of its preparation
    ("سئل ريابكوف عن مصير الاتفاقية الاستراتيجية مع إيران، فأجاب: «النص مكتمل وينتظر قرار الرئيسين».",
     ("other", "drafted")),
    ("أكد السفير الإيراني في موسكو أن اتفاقية التعاون طويل الأمد بين إيران وروسيا بلغت المرحلة الأخيرة من الإعداد.",
     ("strategic_partnership_treaty", "drafted")),
    # its text still negotiated, told in the next sentence
    ("تحدث لافروف في موسكو عن معاهدة الشراكة الشاملة مع إيران. وقال إن نصها لا يزال موضع تفاوض بين خبراء البلدين.",
     ("strategic_partnership_treaty", "negotiating")),
    # a renewal set aside: the agreement keeps the step its participle tells
    ("عوضا عن تجديد اتفاقية التعاون في مجال الاتصالات الموقعة بين إيران وروسيا عام 2010، قرر البلدان التفاوض على "
     "اتفاقية أوسع.", ("other", "signed")),
])
def test_review_passages_mended(text, expected):
    assert expected in agreements(text)


@pytest.mark.parametrize("text, expected", [
    # controls: another subject's verb after «أن», and a verb negated until now, are not the agreement being applied
    ("ذكّر المتحدث باسم الخارجية الإيرانية بمعاهدة الشراكة مع روسيا التي دخلت حيز التنفيذ العام الماضي، مشيرا إلى "
     "أن العقوبات الغربية تُطبَّق الآن على البلدين بصرامة.", ("strategic_partnership_treaty", "in_force")),
    ("الاتفاقية التي وقّعتها إيران وروسيا في كانون الثاني بشأن التعاون المصرفي لا تُطبَّق حتى الآن، لأنها لم تدخل حيز "
     "التنفيذ بعد.", ("other", "signed")),
])
def test_applied_now_is_the_agreements_own_verb_only(text, expected):
    assert expected in agreements(text)


# A helper's review of this session's diff (/work/notes/s44/review.md) found these misfires; each is mended.
@pytest.mark.parametrize("text, expected", [
    # carried out over a time gone by, but stopped or not done
    ("وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل في مارس. وقال الوزير إن تنفيذ المذكرة خلال الأشهر الماضية "
     "توقف بسبب العقوبات.", ("other", "signed")),
    ("وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل في مارس. وانتقد الوزير عدم تنفيذ المذكرة خلال العام الماضي.",
     ("other", "signed")),
    # another noun's completion after the draft
    ("سلمت طهران موسكو مسودة اتفاقية لإنشاء خط سكة حديد لم يكتمل بناؤه بعد.", ("other", "drafted")),
    ("بحث الجانبان الإيراني والروسي مسودة اتفاقية التجارة الحرة رغم أن الدراسات الفنية لم تكتمل بعد.",
     ("eaeu_fta", "drafted")),
    # another document's text in the next sentence
    ("واقترحت إيران على روسيا إبرام معاهدة شراكة شاملة. وعن مشروع القرار بشأن سوريا في مجلس الأمن، قال لافروف إن النص "
     "بات جاهزا للتصويت.", ("other", "proposed")),
    # a noun on «س» is no future verb, and going on with its carrying out is under way
    ("وفي سياق تنفيذ المعاهدة الشاملة مع روسيا التي دخلت حيز التنفيذ مطلع أكتوبر، افتتحت إيران ممثلية تجارية في موسكو.",
     ("strategic_partnership_treaty", "implementing")),
    ("وأكد الوزير الإيراني أن بلاده ستواصل تنفيذ المعاهدة الشاملة مع روسيا التي دخلت حيز التنفيذ مطلع أكتوبر.",
     ("strategic_partnership_treaty", "implementing")),
    # «بدلا من ذلك»: the course taken instead
    ("وقال المتحدث إنه بدلا من ذلك وقعت إيران وروسيا مذكرة تفاهم للتعاون المصرفي.", ("other", "signed")),
    # its term extended is a renewal
    ("ووقعت روسيا وإيران اتفاقية النقل عام 2015، وتم تمديد مدة سريانها عشر سنوات أخرى.", ("other", "in_force")),
    # the work on its wording finished; nothing but a draft handed over
    ("أنهى الخبراء الإيرانيون والروس العمل على صياغة نص معاهدة الشراكة الشاملة.", ("strategic_partnership_treaty", "drafted")),
    ("ولم تسلم طهران موسكو غير مسودة اتفاقية التعاون الشامل بين إيران وروسيا.", ("strategic_partnership_treaty", "drafted")),
    # something else complete
    ("وتحدث لافروف عن معاهدة الشراكة الشاملة بين إيران وروسيا، مشيرا إلى أن الاستعدادات لزيارة بوتين إلى طهران مكتملة.",
     ("strategic_partnership_treaty", "mentioned")),
    # «الآن» another verb's, or no longer applied
    ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا التي دخلت حيز التنفيذ الخريف الماضي تتضمن تنفيذ مشاريع للطاقة "
     "يجري الآن بحثها.", ("strategic_partnership_treaty", "in_force")),
    ("وقال إن معاهدة الشراكة الشاملة بين إيران وروسيا التي دخلت حيز التنفيذ الخريف الماضي لم تعد تطبق الآن.",
     ("strategic_partnership_treaty", "in_force")),
])
def test_review_misfires_mended(text, expected):
    assert agreements(text) == [expected] or expected in agreements(text) and \
        not any(k == expected[0] and st != expected[1] for k, st in agreements(text))


@pytest.mark.parametrize("text", [
    # a neighbour, or the IAEA and Iran's atomic body, are not the two
    "ورحبت الخارجية الروسية بزيارة الرئيس الإيراني إلى بغداد. ووقعت الجارتان مذكرة تفاهم أمنية.",
    "وزار غروسي موسكو ثم طهران حيث التقى رئيس منظمة الطاقة الذرية الإيرانية. ووقعت الهيئتان اتفاقا بشأن كاميرات المراقبة.",
])
def test_duals_of_other_pairs_are_not_the_two(text):
    assert agreements(text) == []
