"""What the sentences before a statement tell about it (who speaks, which pair a dual means), and words that
look like a side or a cue but are not: sentences written for these tests (session 9)."""
from etl.extract import extract
from etl.extract.agreements import UNNAMED
from tests.extracting import found as _found


def test_russia_backing_irans_right_to_enrichment_stands_whatever_talks_the_sentence_names():
    """Russia among the six powers is no signal; Russia backing Iran's own right is, beside those talks."""
    text = ("وناقش الجانبان الجولة المقبلة من المفاوضات بين طهران والدول الست، حيث أكد لافروف دعم موسكو "
            "حق إيران في التخصيب السلمي.")
    assert ("joint_position", "nuclear_deal") in _found(text)
    assert ("joint_position", "nuclear_deal") not in _found(
        "وتجري طهران مفاوضات مع الدول الست، ومنها روسيا، حول حق إيران في التخصيب.")


def test_a_speaker_named_again_by_surname_speaks_for_the_side_his_title_gave():
    """«نظيره الإيراني علي أكبر صالحي» in the sentence before makes «بلاده» of «وأضاف صالحي أن بلاده…» Iran,
    though that sentence's first speaker was Russian."""
    text = ("قال وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي مع نظيره الإيراني علي أكبر صالحي في "
            "موسكو، إن المحادثات كانت بناءة. وأضاف صالحي أن بلاده وروسيا ترفضان العقوبات الأحادية.")
    assert ("joint_position", "sanctions") in _found(text)


def test_a_dual_after_a_sentence_naming_the_two_and_a_third_may_be_theirs():
    """«وبحث الوزيران» after «بلاده وروسيا والصين» speaks of the two ministers, not of another pair."""
    text = ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو. وقال عراقجي إن "
            "بلاده وروسيا والصين تتبنى موقفا واحدا من الأزمة. وبحث الوزيران أيضا الاتفاق النووي، وأكد لافروف "
            "دعم موسكو حق إيران في التخصيب.")
    assert ("joint_position", "nuclear_deal") in _found(text)


def test_a_round_of_talks_is_no_tour_whoever_it_names_after():
    text = ("وبحث وزير الخارجية الروسي مع نظيره الإيراني جولة المفاوضات المقبلة بين طهران والدول الأوروبية "
            "في جنيف.")
    assert ("meeting", "visit") not in _found(text)


def test_bruce_is_no_russian():
    """«بروس» (Bruce) is not ب + «روس»; the analyst's words name Iran alone."""
    rel, sigs = extract("وقال الباحث الأمريكي بروس ريدل إن إيران وقعت اتفاقية تعاون استراتيجي مع جارتها.")
    assert not sigs


def test_a_company_named_serica_is_not_the_sirik_power_plant():
    text = ("أعلنت شركة سيريكا إنرجي البريطانية شراء حصة في حقل للغاز. وفي سياق آخر، قال وزير الطاقة الروسي "
            "إن بلاده وإيران تعملان على مشروع محطة سيريك الحرارية.")
    found = _found(text)
    assert ("project", "sirik_power_plant") in found
    sirik = [s for s in extract(text)[1] if s.key == "sirik_power_plant"]
    assert all("سيريكا" not in s.sentence for s in sirik)


def test_discussing_a_region_is_no_position_on_it():
    text = ("استقبل الرئيس الإيراني مسعود بزشكيان أمين مجلس الأمن الروسي في طهران. وبحث الجانبان أيضا الأوضاع "
            "في جنوب القوقاز.")
    assert ("joint_position", "caucasus") not in _found(text)
    assert ("joint_position", "caucasus") in _found(
        "وأكدت روسيا وإيران رفضهما أي تغيير للحدود في جنوب القوقاز.")


