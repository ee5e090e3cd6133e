"""Rules written in session 19 from the language of the tuning part's errors and the twenty-fourth writing round's
tuning sets on arrival (CG, CI): each sentence here is written for the test, and each assertion fails with its rule
reverted."""
import pytest

from tests.extracting import found


@pytest.mark.parametrize("text", [
    "ويتوقع محللون عسكريون غربيون أن تتجه طهران في السنوات المقبلة إلى شراء مقاتلات ومنظومات دفاع روسية.",
    "ويتوقع مصرفيون أن تتجه موسكو وطهران بعد تشديد القيود إلى توسيع التسويات بالعملتين الوطنيتين.",
])
def test_what_someone_expects_at_the_opening_of_the_clause_is_no_deed(text):
    got = found(text)
    assert ("military", "arms_transfer") not in got and ("economic", "payments") not in got


def test_what_is_done_after_an_expectation_is_told_is_still_done():
    # the expectation governs its own clause only
    text = "ويتوقع محللون أن ترتفع الأسعار، لكن طهران تسلمت مقاتلات روسية من طراز ياك-130."
    assert ("military", "arms_transfer") in found(text)


def _agreements(text):
    from etl.extract import extract
    return [(s.key, s.status, s.label) for s in extract(text)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "وجرى في ختام المباحثات بين الوزيرين الإيراني والروسي التوقيع على مذكرة تفاهم.",
    "وتم التوقيع على اتفاقية بين روسيا وإيران لتسهيل النقل البري للبضائع.",
])
def test_the_definite_verbal_noun_of_signing_signs_an_unnamed_agreement(text):
    assert [st for _, st, _ in _agreements(text)] == ["signed"]


def test_the_two_after_between_are_part_of_the_name_which_goes_on():
    text = "ووقع الوزيران مذكرة تفاهم بين الجمهورية الإسلامية الإيرانية وروسيا الاتحادية للتعاون في مجال الطب البيطري."
    [(key, status, label)] = _agreements(text)
    assert label == "مذكرة تفاهم بين الجمهورية الإسلامية الإيرانية وروسيا الاتحادية للتعاون في مجال الطب البيطري"
    assert (key, status) == ("other", "signed")


def test_the_two_alone_after_between_name_its_parties_not_it():
    text = "وقال الخبير إن المعاهدة بين روسيا وإيران لا تتضمن بندا للدفاع المشترك."
    assert _agreements(text) == []


def test_a_third_after_between_ends_the_name_there():
    text = "ووقعت في أستانا اتفاقية بين إيران وروسيا وتركيا حول آلية مراقبة وقف إطلاق النار."
    assert all("تركيا" not in label and "آلية" not in label for _, _, label in _agreements(text))


def test_when_it_was_made_is_not_part_of_the_name():
    text = "وأشار الوزير إلى الاتفاقية الحكومية الموقعة بين ايران وروسيا لتمويل الخط في أيار/مايو ٢٠٢٣."
    assert [label for _, _, label in _agreements(text)] == ["الاتفاقية الحكومية الموقعة بين ايران وروسيا لتمويل الخط"]
    text = "وأشار الوزير إلى مذكرة التفاهم الموقعة في مجال الطاقة عام 2019 بين روسيا وإيران."
    assert [label for _, _, label in _agreements(text)] == ["مذكرة التفاهم الموقعة في مجال الطاقة"]


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الروسي، خلال استقباله نظيره الإيراني في موسكو أمس، إن التعاون يتطور.",
    "وأكد المرشد الإيراني لدى استقباله الرئيس الروسي في طهران أهمية التعاون.",
])
def test_receiving_the_other_sides_leader_told_by_a_verbal_noun_is_a_visit(text):
    assert ("meeting", "visit") in found(text)


def test_a_visit_whose_date_is_not_set_for_it_is_not_announced():
    text = "وقال مسؤول إيراني إن زيارة الرئيس الروسي إلى طهران لا تزال قيد البحث ولم يحدد لها موعد."
    assert ("meeting", "visit") not in found(text)


def test_an_unset_date_in_the_next_sentence_says_nothing_of_this_one():
    text = ("وأضاف الوزير أن العلاقات بين إيران وروسيا «استراتيجية» ولا تتأثر بتغير الحكومات في البلدين. "
            "ولم يحدد بعد موعد لتوقيع الاتفاقية الجديدة.")
    assert ("relations", "partnership") in found(text)


def test_other_than_with_its_conjunction_written_on_is_no_dispute():
    text = "والتبادل متواضع؛ فبخلاف النفط والغاز لا تملك إيران ما تصدره إلى روسيا سوى الفاكهة."
    assert ("friction", "disagreement") not in found(text)


