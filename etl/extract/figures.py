"""Trade figures: numbers the sentence ties to economic exchange between Iran and Russia, each with what
it measures, whether it is an actual figure, a target or a forecast, the period it is for, and who gives it."""
from __future__ import annotations

import re
from bisect import bisect_left

from etl.extract import Signal
from etl.extract.modality import condition_after, counterfactual, hedged, opens_conditional
from etl.extract.normalize import normalize
from etl.extract.numbers import MONEY_UNITS, find_amounts
from etl.extract.periods import period_of
from etl.extract.sentence import Context
from etl.extract.sides import RUSSIA, SCENE, THIRD
from etl.extract.speaker import goes_on, speaker_name

CLAIM_REACH = 25  # characters before a figure in which «دعوى», «تعويض» make it a claim in court
COST_REACH = 60  # characters before a figure in which «كلفته» makes it a project's cost (no comma between)
GROWTH_REACH = 80  # characters before a percentage in which «نمو», «ارتفع»… make it a growth rate
TO_REACH = 40  # characters before «إلى» in which «بنسبة» makes it growth still («بنسبة قد تصل إلى 30٪»)
_TO = re.compile(r"(?<!\w)(?:الي|حتي)\s+(?:نحو|اكثر من|ما يقارب|قرابه|حوالي)?\s*$")  # folded «إلى», «حتى»
# What is said next (folded «أن», «إن», «بأن»): a percentage there is not growth by an earlier rate's growth word,
# unless the new clause goes on with the same rate («…أن تتجاوز 20٪», «…بعد أن كان 10٪»).
_SAID_THAT = re.compile(r"(?<!\w)[وف]?(?:ان|انه|بان)(?!\w)")
_REACHES = re.compile(r"(?<!\w)(?:كان|كانت|[يت]تجاوز|[يت]صل)(?:\s+(?:الي|نحو|اكثر\s+من|حوالي|قرابه))*\s*$")
# The amount a growth verb is *by* (folded): «بـ», «بنحو», «بأكثر من», «بمقدار», «بما يزيد على».
_BY = re.compile(r"(?<!\w)ب(?:نحو|اكثر من|اقل من|مقدار|ما يزيد (?:علي|عن)|ما يقارب)?\s*$")
FIGURE_LABELS = {"trade_growth": "Trade growth", "trade_volume": "Trade volume", "investment": "Investment",
           "loan": "Loan"}



_TARIFF = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:رسوم|تعريفات|تعريفه|التعرفه|تعرفه)(?!\w)")  # folded
TARIFF_REACH = 70  # characters before a percentage in which a tariff it is the rate of is named


def _a_cost(lex, text: str, cs: int, a: int) -> bool:
    """Whether the amount at ``a`` is a project's cost: a cost word before it, in the same stretch of the clause
    («الكلفة الإجمالية للمشروع تقدر بنحو 1.6 مليار»; not «كلفته 1,6 مليار، تغطي روسيا منها 1,3 مليار بقرض»)."""
    start = max(cs, a - COST_REACH)
    return any(not _STRETCH_ENDS.search(text, start + q, a) for _, q in lex.cost.find_regex(text[start:a]).spans)


_STRETCH_ENDS = re.compile(r"[،,؛;]")


