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
