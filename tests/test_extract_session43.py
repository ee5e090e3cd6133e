"""Session 43: who signed an agreement told far from it, and the verb before it against its relative clause
(etl/extract/agreements.py). Each passage is written for this test; each rule's test fails with the rule taken out,
and the controls (marked) pass either way."""
import pytest

from etl.extract import extract
from tests import extracting


def statuses(text: str) -> set[str | None]:
    """The statuses of the agreements found in ``text``, as a set."""
    return set(extracting.statuses(text))


@pytest.mark.parametrize("text", [
    # the two and a third as the signing verb's subject, a long stretch of time, place and occasion before the object
    "وقعت روسيا وإيران وتركيا، أمس الخميس في العاصمة الكازاخية بعد يومين من النقاش الطويل بين الوفود والخبراء في "
    "الفندق الكبير وسط المدينة، مذكرة تفاهم للتعاون في مجال الطاقة.",
    "ووقّعت إيران وروسيا والعراق، في ختام الاجتماع الذي استمر يومين في بغداد بحضور ممثلين عن القطاع الخاص وخبراء "
    "الطاقة وعدد من رجال الأعمال، اتفاقية لتبادل الكهرباء.",
])
def test_the_group_that_signed_owns_what_it_signed_however_far(text):
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    # control: a third state named between the signatories and the agreement is the other party
    "وقعت روسيا وإيران وتركيا، أمس الخميس في العاصمة الكازاخية بعد يومين من النقاش الطويل بين الوفود والخبراء، "
    "مع سوريا مذكرة تفاهم للتعاون في مجال الطاقة.",
    # a verb of saying is no signing: far from the group, the agreement is not theirs
    "قالت روسيا وإيران وتركيا، أمس الخميس في العاصمة الكازاخية بعد يومين من النقاش الطويل بين الوفود والخبراء في "
    "الفندق الكبير وسط المدينة، إن مذكرة تفاهم للتعاون في مجال الطاقة جاهزة.",
])
def test_no_signing_group_no_distant_agreement(text):
    assert statuses(text) == set()


@pytest.mark.parametrize("text, status", [
    # the word before the agreement whose preposition the noun carries says more than the relative clause after it
    ("بدأ العمل باتفاقية النقل التي وقعتها إيران وروسيا قبل عام.", "in_force"),
    ("وبدأ منذ الأول من الشهر الجاري العمل باتفاقية الإعفاء من التأشيرات التي وقعها البلدان، إيران وروسيا، العام "
     "الماضي.", "in_force"),
    # control: with nothing before it, the relative clause tells its step
    ("وقال إن اتفاقية النقل التي وقعتها إيران وروسيا قبل عام مهمة للبلدين.", "signed"),
])
def test_the_verb_before_it_against_its_relative_clause(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # the two named only in the relative clause after a comma, as the subject of its signing verb
    "تحدث البرنامج عن مذكرة لإنشاء أربع مناطق لتخفيف التوتر في سوريا، التي وقعتها أمس روسيا وإيران.",
    "وخصص المؤتمر جلسة لاتفاقية تبادل الكهرباء في العراق، التي أبرمتها إيران وروسيا والعراق في بغداد.",
])
def test_the_two_who_signed_it_told_in_a_relative_clause(text):
    assert statuses(text) == {"signed"}


def test_a_third_state_named_after_it_keeps_the_relative_clause_its_own():
    # control: «التي» may be the third state's agreement's («اتفاقية مع تركيا»): no agreement of the two
    assert statuses("وتحدث الوزير عن اتفاقية مع تركيا، التي وقعتها روسيا وإيران.") == set()


