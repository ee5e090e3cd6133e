"""Session 40: the two's treaty told by its bare noun, an agreement named by its other side, and a verb joined to a
relative clause (etl/extract/agreements.py, etl/extract/article.py)."""
from datetime import date

import pytest

from etl.extract import extract
from tests.extracting import statuses

AFTER_THE_TREATY = date(2025, 7, 1)
BEFORE_THE_TREATY = date(2019, 7, 1)


def agreements(text: str, published: date | None = AFTER_THE_TREATY) -> list[tuple[str, str | None]]:
    """The (key, status) of the agreements in ``text``, read as an article dated ``published``."""
    return [(s.key, s.status) for s in extract(text, published=published)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text, step", [
    # dated after the treaty was signed, a bare «المعاهدة» between the two is that treaty
    ("وقال الكرملين إن المعاهدة مع إيران لا تتضمن بنودا للدفاع المشترك.", "mentioned"),
    ("وأكد المتحدث باسم الخارجية الإيرانية أن المعاهدة بين طهران وموسكو دخلت حيز التنفيذ.", "in_force"),
    ("وأعلن الكرملين أن مجلس الدوما صادق على المعاهدة مع إيران.", "ratified"),
    # and so is «المعاهدة الاستراتيجية» or «معاهدة استراتيجية» between the two, whenever dated
    ("ووقّعت روسيا وإيران معاهدة استراتيجية خلال زيارة الرئيس الإيراني إلى موسكو.", "signed"),
])
def test_a_bare_treaty_after_its_signing_is_the_two_treaty(text, step):
    assert agreements(text) == [("strategic_partnership_treaty", step)]


def test_the_strategic_treaty_is_named_whenever_dated():
    text = "وأعلن الكرملين أن المعاهدة الاستراتيجية بين روسيا وإيران ستُوقع خلال القمة."
    assert [key for key, _ in agreements(text, BEFORE_THE_TREATY)] == ["strategic_partnership_treaty"]


def test_a_bare_treaty_before_its_signing_is_not_the_treaty():
    text = "وقال الكرملين إن المعاهدة مع إيران لا تتضمن بنودا للدفاع المشترك."
    assert "strategic_partnership_treaty" not in [key for key, _ in agreements(text, BEFORE_THE_TREATY)]
    assert "strategic_partnership_treaty" not in [key for key, _ in agreements(text, None)]


def test_a_bare_treaty_after_another_treaty_is_that_one():
    text = ("ووقع وزيرا خارجية أرمينيا وأذربيجان بالأحرف الأولى نص معاهدة السلام بين البلدين. "
            "وقالت طهران وموسكو إن المعاهدة لم توقع بعد.")
    assert "strategic_partnership_treaty" not in [key for key, _ in agreements(text)]


def test_the_deal_with_iran_in_an_article_on_the_nuclear_deal_is_that_deal():
    text = ("وتتمسك روسيا بالاتفاق النووي الذي وقعته القوى الكبرى مع إيران عام 2015. "
            "وقال لافروف إن موسكو لن تتخلى عن الاتفاق مع إيران.")
    assert agreements(text) == []


def test_an_agreement_named_by_its_other_side_is_the_one_the_article_named():
    text = ("وقعت إيران وروسيا اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي. "
            "وقال وزير التجارة الروسي إن روسيا صادقت على الاتفاقية مع إيران.")
    assert [key for key, _ in agreements(text)] == ["eaeu_fta", "eaeu_fta"]


