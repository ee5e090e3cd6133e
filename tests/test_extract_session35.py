"""Session 35: rules written from the language of an agreement's steps and from the tuning part's errors, each with
the sentences, written for the test, that it must read and those it must leave alone."""
from __future__ import annotations

import pytest

from etl.extract import extract


def _statuses(text: str, key: str | None = None) -> set[str]:
    return {s.status for s in extract(text)[1] if s.kind == "agreement" and (key is None or s.key == key)}


@pytest.mark.parametrize("text,status", [
    # the step told where it was named, by a sentence naming no side; the two named where it is referred back to
    ("وقع زعماء الدول الخمس المطلة على بحر قزوين في أكتاو اتفاقية الوضع القانوني للبحر. "
     "وتمنع الاتفاقية نشر قوات أجنبية في المنطقة، وهو ما طالبت به موسكو وطهران منذ سنوات.", "signed"),
    ("صادقت برلمانات الدول الخمس على المعاهدة الإقليمية للصيد في الأسبوع الماضي. "
     "وتمنع المعاهدة الصيد الجائر، وهو ما طالبت به موسكو وطهران منذ سنوات.", "ratified"),
    # a sentence between that names no agreement
    ("دخلت الاتفاقية الإقليمية لحماية البيئة البحرية حيز التنفيذ مطلع الشهر. "
     "وشارك في إعدادها خبراء من خمس دول. "
     "وتفرض الاتفاقية رقابة مشتركة على السواحل، وهو ما دعت إليه موسكو وطهران طويلا.", "in_force"),
    # a chain of bare references: the step is where the chain began
    ("وقعت الدول الثلاث المذكرة الخاصة بمناطق تخفيف التوتر في الجولة الرابعة. "
     "وتساءل المذيع: هل تصمد المذكرة؟ "
     "ورد الباحث بأن المذكرة ثمرة تنسيق كامل بين الوفدين الروسي والإيراني.", "signed"),
])
def test_a_bare_reference_takes_the_step_told_where_it_was_named(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # another noun named before: «المذكرة» is not that «اتفاقية»
    "وقع زعماء الدول الخمس المطلة على بحر قزوين في أكتاو اتفاقية الوضع القانوني للبحر. "
    "وقال وزير روسي إن المذكرة مع إيران ما زالت قيد الدراسة.",
    # named by its own adjective: another agreement, not a reference back
    "وقعت الدول الخمس اتفاقية إقليمية لحماية البيئة في أكتاو. "
    "وقال خبير إن الاتفاقية النووية تهم روسيا وإيران أكثر من غيرهما.",
    # named too far back: five sentences between
    "وقع زعماء الدول الخمس المطلة على بحر قزوين في أكتاو اتفاقية الوضع القانوني للبحر. "
    "وكانت القمة هادئة. وتحدث الزعماء عن البيئة. ثم تناولوا الغداء. وعقدوا مؤتمرا صحفيا. وغادروا المدينة مساء. "
    "ورأى محللون أن الاتفاقية تعزز التعاون بين روسيا وإيران.",
])
def test_no_step_carried_from_another_agreement_or_from_far_back(text):
    assert "signed" not in _statuses(text)


@pytest.mark.parametrize("text", [
    "وقال الوزير الإيراني إن اتفاقية التعاون الجمركي مع روسيا لم توقع بعد، لكن نصها بات شبه جاهز.",
    "وأوضح لافروف أن معاهدة الشراكة الشاملة مع إيران لم توقع بعد وأن معظم بنودها اكتمل.",
    "وذكر السفير الروسي أن مذكرة التعاون المصرفي مع طهران لم توقع بعد، وقد أنجزت موادها.",
])
def test_not_signed_yet_its_text_done_is_drafted(text):
    assert _statuses(text) == {"drafted"}