def trade_figures(ctx: Context, loans_only: bool = False) -> list[Signal]:
    """The sentence's trade figures between the two; ``loans_only``: its loans, the sentence naming one
    side as the lender in an article about the two."""
    art, lex = ctx.art, ctx.art.lex
    exchange = ctx.has(lex.trade_cues) or ctx.has(lex.investment) or ctx.has(lex.loan)
    if not (exchange or ctx.has(lex.value) and not ctx.has(lex.arms)):
        return []
    text = art.text
    out: list[Signal] = []
    amounts = list(find_amounts(text[ctx.s:ctx.e]))
    spans = [(ctx.s + x.start, ctx.s + x.end, x.unit) for x in amounts if x.unit]  # (a bare number is no figure)
    back, going_on_from = _back(art, ctx.s), _before(art, ctx.s, ctx.e)  # (the sentence's, for each of its figures)
    for amt in amounts:
        if not amt.unit or (amt.unit == "percent" and amt.value > 1000):
            continue
        if not exchange and amt.unit not in MONEY_UNITS:  # a contract's value is money, not a share or a weight
            continue
        a, b = ctx.s + amt.start, ctx.s + amt.end
        (cs, ce), sc = ctx.clause_of(a)
        if not sc.both and not ctx.whole.third:
            # A sentence that names the two and no third power is about them, whichever clause names whom
            # («وقال رئيسي إن التعاون بين طهران وموسكو…، فيما أشار بوتين إلى أن التبادل التجاري نما…»).
            sc = ctx.whole
        if not (sc.both or loans_only) or sc.many or (lex.trade_solo and _third_near(sc, a, b) and not sc.near_pair(a, b)):
            continue
        if lex.not_trade.find(text[b:b + 15]).spans or lex.not_trade.find(text[max(cs, a - 12):a]).spans or \
                lex.claims.find(text[max(cs, a - CLAIM_REACH):a]).spans:
            continue
        if amt.unit == "percent" and _TARIFF.search(text, max(cs, a - TARIFF_REACH), a):
            continue  # a tariff's rate («متوسط الرسوم… سينخفض من نحو ٢٢٪ إلى قرابة ٥٪») is a measure, no exchange
        # «من المحتمل أن تتجاوز التجارة عشرة مليارات»: what may be is no figure; what «may reach» a sum is its
        # forecast («مشاريع قد تصل قيمتها إلى ثلاثين مليار دولار»)
        # (and what would have been, «لو»…، anywhere before it in the clause, or what holds only if, told after it:
        # «أن ترتفع الصادرات إلى خمسة ملايين طن بحلول 2025 إذا اكتملت البنية التحتية»)
        if hedged(text, cs, a) and not _may_reach(text, cs, a) or counterfactual(text, cs, a) or \
                opens_conditional(text, ctx.s) or condition_after(text, b, ce):
            continue
        if _others_pair(ctx, sc, cs, a, b):
            continue
        if _corrected(text, ctx.s, ctx.e, a, b):
            continue
        if _a_blocs(ctx, sc, cs, a):
            continue
        before = text[max(cs, a - GROWTH_REACH):a]  # in its clause: «ارتفعت المبادلات…، وقال… إن 95٪» is a share
        if amt.unit == "percent":
            # a percentage told after another one, in a new clause of what was said («بزيادة 8٪ عن العام السابق،
            # مؤكدا أن أكثر من 95٪ من التسويات»): the growth word was the first one's
            prev = [e for _, e, u in spans if u == "percent" and e <= a and e > a - GROWTH_REACH]
            if prev and _SAID_THAT.search(text, prev[-1], a) and not _REACHES.search(text, prev[-1], a):
                before = text[prev[-1]:a]
        key = _figure_key(ctx, amt.unit, before, text[b:b + 20])
        if loans_only and key != "loan":
            continue
        # A loan is money (a share or a weight in its sentence is something else: «أنجز 45٪»), and not the
        # cost of the project it covers part of.
        if key == "loan" and (amt.unit not in MONEY_UNITS or _a_cost(lex, text, cs, a)):
            continue
        value = -amt.value if key == "trade_growth" and _fell(lex, before) else amt.value
        figure_type = _figure_type(ctx, cs, a)
        period = period_of(text, art.nt.orig, art.nt.span, cs, ce, a, b, spans, art.published,
                           ahead=figure_type != "actual", shared=amt.unit == "percent", back=back,
                           before=going_on_from if amt.unit in MONEY_UNITS and key not in ("loan", "investment") else None)
        out.append(ctx.signal("trade_figure", key, FIGURE_LABELS.get(key, "Economic figure"),
                              "finance" if key in ("loan", "investment") else "trade", cue=(a, b),
                              value=value, unit=amt.unit, figure_type=figure_type, period=period, speaker=speaker_name(art, ctx.s, ctx.e, a)))
    return out


PERIOD_BACK = 2  # sentences before a figure's in which a period it refers back to («في الفترة نفسها») is given


def _back(art, s: int) -> int:
    """Where the sentences in which a figure's period may be given before its sentence (at ``s``) start."""
    i = bisect_left(art.sentences, (s,))  # the sentences that start before it
    return art.sentences[i - PERIOD_BACK][0] if i >= PERIOD_BACK else 0


def _before(art, s: int, e: int) -> int | None:
    """Where the sentence before starts, if the sentence ``[s, e)`` goes on with its speaker's words («وأوضح أن…»):
    a sum of trade told there is for the period that sentence gave (not a share, a weight, a loan or an investment,
    which the gold rarely dates so)."""
    if not goes_on(art.text, s, e):
        return None
    i = bisect_left(art.sentences, (s,))
    return art.sentences[i - 1][0] if i >= 1 else None


