"""Session 42: the status boundaries session 41's battery found misread (etl/extract/agreements.py). Each passage is
written for this test; each rule's test fails with the rule taken out."""
import pytest

from etl.extract import extract


def statuses(text: str) -> set[str | None]:
    """The statuses of the agreements found in ``text``."""
    return {s.status for s in extract(text)[1] if s.kind == "agreement"}


@pytest.mark.parametrize("text, status", [
    # talks stalled on a named agreement: it is still being negotiated, not one they failed to reach
    ("تعثرت المحادثات بين إيران وروسيا حول اتفاقية لتسعير النفط المصدر عبر بحر قزوين.", "negotiating"),
    ("وتعثرت المفاوضات بين موسكو وطهران بشأن اتفاقية التعاون في مجال الطيران المدني منذ الربيع.", "negotiating"),
])
def test_talks_stalled_on_an_agreement_are_talks(text, status):
    assert statuses(text) == {status}


def test_talks_that_failed_to_reach_an_agreement_tell_none():
    assert statuses("فشلت المحادثات بين إيران وروسيا في التوصل إلى اتفاقية للتعاون في مجال الغاز.") == set()


@pytest.mark.parametrize("text, status", [
    # the cabinet named before its verb: its approval sends the agreement to parliament, signed
    ("وأعلنت طهران أن مجلس الوزراء صادق على اتفاقية التعاون الجمركي مع روسيا وأحالها إلى البرلمان.", "signed"),
    ("وقال المتحدث إن الحكومة الإيرانية أقرت مذكرة التفاهم مع روسيا في مجال الصناعة تمهيدا لإحالتها إلى البرلمان.",
     "signed"),
    # (a house and the cabinet together: the house's vote)
    ("وكان البرلمان الإيراني والحكومة قد صادقا على اتفاقية النقل الدولي مع روسيا.", "ratified"),
])
def test_a_cabinet_named_first_approves_no_ratification(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # the instruments' exchange awaited: ratified; ratification awaited: signed
    ("ولا تزال اتفاقية المساعدة القانونية بين إيران وروسيا تنتظر تبادل وثائق التصديق بعد أن أقرها البرلمانان.",
     "ratified"),
    ("وتنتظر اتفاقية المساعدة القانونية بين إيران وروسيا مصادقة مجلس الشورى الإسلامي.", "signed"),
])
def test_an_exchange_of_instruments_awaited_leaves_it_ratified(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # renewed, the agreement the verb's object: in force
    ("وجددت إيران وروسيا لثلاث سنوات إضافية اتفاقية التعاون في مجال مكافحة الإرهاب.", "in_force"),
    ("جدد البلدان الإيراني والروسي مذكرة التفاهم الخاصة بالتبادل الثقافي لعامين آخرين.", "in_force"),
    # a call, a commitment or an emphasis renewed is not the agreement renewed
    ("وجددت إيران وروسيا التزامهما بالاتفاقية الموقعة بينهما عام 2020.", "signed"),
    ("وجدد الرئيسان الإيراني والروسي التأكيد على اتفاقية التعاون في مجال الطاقة.", "mentioned"),
])
def test_an_agreement_renewed_is_in_force(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # its vote put off: its ratification pending, signed
    ("وأرجأ مجلس الشورى الإسلامي التصويت على اتفاقية الصيد في بحر قزوين مع روسيا إلى الدورة المقبلة.", "signed"),
    ("وقرر البرلمان تأجيل التصويت على اتفاقية التعاون الأمني بين إيران وروسيا أسبوعين.", "signed"),
])
def test_a_vote_put_off_leaves_it_signed(text, status):
    assert statuses(text) == {status}


def test_a_signing_said_to_be_needed_is_proposed():
    text = "وأكد الوزير الروسي ضرورة أن توقع موسكو وطهران اتفاقية للتعاون في صناعة السفن."
    assert statuses(text) == {"proposed"}


def test_once_it_enters_into_force_is_to_come():
    text = ("وقال مسؤول إيراني إن بلاده ستبدأ استيراد القمح الروسي بموجب الاتفاقية الموقعة مع روسيا الأسبوع الماضي "
            "فور دخولها حيز التنفيذ.")
    assert statuses(text) == {"signed"}
    # (said of the past, it is in force)
    past = "وبدأت إيران استيراد القمح الروسي بموجب الاتفاقية الموقعة مع روسيا فور دخولها حيز التنفيذ."
    assert statuses(past) != {"signed"}