@pytest.mark.parametrize("text, step", [
    # a step verb joined by «و» or «ثم» to the relative clause is the clause's too
    ("وقالت موسكو إن اتفاقية النقل مع إيران التي صادق عليها الدوما ومجلس الشورى الإيراني ودخلت حيز التنفيذ في "
     "الخريف تخفض رسوم العبور.", "in_force"),
    ("وأوضح أن مذكرة التفاهم بين إيران وروسيا التي وقعها وزيرا الطاقة في أستراخان ثم صادق عليها البرلمان الإيراني تشمل "
     "الكهرباء.", "ratified"),
    # past a comma the clause has ended
    ("وأوضح أن اتفاقية النقل بين إيران وروسيا التي صادق عليها مجلس الشورى الإيراني في الربيع، ودخلت رسوم "
     "جديدة حيز التنفيذ.", "ratified"),
])
def test_a_verb_joined_to_the_relative_clause(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a parliament studying the agreement or the bill of its ratification: it is signed, its ratification pending
    ("يدرس مجلس الشورى الإسلامي لائحة المصادقة على اتفاقية التعاون البيئي مع روسيا.", "signed"),
    ("وتدرس لجنة في البرلمان الإيراني اتفاقية التعاون البيئي مع روسيا.", "signed"),
    # a government studying it is still at the talks
    ("تدرس الحكومة الإيرانية اتفاقية التعاون البيئي مع روسيا.", "negotiating"),
])
def test_a_house_studying_it(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # articles agreed: by «التوافق», counted out of a total, or settled without «على»
    ("جرى التوافق بين الوفدين الإيراني والروسي على معظم بنود اتفاقية التعاون في مجال الزراعة.", "drafted"),
    ("اتفق خبراء إيران وروسيا على ٣٠ مادة من أصل ٣٢ مادة في اتفاقية التعاون في مجال الزراعة.", "drafted"),
    ("وحُسمت جميع بنود اتفاقية التعاون في مجال الزراعة بين إيران وروسيا.", "drafted"),
])
def test_articles_agreed(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # «الجاري» after a time is the current one, and the verbal noun after it keeps its own reading
    ("ومن المنتظر أن يبدأ خلال الربع الأخير من العام الجاري تنفيذ اتفاقية الربط الكهربائي بين إيران وروسيا.", "signed"),
    ("وتواصل خلال العام الجاري تنفيذ اتفاقية الربط الكهربائي بين إيران وروسيا.", "implementing"),
    # when its carrying out begins is asked: not yet begun
    ("متى يبدأ تنفيذ اتفاقية الربط الكهربائي الموقعة بين إيران وروسيا؟", "signed"),
])
def test_the_current_year_and_a_beginning_asked(text, step):
    assert statuses(text) == [step]


def test_the_iranian_deal_with_the_russian_adjective_is_the_two():
    assert statuses("وقّع الجانبان الاتفاق الإيراني الروسي بشأن التعاون في مجال الأرصاد الجوية.") == ["signed"]
    assert statuses("وقال المسؤول الروسي إن بلاده ما زالت ملتزمة بالاتفاق الإيراني.") == []