@pytest.mark.parametrize("text, status", [
    # the talks' noun in construct with the agreement, indefinite: talks on it
    ("وأشار إلى أن محادثات اتفاقية النقل بين إيران وروسيا مستمرة.", "negotiating"),
    ("وقال إن مشاورات مذكرة التفاهم بين إيران وروسيا في مجال الطاقة تتواصل منذ أشهر.", "negotiating"),
    # control: the definite talks, and what was signed at their end
    ("ووقع الجانبان الإيراني والروسي في ختام المباحثات مذكرة تفاهم للتعاون في مجال المعايير.", "signed"),
])
def test_talks_in_construct_with_the_agreement(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # an accusative adjective after an accusative noun is part of its name, not a verb that ends it
    ("وأوضح أن اتفاقا تكميليا للتعاون المصرفي بين إيران وروسيا أُعدّ نصه.", "drafted"),
    ("وأوضح أن اتفاقا تمهيديا بين إيران وروسيا وُقّع أمس.", "signed"),
])
def test_an_accusative_adjective_names_the_agreement(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # an unnamed agreement the object of a signing verb far before it, past the signatories and the occasion
    ("وقد وقعت غازبروم والشركة الوطنية الإيرانية للنفط خلال زيارة الرئيس فلاديمير بوتين إلى طهران في يوليو/تموز "
     "مذكرة تفاهم.", "signed"),
    ("ووقع وزير الطاقة الروسي ونظيره الإيراني على هامش اجتماعات اللجنة الاقتصادية المشتركة التي استضافتها العاصمة "
     "الروسية موسكو اتفاقا.", "signed"),
])
def test_a_signing_verb_far_before_an_unnamed_agreement(text, status):
    assert statuses(text) == {status}


def test_a_comma_cuts_the_far_signing_verb_off():
    # control (and the rule's own bound): the verb's clause ends at the comma, the memorandum talked of after it is not
    # what was signed
    assert statuses("ووقع وزير الطاقة الروسي ونظيره الإيراني على هامش اجتماعات اللجنة في موسكو، ثم عقدا مؤتمرا "
                    "صحفيا تحدثا فيه عن مذكرة تفاهم.") == set()


@pytest.mark.parametrize("text, status", [
    # the group both always belong to signs what all its members sign; the sea named by the word alone
    ("وقع رؤساء الدول الخمس المطلة على بحر قزوين في مدينة أكتاو الكازاخية اتفاقية الوضع القانوني للبحر. وخرجت روسيا "
     "وإيران بمكسب مشترك.", "signed"),
    ("وناقش وزراء خارجية الدول المطلة على بحر قزوين اتفاقية الوضع القانوني للبحر. وقال لافروف إن إيران وروسيا "
     "متفقتان.", "negotiating"),
])
def test_the_group_both_belong_to_signs_its_own_convention(text, status):
    assert statuses(text) == {status}


def test_the_group_signs_no_agreement_of_the_two_alone():
    # control: an agreement of the five is no agreement between the two, unless it is one all its members sign
    assert statuses("وقع رؤساء الدول الخمس المطلة على بحر قزوين اتفاقية للتعاون في مجال النقل. وقال لافروف إن إيران "
                    "وروسيا متفقتان.") == set()


@pytest.mark.parametrize("text, status", [
    # a house's approval, the noun: awaited, the agreement is signed; obtained, ratified
    ("وأشار إلى اتفاقية النقل بين إيران وروسيا التي لا تزال بانتظار موافقة مجلس الشورى.", "signed"),
    ("ونالت اتفاقية النقل بين إيران وروسيا موافقة مجلس الشورى أمس.", "ratified"),
])
def test_a_houses_approval_by_its_noun(text, status):
    assert statuses(text) == {status}


def test_a_denial_of_what_it_binds_keeps_the_agreement_its_participle_tells():
    # what is denied is what the treaty obliges; its signing, told by the participle after its name, stands
    assert statuses("غير أن المتحدث باسم الكرملين نفى أن تكون معاهدة الشراكة الاستراتيجية الشاملة، الموقعة في يناير "
                    "الماضي، تُلزم روسيا بتقديم مساعدة عسكرية لإيران.") == {"signed"}


def test_a_signing_denied_is_still_no_agreement():
    # control: the signing itself denied
    assert statuses("ونفى بيسكوف أن تكون روسيا وإيران قد وقعتا معاهدة تحالف عسكري.") == set()


