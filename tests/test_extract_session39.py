"""Session 39: an agreement's step read from the clause that governs it (etl/extract/agreements.py,
etl/extract/clauses.py)."""
import pytest

from tests.extracting import statuses


@pytest.mark.parametrize("text, step", [
    # a fronted clause of contrast or of the same time speaks of another agreement; the main clause's is the two's
    ("في الوقت الذي كانت فيه الدول الست تسابق الزمن للتوصل إلى اتفاق نهائي مع إيران، وقّعت روسيا وإيران اتفاقاً "
     "للتعاون في النقل.", "signed"),
    ("وبينما تتفاوض واشنطن على اتفاق جديد مع طهران، وقعت موسكو وطهران مذكرة تفاهم في مجال الطاقة.", "signed"),
    ("في حين تتعثر المحادثات حول الاتفاق مع أوروبا، أبرمت إيران وروسيا اتفاقية لبناء محطة كهرباء.", "signed"),
    # a fronted clause with no agreement of its own leaves the step where it was
    ("في الوقت الذي تتصاعد فيه العقوبات، تتفاوض روسيا وإيران على اتفاقية للتعاون المصرفي.", "negotiating"),
])
def test_a_fronted_clause_is_not_the_main_ones(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the agreement itself told prepared, and not signed: a text exists
    ("وقال إن مذكرة التفاهم بين إيران وروسيا في مجال التعليم أُعدت لكنها لم تُوقع بعد.", "drafted"),
    ("وأوضح أن اتفاقية النقل مع روسيا أعدت، ولم توقع بعد بانتظار زيارة الرئيس الإيراني.", "drafted"),
    # not signed, and nothing said of its text: still under talks
    ("وقال إن مذكرة التفاهم بين إيران وروسيا في مجال التعليم لم تُوقع بعد.", "negotiating"),
])
def test_prepared_and_not_signed_is_drafted(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # agreed in principle: its terms still to settle
    ("توصلت طهران وموسكو إلى اتفاق مبدئي على ربط نظام الدفع الروسي مير بشبكة شتاب الإيرانية.", "negotiating"),
    ("واتفقت إيران وروسيا من حيث المبدأ على اتفاقية لتوريد الغاز.", "negotiating"),
    ("واتفقت إيران وروسيا مبدئياً على إبرام اتفاقية للتعاون الجمركي.", "negotiating"),
    # a preliminary agreement signed is signed
    ("ووقعت إيران وروسيا اتفاقا مبدئيا لتوريد الغاز.", "signed"),
])
def test_agreed_in_principle_is_under_talks(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the two's adjectives joined by a hyphen name its parties, as when a blank joins them
    ("وصادق مجلس الاتحاد على الاتفاقية الإيرانية-الروسية بشأن الإعفاء من التأشيرات.", "ratified"),
    ("تباطأ تنفيذ الاتفاقية الروسية-الإيرانية لتوريد الغاز عبر أذربيجان.", "implementing"),
])
def test_the_two_adjectives_hyphened(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a bill of its ratification sent, debated or begun on: pending, so the agreement is signed
    ("أحال الرئيس الروسي فلاديمير بوتين إلى مجلس الدوما مشروع قانون المصادقة على اتفاقية التعاون في مجال أمن "
     "المعلومات مع إيران.", "signed"),
    ("ناقش مجلس الشورى الإسلامي لائحة المصادقة على الاتفاقية الإيرانية الروسية لتسهيل النقل البري، وأرجأ التصويت "
     "عليها.", "signed"),
    ("بدأ مجلس الدوما في القراءة الأولى مناقشة مشروع قانون المصادقة على اتفاقية الشحن البحري مع إيران.", "signed"),
    ("أقرت الحكومة الروسية مشروع قانون المصادقة على اتفاقية الشحن البحري مع إيران.", "signed"),
    # the bill passed, or the law signed: ratified
    ("صادق مجلس الشورى الإسلامي على لائحة المصادقة على اتفاقية النقل مع روسيا.", "ratified"),
    ("صوت مجلس الدوما لصالح مشروع قانون المصادقة على اتفاقية الشحن البحري مع إيران.", "ratified"),
    ("وقع بوتين قانون المصادقة على اتفاقية الشحن البحري مع إيران.", "ratified"),
    ("مرّر مجلس الدوما بالإجماع مشروع قانون التصديق على اتفاقية التعاون مع إيران في مكافحة الاتجار بالبشر.", "ratified"),
])
def test_a_ratification_bill_pending_is_signed(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # concluded, the participle with its parties after it
    ("وتنص الاتفاقية المعقودة بين وزارتي الثقافة الإيرانية والروسية على تنظيم أسابيع ثقافية متبادلة.", "signed"),
    # the anniversary of its signing: signed long ago, not a signing to come
    ("تحل هذا الأسبوع الذكرى الثالثة لتوقيع اتفاقية التعاون الصحي بين طهران وموسكو.", "signed"),
    # ratified, the participle as the state reached
    ("أعلن مجلس صيانة الدستور أنه لم يجد في الاتفاقية الإيرانية الروسية للمساعدة القانونية ما يخالف الدستور، لتصبح "
     "بذلك مصادقا عليها نهائيا.", "ratified"),
    # the words to come inside no longer step still tell it to come
    ("وتسعى إيران وروسيا لتوقيع اتفاقية للتعاون الصحي.", "negotiating"),
])
def test_participles_and_anniversaries(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # its articles agreed, all, most or counted: a text, not signed
    ("اتفق الجانبان الإيراني والروسي على ١٨ مادة من أصل ٢٠ في اتفاقية التعاون في مجال النقل البحري.", "drafted"),
    ("وبحسب دبلوماسيين، اتفق الجانبان الإيراني والروسي على جميع مواد اتفاقية تبادل الكهرباء باستثناء ملحق التسعير.",
     "drafted"),
    ("وتم الاتفاق على معظم بنود اتفاقية التجارة بين إيران وروسيا.", "drafted"),
    # not agreed: still negotiated
    ("وقال إن إيران وروسيا لم تتفقا على جميع بنود اتفاقية التعاون المصرفي.", "negotiating"),
])
def test_articles_agreed_are_a_text(text, step):
    assert statuses(text) == [step]