@pytest.mark.parametrize("text", [
    # its text not done
    "وقال الوزير الإيراني إن اتفاقية التعاون الجمركي مع روسيا لم توقع بعد لأن نصها لم يكتمل.",
    # another document's text ready
    "وقال الوزير الإيراني إن اتفاقية التعاون الجمركي مع روسيا لم توقع بعد، لكن نص البيان الختامي جاهز.",
    # ready to be carried out, said of something else
    "وقال الوزير الإيراني إن اتفاقية التعاون الجمركي مع روسيا لم توقع بعد، وإن الموانئ جاهزة.",
])
def test_not_signed_yet_without_its_text_done_is_not_drafted(text):
    assert "drafted" not in _statuses(text)


@pytest.mark.parametrize("text", [
    "وأعلنت روسيا وإيران وتركيا في بيان مشترك إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.",
    "واختتمت الجولة ببيان أعلنت فيه الدول الضامنة روسيا وإيران وتركيا تشكيل آلية ثلاثية لمراقبة وقف إطلاق النار.",
    # the announcing noun, and an agreement reached
    "واختتمت الجولة بإعلان روسيا وإيران وتركيا في بيان ختامي إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.",
    "واختتمت الجولة بإعلان الدول الضامنة روسيا وإيران وتركيا التوصل إلى اتفاق بشأن حدود منطقة خفض التصعيد في إدلب.",
])
def test_its_setting_up_announced_by_the_parties_is_signed(text):
    assert _statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    # a clause between: what the parties will study is no step taken
    "وأعلنت روسيا وإيران وتركيا أنها ستدرس إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.",
    # backing or readiness for it: not set up
    "وأعلنت روسيا وإيران وتركيا دعمها إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.",
    "وأعلنت روسيا وإيران وتركيا استعدادها إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار.",
])
def test_its_setting_up_only_intended_is_not_signed(text):
    assert "signed" not in _statuses(text)


@pytest.mark.parametrize("text,status", [
    # the next sentence's signing only expected: the text is still ready, not signed
    ('وقال بوتين إن العمل على معاهدة الشراكة الشاملة بين روسيا وإيران "اكتمل تقريبا"، مضيفا أنها ستوقع قريبا. '
     "ولم يحدد موعد لذلك، مع أن توقعات سابقة رجحت توقيعها خلال القمة نفسها.", "drafted"),
    ("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. "
     "ورجحت مصادر دبلوماسية توقيعها خلال زيارة الرئيس الإيراني.", "drafted"),
])
def test_a_step_only_expected_in_the_next_sentence_is_not_taken(text, status):
    assert _statuses(text) == {status}


def test_a_step_told_in_the_next_sentence_is_still_taken():
    assert _statuses("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. "
                     "وقد وقعها الوزيران أمس في موسكو.") == {"signed"}


def _positions(text: str) -> set[str]:
    return {s.key for s in extract(text)[1] if s.kind == "joint_position"}


@pytest.mark.parametrize("text,key", [
    # one side's reading, named as the other side's
    ("ترى موسكو أن القرار 2231 لم يعد يقيد صادرات السلاح. وتتبنى طهران القراءة الروسية للاتفاق النووي كاملة.",
     "nuclear_deal"),
    # the same reading taken up, the other side's told in the sentence before
    ("وقال لافروف إن الوجود العسكري الأجنبي غير المدعو في سوريا غير قانوني. "
     "وتتبنى طهران القراءة ذاتها، إذ يصف مسؤولوها ذلك الوجود في سوريا بأنه احتلال.", "syria"),
    ("وقال المندوب الروسي إن آلية إعادة فرض العقوبات في الاتفاق النووي انتهت قانونيا. "
     "وتتبنى طهران هذه القراءة، إذ تعد الخطوة الأوروبية باطلة.", "nuclear_deal"),
])
def test_the_other_sides_reading_taken_up(text, key):
    assert key in _positions(text)


@pytest.mark.parametrize("text", [
    # the same reading taken up by a third state: not the two's
    "وقال لافروف إن الوجود العسكري الأجنبي غير المدعو في سوريا غير قانوني. "
    "وتتبنى أنقرة القراءة ذاتها بشأن شمال سوريا، رغم خلافها مع طهران.",
    # the reading only hoped to be taken up
    "وقال لافروف إن الوجود العسكري الأجنبي غير المدعو في سوريا غير قانوني. "
    "وتأمل موسكو أن تتبنى طهران القراءة ذاتها في المستقبل.",
])
def test_the_same_reading_not_taken_up_by_the_other(text):
    assert "syria" not in _positions(text)