def test_work_under_it_not_yet_begun_leaves_it_signed():
    text = "وقال الوزير الإيراني إن العمل بموجب اتفاقية النقل النهري مع روسيا لم يبدأ بعد رغم توقيعها قبل عام."
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text, status", [
    # a house's vote told by the pronoun, the house between the verb and it
    ("وتناقش الأوساط السياسية في موسكو معاهدة الشراكة الشاملة بين روسيا وإيران. وقد صوّت مجلس الاتحاد لصالحها "
     "بالإجماع.", "ratified"),
    # done according to it, by its pronoun at the opening
    ("ووقعت إيران وروسيا العام الماضي اتفاقية لتوريد الحافلات الروسية إلى طهران. ووفقا لها، تسلمت بلدية طهران أول "
     "مئة حافلة.", "implementing"),
    # its ratification's bill sent on, by the pronoun: signed
    ("ووقعت إيران وروسيا اتفاقية التعاون في مجال الجمارك. وقد أحالت الحكومة الإيرانية لائحة المصادقة عليها إلى "
     "البرلمان.", "signed"),
    # its signing ceremony prepared: the text ready
    ("وتعد اتفاقية التعاون في مجال الطاقة المتجددة بين إيران وروسيا أولوية للبلدين. ويجري الإعداد لمراسم توقيع "
     "الاتفاقية خلال القمة المقبلة.", "drafted"),
    # its progress reviewed, a roadmap referred back to by «الوثيقة»
    ("ووقعت إيران وروسيا خريطة الطريق للتعاون في مجال الزراعة في طهران. واستعرضت اللجنة المشتركة التقدم في تطبيق "
     "الوثيقة.", "implementing"),
])
def test_a_step_told_in_the_next_sentence(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text, status", [
    # renewed for a term, told after its name: in force
    ("وقال المتحدث إن اتفاقية التعاون الثقافي بين إيران وروسيا «جُدّدت لثلاث سنوات أخرى» الشهر الماضي.", "in_force"),
    # (a stand renewed for a term is no agreement renewed)
    ("وقال إن اتفاقية التعاون الثقافي بين إيران وروسيا مهمة، وجدد دعوته لخمس مبادرات جديدة.", "mentioned"),
])
def test_renewed_for_a_term_after_its_name(text, status):
    assert statuses(text) == {status}


FIRST = "وتحدث وزير الاقتصاد الإيراني أمس عن اتفاقية التعاون في مجال التأمين بين إيران وروسيا. "


@pytest.mark.parametrize("second, status", [
    # proposed: a call or offer to conclude it, by the pronoun
    ("وقد اقترح الوزير على نظيره الروسي إبرامها قبل نهاية العام.", "proposed"),
    # talks on it: an adjective between, «على», its text, a possibility studied
    ("وقال إن المفاوضات الجارية حولها بلغت مرحلة متقدمة.", "negotiating"),
    ("وأكد مسؤول روسي مواصلة التفاوض عليها في الجولة المقبلة.", "negotiating"),  # (read so before: a control)
    ("وأوضح أن المشاورات حول نصها مستمرة بين الخبراء.", "negotiating"),
    ("وخلال الأسبوع الماضي، بحث خبراء من البلدين إمكانية إبرامها في اجتماعات عقدت في طهران.", "negotiating"),
    ("وقال إن العمل على صياغة بنودها يسير بوتيرة جيدة.", "negotiating"),
    # a text: finished, initialled, its signing set or its ceremony prepared
    ("وأعلن الجانبان الانتهاء من صياغة نصها النهائي.", "drafted"),
    ("ويوم الثلاثاء، وُقّع نصها بالأحرف الأولى في موسكو.", "drafted"),
    ("وتقرر توقيعها في العاشر من الشهر المقبل.", "drafted"),
    ("ويجري التحضير لمراسم توقيعها في طهران.", "drafted"),
    # signed, its signers between the verb and the pronoun
    ("كما وقّع الوزيران عليها في ختام المحادثات.", "signed"),
    # ratified: a house passed its law; an adjective between the noun and the pronoun
    ("وقد صادق مجلس الشورى الإسلامي على قانونها الأسبوع الماضي.", "ratified"),
    ("وجاء ذلك عقب المصادقة البرلمانية عليها الأسبوع الماضي.", "ratified"),
    # in force: since it entered, its work extended
    ("ولم تنشر الوزارة بعد، منذ دخولها حيز التنفيذ، أي أرقام عن نتائجها.", "in_force"),
    ("وقد مُدّد العمل بها خمس سنوات إضافية.", "in_force"),
    # carried out: things done under it, its carrying out followed
    ("كما جرت بموجبها الشهر الماضي أول عملية تحويل مالي.", "implementing"),
    ("وقد بدأت شركة روسية بموجبها حفر أول بئر استكشافية.", "implementing"),
    ("واجتمعت اللجنة المشتركة المكلفة بمتابعة تنفيذها في موسكو.", "implementing"),  # (read so before: a control)
])
def test_a_step_by_its_pronoun_in_the_next_sentence(second, status):
    assert statuses(FIRST + second) == {status}


def test_a_drafting_yet_to_be_done_is_proposed():
    # (a control: the drafting of its text, read as talks this session, is not so when it is yet to be done)
    text = ("وذكر البيان أن الرئيس الإيراني سلّم الجانب الروسي مقترحا لاتفاقية التعاون في مجال التأمين بين إيران "
            "وروسيا، على أن تتولى وزارتا الخارجية صياغة بنودها.")
    assert statuses(text) == {"proposed"}