def labels(text: str) -> set[tuple[str, str, str | None]]:
    """The (key, label, status) of the agreements found in ``text``."""
    return {(s.key, s.label, s.status) for s in extract(text)[1] if s.kind == "agreement"}


@pytest.mark.parametrize("text, label, status", [
    # a bare definite noun known by the relative clause telling that the two signed it: that clause is its name
    ("بدأ اليوم العمل بالاتفاقية التي وقعتها إيران وروسيا قبل عام.", "الاتفاقية التي وقعتها إيران وروسيا قبل عام",
     "in_force"),
    ("وفقا للمعاهدة التي وقعتها إيران وروسيا.", "المعاهدة التي وقعتها إيران وروسيا", "signed"),
])
def test_an_agreement_known_by_its_signing(text, label, status):
    assert labels(text) == {("other", label, status)}


def test_an_agreement_another_pair_signed_is_none_of_theirs():
    # control: the relative clause names another pair
    assert labels("وقال إن الاتفاق الذي وقعته إيران مع الصين يختلف عن الاتفاق مع روسيا.") == set()


def test_a_contract_for_their_nuclear_project_is_a_nuclear_one():
    # the Bushehr units named in the sentence before: the contract the works go on under is the nuclear one
    text = ("انطلقت اليوم أعمال بناء الوحدتين الثانية والثالثة في محطة بوشهر للطاقة النووية بحضور مسؤولين إيرانيين وروس. "
            "وتجري الأعمال بموجب العقد الذي وقعه البلدان، إيران وروسيا، في موسكو عام 2014.")
    assert {(k, st) for k, _, st in labels(text)} == {("nuclear_cooperation", "implementing")}


@pytest.mark.parametrize("text, status", [
    # carrying out inside what the agreement is for is its name, not its step
    ("وأعلنت روسيا وتركيا وإيران إنشاء آلية ثلاثية لمراقبة تطبيق وقف إطلاق النار ومنع أي استفزازات.", "signed"),
    ("ووقعت إيران وروسيا مذكرة لمتابعة تنفيذ مشاريع الطاقة المشتركة.", "signed"),
    # control: carried out, told after its name
    ("وقال إن مذكرة التفاهم بين إيران وروسيا في مجال الطاقة يجري تنفيذها حاليا.", "implementing"),
])
def test_carrying_out_as_what_it_is_for(text, status):
    assert statuses(text) == {status}


def test_a_wait_does_not_reach_across_a_relative_clause():
    # the ratification the contract does not need is another's; the treaty's relative clause tells its own step
    text = ("وأوضح المسؤول الإيراني أن العقد مع روسيا لا يحتاج إلى مصادقة مجلس الشورى لأنه مُبرم بين شركتين، لكنه "
            "يستند إلى معاهدة الشراكة الاستراتيجية الشاملة التي صادق عليها البرلمانان هذا العام.")
    assert {s.status for s in extract(text)[1] if s.key == "strategic_partnership_treaty"} == {"ratified"}


def test_a_source_set_off_by_commas_does_not_cut_the_signing_verb_off():
    assert statuses("ووقّعت شركة غازبروم الروسية وشركة النفط الوطنية الإيرانية، بحسب ما أوردت وكالة شانا التابعة لوزارة "
                    "النفط الإيرانية وأكدته وكالة إنترفاكس، مذكرة تفاهم بقيمة نحو ٤٠ مليار دولار.") == {"signed"}


@pytest.mark.parametrize("text", [
    # a dual signing verb opening the sentence: its subject the two the sentence before named
    "والتقى وزير النفط الإيراني نظيره الروسي في طهران. ووقّعا في ختام اللقاء مذكرة تفاهم في مجال الطاقة.",
    "واتفق الجانبان الإيراني والروسي على تسريع خط رشت–آستارا. كما وقّعا وثيقة ختامية تتضمن مذكرات تفاهم في مجالات "
    "الطاقة والنقل.",
])
def test_a_dual_signing_verb_speaks_of_the_two_before(text):
    assert statuses(text) == {"signed"}


