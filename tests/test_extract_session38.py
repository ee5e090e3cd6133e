"""Session 38: an agreement's step read from the forms of the language rather than from the spellings one writer
used: the future with «سوف» as with «س», the present of carrying out, a longer step's words over a shorter one inside
them, a date set for entry into force, signing expected, a possibility weighed, studying and wanting
(etl/extract/agreements.py, etl/extract/modality.py, etl/extract/cues.toml)."""
import pytest

from etl.extract import extract
from tests.extracting import found, statuses

TRANSPORT = "اتفاقية التعاون في مجال النقل بين روسيا وإيران"


@pytest.mark.parametrize("text, step", [
    # the future made with the particle is the future made with the prefix
    ("سوف توقع روسيا وإيران اتفاقية للتعاون في مجال النقل الشهر المقبل.", "drafted"),
    ("سوف يتم توقيع اتفاقية للتعاون في مجال النقل بين روسيا وإيران.", "drafted"),
    ("سوف يصادق البرلمان الإيراني على اتفاقية التعاون في مجال النقل مع روسيا.", "signed"),
    (f"سوف تدخل {TRANSPORT} حيز التنفيذ في مايو.", "signed"),
])
def test_the_future_with_sawfa(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    ("تنفذ روسيا وإيران اتفاقية التعاون في مجال النقل.", "implementing"),
    ("ينفذ البلدان اتفاقية التعاون في مجال النقل بين روسيا وإيران.", "implementing"),
    ("تطبق روسيا وإيران مذكرة التفاهم بشأن التعاون المصرفي منذ العام الماضي.", "implementing"),
    ("وأضاف أن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي الجاري تنفيذها منذ مايو عززت الصادرات "
     "الروسية.", "implementing"),
    # after «أن» the present is a step to come, not one going on
    ("وقعت روسيا وإيران مذكرة تفاهم للتعاون المصرفي، يُنتظر أن تُطبق بعد استكمال الإجراءات القانونية.", "signed"),
])
def test_the_present_of_carrying_out(text, step):
    assert statuses(text) == [step]


def test_a_pronoun_on_a_relative_clauses_verb_is_its_heads():
    text = ("وقعت روسيا وإيران اتفاقية لبناء محطات نووية جديدة. وتضاف إلى أعمال بناء محطة بوشهر التي تنفذها روساتوم "
            "منذ سنوات.")
    assert statuses(text) == ["signed"]


def test_entry_into_force_before_the_agreement_is_not_its_carrying_out():
    assert statuses(f"دخلت حيز التنفيذ {TRANSPORT}.") == ["in_force"]


@pytest.mark.parametrize("text, step", [
    # a date set for its entry into force: signed, as the same words written together say
    (f"ستدخل {TRANSPORT} حيز التنفيذ الشهر المقبل.", "signed"),
    # after talks still to end: no step yet
    (f"ستدخل {TRANSPORT} حيز التنفيذ بعد انتهاء المفاوضات.", "mentioned"),
])
def test_entry_into_force_to_come(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    "يتوقع أن توقع روسيا وإيران اتفاقية للتعاون في مجال النقل قريبا.",
    "يرتقب أن يوقع الرئيسان الروسي والإيراني اتفاقية للتعاون في مجال النقل.",
    "ومن المرتقب أن توقع روسيا وإيران اتفاقية للتعاون في مجال النقل.",
])
def test_signing_expected_is_a_text_ready(text):
    assert statuses(text) == ["drafted"]


@pytest.mark.parametrize("text, found", [
    # a possibility discussed is what the talks were about
    ("تبحث روسيا وإيران إمكانية توقيع اتفاقية للتعاون في مجال النقل.", ["negotiating"]),
    ("ناقش وزيرا خارجية روسيا وإيران احتمال توقيع اتفاقية للتعاون في مجال النقل.", ["negotiating"]),
    # only a possibility pointed to is no agreement
    ("وأشار إلى إمكانية توقيع اتفاقية للتعاون في مجال النقل بين روسيا وإيران.", []),
])
def test_a_possibility_weighed(text, found):
    assert statuses(text) == found