def test_iran_giving_russias_reading_of_the_war_holds_its_position_on_ukraine():
    """The Iranian side speaks, though the Russian is named first in the sentence."""
    text = ("وخلال اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين، قال الرئيس الإيراني مسعود بزشكيان إن توسع حلف "
            "الناتو شرقا يشكل تهديدا لأمن المنطقة.")
    assert ("joint_position", "ukraine") in _found(text)
    said_after = ("أجرى الرئيس الإيراني إبراهيم رئيسي اتصالا هاتفيا مع نظيره الروسي. وقال رئيسي إن جذور الأزمة "
                  "في أوكرانيا تعود إلى توسع حلف شمال الأطلسي شرقا.")
    assert ("joint_position", "ukraine") in _found(said_after)
    # A Western minister saying so is no position of Iran's.
    assert ("joint_position", "ukraine") not in _found(
        "وخلال زيارته طهران، قال وزير الخارجية الفرنسي إن توسع حلف الناتو شرقا لا يشكل تهديدا لروسيا.")


def test_the_share_of_goods_a_tariff_covers_is_no_trade_figure():
    text = ("وقال أوفرتشوك إن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي تلغي الرسوم الجمركية "
            "على نحو تسعين بالمئة من السلع المتبادلة.")
    assert not [s for s in extract(text)[1] if s.kind == "trade_figure"]


def test_the_nuclear_deals_joint_commission_is_no_bilateral_commission_and_the_permanent_one_is():
    text = ("والتقى المندوب الروسي ميخائيل أوليانوف كبير المفاوضين الإيرانيين عباس عراقجي قبيل اجتماع اللجنة "
            "المشتركة لخطة العمل الشاملة المشتركة في فيينا.")
    assert ("meeting", "joint_commission") not in _found(text)
    text = ("واختتمت في طهران اجتماعات اللجنة الحكومية الدائمة للتعاون الاقتصادي والتجاري بين إيران وروسيا، "
            "برئاسة وزير النفط الإيراني ووزير الطاقة الروسي.")
    assert ("meeting", "joint_commission") in _found(text)


def test_the_corridors_name_in_quotes_is_the_corridor():
    text = ("وبحث وزير النقل الإيراني مع نظيره الروسي في موسكو مشروعات النقل في إطار ممر «شمال - جنوب». "
            "وأكد الجانبان أهمية ممر النقل الدولي \"شمال-جنوب\" لتجارة البلدين.")
    assert ("project", "instc") in _found(text)
    sig = next(s for s in extract(text)[1] if s.key == "instc")
    assert "«شمال - جنوب»" in sig.sentence


def test_natural_gas_from_russia_to_iran_is_the_gas_supply_project():
    text = ("ووقعت شركة غازبروم الروسية وشركة الغاز الوطنية الإيرانية مذكرة تفاهم بشأن توريد الغاز الطبيعي "
            "الروسي إلى إيران عبر أذربيجان.")
    assert ("project", "gas_supply") in _found(text)


def test_the_opec_plus_alliance_is_a_body_they_sit_in_not_an_alliance_of_theirs():
    found = _found("ورغم أن روسيا وإيران تجلسان معا في تحالف أوبك+، فإن مصالحهما التجارية تتصادم في آسيا.")
    assert ("organisation", "opec_plus") in found and ("relations", "partnership") not in found


def test_one_sides_name_phrase_holding_the_others_name_names_both():
    """«روحاني وبوتين» is a phrase that tells Rouhani's name from the adjective; Putin in it is still named."""
    assert ("meeting", "summit") in _found("وعقد روحاني وبوتين لقاء ثنائيا على هامش القمة.")
    assert ("meeting", "summit") in _found("وعقد رئيسي وبوتين لقاء ثنائيا على هامش القمة.")


def test_two_summits_and_a_trip_set_for_next_week_are_meetings():
    text = ("التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين على هامش قمتي مجموعة بريكس ومنظمة "
            "شنغهاي للتعاون في أوفا.")
    assert ("meeting", "summit") in _found(text)
    text = "وذكرت وكالة إرنا أن مساعد وزير الخارجية الإيراني سيتوجه إلى موسكو الأسبوع المقبل لإجراء مشاورات."
    assert ("meeting", "visit") in _found(text)