@pytest.mark.parametrize("text, step", [
    # taken effect: «حيز التطبيق»/«حيز النفاذ» after the verb, binding or in effect become, renewed of itself
    ("دخلت حيز التطبيق اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية.", "in_force"),
    ("دخلت حيز النفاذ اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية.", "in_force"),
    ("باتت اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية ملزمة للطرفين.", "in_force"),
    ("صارت اتفاقية التعاون الإيرانية الروسية في مجال الأرصاد الجوية ملزمة للهيئتين منذ مطلع الشهر.", "in_force"),
    ("وأعلنت موسكو أن اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية جُدّدت تلقائيا لخمس سنوات.", "in_force"),
    ("ومنذ نفاذ اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية تتبادل الهيئتان البيانات يوميا.", "in_force"),
    ("سرت أحكام اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية مطلع الشهر.", "in_force"),
    # not binding is not in force
    ("باتت اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية غير ملزمة بعد انسحاب موسكو منها.", "signed"),
])
def test_taken_effect(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the next sentence opens on its becoming in force, its subject unsaid
    ("ووقّعت إيران وروسيا اتفاقية للتعاون في مجال الأرصاد الجوية. وقد أصبحت نافذة منذ الأسبوع الماضي.", "in_force"),
    # a window is no force
    ("ووقّعت إيران وروسيا اتفاقية للتعاون في مجال الأرصاد الجوية. وقد أصبحت نافذة الحوار مفتوحة.", "signed"),
])
def test_become_in_force_next_sentence(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a house passing the bill of its ratification, however many words tell its votes; the Guardian Council too
    ("وافق نواب مجلس الشورى الإسلامي بأغلبية 201 صوت من أصل 240 على مشروع قانون المصادقة على اتفاقية التعاون "
     "الزراعي مع روسيا.", "ratified"),
    ("أعلن مجلس صيانة الدستور موافقته على لائحة المصادقة على اتفاقية التعاون الزراعي بين إيران وروسيا.", "ratified"),
    # a government's approval passes it on; a vote against refuses its ratification
    ("أعلنت الحكومة الإيرانية موافقتها على لائحة المصادقة على اتفاقية التعاون الزراعي بين إيران وروسيا.", "signed"),
    ("صوّت نواب مجلس الشورى الإسلامي بأغلبية كبيرة ضد مشروع قانون المصادقة على اتفاقية التعاون الزراعي مع روسيا.",
     "signed"),
])
def test_the_bill_passed_or_refused(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the sentence opens on «according to» it, and past the comma tells a deed done: carried out
    ("ووفق اتفاقية التعاون الزراعي بين إيران وروسيا، وصلت إلى ميناء أنزلي أول شحنة من البذور الروسية.", "implementing"),
    ("ووفقا لمذكرة التفاهم بين وزارتي الزراعة الإيرانية والروسية، أنهى خمسون مهندسا إيرانيا دورة في كراسنودار.",
     "implementing"),
    # what it binds them to, or what is to come, is its terms
    ("ووفقا لاتفاقية التعاون الزراعي بين إيران وروسيا، تلتزم موسكو بتوريد البذور.", "mentioned"),
    ("ووفقا لاتفاقية التعاون الزراعي بين إيران وروسيا، ستحصل طهران على البذور.", "mentioned"),
])
def test_done_according_to_it(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the possibility of concluding it studied or discussed, its subject long or an aside between: talks
    ("يدرس خبراء من وزارتي الزراعة الإيرانية والروسية إمكانية إبرام اتفاقية للتعاون في مكافحة الجراد.", "negotiating"),
    ("وبحث وزيرا الزراعة الإيراني والروسي، في اتصال هاتفي مطول، إمكانية توقيع اتفاقية للتعاون في مكافحة الجراد.",
     "negotiating"),
    # talks on concluding it, or right on it
    ("تواصلت في موسكو المشاورات بين خبراء من البلدين بشأن إبرام اتفاقية للتعاون في مكافحة الجراد بين إيران وروسيا.",
     "negotiating"),
    ("أجرت إيران وروسيا محادثات حول توقيع اتفاقية للتعاون في مكافحة الجراد.", "negotiating"),
    # talks agreed to begin, an aside between, or ministries charged with beginning them: proposed
    ("اتفق الجانبان الإيراني والروسي، في ختام محادثات في طهران، على إطلاق مفاوضات بشأن اتفاقية للتعاون في مكافحة "
     "الجراد.", "proposed"),
    ("وكلف الرئيسان الإيراني والروسي وزارتي الزراعة ببدء مفاوضات حول اتفاقية للتعاون في مكافحة الجراد.", "proposed"),
    # open to concluding one
    ("وأكد المتحدث باسم الحكومة الإيرانية أن طهران منفتحة على إبرام اتفاقية مع موسكو في مجال مكافحة الجراد.",
     "proposed"),
    # a question whether they are close to signing it tells no signing
    ("هل تقترب طهران وموسكو من توقيع اتفاقية للتعاون في مكافحة الجراد؟", "mentioned"),
])
def test_before_any_text(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # its signing ceremony put off: the text is ready, not signed
    ("أُرجئت مراسم التوقيع على اتفاقية التعاون في مجال الأرصاد الجوية بين إيران وروسيا بسبب إلغاء الزيارة.", "drafted"),
    # another thing put off before a signing is no put-off signing
    ("أجلت الحكومة الإيرانية اجتماعها ثم وقعت اتفاقية التعاون في مجال الأرصاد الجوية مع روسيا.", "signed"),
    # its ratification refused, an aside between: signed
    ("رفض مجلس الشورى الإسلامي، في تصويت مفاجئ، المصادقة على اتفاقية التعاون في مجال الأرصاد الجوية الموقعة مع "
     "روسيا.", "signed"),
])
def test_put_off_or_refused(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # its text told done by its pronoun before it, and not signed: drafted
    ("ورغم الانتهاء من إعداد نصها قبل عام، لم تُوقّع حتى الآن الاتفاقية الإيرانية الروسية بشأن مكافحة الجراد.",
     "drafted"),
    ("ولم تُوقّع حتى الآن الاتفاقية الإيرانية الروسية بشأن مكافحة الجراد.", "negotiating"),
    # talks aimed at reaching it
    ("عُقدت في موسكو جولة من المحادثات بين وفدين من وزارتي الزراعة الإيرانية والروسية بهدف التوصل إلى اتفاقية "
     "لمكافحة الجراد.", "negotiating"),
    ("أجرت إيران وروسيا مفاوضات للتوصل إلى اتفاقية لمكافحة الجراد.", "negotiating"),
])
def test_text_done_before_and_talks_aimed_at_it(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # entering its second (third…) year: in force that long
    ("وتدخل اتفاقية التعاون في مجال الأرصاد الجوية بين إيران وروسيا عامها الثالث.", "in_force"),
    ("ويتوقع أن يرتفع التبادل بين روسيا وإيران مع دخول اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي عامها "
     "الثاني.", "in_force"),
])
def test_its_years_in_force_counted(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text", [
    # a catalogue name whose parties, a few words of its term on, are another pair
    "تزامنا مع زيارة وزير الخارجية الإيراني إلى موسكو، أعلنت بكين أن اتفاقية التعاون الشامل لمدة 25 عاما بين الصين "
    "وإيران دخلت مرحلة التنفيذ.",
    # one of the two with another state as the signing's subject, the other only named after
    "وقّعت إيران والعراق في بغداد مذكرة تفاهم لتوسيع الربط الكهربائي، وذلك بعد ساعات من مغادرة وفد اقتصادي روسي.",
])
def test_another_pairs_agreement(text):
    assert statuses(text) == []