@pytest.mark.parametrize("text", [
    "تدرس روسيا وإيران اتفاقية للتعاون في مجال النقل.",
    "تريد روسيا وإيران توقيع اتفاقية للتعاون في مجال النقل.",
])
def test_studying_and_wanting_are_not_signing(text):
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text, step", [
    # done within it, «و» written on the preposition
    ("وفي إطار بروتوكول التعاون الفضائي بين روسيا وإيران، أطلق القمر الصناعي الإيراني.", "implementing"),
    # its work suspended: the last step it reached is signing
    ("علقت روسيا العمل باتفاقية التعاون الجمركي مع إيران.", "signed"),
    # the text ready, the masculine adjective
    ("قال لافروف إن نص بروتوكول التعاون الفضائي مع إيران جاهز.", "drafted"),
    # talks agreed to begin: proposed
    ("اتفقت روسيا وإيران على بدء مفاوضات بشأن اتفاقية للتعاون الجمركي.", "proposed"),
    # sent to parliament: signed, ratification awaited
    ("أحال مجلس الوزراء الإيراني اتفاقية التعاون الجمركي مع روسيا إلى البرلمان.", "signed"),
    # ratification refused, its subject between
    ("رفض البرلمان الإيراني المصادقة على اتفاقية التعاون الجمركي مع روسيا.", "signed"),
])
def test_steps_of_the_legal_path(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # one party signing, a headline's present
    "إيران توقع مع روسيا اتفاقا للتعاون في مجال الصحة.",
    "الرئيس الإيراني يوقع مع نظيره الروسي مذكرة تفاهم للتعاون الإعلامي.",
    # a cooperation document, «لـ» before its field
    "وقّعت طهران وموسكو، في ختام اجتماعات اللجنة الحكومية المشتركة، وثيقة للتعاون الإعلامي.",
])
def test_signed_in_a_headlines_present_and_a_cooperation_document(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize("text", [
    # after a masculine subject «توقع» is the past of "expect"
    "الوزير الروسي توقع اتفاقاً قريباً مع طهران بشأن أسعار الغاز.",
    # sent on, but not to a parliament
    "أحالت الخارجية الروسية الأسئلة حول الاتفاقية العسكرية مع إيران إلى وزارة الدفاع.",
])
def test_not_a_signing(text):
    assert "signed" not in statuses(text)


def test_a_present_step_after_a_wish_is_not_taken():
    # «أتمنى أن يوقعها»: the pronoun's step is wished, the text's stage is what the sentence says of it
    text = ('وقال السفير الروسي: "إن اتفاقية التعاون الشامل بين إيران وروسيا في مراحلها الأخيرة، وأتمنى أن يوقعها '
            'الرئيسان هذا العام".')
    assert statuses(text) == ["drafted"]


@pytest.mark.parametrize("text, step", [
    ("صوّت 214 نائباً في مجلس الدوما لصالح اتفاقية التعاون الجمركي مع إيران.", "ratified"),
    ("أوصت لجنة الطاقة في البرلمان الإيراني الحكومة بإبرام اتفاقية مع روسيا لتطوير حقول الغاز.", "proposed"),
    ("تقدمت طهران بمقترح لإبرام اتفاقية للتعاون الزراعي مع موسكو.", "proposed"),
    ("عقدت اللجنة الفنية الإيرانية الروسية اجتماعا لمناقشة اتفاقية التعاون البيطري.", "negotiating"),
    ("وقال مساعد الرئيس الروسي إن اتفاقية التعاون الشامل مع إيران انتهى العمل عليها، وإن الجانبين ينتظران تحديد موعد "
     "التوقيع.", "drafted"),
    ("واتفق الرئيسان الروسي والإيراني على أن توقع حكومتاهما اتفاقية التعاون بين الأقاليم خلال القمة المقبلة.", "drafted"),
    ("أعلن الكرملين أنه ستنطلق الشهر المقبل أولى جولات المفاوضات بين روسيا وإيران حول اتفاقية لحماية الاستثمارات.",
     "proposed"),
    ("تعمل وزارتا الزراعة الروسية والإيرانية منذ أشهر على اتفاقية للتعاون في مجال الأمن الغذائي.", "negotiating"),
    ("وقال المتحدث باسم الخارجية الإيرانية إن المحادثات مع الجانب الروسي بشأن اتفاقية التعاون القضائي مستمرة.",
     "negotiating"),
    # a date after another step is a date set: signed, an aside in its subject
    ("ستدخل اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي، الذي تقوده روسيا، حيز التنفيذ بعد تسعين يوما "
     "من آخر إخطار.", "signed"),
    # the upper house's approval told by its noun
    ("وبعد موافقة مجلس صيانة الدستور، أُبلغت اتفاقية التعاون الاقتصادي بين إيران وروسيا إلى الحكومة.", "ratified"),
])
def test_more_ways_a_step_is_told(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # «قد» before an imperfect whose folded form ends in «ا» («تلجأ»): may
    "قد تلجأ موسكو وطهران إلى إبرام اتفاقية لمقايضة الغاز بالسلع إذا استمرت العقوبات.",
    # a report given the lie
    "كذّبت الخارجية الإيرانية ما نشرته صحيفة غربية عن توقيع إيران وروسيا اتفاقية لتأجير قاعدة جوية.",
])
def test_neither_hedged_nor_denied_is_an_agreement(text):
    assert statuses(text) == []