GENERIC_REACH = 60  # characters before a figure in which «بين البلدين» says whose trade it is
def _others_pair(ctx: Context, sc, cs: int, a: int, b: int) -> bool:
    """Whether «بين البلدين» just before the figure is the pair of a sentence whose subject, named first, is a
    third state («اتفق رئيس الوزراء الأرميني والرئيس الإيراني… على رفع التبادل التجاري بين البلدين إلى ثلاثة
    مليارات دولار»): the trade of that pair, not of the two, whoever the sentence names after."""
    if ctx.generic_ok or sc.near_pair(a, b, GENERIC_REACH):
        return False
    pair = ctx.within(ctx.art.lex.generic_pair, max(cs, a - GENERIC_REACH), a)
    first = next((m for m in sc.mentions if m.start >= cs), None)
    return bool(pair) and first is not None and first.side in (THIRD, SCENE) and first.start < pair[-1][0]


THIRD_REACH = 60  # characters either side of a figure in which a third state may make it another pair's


# A figure the text itself says was wrong (folded): «نشرت مواقع رقماً خاطئاً… بلغت «٤٠ مليار دولار»», «تصحيح - نشرنا
# أمس أن إيران استوردت «٢٤ مليون طن»…، والصحيح أنها ٢٫٤ مليون طن», «نقلت مواقع أن القرض يبلغ 1.6 مليار يورو، قبل
# أن يوضح… أن الرقم الصحيح هو 1.3 مليار»: the one before the right one is the error; not «في الاتجاه الصحيح».
# (The error with its article only: «خطاً ائتمانياً», folded «خطا», is a credit line.)
_WRONG = re.compile(r"(?<!\w)(?:[وب]?(?:ال)?خاطي\w*|[وب]?الخطا|غير\s+دقيق\w*|تصحيح)(?!\w)")
_RIGHT = re.compile(r"(?<!\w)(?<!الاتجاه\s)(?<!المسار\s)(?<!الطريق\s)(?:و?الصحيح|و?الصواب)(?!\w)")