@pytest.mark.parametrize("text, step", [
    # the parties of its phrase end at the comma: a third state in the next clause is not one of them
    ("في الوقت الذي صادق فيه البرلمان الإيراني على معاهدة الشراكة الاستراتيجية مع روسيا، تتفاوض أنقرة وباكو على "
     "اتفاق للطاقة.", "ratified"),
    # a phrase of another matter between the name and «مع» does not make the third state its party
    ("وتساءل نواب إيرانيون عن جدوى معاهدة الشراكة الاستراتيجية مع روسيا في ظل الصراع الدائر مع إسرائيل.", "mentioned"),
])
def test_the_two_agreement_near_a_third_state(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # two drafts exchanged (the dual in construct) are drafts exchanged: still negotiated, as the house reads them
    ("أفادت وكالة تاس بأن موسكو وطهران تبادلتا مسودتي اتفاقية التعاون في مجال الأرصاد الجوية.", "negotiating"),
    # its carrying out stalled: it was reached, and is being carried out
    ("تعثر تنفيذ الاتفاق الإيراني الروسي لإنشاء مصنع للجرارات في تبريز بسبب صعوبات في تحويل الأموال.", "implementing"),
])
def test_drafts_exchanged_and_carrying_out_stalled(text, step):
    assert statuses(text) == [step]


def test_an_agreement_they_failed_to_reach_is_none():
    assert statuses("فشلت إيران وروسيا في التوصل إلى اتفاق لإنشاء مصنع للجرارات.") == []