def test_a_test_of_the_limits_of_the_partnership_holds_the_label_in_doubt():
    text = "ويرى نواب إيرانيون في الخلاف اختبارا لحدود الشراكة مع موسكو."
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got


def test_a_meeting_whose_own_sides_are_one_of_the_two_and_another_is_not_theirs():
    text = ("وسلمت الخارجية الإيرانية السفير الروسي احتجاجها على البيان الصادر عن الاجتماع الوزاري بين روسيا "
            "ودول مجلس التعاون الخليجي.")
    assert ("meeting", "talks") not in found(text)


def test_a_protest_with_the_pronoun_written_on_is_a_dispute():
    text = "وأبلغت الخارجية الإيرانية السفير الروسي في طهران احتجاجها الشديد على تصريحات المتحدثة باسم الخارجية الروسية."
    assert ("friction", "disagreement") in found(text)


def test_a_meeting_between_the_two_in_a_capital_is_still_theirs():
    text = "وعقد اجتماع اللجنة الحكومية المشتركة للتعاون الاقتصادي بين البلدين في طهران برئاسة وزير الطاقة الروسي ووزير النفط الإيراني."
    assert ("meeting", "joint_commission") in found(text)


@pytest.mark.parametrize("text, key", [
    ("وقال المتحدث إن موسكو، مثل طهران، ترى أن القرار الأوروبي بإعادة فرض العقوبات باطل.", "sanctions"),
    ("وأكد السفير أن روسيا، شأنها شأن إيران، تعتبر هذه الاتهامات بلا أساس.", "other"),
    ("وقالت الخارجية إن إيران، على غرار روسيا، تدين الهجوم على المنشآت المدنية.", "other"),
])
def test_one_side_like_the_other_holding_a_view_is_their_joint_position(text, key):
    assert ("joint_position", key) in found(text)


def test_a_third_like_one_side_is_not_their_joint_position():
    text = "وقالت الخارجية إن تركيا، مثل روسيا، ترفض العقوبات الأحادية على إيران."
    assert not any(kind == "joint_position" for kind, _ in found(text))


def test_not_recognising_together_is_a_stand():
    text = "ويقول المسؤولون في البلدين، روسيا وإيران، إنهما لا يعترفان بالعقوبات الأحادية الغربية."
    assert ("joint_position", "sanctions") in found(text)


def test_delay_after_delay_is_blame_while_done_after_a_long_delay_is_not():
    text = "لكن قصة المحطة مختلفة: تأخير بعد تأخير، واتهامات إيرانية متكررة للروس بالمماطلة."
    assert ("friction", "disagreement") in found(text)
    text = "وأنجز الروس تشغيل المحطة في إيران بعد تأخير دام سنوات."
    assert ("friction", "disagreement") not in found(text)


def test_talks_named_after_a_phone_call_are_what_it_was_about():
    text = ("وأجرى وزير الخارجية الإيراني اتصالا هاتفيا بنظيره الروسي، بحثا خلاله نتائج الجولة الأخيرة من محادثات "
            "أستانا حول سوريا.")
    got = found(text)
    assert ("meeting", "phone_call") in got and ("meeting", "talks") not in got


def test_an_intent_in_another_stretch_of_the_sentence_does_not_govern_a_signing():
    text = ("وقال الرئيس الإيراني إن طهران وموسكو «تسعيان إلى مضاعفة التبادل»، مشيرا إلى أن الجانبين وقعا ثماني وثائق "
            "تعاون، بينها مذكرة لتسهيل منح التأشيرات.")
    assert {st for _, st, _ in _agreements(text)} == {"signed"}
    text = "وتعتزم روسيا وإيران توقيع اتفاقية للتعاون في مجال النقل البحري."
    assert [st for _, st, _ in _agreements(text)] == ["negotiating"]


@pytest.mark.parametrize("text, key", [
    ("وأخفق مجلس الأمن في تبني مشروع قرار غربي يمدد القيود المفروضة على إيران، بعد اعتراض روسيا والصين عليه.", "un"),
    ("وتبنى مجلس محافظي الوكالة الدولية للطاقة الذرية قرارا يدين إيران، فيما عارضته روسيا والصين.", "iaea"),
    ("ووقفت روسيا إلى جانب إيران في مجلس الأمن في رفض مشروع القرار الأوروبي.", "un"),
])
def test_russia_shielding_iran_from_a_resolution_at_a_body_is_the_two_there(text, key):
    assert ("organisation", key) in found(text)


def test_others_backing_a_resolution_russia_opposes_do_not_make_it_russias_vote_for_it():
    text = ("وفشل مشروع القرار الأمريكي بشأن إيران في مجلس الأمن، إذ أيدته دولتان فقط، فيما صوتت روسيا والصين ضده.")
    assert ("organisation", "un") in found(text)