def test_two_companies_signing_an_agreement_worth_a_sum_to_build_reactors_sign_a_nuclear_agreement():
    text = ("وقّعت شركة \"إيران هرمز\" للطاقة النووية وشركة \"روساتوم\" الروسية اتفاقا بقيمة ۲۵ مليار دولار "
            "لإنشاء أربع وحدات نووية في جنوب البلاد.")
    agreements = [s for s in extract(text)[1] if s.kind == "agreement"]
    assert [(s.key, s.status) for s in agreements] == [("nuclear_cooperation", "signed")]


def test_a_memorandum_with_one_sides_company_is_between_the_two():
    text = "ووقعت شركة تأمين إيرانية كبرى مذكرة تفاهم مع شركة روسية لإعادة التأمين."
    assert [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"] == [("other", "signed")]
    # With a body that is neither side's, it is another party's agreement.
    assert not [s for s in extract("ووقعت طهران مذكرة تفاهم مع منظمة أوبك، بحسب ما نقلته وكالة روسية.")[1]
                if s.kind == "agreement"]


def test_a_fall_reported_with_its_period_between_verb_and_figure_is_negative_growth():
    text = ("وأضاف أن التجارة الثنائية بين إيران وروسيا تراجعت خلال الأشهر التسعة الأولى من العام الجاري بنحو 25 "
            "في المئة بسبب هبوط الروبل.")
    figs = [(s.key, s.value) for s in extract(text)[1] if s.kind == "trade_figure"]
    assert figs == [("trade_growth", -25.0)]


def test_a_future_verb_before_a_comma_is_another_predicates():
    text = ("وقال ظريف إن الاتفاق لا يمكن أن يستمر إذا لم تحصل إيران على ضمانات بأن مصالحها ستراعى، واصفا روسيا "
            "بأنها شريك استراتيجي وقف إلى جانب بلاده.")
    assert ("relations", "partnership") in _found(text)
    # Where the future governs the label itself, it is a forecast, no signal.
    assert ("relations", "partnership") not in _found("وقال ظريف إن روسيا ستصبح شريكا استراتيجيا لإيران.")


def test_a_news_agency_reporting_a_statement_is_no_party_to_it():
    text = ("ونقلت وكالة الأنباء الفرنسية عن باتروشيف قوله إن إيران كانت ولا تزال حليفا وشريكا لروسيا.")
    assert ("relations", "partnership") in _found(text)
    # France itself named is a third state in the sentence.
    assert ("relations", "partnership") not in _found(
        "وقال الرئيس الفرنسي إن إيران كانت ولا تزال حليفا لروسيا ولفرنسا معا.")


def test_a_visit_whose_visitor_is_named_before_its_destination_is_a_visit():
    text = ("ووقعت إيران وروسيا 14 وثيقة تعاون، خلال زيارة يقوم بها الرئيس الإيراني حسن روحاني إلى موسكو هي "
            "الأولى له بصفة رسمية.")
    assert ("meeting", "visit") in _found(text)


def test_rouhani_named_by_surname_after_a_verb_is_irans_president():
    text = "من جهته، وصف روحاني روسيا بأنها جار وشريك استراتيجي، ودعا إلى توسيع استخدام الروبل والريال."
    assert ("relations", "partnership") in _found(text)
    assert ("project", "instc") in _found(
        "واتفق روحاني وبوتين على تسريع إنجاز ممر النقل الدولي بين الشمال والجنوب.")


def test_a_state_named_only_as_where_things_happen_is_no_side_of_the_pair():
    text = ("استقبل الرئيس الإيراني نظيره الروسي في طهران. وقال المتحدث باسم الكرملين إن اللقاء تناول الوضع في "
            "سوريا، مضيفا أن البلدين يرفضان العقوبات الأحادية.")
    assert ("joint_position", "sanctions") in _found(text)


def test_an_agreements_name_goes_on_past_its_value_and_a_treaty_of_all_states_is_none_of_theirs():
    text = ("ووقعت شركة إيرانية ومؤسسة روساتوم الروسية في موسكو اتفاقا بقيمة ٢٥ مليار دولار لبناء محطة للطاقة "
            "النووية.")
    [agr] = [s for s in extract(text)[1] if s.kind == "agreement"]
    assert (agr.key, agr.label) == ("nuclear_cooperation", "اتفاق لبناء محطة للطاقة النووية")
    text = "وقال لافروف إن الهجمات على منشآت إيران النووية انتهاك لميثاق الأمم المتحدة ومعاهدة عدم الانتشار."
    assert not [s for s in extract(text)[1] if s.kind == "agreement"]
    text = "وقال رئيسي خلال استقباله الوفد الروسي إن تنفيذ الاتفاقات الموقعة سابقا يجب أن يتسارع."
    # (agreements in the plural named by nothing but their noun share one label: session 23)
    assert [s.label for s in extract(text)[1] if s.kind == "agreement"] == [UNNAMED]


def test_the_european_step_the_article_named_called_void_by_the_two_is_a_position_on_the_deal():
    before = "وفعّلت الدول الأوروبية الثلاث آلية الزناد لإعادة فرض العقوبات الأممية على إيران. "
    said = "واتفق الجانبان الإيراني والروسي على أن الخطوة الأوروبية باطلة قانونيا ولا تستند إلى أي أساس."
    assert ("joint_position", "nuclear_deal") in _found(before + said)
    # With no snapback named before, «الخطوة الأوروبية» may be any step: no position on the deal.
    assert ("joint_position", "nuclear_deal") not in _found(said)


def test_a_dual_spoken_by_one_of_the_two_before_a_third_state_is_theirs():
    """«وأضاف ولايتي أن العلاقات بين البلدين "استراتيجية"» after the two met: the Iranian speaker names only his
    own side, and the United States named in a later clause is not one of «البلدين»."""
    text = ("التقى بوتين في الكرملين علي أكبر ولايتي مستشار المرشد الإيراني. وأضاف ولايتي أن العلاقات بين "
            "البلدين \"استراتيجية\"، وأن الاتفاقيات الموقعة سابقا \"ستنفذ رغم الضغوط الأمريكية\".")
    assert ("relations", "partnership") in _found(text)
    # A third state before the dual may be one of its two: no partnership for the pair.
    other = ("التقى بوتين في الكرملين علي أكبر ولايتي مستشار المرشد الإيراني. وقال ولايتي بعد لقائه وزير "
             "الخارجية التركي إن العلاقات بين البلدين \"استراتيجية\".")
    assert ("relations", "partnership") not in _found(other)


def test_a_newspaper_named_after_a_capital_is_no_third_state():
    """«قال لـ«الرياض»»: the Saudi daily, not Saudi Arabia, so the analyst's sentence is about the two alone."""
    text = ("وقال المحلل السياسي خالد المطيري لـ«الرياض» إن رسالة الكرملين واضحة: إيران شريك استراتيجي لموسكو "
            "مهما كانت نتائج المفاوضات.")
    assert ("relations", "partnership") in _found(text)
    assert ("relations", "partnership") not in _found(text.replace("لـ«الرياض»", "في الرياض إن الرياض ترى، كما"))


def test_a_dual_after_one_side_names_itself_and_before_the_scene_is_the_pair():
    """«وشدد بوتين على أن الجانبين…» after Putin received Rouhani: Putin names only his own side, so the dual
    still speaks of the two, and the Syrian people after it are the scene, not one of «الجانبين»."""
    text = ("استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني في الكرملين. وشدد بوتين على أن "
            "الجانبين متمسكان بمبدأ أن الشعب السوري وحده يحدد مستقبله.")
    assert ("joint_position", "syria") in _found(text)


def test_a_clause_opening_on_a_dual_verb_has_its_subject_in_the_clause_before():
    """«وبحث الجانبان…، حيث أكدا ضرورة الوقف الفوري للعدوان الإسرائيلي»: the two call for the war to stop; Israel
    named after the dual verb is what they speak of, not its subject."""
    text = ("وصل أمين مجلس الأمن الروسي سيرغي شويغو إلى طهران والتقى الرئيس الإيراني مسعود بزشكيان. وبحث "
            "الجانبان التطورات في قطاع غزة ولبنان، حيث أكدا ضرورة الوقف الفوري للعدوان الإسرائيلي على الفلسطينيين.")
    assert ("joint_position", "gaza") in _found(text)
    # A clause with a subject of its own is not theirs.
    other = text.replace("حيث أكدا", "حيث أكد الرئيس التركي")
    assert ("joint_position", "gaza") not in _found(other)


def test_an_agreement_only_possible_is_none_and_one_expected_is_planned():
    """«في حال انهيار الاتفاق، قد تبحث موسكو وطهران صيغا جديدة للتعاون في مجال الطاقة النووية» is a possibility,
    no agreement; «من المتوقع أن توقع…» is an agreement not yet signed."""
    possible = ("ونقلت وكالة إنترفاكس عن مصدر في الكرملين أنه في حال انهيار الاتفاق نهائيا، قد تبحث موسكو "
                "وطهران صيغا جديدة للتعاون في مجال الطاقة النووية.")
    assert not [s for s in extract(possible)[1] if s.kind == "agreement"]
    assert not [s for s in extract("ولو وقعت روسيا وإيران اتفاقية للتعاون النووي لتغير الكثير.")[1]
                if s.kind == "agreement"]
    expected = "ومن المتوقع أن توقع روسيا وإيران اتفاقية التعاون في مجال الطاقة النووية الشهر المقبل."
    assert [s.status for s in extract(expected)[1] if s.kind == "agreement"] not in ([], ["signed"])


def test_the_two_named_with_a_third_leave_a_later_dual_theirs():
    """After the article speaks of the two, a sentence naming them with Turkey (a trilateral summit) does not make
    a later «البلدين» Turkey's: the trade figure after it is Iran–Russia trade."""
    text = ("التقى الرئيس الإيراني إبراهيم رئيسي نظيره الروسي فلاديمير بوتين في سمرقند. وكان بوتين قد زار طهران في "
            "تموز الماضي للمشاركة في قمة ثلاثية مع رئيسي والرئيس التركي رجب طيب أردوغان. وتشير بيانات روسية إلى أن "
            "التبادل التجاري بين البلدين ارتفع في النصف الأول من العام بنحو ثلاثين بالمئة.")
    assert ("trade_figure", "trade_growth") in _found(text)


def test_astana_where_the_eurasian_union_signs_is_a_city_and_its_free_trade_deal_no_shared_membership():
    """«وقعت إيران في العاصمة الكازاخية أستانا اتفاقا مؤقتا لإقامة منطقة تجارة حرة مع الاتحاد الاقتصادي
    الأوراسي»: the agreement, neither the Astana format of the Syrian talks nor a membership the two share."""
    text = ("وبعد ثلاثة أيام من زيارة ظريف، وقعت إيران في العاصمة الكازاخية أستانا اتفاقا مؤقتا لإقامة منطقة "
            "تجارة حرة مع الاتحاد الاقتصادي الأوراسي الذي تقوده روسيا.")
    assert _found(text) == {("agreement", "eaeu_fta")}
    syria = "واتفقت روسيا وإيران وتركيا في أستانا على إنشاء مناطق لخفض التصعيد في سوريا."
    assert ("organisation", "astana_format") in _found(syria)


def test_the_indian_ocean_is_a_sea_not_india():
    """«في المياه الشمالية للمحيط الهندي»: where the drill is, not a fourth navy taking part."""
    text = ("انطلقت اليوم في المياه الشمالية للمحيط الهندي وخليج عمان مناورات «الحزام الأمني البحري» المشتركة بين "
            "القوات البحرية الإيرانية والروسية والصينية.")
    assert ("military", "joint_exercise") in _found(text)


def test_military_advisers_of_one_side_named_with_the_others_forces_are_one_group():
    """«القوات الروسية والمستشارون العسكريون الإيرانيون» fight beside the Syrian army: the two together."""
    text = "وتقاتل القوات الروسية والمستشارون العسكريون الإيرانيون إلى جانب الجيش السوري منذ عام 2015."
    assert ("military", "joint_operations") in _found(text)


def test_one_side_standing_with_the_other_is_the_two_together():
    """«موسكو التي تقف مع طهران في خندق واحد في سوريا»: the two side by side, though Saudi Arabia is named after."""
    text = ("التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين في موسكو. فموسكو التي تقف مع طهران في خندق "
            "واحد في سوريا لا تريد أن تخسر السعودية.")
    assert ("joint_position", "syria") in _found(text)


def test_a_dual_possessive_speaks_of_the_pair_the_article_is_about():
    """«عضويتهما», «تعاونهما»: the dual suffix refers back to the pair of the sentences before."""
    ours = ("تتنافس روسيا وإيران على المصافي الصينية المستقلة. ورغم عضويتهما معا في تحالف أوبك+، فإن إيران معفاة "
            "من تخفيضات الإنتاج.")
    assert ("organisation", "opec_plus") in _found(ours)
    others = ("تتنافس روسيا والسعودية على المصافي الصينية المستقلة. ورغم عضويتهما معا في تحالف أوبك+، فإن إيران "
              "معفاة من تخفيضات الإنتاج.")
    assert ("organisation", "opec_plus") not in _found(others)


def test_iran_joining_a_body_russia_belongs_to_is_the_two_together_in_it():
    joined = ("أصبحت إيران رسميا العضو التاسع في منظمة شنغهاي للتعاون خلال قمة افتراضية استضافتها الهند. "
              "ورحب الرئيس الروسي فلاديمير بوتين بالخطوة.")
    assert ("organisation", "sco") in _found(joined)
    observer = ("بدأت روسيا وإيران تطبيق التعرفة الجديدة. وكانت طهران قد حصلت على صفة الدولة المراقب في الاتحاد "
                "الاقتصادي الأوراسي أواخر العام الماضي.")
    assert ("organisation", "eaeu") in _found(observer)
    # Iran named near the body without joining it is no membership; nor is Iran alone, with no Russia in the text.
    near = ("وقالت إيران إن قمة منظمة شنغهاي للتعاون ناقشت الأمن الإقليمي. وأشاد الرئيس الروسي فلاديمير بوتين "
            "بالقمة.")
    assert ("organisation", "sco") not in _found(near)
    alone = "أصبحت إيران رسميا العضو التاسع في منظمة شنغهاي للتعاون خلال قمة افتراضية استضافتها الهند."
    assert _found(alone) == set()


def test_a_surname_alone_names_the_official_the_article_named_in_full():
    """«روحاني» alone (also «spiritual») is the president once the article has named «حسن روحاني»."""
    later = "ووصل روحاني إلى موسكو مساء الاثنين في زيارة تستمر يومين."
    first = "وقال الرئيس الإيراني حسن روحاني إن العلاقات مع روسيا تتطور. "
    assert ("meeting", "visit") in _found(first + later)
    assert ("meeting", "visit") not in _found(later)
    assert ("meeting", "visit") in _found("أشاد علي أكبر ولايتي بالتعاون مع روسيا. والتقى ولايتي في موسكو "
                                         "الرئيس الروسي فلاديمير بوتين.")


def test_whether_or_not_it_happened_is_no_statement_that_it_did():
    assert ("meeting", "visit") in _found("وزار قاسم سليماني موسكو في يوليو.")
    assert ("meeting", "visit") not in _found("وسواء زار قاسم سليماني موسكو أم لم يزرها، فإن الملف السوري لم يعد سرا.")
    # «على حد سواء» (alike) leaves the statement as it is
    assert ("agreement", "other") in _found("ووقعت روسيا وإيران على حد سواء اتفاقية للتعاون في مجال النقل.")