@pytest.mark.parametrize("text, step", [
    # «هيئة الوزراء» (the Iranian cabinet) is a government: its approval of the bill passes it on
    ("صادقت هيئة الوزراء الإيرانية، في جلستها الأسبوعية، على لائحة اتفاقية التعاون في مجال الأرصاد الجوية بين إيران "
     "وروسيا.", "signed"),
    # sent to parliament for ratifying it: the step to come, not taken
    ("وقّعت إيران وروسيا اتفاقية التعاون في مجال الأرصاد الجوية، وقررت الحكومة الإيرانية إحالتها إلى مجلس الشورى "
     "للمصادقة عليها.", "signed"),
    # the plenary of the house passing it
    ("وصوتت الهيئة العامة لمجلس الشورى الإسلامي لصالح اتفاقية التعاون في مجال الأرصاد الجوية مع روسيا.", "ratified"),
])
def test_the_cabinet_and_the_plenary_spelt_folded(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # its work extended or renewed after the relative clause of its signing, joined by «و»
    ("وتحل الوثيقة الجديدة بين إيران وروسيا محل معاهدة التعاون في مجال الأرصاد الجوية التي وقعها الوزيران عام 2001 "
     "لمدة عشر سنوات، ومُدد العمل بها تلقائيا منذ ذلك الحين.", "in_force"),
    # said in the next sentence to have entered into force, the pronoun its subject
    ("ووقعت إيران وروسيا اتفاقية التعاون في مجال الأرصاد الجوية في كانون الثاني. وأعلنت الخارجية الروسية أنها دخلت "
     "حيز التنفيذ في الثاني من تشرين الأول.", "in_force"),
    # to enter it is still to come: signed
    ("ووقعت إيران وروسيا اتفاقية التعاون في مجال الأرصاد الجوية في كانون الثاني. وقال الوزير إنها ستدخل حيز التنفيذ "
     "قريبا.", "signed"),
])
def test_later_steps_told_after(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # named again in full in a later sentence that names one side only: its step there counts
    ("ووقعت إيران وروسيا اتفاقية التعاون في مجال الأرصاد الجوية في طهران. وصادق مجلس الدوما الروسي الأربعاء على "
     "اتفاقية التعاون في مجال الأرصاد الجوية.", "ratified"),
    # or in the lead before, which tells the newest step
    ("وصادق مجلس الدوما الروسي الأربعاء على اتفاقية التعاون في مجال الأرصاد الجوية. وكانت إيران وروسيا قد وقعتا "
     "اتفاقية التعاون في مجال الأرصاد الجوية في طهران العام الماضي.", "ratified"),
    # a catalogue agreement by its terms: Putin signing the law of its ratification, the five's signing after
    ("ووقّع الرئيس الروسي، الثلاثاء، قانون المصادقة على اتفاقية الوضع القانوني لبحر قزوين. ووقّع قادة الدول الخمس "
     "المطلة على البحر، وهي روسيا وإيران وأذربيجان وكازاخستان وتركمانستان، الاتفاقية في مدينة أكتاو عام 2018.",
     "ratified"),
])
def test_the_step_where_it_is_named_again(text, step):
    assert statuses(text) == [step]


def test_the_place_it_was_made_is_no_part_of_its_name():
    text = "ووقّع وزيرا الزراعة الإيراني والروسي الاتفاقية في مدينة أستراخان."
    assert [s.label for s in extract(text)[1] if s.kind == "agreement"] in ([], ["الاتفاقية"])
    text = "ووقّع وزيرا الزراعة الإيراني والروسي اتفاقية للتعاون في مكافحة الجراد في مدينة أستراخان."
    assert [s.label for s in extract(text)[1] if s.kind == "agreement"] == ["اتفاقية للتعاون في مكافحة الجراد"]