@pytest.mark.parametrize("text, steps", [
    # the next sentence opens on the step, its subject left unsaid
    ("وقعت طهران وموسكو عام 2021 اتفاقية للتعاون في مجال مكافحة الإرهاب. وقد دخلت حيز التنفيذ مطلع العام الجاري.",
     {"signed", "in_force"}),
    ("صادق البرلمان الإيراني العام الماضي على اتفاقية التعاون في مجال سلامة الأغذية مع روسيا. وهي نافذة منذ مطلع الشهر "
     "الجاري.", {"ratified", "in_force"}),
])
def test_a_step_told_by_the_next_sentences_opening(text, steps):
    assert set(statuses(text)) <= steps and "in_force" in statuses(text)


def test_the_long_term_document_with_its_adjective_agreeing_is_the_treaty():
    text = "صادق البرلمان الإيراني على وثيقة التعاون طويلة الأمد بين إيران وروسيا."
    assert [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"] == \
        [("strategic_partnership_treaty", "ratified")]


@pytest.mark.parametrize("text, key", [
    ("ربط البنكان المركزيان الروسي والإيراني نظامي الرسائل المصرفية.", "payments"),
    ("فتحت المصارف الروسية والإيرانية حسابات مراسلة متبادلة.", "payments"),
    ("رفعت روسيا الحظر عن استيراد منتجات الألبان من إيران.", "trade_measure"),
    ("اتفقت روسيا وإيران على تبسيط إجراءات الحجر الزراعي وتسريع التخليص الجمركي للشحنات.", "trade_measure"),
    ("أطلقت روسيا وإيران الممر الجمركي الأخضر لتسريع تخليص السلع.", "trade_measure"),
])
def test_economic_measures_in_their_own_words(text, key):
    assert ("economic", key) in found(text)


def test_duties_told_of_the_free_trade_agreement_are_the_agreement():
    text = "وقال أوفرتشوك إن اتفاقية التجارة الحرة بين إيران والاتحاد الأوراسي ستلغي الرسوم الجمركية على نحو 90 في المئة من السلع المتبادلة مع روسيا."
    assert not any(kind == "economic" for kind, _ in found(text))


@pytest.mark.parametrize("text, key, step", [
    ("صادق البرلمان الإيراني على خارطة الطريق للتعاون في مجال النفط مع روسيا.", "other", "ratified"),
    ("يجري تنفيذ وثيقة التعاون الإعلامي بين روسيا وإيران.", "other", "implementing"),
    ("وأكد الجانبان الروسي والإيراني عزمهما على تسريع العمل على وثيقة التعاون الطويل الأمد.",
     "strategic_partnership_treaty", "negotiating"),
])
def test_a_definite_roadmap_or_cooperation_document_is_an_agreement(text, key, step):
    assert [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"] == [(key, step)]


@pytest.mark.parametrize("text, step", [
    ("وتشمل اتفاقية التعاون الجمركي بين روسيا وإيران المصادق عليها مجالات عدة.", "ratified"),
    ("وتشمل اتفاقية التعاون الجمركي بين روسيا وإيران المقترحة مجالات عدة.", "proposed"),
    ("وتشمل اتفاقية التعاون الجمركي بين روسيا وإيران الموقعة بالأحرف الأولى مجالات عدة.", "drafted"),
    ("وتشمل اتفاقية التعاون الجمركي بين روسيا وإيران التي يُنتظر أن تدخل حيز التنفيذ قريبا مجالات عدة.", "signed"),
])
def test_a_step_told_by_a_participle_or_a_relative_clause(text, step):
    assert statuses(text) == [step]


def test_an_opening_verb_with_its_own_subject_and_object_is_not_the_agreements_step():
    text = "ناقشت روسيا وإيران اتفاقية للتعاون الجمركي. وصادق البرلمان الروسي أمس على الميزانية."
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text, step", [
    # a call to speed talks already going on is no proposal
    ("ودعا تقرير برلماني إيراني إلى تسريع المفاوضات الجارية مع روسيا حول اتفاقية النقل البحري.", "negotiating"),
    # a call to ratify: signed, not ratified
    ("أوصت لجنة الشؤون الدولية في مجلس الدوما بالمصادقة على اتفاقية التعاون الجمركي مع إيران.", "signed"),
    # a parliament's debate put off: ratification pending
    ("أرجأ مجلس الدوما مناقشة اتفاقية التعاون الجمركي مع إيران إلى الدورة المقبلة.", "signed"),
    # what the treaty binds them to is its terms, not something done under it
    ("فبموجب معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا، يلتزم الطرفان بعدم مساعدة أي معتد على الآخر.",
     "mentioned"),
    # the first round still to begin, «الجولة الأولى»
    ("وستبدأ الجولة الأولى من المحادثات بين روسيا وإيران بشأن اتفاقية لحماية الاستثمارات الشهر المقبل.", "proposed"),
])
def test_calls_debates_terms_and_first_rounds(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # entry into force at the next sentence's opening, «و» written on the verb
    ("وقعت روسيا وإيران اتفاقية للتعاون في مكافحة المخدرات عام 2022. ودخلت حيز التنفيذ مطلع العام الجاري.", "in_force"),
    # «وهي نافذة» + a noun is a window, not in force
    ("وقعت إيران وروسيا اتفاقية لتطوير ميناء أنزلي. وهي نافذة روسيا الجديدة على الخليج.", "signed"),
])
def test_the_next_sentences_opening(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # the two among many signatories, unnamed
    "نشرت الأمم المتحدة وثيقة للتعاون الإقليمي في مكافحة التصحر وقعتها إيران وروسيا وعشرون دولة أخرى.",
    # a free-trade zone in a port is a free zone, not the free-trade agreement
    "ويدرس الجانبان الإيراني والروسي إمكانية إنشاء منطقة تجارة حرة في ميناء أستراخان.",
])
def test_not_an_agreement_of_the_two(text):
    assert statuses(text) == []