def test_a_veto_on_another_matter_is_not_shielding_iran():
    text = "واستخدمت روسيا والصين حق النقض ضد قرار بشأن سوريا في مجلس الأمن، فيما رحبت إيران بالخطوة."
    assert ("organisation", "un") not in found(text)


def test_a_measure_the_pair_words_make_theirs_holds_though_a_third_is_named():
    text = ("وخرج الرئيسان الروسي والإيراني بموقف مشترك من العقوبات الأمريكية، وأكدا عزمهما على التخلي تدريجا عن الدولار "
            "في تبادلاتهما التجارية.")
    assert ("economic", "payments") in found(text)


@pytest.mark.parametrize("text", [
    "فموسكو، التي تعتمد على المسيرات الإيرانية في حربها، لا تريد خسارة حليفها.",
    "ويستخدم الجيش الروسي طائرات مسيرة إيرانية الصنع في ضرباته الليلية.",
    "وما زالت المسيرات الإيرانية تتدفق على روسيا رغم العقوبات.",
])
def test_one_side_using_the_others_weapons_is_a_transfer(text):
    assert ("military", "arms_transfer") in found(text)


@pytest.mark.parametrize("text", [
    "ونفت روسيا وإيران اتهامات غربية باستخدام طائرات مسيرة إيرانية الصنع في أوكرانيا.",
    "وقال المتحدث الروسي إنه لا يملك معلومات عن استخدام مسيرات إيرانية.",
])
def test_charges_of_using_the_others_weapons_denied_are_no_transfer(text):
    assert ("military", "arms_transfer") not in found(text)


def test_a_bare_deal_told_by_what_was_done_under_it_is_the_nuclear_deal():
    text = ("وأعلنت طهران الخطوة الرابعة من خفض التزاماتها بموجب الاتفاق. وأكد وزيرا الخارجية الروسي والإيراني، خلال "
            "اتصال هاتفي، ضرورة الحفاظ على الاتفاق.")
    got = found(text)
    assert ("joint_position", "nuclear_deal") in got and ("agreement", "other") not in got


@pytest.mark.parametrize("text", [
    "وقال نائب إيراني إن بلاده ستتسلم مقاتلات سوخوي-35 الروسية مطلع العام الإيراني الجديد.",
    "وأضاف أن طهران تعاقدت على منظومات دفاع جوي ومروحيات من روسيا.",
])
def test_contracted_for_and_to_be_received_are_transfers(text):
    assert ("military", "arms_transfer") in found(text)


def test_a_transfer_only_may_be_is_none_while_one_done_is():
    text = "ويتدرب طيارون إيرانيون في روسيا على مقاتلات سو-35، فيما قال مسؤول أمريكي إن طهران قد تتسلمها قريبا."
    assert ("military", "arms_transfer") not in found(text)
    text = "وكانت إيران قد تسلمت العام الماضي مقاتلات تدريب روسية من طراز ياك-130."
    assert ("military", "arms_transfer") in found(text)


@pytest.mark.parametrize("text, status", [
    ("وقالت المصادر إن الاتفاقية الموقعة بين طهران وموسكو تدخل حيز التنفيذ بعد مصادقة البرلمانين.", "signed"),
    ("وتدخل اتفاقية الإعفاء من التأشيرات بين إيران وروسيا حيز التنفيذ اليوم.", "in_force"),
    ("ولم يدخل اتفاق الإعفاء من التأشيرات بين إيران وروسيا حيز التنفيذ بعد.", "signed"),
])
def test_an_entry_into_force_in_the_present_with_a_time_to_come_is_no_step(text, status):
    assert [st for _, st, _ in _agreements(text)] == [status]


def test_a_figure_in_a_sentence_opened_by_a_condition_holds_only_if():
    text = ("وفي حال دخول الاتفاقية حيز التنفيذ هذا العام، يتوقع محللون أن يرتفع التبادل بين إيران وروسيا إلى سبعة "
            "مليارات دولار.")
    assert not any(kind == "trade_figure" for kind, _ in found(text))
    text = "ويتوقع محللون أن يرتفع التبادل بين إيران وروسيا إلى سبعة مليارات دولار هذا العام."
    assert ("trade_figure", "trade_volume") in found(text)


@pytest.mark.parametrize("text", [
    "ويرى الباحث أن الروس والإيرانيين شريكان بالضرورة لا بالاختيار.",
    "ويقول الكاتب إن الشراكة بين طهران وموسكو تقوم على المصلحة لا على الثقة.",
])
def test_a_label_said_to_rest_on_one_thing_not_another_is_qualified(text):
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got