SIGNED = "وقّعت إيران وروسيا العام الماضي اتفاقية لتبادل البيانات الجمركية. "


@pytest.mark.parametrize("then, step", [
    # what was done under it, the next sentence opening on its pronoun or its noun
    ("وبموجبها، باتت الشحنات تُفحص مرة واحدة فقط على الحدود.", "implementing"),
    ("ففي إطارها، افتُتح الشهر الماضي مركز لتبادل البيانات في أستراخان.", "implementing"),
    ("وبموجب الاتفاقية، افتُتح الشهر الماضي مركز لتبادل البيانات في أستراخان.", "implementing"),
    # what it provides, in the present, or what is to come: its terms, the signing stays
    ("وبموجبها تتبادل الجمارك في البلدين البيانات يوميا.", "signed"),
    ("وبموجب الاتفاقية تقدم روسيا قرضا لتطوير الأنظمة الجمركية.", "signed"),
    ("وبموجبها، ستُفحص الشحنات مرة واحدة فقط على الحدود.", "signed"),
])
def test_done_under_it_in_the_next_sentence(then, step):
    assert statuses(SIGNED + then) == [step]


@pytest.mark.parametrize("text, step", [
    # its carrying out not begun, or to begin, words between: signed, not carried out
    ("لم يبدأ حتى الآن تنفيذ اتفاقية التعاون في قطاع النفط التي وقعتها إيران مع روسيا قبل عامين.", "signed"),
    ("ولم يبدأ بعد تنفيذ اتفاقية التعاون في قطاع النفط بين إيران وروسيا.", "signed"),
    ("وسيبدأ الشهر المقبل تطبيق اتفاقية التعاون في قطاع النفط بين إيران وروسيا.", "signed"),
    # begun: carried out
    ("وبدأ الشهر الماضي تطبيق اتفاقية التعاون في قطاع النفط بين إيران وروسيا.", "implementing"),
])
def test_carrying_out_not_begun(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a yes-or-no question asks the step, it does not tell it
    ("هل تتجه إيران وروسيا نحو إبرام اتفاقية التعاون في مجال الدفاع؟", "mentioned"),
    ("وهل توقع روسيا وإيران اتفاقية التعاون في مجال النقل الشهر المقبل؟", "mentioned"),
    # a question after the statement leaves the statement
    ("وقعت روسيا وإيران اتفاقية التعاون في مجال النقل، فهل تنفذها؟", "signed"),
])
def test_a_yes_or_no_question_asks_the_step(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the bill of the agreement itself before a house: signed; passed by the house: ratified
    ("قالت لجنة الأمن القومي في البرلمان الإيراني إنها أنهت دراسة لائحة الاتفاقية الأمنية مع روسيا وأحالتها إلى "
     "الهيئة العامة.", "signed"),
    ("وأحالت الحكومة الروسية إلى مجلس الدوما مشروع قانون اتفاقية التعاون الأمني مع إيران.", "signed"),
    ("وصادق مجلس الشورى الإيراني على لائحة اتفاقية التعاون الأمني مع روسيا.", "ratified"),
    ("صادق مجلس الشورى الإسلامي في جلسته العلنية اليوم الأحد على لائحة اتفاقية التعاون الأمني بين إيران وروسيا.",
     "ratified"),
    ("وأقرت الحكومة الإيرانية مشروع قانون اتفاقية التعاون الأمني مع روسيا.", "signed"),
])
def test_the_agreements_bill(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # the obstacles before its signing: not signed, still worked on
    "تتواصل اجتماعات الخبراء الإيرانيين والروس لتذليل العقبات أمام إبرام اتفاقية التعاون في مجال التعدين.",
    "وقال إن العقوبات تقف حائلا أمام توقيع اتفاقية التعاون المصرفي بين إيران وروسيا.",
])
def test_obstacles_before_signing(text):
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text, step", [
    # the verbal noun of ratifying without the article
    ("ويأتي تصديق مجلس الشورى الإيراني الأسبوع الماضي على اتفاقية التعاون في مجال الطاقة مع روسيا في سياق سعي طهران.",
     "ratified"),
    # ... and awaited, after «بعد»: signed, ratification to come
    ("وستدخل اتفاقية التعاون في مجال الطاقة بين إيران وروسيا حيز التنفيذ بعد تصديق البرلمانين.", "signed"),
])
def test_more_forms_of_steps(text, step):
    assert statuses(text) == [step]