def _corrected(text: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether the sentence ``[s, e)`` calls the figure at ``[a, b)`` wrong: an error named before it with no right
    figure given between, or the right one given after it."""
    wrong = None
    for wrong in _WRONG.finditer(text, s, a):
        pass
    return wrong is not None and not _RIGHT.search(text, wrong.end(), a) or bool(_RIGHT.search(text, b, e))


def _third_near(sc, a: int, b: int) -> bool:
    """Whether a third state is named near the figure: one named far off in a long clause («…القيود
    المصرفية الناجمة عن العقوبات الأمريكية») says nothing of whose trade it is."""
    return any(m.side == THIRD and m.end > a - THIRD_REACH and m.start < b + THIRD_REACH for m in sc.mentions)


def _a_blocs(ctx: Context, sc, cs: int, a: int) -> bool:
    """Whether the figure is Iran's trade with a bloc Russia belongs to («بلغ حجم التبادل التجاري بين إيران
    ودول الاتحاد الخمس نحو ستة مليارات دولار»): the bloc named just before it, Russia not named between."""
    blocs = ctx.within(ctx.art.lex.bloc_members, max(cs, a - GROWTH_REACH), a)
    text = ctx.art.text
    # (Russia named as one of them, «دول الاتحاد، وفي مقدمتها روسيا», is still the bloc)
    # (but Russia's own figure told of it in a relative clause is its own: «خصوصا روسيا التي بلغت وارداتها…»)
    return bool(blocs) and not any(m.side == RUSSIA and blocs[-1][1] <= m.start < a and
                                   (not _ONE_OF_THEM.search(text, max(blocs[-1][1], m.start - 20), m.start) or
                                    _WHICH.search(text, m.end, a))
                                   for m in sc.mentions)


_WHICH = re.compile(r"(?<!\w)(?:التي|الذي)(?!\w)")
_ONE_OF_THEM = re.compile(r"(?<!\w)[وف]?(?:في\s+مقدمتها|علي\s+راسها|بما\s+فيها|من\s+بينها|بينها|منها|لا\s+سيما|خصوصا|خاصه)\s*$")


# A value for developing something («مذكرة تفاهم بقيمة 40 مليار دولار لتطوير حقول الغاز», «…، تشمل تطوير حقلين»):
# invested. (A contract to build a plant, «اتفاقا بقيمة 25 مليار دولار لبناء محطة», is the contract's value, `other`.)
_FOR_BUILDING = re.compile(r"\s*(?:ل|من\s+اجل\s+|[،,]?\s*[يت](?:شمل|تضمن)\s+)(?:(?:ل)?تعاون\s+في\s+)?(?:تطوير|استثمار)")


# The worth of a memorandum or a roadmap («مذكرة تفاهم تقدر قيمتها بنحو 40 مليار دولار», «خريطة طريق لمشاريع نفطية
# تصل قيمتها إلى ثلاثين مليار دولار»): what it pledges to invest, not a contract's price; one to raise the trade
# to a sum («خارطة طريق لرفع حجم التبادل التجاري إلى 10 مليارات») is that trade's target.
_MEMORANDUM_WORTH = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:مذكره|مذكرات|خريطه\s+طريق|خارطه\s+طريق)(?!\w)[^.؛:]{0,60}$")


def _figure_key(ctx: Context, unit: str, before: str, after: str = "") -> str:
    """What a figure measures; a percentage is growth only when a growth word stands just before it
    («نمو التجارة بنسبة 77٪»), not a share elsewhere in the sentence («95٪ من التسويات»)."""
    lex = ctx.art.lex
    if ctx.has(lex.loan):
        return "loan"
    if ctx.has(lex.investment) and not ctx.has(lex.trade_cues) or unit in MONEY_UNITS and \
            (_FOR_BUILDING.match(after) or _MEMORANDUM_WORTH.search(before) and not lex.trade_cues.find_regex(before).spans):
        return "investment"
    if not ctx.has(lex.trade_cues):
        return "other"
    grew = bool(lex.growth.find_regex(before).spans or lex.decline.find_regex(before).spans)
    if unit == "percent":  # (risen *to* a percentage is a share reached, «ارتفعت حصة الروبل والريال إلى نحو 40٪»)
        return "trade_growth" if grew and not (_TO.search(before) and "بنسبه" not in before[-TO_REACH:]) else "other"
    if unit == "tonnes":
        return "other"  # a quantity of goods, not the value of the trade
    if _one_way(lex, before):
        return "other"  # «صادرات إيران إلى روسيا سجلت 810 ملايين دولار»: one side's sales, not their trade
    # «نما بأكثر من ملياري دولار»: grew *by* an amount is a change; «ارتفع إلى…» is the volume reached.
    return "trade_growth" if grew and _BY.search(before) else "trade_volume"


def _one_way(lex, before: str) -> bool:
    """Whether the trade word nearest before the figure names exports or imports alone, not the exchange."""
    ways, cues = lex.one_way.find_regex(before).spans, lex.trade_cues.find_regex(before).spans
    return bool(ways) and bool(cues) and ways[-1][1] >= cues[-1][1]


def _fell(lex, before: str) -> bool:
    """Whether the change word nearest before the figure is a fall («بعد أن ارتفعت… تراجعت بنسبة 6٪»)."""
    rises, falls = lex.growth.find_regex(before).spans, lex.decline.find_regex(before).spans
    return bool(falls) and (not rises or falls[-1][0] > rises[-1][0])


# Where a figure's own statement begins within its clause: after a speaker's participle that goes on past a comma
# («…إلى ١٠ مليارات دولار، مشيرا إلى أن أكثر من ٩٥٪…»), or at the baseline a target is set against («تستهدفان رفعه
# إلى عشرة مليارات، مقارنة بنحو 1.7 مليار دولار العام الماضي»), which is what was. Folded.
_OWN_STATEMENT = re.compile(r"[،,]\s*(?:مشيرا|مشيره|لافتا|لافته|مضيفا|مضيفه|موضحا|موضحه|موكدا|موكده)(?!\w)|"
                            r"(?<!\w)(?:مقارنه\s+ب|مقابل(?!\w))")


def _figure_type(ctx: Context, cs: int, a: int) -> str:
    """``target`` or ``forecast`` where such words stand before the figure in its own statement, else ``actual``."""
    lex = ctx.art.lex
    cs = max([cs] + [m.end() for m in _OWN_STATEMENT.finditer(ctx.art.text, cs, a)])
    if ctx.within(lex.targets, cs, a):
        return "target"
    if ctx.within(lex.forecasts, cs, a) or _may_reach(ctx.art.text, cs, a):
        return "forecast"
    return "actual"


# «قد» before a verb of reaching or rising, the figure after it (folded): «قد تصل قيمتها إلى», «قد يتجاوز».
_MAY_REACH = re.compile(r"(?<!\w)قد\s+[يت](?:صل|بلغ|تجاوز|رتفع|نمو|قارب|زيد|فوق)\w*(?!\w)")
MAY_REACH = 45  # characters before the figure in which «قد تصل» stands (its subject between: «قد تصل قيمتها إلى»)


def _may_reach(text: str, cs: int, a: int) -> bool:
    """Whether the figure at ``a`` is what something «may reach»: a forecast (the gold counts it so)."""
    return bool(_MAY_REACH.search(text, max(cs, a - MAY_REACH), a))