@pytest.mark.parametrize("text, step", [
    # not signed, its text told done in the relative clause set off as an aside
    ("وتأتي المشاورات فيما لا تزال اتفاقية التعاون في مجال الأرصاد الجوية بين إيران وروسيا، التي يقول الجانبان إن "
     "معظم بنودها اكتمل، لم توقَّع بعد.", "drafted"),
    # not signed, a draft told prepared
    ("وأوضح أن اتفاقية التعاون في مجال الأرصاد الجوية بين إيران وروسيا لم توقع بعد، مشيرا إلى أن الجانبين أعدّا "
     "مسودة تنتظر المصادقة.", "drafted"),
])
def test_not_signed_with_its_text_done(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # its term and renewal told in the present: what it provides, not a step
    ("وقّع الرئيسان الإيراني والروسي في الكرملين اتفاقية التعاون في مجال الأرصاد الجوية لمدة عشرين عاما، تُمدَّد "
     "تلقائيا لفترات مدة كل منها خمس سنوات.", "signed"),
    # welcomed as entered, it is in force
    ("ورحب الجانبان بدخول اتفاقية التعاون بين إيران وروسيا في مجال الأرصاد الجوية حيز التنفيذ.", "in_force"),
])
def test_its_term_and_its_entry(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a house passing the bill, an aside of its day between; the agreement's noun before the catalogue's words
    ("طهران - وافق نواب مجلس الشورى الإسلامي، الأحد، على لائحة الاتفاقية المؤقتة لإقامة منطقة تجارة حرة بين إيران "
     "والاتحاد الاقتصادي الأوراسي الذي تقوده روسيا.", "ratified"),
    # «هيئة الحكومة» approving its bill passes it on
    ("أقرت هيئة الحكومة الإيرانية، في جلستها الأسبوعية، لائحة معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا.",
     "signed"),
    # bringing it into force is an act still to do
    ("ويعكس ذلك رغبة إيران وروسيا في إدخال معاهدة الشراكة الاستراتيجية الشاملة حيز التنفيذ قبل نهاية العام.", "signed"),
])
def test_the_house_the_government_and_bringing_into_force(text, step):
    assert [s.status for s in extract(text)[1] if s.kind == "agreement"] == [step]