def test_a_protocol_referred_back_to():
    text = ("سيخفض بروتوكول التعاون الجمركي بين إيران وروسيا زمن تخليص الشحنات على الحدود. وكان البروتوكول قد وُقّع "
            "في طهران الشهر الماضي.")
    assert statuses(text) == {"signed"}


def test_carried_out_stays_over_in_force_told_after():
    # (a control for «منذ دخولها حيز التنفيذ», read as in force this session: it does not undo being carried out)
    text = ("وأقرّ الجانبان الإيراني والروسي برنامج عمل لتنفيذ معاهدة الشراكة الاستراتيجية الشاملة، منذ دخولها حيز "
            "التنفيذ في تشرين الأول الماضي.")
    assert statuses(text) == {"implementing"}


@pytest.mark.parametrize("text, status", [
    # talks to conclude it, the noun or the verb, then «لإبرام»: talks, not a signing
    ("وقال الوزير إن إيران تجري مفاوضات مع روسيا لإبرام اتفاقية للتعاون في مجال الصيد.", "negotiating"),
    ("وأكد المتحدث أن طهران تتفاوض مع موسكو لإبرام اتفاقية للتعاون في مجال الصيد.", "negotiating"),
])
def test_talks_to_conclude_one_are_talks(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text", [
    # any talks on it denied
    "وقال الوزير الإيراني إن بلاده لم تدخل في أي مفاوضات مع روسيا لإبرام اتفاقية دفاعية.",
    "وقال المتحدث الإيراني إنه لا توجد أي محادثات مع روسيا بشأن اتفاقية للتعاون في مجال الفضاء.",
    # another pair's catalogue agreement, the third state joined to one of the two by «و»
    "وقعت موسكو وأنقرة اتفاقية للتعاون في مجال الطاقة النووية السلمية، وتقول مصادر إيرانية إن ذلك يقلق طهران.",
    "وقعت أنقرة وموسكو اتفاقية للتعاون في مجال الطاقة النووية السلمية، وتقول مصادر إيرانية إن ذلك يقلق طهران.",
])
def test_no_agreement_of_the_two(text):
    assert statuses(text) == set()


def test_the_two_with_a_third_sign_theirs_still():
    # (a control: the third state joined to the two, as in the Astana format, leaves it theirs)
    text = "ووقعت إيران وروسيا وتركيا اتفاقية للتعاون في مجال الطاقة النووية السلمية في طهران."
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text, status", [
    # renewed by its noun, not when a renewal is called for
    ("وأعلنت وزارة الزراعة الإيرانية أنه تم تجديد اتفاقية التعاون في مجال الثروة السمكية مع روسيا لخمس سنوات.",
     "in_force"),
    ("ودعا الوزير الإيراني إلى تجديد اتفاقية التعاون في مجال الثروة السمكية مع روسيا.", "proposed"),
    # a vote put off, the house between «التصويت» and «على»
    ("وأُرجئ التصويت في مجلس الشورى الإيراني على اتفاقية التعاون الأمني مع روسيا إلى الأسبوع المقبل.", "signed"),
    # a signing said to be needed, by its verbal noun or «من الضروري أن»
    ("وشدد مساعد وزير الخارجية الإيراني على ضرورة توقيع اتفاقية مع روسيا لتسهيل التأشيرات.", "proposed"),
    ("ورأى السفير الروسي أنه من الضروري أن تبرم موسكو وطهران اتفاقية لحماية الاستثمارات.", "proposed"),
    # a call renewed by its noun
    ("وجدّد وزير الخارجية الإيراني دعوة بلاده إلى إبرام اتفاقية مع روسيا للتعاون في مجال الفضاء.", "proposed"),
    # nothing begun under it yet
    ("ولم تبدأ بعد أعمال بناء المحطة بموجب الاتفاقية الموقعة بين إيران وروسيا قبل عامين.", "signed"),
    ("ولم يُشرع حتى الآن في تنفيذ مذكرة التفاهم الموقعة بين طهران وموسكو في مجال السكك الحديدية.", "signed"),
])
def test_review_findings_of_session_42(text, status):
    assert statuses(text) == {status}


def kinds(text: str) -> set[tuple[str, str]]:
    """The (kind, key) of every signal found in ``text``."""
    return {(s.kind, s.key) for s in extract(text)[1]}


def test_what_joins_the_two_by_a_dual_pronoun_is_theirs():
    text = ("صار الروس والإيرانيون بائعين متنافسين على الزبون نفسه في سوق النفط الآسيوية. والأرجح أن ما يجمعهما زواج "
            "مصلحة تفرضه العقوبات.")
    assert ("relations", "other") in kinds(text)
    # (another pair's: not theirs)
    assert kinds("وقّعت الصين والهند اتفاقية تجارية. ويرى خبراء أن ما يجمعهما زواج مصلحة.") == set()


def test_an_alliance_of_the_moment_is_no_partnership():
    text = "تحدث الوزير عن العلاقات بين موسكو وطهران. وقال إن ما يربطهما تحالف ظرفي لا أكثر."
    assert kinds(text) == {("relations", "other")}