@pytest.mark.parametrize("text, step", [
    # the present with a time to come: a signing set
    ("يوقع البلدان الأسبوع المقبل اتفاقية لإلغاء التأشيرات للمجموعات السياحية بين إيران وروسيا.", "drafted"),
    # a signing awaited, told by the pronoun
    ("أعدت الحكومتان الإيرانية والروسية مذكرة التفاهم للتعاون الزراعي. ومن المنتظر أن يوقعها الوزيران خلال المنتدى.",
     "drafted"),
    # its carrying out in its own relative clause, the pronoun on the verb
    ("أسهمت اتفاقية التعاون الجمركي التي تنفذها إيران وروسيا منذ عامين في زيادة التبادل التجاري.", "implementing"),
    # the two's adjectives inside the name
    ("دخلت حيز التنفيذ اليوم الاتفاقية الإيرانية الروسية للتعاون في مجال الطاقة.", "in_force"),
])
def test_set_awaited_carried_out_and_named_by_the_two(text, step):
    assert statuses(text) == [step]


def test_a_signing_forecast_while_talks_go_on_leaves_them_talks():
    text = ("وأشار روحاني إلى أن المفاوضات بين إيران وروسيا بشأن اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي "
            "قطعت شوطا كبيرا، متوقعا توقيعها خلال الأشهر المقبلة.")
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text, label, step", [
    # the other side named with «مع», then what it is for: the name goes on
    ("وقعت روسيا اتفاقية مع إيران لتحديث شبكات الكهرباء.", "اتفاقية مع إيران لتحديث شبكات الكهرباء", "signed"),
    # readiness shown: an offer
    ("أبدى وزير الطاقة الروسي استعداد بلاده لإبرام اتفاقية مع إيران لتحديث شبكات الكهرباء.",
     "اتفاقية مع إيران لتحديث شبكات الكهرباء", "proposed"),
    # its signing put off after it
    ("كان مقرراً أن يوقع الجانبان الإيراني والروسي اتفاقية إنشاء مركز ثقافي إيراني في موسكو، إلا أن التوقيع تأجل إلى "
     "أجل غير مسمى.", "اتفاقية إنشاء مركز ثقافي", "drafted"),
])
def test_a_name_past_the_other_side_an_offer_and_a_signing_put_off(text, label, step):
    assert [(s.label, s.status) for s in extract(text)[1] if s.kind == "agreement"] == [(label, step)]