@pytest.mark.parametrize("text, step", [
    # ready to enter talks on it: proposed
    ("وأعلن المسؤول الإيراني أن بلاده مستعدة للدخول في مفاوضات حول اتفاقية للتعاون في مكافحة الجراد مع روسيا.",
     "proposed"),
    # the two agreeing, many words between, to charge ministries with launching talks on it: proposed
    ("وكان الرئيسان الإيراني والروسي قد اتفقا في اتصال هاتفي الشهر الماضي على تكليف وزارتي الزراعة بإطلاق مشاورات "
     "حول اتفاقية للتعاون في مكافحة الجراد.", "proposed"),
    # «إمكان» is «إمكانية»: its concluding weighed, talks
    ("وقال الوزير إن الجانبين الإيراني والروسي بحثا إمكان إبرام اتفاق جديد للتعاون في مكافحة الجراد.", "negotiating"),
    # its text done, told in its relative clause, or its completion near while not signed: drafted
    ("ولم يوقف الخلاف العمل على اتفاقية التعاون في مكافحة الجراد بين إيران وروسيا، التي أنجز الطرفان نصها ويُفترض أن "
     "توقع قريبا.", "drafted"),
    ("ويلفت دبلوماسيون إلى أن اتفاقية التعاون في مكافحة الجراد بين إيران وروسيا، التي أعلن الجانبان مرارا اقتراب إنجاز "
     "نصها، لم توقع بعد.", "drafted"),
    # its signing prepared: drafted
    ("وبحث الوزيران الإيراني والروسي التحضير لتوقيع اتفاقية للتعاون في مكافحة الجراد.", "drafted"),
])
def test_readiness_charges_and_texts_done(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # the Guardian Council finding nothing in it against the sharia or the constitution: ratified
    ("أعلن المتحدث باسم مجلس صيانة الدستور أن المجلس درس قانون اتفاقية التعاون في مكافحة الجراد بين إيران وروسيا "
     "ولم يجد فيه ما يتعارض مع الشريعة الإسلامية أو الدستور.", "ratified"),
    # a call to suspend the study of its bill calls for no signing: the bill pending, it is signed
    ("وطالب نواب إيرانيون بتعليق دراسة لائحة اتفاقية التعاون في مكافحة الجراد مع روسيا.", "signed"),
])
def test_the_council_and_a_call_on_the_bill(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # a sentence telling only its terms is passed over: the step the next one tells is its step
    ("ووقّعت روسيا وإيران اتفاقية لتمويل خط السكة الحديد. وبحسب الاتفاقية، تقدم روسيا قرضا بقيمة مليار يورو. وتشير "
     "الدراسة إلى أن الاتفاقية دخلت مرحلة التنفيذ.", "implementing"),
    # its term told by a count of years, its renewal in the present: what it provides, not in force
    ("ووقّعت روسيا وإيران اتفاقية لتمويل خط السكة الحديد. وأضاف الوزير أن مدة الاتفاقية عشرون عاما، تُجدَّد تلقائيا "
     "لفترات من خمس سنوات.", "signed"),
    ("ووقّعت روسيا وإيران اتفاقية لتمويل خط السكة الحديد. وأضاف الوزير أن الاتفاقية تسري عشرين عاما قابلة للتمديد.",
     "signed"),
    # it will not become in force until…: signed
    ("ووقّعت روسيا وإيران اتفاقية لتمويل خط السكة الحديد. ولن تصبح الاتفاقية نافذة إلا بعد مصادقة البرلمانين.",
     "signed"),
])
def test_later_sentences_of_terms_and_not_yet(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # work on its text told going on, by its pronoun: still negotiated
    ("وقال المسؤول إن الجانبين الإيراني والروسي سيبحثان اتفاقية التعاون في مكافحة الجراد، مشيرا إلى أن العمل على "
     "نصها \"مستمر ولم ينته بعد\".", "negotiating"),
    # a later sentence set apart by «أما» for another subject tells that one's agreement, not the two's
    ("وأعلنت طهران أن اتفاقية الربط الكهربائي مع روسيا ما زالت قيد التفاوض. أما باكو فقد وقعت اتفاقية الربط الكهربائي "
     "مع موسكو الشهر الماضي.", "negotiating"),
])
def test_work_on_its_text_and_another_topic(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # near its signing, the subject between, or about to sign it: a text ready
    ("وتقترب طهران وموسكو من توقيع اتفاقية للتعاون في مكافحة الجراد.", "drafted"),
    ("وباتت طهران وموسكو على وشك توقيع اتفاقية للتعاون في مكافحة الجراد.", "drafted"),
    # asked, it is only named
    ("هل باتت طهران وموسكو على وشك توقيع اتفاقية للتعاون في مكافحة الجراد؟", "mentioned"),
    # its preparations, or talks that aimed at it
    ("وبحث الوزيران الإيراني والروسي الاستعدادات لتوقيع اتفاقية للتعاون في مكافحة الجراد.", "drafted"),
    ("وانتهت في موسكو المحادثات بين إيران وروسيا التي استهدفت التوصل إلى اتفاقية للتعاون في مكافحة الجراد.",
     "negotiating"),
    # its first year completed: in force
    ("وأكملت اتفاقية التعاون بين إيران وروسيا في مكافحة الجراد عامها الأول.", "in_force"),
])
def test_near_signing_and_a_year_completed(text, step):
    assert statuses(text) == [step]


@pytest.mark.parametrize("text, step", [
    # (review B's mends) bringing it into force told as done, not wished: in force
    ("وأسهم إدخال اتفاقية التعاون بين إيران وروسيا في مكافحة الجراد حيز التنفيذ في مايو الماضي في حماية المحاصيل.",
     "in_force"),
    # a pronoun in the next sentence when another agreement was named after the two's: not the two's step
    ("ووقعت إيران وروسيا اتفاقية للتعاون في مكافحة الجراد في سبتمبر، فيما وقعت إيران وتركيا اتفاقية مماثلة في أكتوبر. "
     "وأعلنت الخارجية التركية أمس أنها دخلت حيز التنفيذ.", "signed"),
    # its ratification said held up: not taken
    ("ورفضت روسيا اتهامات بتعطيل المصادقة على اتفاقية التعاون مع إيران في مكافحة الجراد.", "signed"),
])
def test_review_mends(text, step):
    assert statuses(text) == [step]