def test_ruled_out_is_no_agreement():
    assert statuses("أكد مسؤول في الكرملين أنه «من غير الوارد» توقيع اتفاقية مع طهران لإنشاء اتحاد جمركي ثنائي.") == []


@pytest.mark.parametrize("text, step", [
    # the step's verbal noun the subject of a time to come: the step before it is what the agreement reached
    ("وأضاف أن التوقيع النهائي على اتفاقية التجارة الحرة بين إيران وروسيا مرتقب في أيار المقبل.", "drafted"),
    ("وقال إن توقيع اتفاقية النقل بين إيران وروسيا سيتم الشهر المقبل.", "drafted"),
    ("وأكد أن المصادقة على اتفاقية النقل بين إيران وروسيا ستجري في الدورة المقبلة للبرلمان.", "signed"),
    ("وقال إن تنفيذ اتفاقية النقل بين إيران وروسيا مرتقب مطلع العام.", "signed"),
    # the same after the agreement's pronoun
    ("وقال بوتين إن نص معاهدة الشراكة الاستراتيجية الشاملة مع إيران «أصبح جاهزا»، وإن التوقيع عليها سيجري خلال "
     "زيارة مرتقبة للرئيس الإيراني إلى موسكو.", "drafted"),
    # the signing told past, what it will do to come: signed
    ("وقال إن توقيع اتفاقية النقل بين إيران وروسيا العام الماضي سيعزز التبادل التجاري.", "signed"),
])
def test_a_step_to_come_told_after_its_noun(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # working on its draft is still working on it
    ("ويعمل خبراء إيران وروسيا على مسودة اتفاق أوسع للتعاون في مجال الفضاء.", "negotiating"),
    ("وتعمل وزارتا الخارجية في إيران وروسيا على إعداد مشروع اتفاقية للتعاون القنصلي.", "negotiating"),
    # a draft prepared is a text
    ("وأعد خبراء إيران وروسيا مسودة اتفاق أوسع للتعاون في مجال الفضاء.", "drafted"),
])
def test_working_on_a_draft(text, step):
    assert statuses(text) == [step]