def test_a_dual_after_another_pair_is_theirs():
    # control: the two before it are Iran and Turkey
    assert statuses("والتقى وزير الخارجية الإيراني نظيره التركي في أنقرة. ووقّعا مذكرة تفاهم في مجال الطاقة. "
                    "وكان الوزير الإيراني قد زار موسكو الشهر الماضي.") == set()


@pytest.mark.parametrize("text, status", [
    # the treaty of 2001 by its name, a catalogue agreement of its own (not the partnership treaty that replaced it)
    ("وقال لافروف إن معاهدة أسس العلاقات ومبادئ التعاون بين روسيا وإيران مُدّدت تلقائيا لخمس سنوات.", "in_force"),
    ("ووقعت روسيا وإيران عام 2001 معاهدة أسس العلاقات المتبادلة ومبادئ التعاون.", "signed"),
])
def test_the_treaty_of_2001_by_its_name(text, status):
    assert {(s.key, s.label, s.status) for s in extract(text)[1] if s.kind == "agreement"} == \
        {("other", "Treaty on the basis of mutual relations (2001)", status)}


@pytest.mark.parametrize("text, status", [
    # work under it begun, a word and a time set off before its noun, or the verbal noun: it took effect
    ("بدأ رسميا، اعتبارا من مطلع الشهر، العمل باتفاقية النقل البري التي وقعتها إيران وروسيا في الربيع.", "in_force"),
    ("وأعلنت الجمارك الإيرانية بدء العمل بمذكرة التفاهم الجمركية الموقعة مع روسيا.", "in_force"),
    # since its work began, deliveries go on under it: being carried out (right at the session's start; the
    # verbal noun's rule must leave it so)
    ("وتواصل غازبروم تسليم الغاز إلى إيران ضمن اتفاق المبادلة مع الشركة الإيرانية، وقد بلغت الكميات منذ بدء العمل "
     "بالاتفاق مليار متر مكعب.", "implementing"),
    # a call for its work is no step: the relative clause tells it (right at the start; the rule of the word before it,
    # whose preposition the noun carries, must leave it so)
    ("وطالب تجار إيرانيون بالعمل باتفاقية التجارة التي وقعتها طهران وموسكو قبل عام.", "signed"),
    # in force, then something done under it
    ("بدأ العمل باتفاقية الملاحة التي وقعتها إيران وروسيا عام 2020، وانطلقت أمس بموجبها أولى الرحلات.", "implementing"),
    # approved by the house, then its instruments exchanged
    ("نالت المعاهدة الإيرانية الروسية موافقة البرلمان، ثم تبادل البلدان وثائق التصديق عليها في موسكو.", "in_force"),
])
def test_work_begun_called_for_and_steps_after(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # the group named first, its signing verb right after it, the agreement far on
    ("وكانت كل من إيران وتركيا وروسيا قد وقعت، في الرابع من مايو بالعاصمة الكازاخية وعلى هامش جولة محادثات استمرت "
     "يومين، مذكرة لإنشاء مناطق خفض التصعيد في سوريا.", "signed"),
    # «الوثيقة» known by its signing
    ("قال الوزير إن الوثيقة التي وقعتها إيران وروسيا في عشق آباد ستدخل حيز التنفيذ بعد مصادقة البرلمانين عليها.",
     "signed"),
    # talks told as over, or as the time of the signing
    ("وقّع الجانبان الروسي والإيراني، في نهاية المفاوضات التي استمرت ثلاثة أيام في موسكو، مذكرة تفاهم بشأن الزراعة.",
     "signed"),
    ("اختُتمت مفاوضات اتفاقية النقل البحري بين إيران وروسيا بتوقيع وزيري النقل عليها في أستراخان.", "signed"),
])
def test_signatories_first_documents_and_talks_over(text, status):
    assert statuses(text) == {status}


