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