@pytest.mark.parametrize("text, step", [
    # a programme of cooperation signed between them is an agreement
    ("وقّع وزيرا الرياضة الإيراني والروسي في موسكو برنامجاً للتعاون الرياضي حتى عام 2028.", "signed"),
    # all its clauses agreed, its signing set for a visit
    ("قال نائب وزير الخارجية الإيراني إن الجانبين اتفقا على جميع بنود معاهدة الشراكة الاستراتيجية الشاملة مع روسيا، "
     "وإن توقيعها سيجري خلال زيارة رسمية.", "drafted"),
    # sealed, the first person («مهرنا»)
    ("مهرنا بتوقيعنا اتفاقية التعاون الإعلامي مع روسيا، قال وزير الثقافة الإيراني.", "signed"),
    # hope voiced, a wish shown
    ("أعرب السفير الروسي لدى طهران عن أمله في أن يتمكن البلدان من إبرام اتفاقية الإعفاء المتبادل من التأشيرات.",
     "negotiating"),
    ("أبدى الجانبان الإيراني والروسي رغبتهما في توقيع اتفاقية للتعاون في صناعة الأدوية.", "negotiating"),
    # under study, in the course of talks
    ("تخضع اتفاقية التعاون في مجال الأمن الغذائي بين إيران وروسيا للدراسة في الوزارات المعنية.", "negotiating"),
    # a government approving it: signed, ratification to come
    ("أقرّت الحكومة الروسية مشروع قانون المصادقة على اتفاقية التعاون في مكافحة الكوارث مع إيران وأحالته إلى الدوما.",
     "signed"),
    # a parliament passing the ratification bill: ratified
    ("أقرّ مجلس الدوما مشروع قانون المصادقة على اتفاقية التعاون في مكافحة الكوارث مع إيران.", "ratified"),
    # deputies for it, counted
    ("في القراءة الأولى، أيّد 391 نائباً في مجلس الدوما الاتفاقية الروسية الإيرانية للتعاون في مكافحة الإرهاب.",
     "ratified"),
    # a Russian state body as a party
    ("في إطار مذكرة التفاهم بين روسكوسموس ووكالة الفضاء الإيرانية، أُطلق قمر صناعي إيراني من قاعدة بايكونور.",
     "implementing"),
])
def test_probe_c_constructions(text, step):
    assert statuses(text) == [step]