NAMED = "تشكل اتفاقية التعاون الزراعي بين إيران وروسيا محورا رئيسيا في زيارة الوزير. "


@pytest.mark.parametrize("then, step", [
    # a step told of it in the next sentence by its pronoun, in words no status list holds
    ("وتجري حولها محادثات منذ أشهر بين خبراء البلدين.", "negotiating"),
    ("وقالت الخارجية الإيرانية إن المشاورات بشأنها بلغت مرحلة متقدمة.", "negotiating"),
    ("وقد تم تجديدها مؤخرا لثلاث سنوات أخرى.", "in_force"),
    ("وكان مجلس الاتحاد الروسي قد وافق عليها الشهر الماضي.", "ratified"),
    ("وقالت المصادر إن الطرفين وقّعا عليها بالأحرف الأولى.", "drafted"),
    # talks on it yet to begin: proposed; a vote for it with no house named: not taken
    ("وطُرحت الفكرة على أن تبدأ المحادثات بشأنها الشهر المقبل.", "proposed"),
    ("وقال الوزير إنه وافق عليها شخصيا.", "mentioned"),
])
def test_a_step_by_its_pronoun_next(then, step):
    assert statuses(NAMED + then) == [step]


@pytest.mark.parametrize("text, step", [
    # carrying out begun, told of a noun referring back: carried out (a call to begin it is not)
    ("وقعت إيران وروسيا اتفاقية لبناء سكة حديد رشت-آستارا. وقال الوزير إن الاتفاقية دخلت مرحلة التنفيذ، إلا أن "
     "استملاك الأراضي يسير ببطء.", "implementing"),
    ("وقعت إيران وروسيا اتفاقية لبناء سكة حديد رشت-آستارا. وشدد الوزير على ضرورة بدء تنفيذ الاتفاقية.", "signed"),
    # entered into application is entered into force
    ("وأضاف أن الاتفاق بين إيران وروسيا لربط نظامي الدفع دخل حيز التطبيق الفعلي.", "in_force"),
    # talks on it to be completed, a time to come: no step taken from them
    ("وقال الوزير إن طهران سلّمت الجانب الروسي نص مقترح لاتفاقية التعاون الجمركي، وإن المفاوضات بشأنه «ستُستكمل على "
     "مستوى الخبراء».", "proposed"),
])
def test_begun_applied_and_to_be_completed(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # its work extended or renewed: in force, not carried out
    "وقال إن البلدين اتفقا على تمديد العمل بمعاهدة أسس العلاقات ومبادئ التعاون بين إيران وروسيا لخمس سنوات إضافية.",
    "وجُدد العمل باتفاقية التعاون الجمركي بين إيران وروسيا.",
])
def test_its_work_extended(text):
    assert statuses(text) == ["in_force"]