def test_the_document_known_by_its_signing_is_the_treaty_the_article_names():
    # a lead telling the step of «الوثيقة» before the treaty is named: the one agreement the article names
    text = ("صوّت مجلس الدوما الروسي اليوم لصالح قانون المصادقة على الوثيقة التي وقعها الرئيسان فلاديمير بوتين ومسعود "
            "بزشكيان في الكرملين في يناير. وتمتد معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران عشرين عاما.")
    assert set(extracting.agreements(text)) == \
        {("strategic_partnership_treaty", "ratified")}


@pytest.mark.parametrize("text, status", [
    # those present or the place between the signatories and what they signed are no party to it
    ("ووقّع وزيرا الطاقة الإيراني والروسي خلال اجتماع في فيينا وبحضور وزير النفط السعودي مذكرة تفاهم لتبادل الخبرات.",
     "signed"),
    # the Caspian convention by its defining clause
    ("استقبل بوتين نظيره الإيراني في الكرملين. وكانت الدول المشاطئة لبحر قزوين قد وقّعت عام 2018 الاتفاقية التي تحدد "
     "الوضع القانوني للبحر.", "signed"),
    # what a denial is of: what the agreement allows, its signing told by a relative clause set off after its name
    ("ونفى الكرملين أن تكون مذكرة التعاون الأمني مع طهران، التي جرى توقيعها في ديسمبر، تسمح بنشر قوات إيرانية في "
     "روسيا.", "signed"),
])
def test_adjuncts_defining_clauses_and_what_a_denial_is_of(text, status):
    assert statuses(text) == {status}


def test_the_verb_of_entering_split_by_its_subject():
    # «دخل… حيز التنفيذ» with the agreement and its relative clause between: in force, not the clause's signing
    assert statuses("دخل الاتفاق الذي وقّعته إيران وروسيا في مارس بشأن الإعفاء من التأشيرات حيز التنفيذ أمس.") == \
        {"in_force"}


@pytest.mark.parametrize("text, status", [
    # a denied step after the presupposed signing: the aside's step, not the denied one
    ("نفى الكرملين أن تكون معاهدة الشراكة، الموقعة مع إيران في يناير، قد دخلت حيز التنفيذ.", "signed"),
    ("ونفى الكرملين أن تكون مذكرة التعاون الأمني مع طهران، التي وقعتها الحكومتان في ديسمبر، تسمح بنشر قوات.", "signed"),
    # talks over before a signing told after
    ("واختتمت محادثات اتفاقية النقل البحري بين إيران وروسيا بتوقيع وزيري النقل عليها.", "signed"),
    ("وبعد سنوات من محادثات اتفاقية النقل وقعت إيران وروسيا الاتفاقية.", "signed"),
    # work to begin, put off or awaited, is no entry into force
    ("وتنتظر الشركات بدء العمل باتفاقية النقل بين إيران وروسيا.", "signed"),
    # an approval sought is no step
    ("وتسعى الحكومة الإيرانية للحصول على موافقة مجلس الشورى على اتفاقية النقل مع روسيا.", "mentioned"),
])
def test_the_reviews_misfires(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # a participle of another noun is no presupposed signing of the one denied
    "ونفى أن تكون إيران وروسيا قد أبرمتا اتفاقا سريا على غرار الاتفاق المبرم مع بيونغ يانغ.",
    # a far verb whose own object is a statement signs no agreement the statement calls for
    "ووقع وزيرا خارجية إيران وروسيا خلال لقائهما في موسكو الذي استمر ثلاث ساعات بيانا مشتركا يدعو إلى التوصل إلى اتفاق.",
])
def test_the_reviews_misfires_leave_no_agreement(text):
    assert statuses(text) == set()


def test_a_contract_about_something_else_after_bushehr_is_not_the_nuclear_one():
    text = ("زار الوفد الروسي محطة بوشهر النووية أمس. وقال الوزير إن الاتفاق الذي وقعه البلدان، إيران وروسيا، العام الماضي "
            "بشأن التجارة يحقق نتائج.")
    assert {key for key, _ in extracting.agreements(text)} == {"other"}