def test_a_partnership_with_no_alternative_is_still_one():
    assert ("relations", "partnership") in found("وقال الوزير إن الشراكة مع روسيا لا بديل عنها لإيران.")


def test_rivals_for_one_customer_compete():
    text = "وصار البلدان، روسيا وإيران، بائعين متنافسين على زبون واحد في آسيا."
    assert ("friction", "competition") in found(text)


def test_a_tariffs_rate_is_no_trade_figure():
    text = "وقال نائب رئيس الوزراء الروسي إن متوسط الرسوم الإيرانية على الواردات الروسية سينخفض من نحو ٢٠٪ إلى قرابة ٤٪."
    assert not any(kind == "trade_figure" for kind, _ in found(text))
    text = "وقال المسؤول الروسي إن التبادل التجاري بين روسيا وإيران نما بنسبة ٢٠٪ العام الماضي."
    assert ("trade_figure", "trade_growth") in found(text)


def test_a_range_is_recorded_by_its_lower_bound():
    from etl.extract.numbers import find_amounts
    from etl.extract.normalize import normalize
    assert [(a.value, a.unit) for a in find_amounts(normalize("بنسبة تتراوح بين ١٥ و٢٠ في المئة"))] == [(15.0, "percent")]
    assert [(a.value, a.unit) for a in find_amounts(normalize("إلى ما بين 6 و7 مليارات دولار"))] == [(6e9, "usd")]
    # two numbers in words side by side are no compound («بين ستة وسبعة مليارات» is not 13 billion)
    assert all(a.value != 13e9 for a in find_amounts(normalize("بين ستة وسبعة مليارات دولار")))
    # years before an amount stay years
    assert (4e9, "usd") in [(a.value, a.unit) for a in find_amounts(normalize("بين 2019 و2021 بلغ 4 مليارات دولار"))]


def test_a_projects_cost_told_at_some_length_is_no_loan():
    text = ("وقال بوتين إن الكلفة الإجمالية لمشروع السكة بين إيران وروسيا تقدر بنحو 1.6 مليار يورو، وإن روسيا ستقدم قرضا "
            "حكوميا بقيمة 1.3 مليار يورو.")
    from etl.extract import extract
    loans = [s.value for s in extract(text)[1] if s.kind == "trade_figure" and s.key == "loan"]
    assert loans == [1.3e9]


@pytest.mark.parametrize("text", [
    "حتى وجدت طهران نفسها تحتج رسميا لدى موسكو على البيان الخليجي.",
    "وقال دبلوماسي غربي إن الروس انزعجوا بشدة من تصرف حلفائهم الإيرانيين في حلب.",
    "ويقول الباحث إن موسكو تعاملت مع القوقاز كحديقتها الخلفية وتجاهلت مصالح جارتها إيران.",
])
def test_protesting_being_annoyed_and_interests_ignored_are_disputes(text):
    assert ("friction", "disagreement") in found(text)


def test_vying_for_the_syrian_card_is_rivalry():
    text = "ويكشف ذلك أن التقاء الروس والإيرانيين في دمشق يخفي تنافسا على الورقة السورية."
    assert ("friction", "rivalry") in found(text)


@pytest.mark.parametrize("text, item", [
    ("وكانت القوات البحرية الإيرانية والروسية والصينية قد نفذت الشهر الماضي مناورات مشتركة في خليج عمان.",
     ("military", "joint_exercise")),
    ("فقد تحدثت تقارير عن تفاهم روسي يقضي بإبعاد القوات الإيرانية عن الحدود، وهو ما أغضب طهران.",
     ("friction", "rivalry")),
])
def test_the_past_after_qad_is_done_not_maybe(text, item):
    assert item in found(text)


def test_the_imperfect_after_qad_is_still_maybe():
    assert ("military", "joint_exercise") not in found("وقال إن روسيا وإيران قد تنفذان مناورات بحرية مشتركة العام المقبل.")


@pytest.mark.parametrize("text, mood", [
    ("قد تسلمها موسكو منظومات الدفاع الجوي", "hypothetical"),  # an imperfect with its pronoun: may
    ("قد تبيعها روسيا لايران مقاتلات", "hypothetical"),
    ("قد تسلمتها موسكو منظومات الدفاع الجوي", "stated"),  # a past form with its pronoun: done
    ("قد نفذا مناورات مع روسيا", "stated"),
])
def test_a_pronoun_on_the_verb_after_qad_does_not_make_it_past(text, mood):
    from etl.extract.modality import modality
    from etl.extract.normalize import normalize
    folded = normalize(text)
    cue = max(folded.find("موسكو"), folded.find("روسيا"))
    assert modality(folded, 0, cue) == mood