@pytest.mark.parametrize("text, step", [
    # a step a question presumes is told: the signing it asks the meaning of, the treaty signed that it asks about
    ("هل يعني توقيع إيران وروسيا معاهدة الشراكة الاستراتيجية في ١٧ كانون الثاني نهاية عزلة طهران؟", "signed"),
    ("هل تصمد معاهدة الشراكة الاستراتيجية التي وقّعتها إيران وروسيا أمام الضغوط الغربية؟", "signed"),
    # a later phase of it to begin: it is being carried out
    ("وسيبدأ الشهر المقبل تنفيذ المرحلة الثانية من اتفاقية مقايضة النفط بين إيران وروسيا.", "implementing"),
    # a committee's approval passes the bill on, the agreement stays signed
    ("أقرّت لجنة الأمن القومي في البرلمان الإيراني لائحة المصادقة على معاهدة الشراكة مع روسيا.", "signed"),
    ("صادقت لجنة الشؤون الدولية في مجلس الدوما على مشروع قانون اتفاقية الشحن مع إيران وأحالته إلى الجلسة العامة.",
     "signed"),
    # the fronted clause's own step, the main clause another pair's
    ("في الوقت الذي صادق فيه البرلمان الإيراني على معاهدة الشراكة الاستراتيجية مع روسيا، تتفاوض أنقرة وباكو على اتفاق "
     "للطاقة.", "ratified"),
])
def test_review_mends(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # done under it, told in the next sentence: the pronoun masculine, «على أساسها», the noun after a demonstrative,
    # a past of «تفعّل»
    ("وقعت إيران وروسيا اتفاقا لتوريد القمح. وبموجبه، تسلمت إيران أول شحنة الشهر الماضي.", "implementing"),
    ("وقعت إيران وروسيا مذكرة تفاهم للتعاون الثقافي. وعلى أساسها، افتُتح مركز لتعليم اللغة الروسية في طهران.",
     "implementing"),
    ("وقعت إيران وروسيا اتفاقية لتبادل الطلاب. وبموجب هذه الاتفاقية، وصل مئة طالب إيراني إلى موسكو.", "implementing"),
    # what it provides or what was pledged under it: its terms
    ("وقعت إيران وروسيا اتفاقية لتبادل الطلاب. وبموجب هذه الاتفاقية تستقبل الجامعات الروسية مئة طالب سنويا.", "signed"),
    ("وقّعت إيران وروسيا اتفاقية للتعاون في مجال الطاقة. وبموجبها، تعهّدت روسيا بتطوير حقول غاز إيرانية.", "signed"),
])
def test_done_under_it_more_forms(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the step's noun, then «لم يبدأ/لم يتم» past the agreement: not taken, the one before it reached
    ("وقال الوزير إن تنفيذ اتفاقية التعاون في مجال النقل بين إيران وروسيا لم يبدأ بعد.", "signed"),
    ("وأضاف أن المصادقة على اتفاقية التعاون الجمركي بين إيران وروسيا لم تتم حتى الآن.", "signed"),
    ("وأوضح أن توقيع اتفاقية التعاون الجمركي بين إيران وروسيا لم يتم بعد.", "negotiating"),
    ("وقال إن تنفيذ اتفاقية التعاون في مجال النقل بين إيران وروسيا بدأ الشهر الماضي.", "implementing"),
])
def test_a_step_not_yet_taken_told_after_its_noun(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # carrying out going on, under a verb of continuing or a negated stop
    ("وسيُستكمل تنفيذ المرحلة الأخيرة من اتفاقية بناء محطة سيريك بين إيران وروسيا العام المقبل.", "implementing"),
    ("لم يتوقف تنفيذ اتفاقية التعاون النووي بين إيران وروسيا رغم العقوبات.", "implementing"),
])
def test_carrying_out_going_on(text, step):
    assert statuses(text) == [step]


def test_progress_is_no_future():
    # «سير» (progress) opens like a verb to come and is none
    assert statuses("قدّمت الحكومة الإيرانية إلى البرلمان تقريراً حول سير تنفيذ اتفاقية التعاون في مجال الطاقة مع "
                    "روسيا، أشار إلى إنجاز ٦٠٪ من الالتزامات الواردة فيها.") == ["implementing"]


