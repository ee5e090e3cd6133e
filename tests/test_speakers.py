"""Who gives a trade figure: the subject of the verb of saying or forecasting nearest before it, the one an agency
quotes, the speaker a sentence goes on with; nobody where no one says it. Sentences written for these tests."""
import pytest

from etl.extract import extract


def speakers(text: str) -> dict[float, str | None]:
    return {s.value: s.speaker for s in extract(text)[1] if s.kind == "trade_figure"}


@pytest.mark.parametrize("text,value,speaker", [
    # the verb nearest before the figure, not the sentence's first
    ("وقال رئيسي إن التعاون بين طهران وموسكو يسير في مسار استراتيجي، فيما أشار بوتين إلى أن التبادل التجاري بين "
     "البلدين نما بنسبة 20 بالمئة.", 20.0, "بوتين"),
    # quoted by an agency
    ("ونقلت وكالة تاس عن السفير الإيراني لدى موسكو كاظم جلالي قوله إن التبادل التجاري بين إيران وروسيا بلغ أربعة "
     "مليارات دولار.", 4e9, "كاظم جلالي"),
    ("ونقلت وكالة إرنا عن جاغاريان قوله إن التبادل التجاري بين روسيا وإيران بلغ ملياري دولار.", 2e9, "جاغاريان"),
    # a forecaster
    ("وتوقع نائب رئيس الوزراء الروسي أليكسي أوفرتشوك أن يرتفع حجم التبادل التجاري بين روسيا وإيران إلى خمسة "
     "مليارات دولار.", 5e9, "أوفرتشوك"),
    # a surname alone, what is said past a comma
    ("وقال همتي، في تصريحات للتلفزيون، إن التبادل التجاري بين إيران وروسيا بلغ ثلاثة مليارات دولار.", 3e9, "همتي"),
])
def test_the_speaker_is_who_says_it(text, value, speaker):
    assert speaker in (speakers(text)[value] or "")


def test_no_verb_of_saying_no_speaker():
    got = speakers("ووقعت غازبروم والشركة الوطنية الإيرانية للنفط خلال زيارة بوتين إلى طهران مذكرة تفاهم بقيمة أربعين "
                   "مليار دولار.")
    assert got and set(got.values()) == {None}


def test_a_sentence_going_on_has_the_speaker_before():
    got = speakers("قال السفير الإيراني لدى روسيا مهدي سنائي إن العلاقات بين البلدين جيدة. وأضاف أن التبادل التجاري بين "
                   "إيران وروسيا بلغ ملياري دولار.")
    assert "مهدي سنائي" in got[2e9]  # (with his title: «السفير الإيراني لدى روسيا مهدي سنائي»)