@pytest.mark.parametrize("text,status", [
    ("وقال الوزير الإيراني إن فرق الخبراء في إيران وروسيا تواصل التفاوض على مسودة خارطة طريق للتعاون في الطاقة.",
     "negotiating"),
    ("وأوضح لافروف أن روسيا وإيران تبادلتا مسودات اتفاقية التعاون الإعلامي خلال الشهر الماضي.", "negotiating"),
])
def test_a_draft_being_negotiated_is_negotiating(text, status):
    assert _statuses(text) == {status}


def test_a_draft_ready_is_still_drafted():
    assert _statuses("وقال الوزير الإيراني إن مسودة خارطة طريق للتعاون في الطاقة مع روسيا أصبحت جاهزة.") == {"drafted"}


def test_what_the_signed_documents_included_is_signed():
    assert _statuses("ووقع الرئيسان الإيراني والروسي في ختام المحادثات حزمة من الوثائق. "
                     "وشملت الوثائق مذكرة تفاهم بين إيران وروسيا للتعاون في مجال الطب التقليدي.") == {"signed"}


def test_what_documents_to_be_signed_will_include_is_not_signed():
    assert "signed" not in _statuses("ويبحث الرئيسان الإيراني والروسي غدا حزمة من الوثائق. "
                                     "وتشمل الوثائق مذكرة تفاهم بين إيران وروسيا للتعاون في مجال الطب التقليدي.")


@pytest.mark.parametrize("text", [
    "وقال المحافظ الإيراني: وقّعنا مع البنك المركزي الروسي اتفاقاً يسمح للمصارف في إيران وروسيا بفتح حسابات مراسلة، "
    "وعدد من المصارف الإيرانية يستخدم هذه القناة الآن.",
    "وأضاف أن العمل في خط السكة الحديد، الذي وقّعت إيران وروسيا اتفاقية تمويله في 2023، دخل مرحلة استملاك الأراضي.",
])
def test_signed_and_at_work_after_it_is_implementing(text):
    assert _statuses(text) == {"implementing"}


@pytest.mark.parametrize("text", [
    # the work still to come or not begun
    "وقال المحافظ الإيراني: وقّعنا مع البنك المركزي الروسي اتفاقاً يسمح للمصارف في إيران وروسيا بفتح حسابات مراسلة، "
    "وستستخدم المصارف الإيرانية هذه القناة العام المقبل.",
    "وأضاف أن خط السكة الحديد، الذي وقّعت إيران وروسيا اتفاقية تمويله في 2023، لم يبدأ العمل فيه بعد.",
])
def test_signed_with_its_work_to_come_is_signed(text):
    assert _statuses(text) == {"signed"}