@pytest.mark.parametrize("text, step", [
    # its entry into force hoped for, counted on, looked forward to: to come, so signed
    ("وقال إنه يعوّل على دخول اتفاقية التجارة الحرة بين إيران وروسيا، الموقعة في كانون الأول الماضي والتي لم تستكمل "
     "المصادقة عليها بعد، حيز التنفيذ في أقرب وقت.", "signed"),
    ("وأعرب عن أمله في دخول اتفاقية النقل بين إيران وروسيا حيز التنفيذ قريبا.", "signed"),
    ("ونتطلع إلى دخول اتفاقية النقل بين إيران وروسيا حيز التنفيذ.", "signed"),
    ("ويتطلع البلدان بفارغ الصبر إلى دخول اتفاقية النقل بين إيران وروسيا حيز التنفيذ.", "signed"),
    # welcomed: it has entered
    ("ورحب الوزير بدخول اتفاقية النقل بين إيران وروسيا حيز التنفيذ.", "in_force"),
])
def test_entry_hoped_for(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a question whose own verb is the step, past or to come: asked, not told
    ("هل وقّع الرئيس الإيراني ونظيره الروسي اتفاقية التعاون في مجال الطاقة في عشق آباد؟", "mentioned"),
    ("يتساءل المراقبون في طهران: هل ستوقع روسيا فعلاً على معاهدة الشراكة مع إيران؟", "mentioned"),
    # ... and the step its name presumes after it is told
    ("هل يصادق البرلمان الإيراني قريباً على معاهدة الشراكة الاستراتيجية الموقعة مع روسيا؟", "signed"),
    # carrying out to begin or not begun, words and asides between
    ("وسيبدأ اعتباراً من مطلع الشهر المقبل تطبيق اتفاقية التجارة الحرة بين إيران وروسيا.", "signed"),
    ("ولم يبدأ بعدُ، رغم مرور أشهر، تنفيذ اتفاقية التعاون النووي بين طهران وموسكو.", "signed"),
    # done under it, a past of four letters in the next sentence
    ("وقّعت إيران وروسيا عام ٢٠٢٢ اتفاقية لتبادل الغاز. وبموجبها، بدأت غازبروم ضخ الغاز إلى شمال إيران.",
     "implementing"),
    ("أبرمت إيران وروسيا مذكرة تفاهم في مجال الطاقة. وبموجبها، صدّرت روسيا مئة ألف طن من البنزين إلى إيران.",
     "implementing"),
])
def test_questions_beginnings_and_deeds(text, step):
    assert statuses(text) == [step]


def test_prepared_by_the_passive_of_its_verbal_noun():
    text = "اتفاقية التعاون في مجال الأمن المعلوماتي بين طهران وموسكو جرى إعدادها ولم تُوقَّع حتى الآن."
    assert statuses(text) == ["drafted"]


@pytest.mark.parametrize("text, step", [
    # signed after, told by the feminine verb with no object of its own
    ("تم الاتفاق على جميع بنود معاهدة الشراكة الاستراتيجية بين إيران وروسيا، ووُقّعت في الكرملين.", "signed"),
    ("أعدت إيران وروسيا مسودة اتفاقية التعاون الجمركي، ثم وقعت بعد أشهر من المفاوضات.", "signed"),
    # the verb with an object of its own signs that one
    ("اتفق الجانبان على جميع بنود معاهدة الشراكة الاستراتيجية بين إيران وروسيا، ووقعا مذكرة تفاهم للتعاون الثقافي.",
     "drafted"),
])
def test_signed_after(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a question presumes the signing its name tells
    ("هل سيصادق مجلس الدوما على المعاهدة الشاملة التي وقعها بوتين وبزشكيان في موسكو مع إيران؟", "signed"),
    ("هل سيصادق البرلمان الإيراني على معاهدة الشراكة الاستراتيجية الشاملة الموقعة مع روسيا؟", "signed"),
])
def test_a_question_presumes_its_names_step(text, step):
    assert statuses(text) == [step]


def test_believing_is_not_ratifying():
    assert "signed" not in statuses("رفض الكرملين تصديق الأنباء عن اتفاقية عسكرية سرية مع إيران.")