def test_a_vote_against_by_deputies_is_no_ratification():
    assert statuses("وصوّت البرلمان الإيراني ضد اتفاقية التعاون النفطي مع روسيا، معتبراً أنها تمنح موسكو امتيازات.") == \
        ["mentioned"]


@pytest.mark.parametrize("text, step", [
    ("جُدِّد العمل باتفاقية التعاون في مجال الصيد البحري بين إيران وروسيا لخمس سنوات إضافية.", "in_force"),
    ("بات الاتفاق بين حكومتي إيران وروسيا بشأن مكافحة تهريب المهاجرين ملزماً قانونياً للطرفين.", "in_force"),
    ("يسري اعتباراً من اليوم العمل باتفاق التعاون القضائي بين وزارتي العدل الروسية والإيرانية.", "in_force"),
    ("عقدت مجموعة العمل المشتركة المنبثقة عن مذكرة التعاون السياحي بين إيران وروسيا اجتماعها الأول.", "implementing"),
    ("عملاً بأحكام اتفاقية التعاون الجمركي بين إيران وروسيا، بدأت الجمارك في البلدين تبادل البيانات.", "implementing"),
    ("تحدّد يوم العشرين من الشهر الجاري موعداً لتوقيع اتفاقية التعاون الإعلامي بين إيران وروسيا.", "drafted"),
    ("وافق الخبراء القانونيون من الجانبين الإيراني والروسي على النص المشترك لاتفاقية التعاون في مجال المواصفات.",
     "drafted"),
    ("وقال محافظ البنك المركزي الإيراني إن الحوار مستمر مع الروس حول اتفاقية لإصدار بطاقات دفع مشتركة.", "negotiating"),
])
def test_renewed_binding_under_it_dated_agreed_and_in_dialogue(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # not expected: no signing set
    ("تتفاوض روسيا وإيران على اتفاقية للتعاون الجمركي، ومن غير المنتظر أن يوقعها الطرفان قبل العام المقبل.", "negotiating"),
    # the agreed text signed on
    ("ووقع الوزيران الإيراني والروسي على النص المتفق عليه لمذكرة التفاهم حول التعاون المصرفي.", "signed"),
    # hope for its ratification: signed, not talks
    ("أعرب السفير الإيراني عن أمله في أن يصادق مجلس الدوما قريبا على معاهدة الشراكة الشاملة مع إيران.", "signed"),
    # support renewed, not the agreement
    ("جدد لافروف في اتصال مع عراقجي دعم موسكو لطهران، مشيدا باتفاقية التعاون الموقعة بين البلدين.", "signed"),
    # not binding, and binding to come
    ("قال دبلوماسي روسي إن مذكرة التفاهم الموقعة مع إيران ليست ملزمة قانونيا، بل إعلان نوايا.", "signed"),
    ("ستصبح الاتفاقية المصرفية بين إيران وروسيا ملزمة قانونيا بعد مصادقة البرلمان عليها.", "signed"),
    # no date set for its signing
    ("لم يحدد الطرفان حتى الآن موعدا لتوقيع الاتفاقية المصرفية بين إيران وروسيا.", "negotiating"),
    # «وعملاً بأحكام…», «و» written on
    ("وعملاً بأحكام اتفاقية التعاون الجمركي بين إيران وروسيا، بدأت الجمارك في البلدين تبادل البيانات.", "implementing"),
])
def test_what_the_second_review_found(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, not_this", [
    # a decree signed tomorrow is no signing of the agreement it follows set for tomorrow
    ("يوقع الرئيس الإيراني غدا مرسوما بتعيين سفير جديد لدى روسيا، وفق ما نصت عليه اتفاقية التعاون الدبلوماسي.",
     "drafted"),
    # deputies agreeing to put off the vote did not ratify it
    ("وافق النواب الإيرانيون على تأجيل التصويت على اتفاقية التعاون النفطي مع روسيا.", "ratified"),
])
def test_not_read_as(text, not_this):
    assert not_this not in statuses(text)