# The review's sentences (its own, 232 in all) that the first form of the rules misread, each read as before the change.
@pytest.mark.parametrize("text,statuses", [
    # a step told of another agreement, or not taken, before
    ("وقعت روسيا وأوكرانيا وتركيا اتفاق الحبوب في إسطنبول عام 2022. وأكد عبد اللهيان أن الاتفاق بين إيران وروسيا بشأن القمح يخدم الأمن الغذائي.", {'mentioned'}),
    ("وقعت واشنطن وطالبان اتفاق الدوحة عام 2020. وقال لافروف وعراقجي إن الاتفاق فشل في تحقيق الاستقرار في أفغانستان.", {'mentioned'}),
    ("اقترحت موسكو على أنقرة الاتفاقية قبل عامين. وقال عراقجي إن الاتفاقية بين إيران وروسيا مختلفة تماما.", {'mentioned'}),
    ("وقعت السعودية وإيران الاتفاق في بكين بوساطة صينية. وقال ريابكوف إن الاتفاق بين إيران وروسيا على التنسيق في الخليج يسبق ذلك بسنوات.", {'mentioned'}),
    ("دخل الاتفاق بين الولايات المتحدة وتركيا حيز التنفيذ الشهر الماضي. وأكد المسؤولون في موسكو وطهران أن الاتفاق يضر بمصالحهم.", {'mentioned'}),
    ("وناقشت روسيا وإيران الاتفاقية المصرفية في موسكو. وصادقت تركيا على الاتفاقية مع أذربيجان. وقال لافروف إن الاتفاقية بين روسيا وإيران مهمة للبلدين.", {'mentioned', 'negotiating'}),
    ("وقعت إيران وطالبان الاتفاق حول مياه نهر هلمند. وأكد لافروف وعراقجي أن الاتفاق خطوة إيجابية.", {'mentioned'}),
    ("وقعت قطر وإيران المذكرة الخاصة بالأموال المجمدة في الدوحة. ورد الباحث بأن المذكرة ثمرة تنسيق بين الوفدين الروسي والإيراني.", {'mentioned'}),
    ("وكتبت صحيفة كوميرسانت أن وزير الخارجية وقع المذكرة الداخلية بشأن إعادة هيكلة الوزارة. ورد الباحث بأن المذكرة ثمرة تنسيق بين الوفدين الروسي والإيراني.", {'mentioned'}),
    ("وقعت إيران والقوى الكبرى الاتفاق عام 2015 في فيينا. وقال لافروف وعراقجي إن الاتفاق فشل بسبب انسحاب واشنطن.", {'mentioned'}),
    ("وتعهدت الدول الخمس بتوقيع الاتفاقية خلال القمة المقبلة. وقال لافروف وعراقجي إن الاتفاقية ضرورية لحماية بحر قزوين.", {'mentioned'}),
    ("ووقعت ألمانيا والاتحاد الأوروبي الاتفاقية منذ أسابيع. ووقعت كندا عليها أيضا. وأوضح خبير أن الاتفاقية بين إيران وروسيا مختلفة تماما.", {'mentioned'}),
    # its text not ready, or another text
    ("وقال الوزير الإيراني إن اتفاقية التعاون الجمركي مع روسيا لم توقع بعد، لأن نصها غير جاهز.", {'negotiating'}),
    ("وذكر السفير الروسي أن مذكرة التعاون المصرفي مع طهران لم توقع بعد، ولم يكن نصها جاهزا حتى الآن.", {'negotiating'}),
    ("وقال نوفاك إن اتفاقية الطاقة بين روسيا وإيران لم توقع بعد، ويتوقع أن يكون نصها جاهزا نهاية العام.", {'negotiating'}),
    ("وقال المتحدث الإيراني إن مذكرة التفاهم مع روسيا لم توقع بعد، ونفى أن يكون نصها جاهزا.", {'negotiating'}),
    ("لم توقع إيران وروسيا اتفاقية التجارة الحرة الكاملة بعد، وقال المسؤول إن بنودها ستكون جاهزة خلال عام.", {'negotiating'}),
    ("وقال المسؤول الروسي إن مذكرة التفاهم مع إيران لم توقع بعد لأن نصها لم يكن جاهزا في موعد القمة.", {'negotiating'}),
    ("وأشار المسؤول إلى أن روسيا لم توقع مع إيران اتفاقية الطيران بعد، في حين أن اتفاقية النقل البحري اكتملت بنودها وستوقع قريبا.", {'negotiating'}),
    # its setting up not announced as done
    ("وانتهت الجولة الجديدة من المحادثات بين روسيا وإيران وتركيا من دون إعلان التوصل إلى اتفاق بشأن إدلب.", {'mentioned'}),
    ("وأعلنت موسكو وطهران قرب التوصل إلى اتفاق بشأن توريد الحبوب.", {'mentioned'}),
    ("وأعلنت واشنطن رفضها إنشاء منطقة تجارة حرة بين إيران والاتحاد الأوراسي بقيادة روسيا.", {'mentioned'}),
    ("وأعلنت روسيا وإيران عزمهما إنشاء منطقة تجارة حرة خلال السنوات المقبلة.", {'mentioned'}),
    ("وأعلنت روسيا وإيران نيتهما إنشاء منطقة تجارة حرة.", {'mentioned'}),
    ("أعلنت موسكو، الاثنين، فرض قيود على صادرات الحبوب، وأمل وزير خارجيتها لافروف خلال لقائه نظيره الإيراني التوصل إلى اتفاق بشأن الأسعار.", {'mentioned'}),
    ("وأعلنت الأمم المتحدة معارضتها تشكيل آلية ثلاثية لمراقبة وقف إطلاق النار تضم روسيا وإيران وتركيا.", {'mentioned'}),
    ("وأعلنت المعارضة السورية رفضها إنشاء آلية ثلاثية لمراقبة الهدنة بقيادة روسيا وإيران وتركيا.", {'mentioned'}),
    ("وأعلنت روسيا وإيران اعتزامهما التوصل إلى اتفاق نهائي بحلول الصيف.", {'mentioned'}),
    ("وأعلنت روسيا وإيران تمسكهما بمبدأ التوصل إلى اتفاق شامل عبر الحوار.", {'mentioned'}),
    # a step taken, against or as expected
    ("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. وعلى عكس التوقعات وقعها الوزيران أمس في موسكو.", {'signed'}),
    ("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. وبعد أسابيع من التوقعات المتضاربة، وقعها الوزيران أمس.", {'signed'}),
    ("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. وكما رجح المراقبون، وقعها الوزيران أمس في موسكو.", {'signed'}),
    ("وقال لافروف إن اتفاقية التعاون الجمركي بين روسيا وإيران جاهزة للتوقيع. وتحققت توقعات المحللين إذ وقعها الوزيران أمس.", {'signed'}),
    ("وقعت روسيا وإيران اتفاقية التعاون الجمركي في نوفمبر. وفي خطوة فاقت التوقعات صادق عليها البرلمان الإيراني أمس.", {'ratified'}),
    ("وقعت روسيا وإيران اتفاقية التعاون الجمركي في نوفمبر. وعلى غير المتوقع صادق عليها البرلمان الإيراني بعد أسبوع فقط.", {'ratified'}),
])
def test_the_reviews_misreadings_are_read_as_before(text, statuses):
    assert _statuses(text) == statuses


