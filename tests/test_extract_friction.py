"""Friction between the two: rival sellers, rivals for influence, disputes. Sentences written for these tests
(session 11); each pairs a statement with a near miss."""
from tests.extracting import found


def test_competing_for_oil_customers_and_for_influence_is_both_competition_and_rivalry():
    both = ("وقال الباحث إن موسكو وطهران تتقاطعان في رفض العقوبات، لكنهما تتنافسان على مشتري النفط في الهند "
            "وعلى النفوذ في القوقاز.")
    assert {("friction", "competition"), ("friction", "rivalry")} <= found(both)
    market_only = "وقال الباحث إن موسكو وطهران تتنافسان على مشتري النفط في الهند."
    assert ("friction", "rivalry") not in found(market_only)
    assert ("friction", "competition") in found(market_only)


def test_a_sentence_opening_on_a_clause_of_time_has_its_subject_after_the_comma():
    """«منذ فرض سقف الأسعار الغربي…، وجدت إيران نفسها في منافسة…»: the West named in the opening clause is not
    the sentence's subject."""
    text = ("منذ فرض سقف الأسعار الغربي على النفط الروسي، وجدت إيران نفسها في منافسة مباشرة مع شريكها الروسي على "
            "المصافي الصينية.")
    assert ("friction", "competition") in found(text)
    # Without the comma, the West's price cap is what the sentence is about.
    third = "وجدت الولايات المتحدة نفسها في منافسة مع النفط الروسي والإيراني على المصافي الصينية."
    assert ("friction", "competition") not in found(third)