@pytest.mark.parametrize("text,status", [
    # what is to be done under it, or talked of: its own step, told by its participle
    ("وقال نوفاك إن الأعمال التحضيرية لخط السكك الحديدية ستنطلق الشهر المقبل بموجب الاتفاقية الحكومية الموقعة أمس "
     "بين روسيا وإيران.", "signed"),
    ("وبحث الوزيران الإيراني والروسي سبل تطوير التعاون بموجب اتفاقية التعاون العسكري الموقعة بين البلدين عام 2015.",
     "signed"),
    # done under it now: it is being carried out
    ("وقال كيرينكو إن عملية تحميل الوقود تجري بموجب الاتفاق الموقع بين إيران وروسيا عام 2005.", "implementing"),
    ("وقال رئيس روساتوم سيرغي ليخاتشوف إن تحميل الوقود يجري بموجب الاتفاق الموقع بين إيران وروسيا عام 2005.",
     "implementing"),
])
def test_what_is_done_under_it_now_or_to_come(text, status):
    assert _statuses(text) == {status}


def test_a_noun_that_opens_like_a_future_verb_is_no_future():
    # «سياحية» is tourism, not «سـ» + a verb: the group arrived under the agreement, in force and at work
    assert _statuses("وصلت أمس أول مجموعة سياحية روسية إلى أصفهان بموجب اتفاق الإعفاء من التأشيرات المبرم بين موسكو "
                     "وطهران.") == {"implementing"}


@pytest.mark.parametrize("text,status", [
    ("وتوقع أن يرتفع التبادل بين إيران وروسيا هذا العام مع دخول اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي "
     "عامها الثاني.", "in_force"),
    ("ودخلت معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا عامها الثاني وسط تساؤلات عن ثمارها.", "in_force"),
    # its talks in their second year: still negotiated
    ("ودخلت المفاوضات على اتفاقية التعاون الجمركي بين إيران وروسيا عامها الثاني.", "negotiating"),
])
def test_entering_its_second_year(text, status):
    assert _statuses(text) == {status}
