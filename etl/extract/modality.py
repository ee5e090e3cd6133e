"""Modality: whether a cue is stated, denied, hypothetical or a forecast.

Hypothetical and denied statements are not signals («قد يلتقي», «لن تزود», «في حال وقعت»); a forecast
(«سيسرع انضمام إيران») is none either, except where a rule takes announced events (a meeting set for a
date). Looked for in the words just before the cue, inside its clause, on folded text.
"""
from __future__ import annotations

import re

# A negation governs the cue when it stands right before it, or before a verb of judging that governs it
# («لا تعد طهران حليفا», «ليست حليفا»); «لن يتنازل عن حلفه» denies the giving up, not the alliance.
_NEGATORS = {"لم", "لن", "ليس", "ليست", "ليسوا", "ليسا", "ليستا", "لسنا", "لا", "عدم", "دون", "بدون", "غير", "وليس", "وليست", "وليسا", "وليستا", "ولا", "ولم", "ولن",
             # spoken, as the news quotes it («هاي مو تحالف», «دي مش شراكة», «مب حليف»)
             "مو", "مش", "مب", "موب", "موش"}
# «لا تسعيان إلى تحالف»: a negated verb of seeking governs what it seeks.
_SEEKING = re.compile(r"^(?:[تي]سع\w*|[تي]ريد\w*|[تي]نوي\w*|[تي]طمح\w*|[تي]رقي|[تي]هدف\w*)$")
# What a sought thing is made by, between «إلى» and it («لا تهدف إلى إنشاء تحالف عسكري»).
_MAKING = {"انشاء", "اقامه", "تشكيل", "تاسيس", "بناء"}
# About to, set on («ليستا بصدد إنشاء تحالف», «لسنا في وارد تشكيل محور»): negated, what they would make is denied.
_ABOUT_TO = {"بصدد", "وارد"}
# «أقرب إلى تقاطع مصالح منها إلى تحالف», «بدلا من التحالف»: what it is said to be rather than.
# «ليس أكثر من تحالف مؤقت», «لا يعدو كونه تحالفا», «مجرد تحالف»: no more than that, the label diminished.
# «ما يسمى التحالف»: so-called, the label disowned; «خالية من الخلافات»: free of it.
_RATHER = re.compile(r"(?<!\w)(?:منها|منه|منهما|مما\s+هي|بدلا\s+من|بدل|ليس\s+اكثر\s+من|ليست\s+اكثر\s+من|"
                     r"لا\s+[يت]عدو(?:\s+كونه|\s+كونها|\s+ان\s+[يت]كون)?|مجرد|ما\s+[يت]سمي(?:\s+ب)?|ما\s+[يت]عرف\s+ب|"
                     # what one of them calls it («حدود ما تسميه طهران "الشراكة الاستراتيجية"»)
                     r"ما\s+[يت](?:سمي|صف)(?:ه|ها|انه)(?:\s+\w+){1,2}?(?:\s+ب)?|"
                     r"خاليه\s+من|خال\s+من|بلا|"
                     # its limits («كشف حدود "التحالف"», «يكشف حدود الشراكة»), not «بأي حدود لتوسيع العلاقات»
                     r"(?:(?<!اي\s)(?<!لا\s)|[لب])حدود|"
                     # short of it («لا ترقى إلى مستوى التحالف»)
                     r"لا\s+[تي]رقي\s+الي(?:\s+مستوي)?|لم\s+[تي]رق\s+الي(?:\s+مستوي)?)"
                     r"\s+(?:الي\s+)?[«\"“]?$")
# A negated verb of making or meaning governs what it would make («المعاهدة لا تنشئ تحالفا», «لا تؤسس لتحالف»,
# «لا يعني ذلك تحالفا», «الحاجة وحدها لا تصنع تحالفا»): the verbs of judging and these.
# (their dual and plural too: «لا تبنيان تحالفا», «لا تشكلان محورا»)
_JUDGING = re.compile(r"^(?:[تي]سمح\w*|[تين]عد\w*|[تين]عتبر\w*|[تين]كون|[تين]كن|[تين]ري|[تين]راها|[تين]راه|[تين]صف\w*|اعتبار|[تين]نظر|"
                      r"[تي]نشي|[تي]وسس|[تي]شكل|[تي]عني|[تي]مثل|[تين]بني|[تي]جعل|[تي]صنع|[تي]خلق|"
                      r"[تي]نص|[تي]صمم)(?:ان|ون|ا|وا)?$")  # («لا تنص على تحالف عسكري»: what it does not lay down;
# «لم تُصمَّم حلفا عسكريا»: what it was not made to be)
# «لم تكن يوما حليفا», «لا نبني أبدا تحالفا»: ever and never stand between the negated verb and what it denies.
_EVER = {"يوما", "ابدا", "قط", "اطلاقا"}
_THIS = {"هذه", "هذا", "ذلك", "تلك", "هي", "هو"}  # «ليست هذه معاهدة تحالف», «ليس هو تحالفا»
_ONLY = {"الا", "سوي", "والا"}  # (folded) after a negation, what is excepted is asserted
# «لا ترى في إيران حليفا فحسب بل شريكا»: not only that but more, asserted (folded).
_NOT_ONLY = re.compile(r"\S+(?:\s+\S+)?\s+(?:فحسب|فقط)(?:\s*[،,])?\s+(?:بل|وانما|انما)(?!\w)")
# Verbs of denying (folded), which negate what they govern («نافيا وجود أي خلاف»); one list for the word test
# here and the denial patterns below.
_DENYING_VERBS = ("نفي", "نفت", "ينفي", "تنفي", "نفوا", "نافيا", "نافيه", "ينفيان", "تنفيان",
                  # gave the lie to («كذّبت الوكالة ما نشرته صحيفة…»)
                  "كذب", "كذبت", "يكذب", "تكذب", "مكذبا", "مكذبه")
_DENYING_WORDS = {*_DENYING_VERBS, "نافين"}
_DENYING_WORDS |= {c + w for w in _DENYING_WORDS for c in "وف"}  # with the conjunction written on («ونفت»)
# «قد» before an imperfect, may (not «قد تم»; not a past form, which is done: «قد نفذت», «قد تسلموا», «قد نفذا»,
# «قد تسلمتها»; a pronoun on an imperfect is no past ending: «قد تسلمها», may hand it over; a dual past after «ت» has
# three letters between, so «قد تلجأ», folded «تلجا», is an imperfect). Folded.
_MAY_VERB = r"قد\s+(?!تم(?!\w))(?!(?:[نت]\w+(?:ت|وا)|ن\w+(?<![هن])ا|ت\w{3,}(?<![هن])ا)(?:ها|ه|هما|هم|نا)?(?!\w))[يتن]\w+"
# Hedges: what may be, or would be if («قد يلتقي», «من المحتمل أن تتجاوز», «من غير المرجح أن», «ولو كانت»); with the
# conjunction written on («ولو», «فقد», «واذا»).
# («شريك يمكن الاعتماد عليه» is a reliable partner, no hedge.)
_HEDGES = (_MAY_VERB + r"|ربما|من\s+المحتمل|من\s+الممكن|من\s+غير\s+المرجح|يحتمل|يمكن\s+ان|يمكن(?!\s+(?:الاعتماد|الوثوق|التعويل))|"
           r"يمكنها|يمكنه|في\s+حال|حال|"
           r"غير\s+(?:ال)?وارد|ليس\s+واردا|"  # ruled out («من غير الوارد توقيع اتفاقية…»)
           r"اذا|لو|امكانيه|احتمال|محتمل|محتمله")
_HEDGED = re.compile(rf"(?<!\w)[وف]?(?:{_HEDGES})(?!\w)")
# «كان» before «قد» makes the verb after it a past perfect, whatever its look («وكان رئيسي قد تلقى اتصالا من بوتين»:
# had received; folded, «تلقى» reads as an imperfect); its subject may stand between. Folded.
_WAS_BEFORE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانا|كانتا|كانوا)(?:\s+[^\s،,.؛:]+){0,4}\s+$")
WAS_REACH = 50  # characters before «قد» in which «كان» stands


def _had(text: str, m: re.Match) -> bool:
    """Whether the hedge match ``m`` is «قد» after «كان»: no hedge, a past perfect."""
    at = m.start() + (1 if text[m.start()] in "وف" else 0)
    return text.startswith("قد", at) and _WAS_BEFORE.search(text, max(0, at - WAS_REACH), at) is not None
_HYPOTHETICAL = re.compile(
    rf"(?<!\w)[وف]?(?:{_HEDGES}|يشاع|شايعات|تكهنات|يتوقع\s+ان|من\s+المتوقع\s+ان|"
    # not ruled out is not done («ولم يستبعد الوزيران عقد قمة…»); what someone expects, named between («يتوقع خبراء
    # روس أن يتوسع التعاون العسكري…»)
    r"(?:لا|لم)\s+[يت]ستبعد\w*|[يت]توقع(?:\s+\w+){1,3}?\s+ان|"
    # A hope is no announcement («معربا عن أمله في توقيعها خلال زيارة قريبة»).
    r"(?<!خيبه\s)(?:[يتن]امل|امله|املها|املهم|املنا)|علي\s+امل|"  # (not «خيبة أملها», a disappointment)
    # What should be done is not what was done («علينا أن نسلك طريق حوار مع روسيا وإيران»).
    r"علينا\s+ان|يجب\s+ان|ينبغي\s+ان|يتعين|لا\s+بد|لابد|"
    # Reports not confirmed («وسط تقارير غير مؤكدة عن قرب تسلم إيران مقاتلات سوخوي-35»).
    r"غير\s+مو?كده|غير\s+مو?كد|"
    # A question asks, it does not state («هل أبلغ الكرملين حليفه الإيراني قبل القرار؟»).
    r"هل|"
    # As soon as possible is no date («سيتم التوقيع في أقرب وقت ممكن، خلال زيارة رسمية»).
    r"في\s+اقرب\s+وقت|"
    # Whether or not («سواء زار سليماني موسكو أم لم يزرها») leaves it open; «على حد سواء» (alike) does not.
    r"(?<!حد\s)سواء|"
    # If or whether it is («ولم يحدد إن كان الاجتماع سيضم…»); not «منذ أن كان» (since it was), nor «وإن كانت»
    # (even though: «تشارك روسيا وإيران في تحالف أوبك+، وإن كانت طهران معفاة…»).
    r"(?<!منذ\s)(?<!بعد\s)(?<!و)ان\s+كان(?:ت)?|"
    # Able to is not doing («من الدول القليلة القادرة على تزويد طهران بمنظومات دفاعية»).
    r"(?:ال)?قادر(?:ه|ون|ين|ان|تان)?\s+علي|"
    # An invitation to visit is no visit («ودعا بوتين نظيره الإيراني إلى زيارة روسيا», «دعوة… لزيارة إيران»).
    r"(?:دعوه|الدعوه|دعوته|دعا|دعاه|دعت|دعاها)(?:\s+\S+){0,6}?\s+(?:الي\s+|ل)زيار\w*)(?!\w)")
# A hedge that opens the clause governs all of it, however far the cue («قد يلتقي الرئيسان… على هامش قمة مقبلة»,
# «من المحتمل أن تبحث ايران وروسيا في المستقبل إنشاء مركز…»).
# Words that open a hedged clause: may be, possibly, not ruled out (folded).
_HEDGE_OPENERS = r"ربما|من\s+المحتمل|من\s+الممكن|من\s+غير\s+المستبعد|(?:لا|لم)\s+[يت]ستبعد\w*|ليس\s+من\s+المستبعد"
_OPENS_HEDGED = re.compile(r"\s*[وف]?(?:" + _MAY_VERB + r"|" + _HEDGE_OPENERS + r"|يحتمل\s+ان|"
                           # a question opening the clause asks all of it («هل تتبنى طهران وموسكو موقفا واحدا إزاء
                           # الحرب في أوكرانيا؟»)
                           r"هل(?!\s+(?:شهر|هلال|عيد|رمضان))|"  # (not «هلّ شهر رمضان», began)
                           # what is expected, the one who expects it named or not («ويتوقع محللون أن تتجه طهران إلى
                           # شراء منظومات دفاع جوي ومقاتلات روسية»)
                           r"[يت]توقع(?:\s+\w+){0,3}?\s+ان|من\s+المتوقع\s+ان)(?!\w)")


def _opens_hedged(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether a hedge opens the clause and governs the cue: up to the first comma or «لكن» («قد يصمد هذا
    التفاهم…، لكن العلاقة بين الطرفين ليست تحالفا» hedges the first statement only); or the clause is the «أن»
    of a hedge told before an aside («ومن المحتمل، بحسب مصادر في الوفد الروسي، أن يوقع عقد توريد الغاز…»)."""
    if _OPENS_HEDGED.match(text, clause_start) and not _GOES_ON.search(text, clause_start, cue_start):
        return True
    return _HEDGE_ASIDE_THAT.search(text, max(0, clause_start - ASIDE_REACH), cue_start) is not None


# A hedge, then an aside set off by commas, then its «أن» and the cue with no comma between (folded).
_HEDGE_ASIDE_THAT = re.compile(r"(?<!\w)[وف]?(?:" + _HEDGE_OPENERS + r"|يحتمل)\s*[،,][^،,.؛:]{1,80}[،,]\s*ان(?!\w)"
                               r"[^،,.؛;:]*$")
ASIDE_REACH = 120  # characters before the clause in which the hedge and its aside may stand


_GOES_ON = re.compile(r"[،,؛;]|(?<!\w)[وف]?لكن")
# «لو» makes all that follows it in the clause counterfactual («ولو كانت بينهما شراكة حقا لزودت موسكو…»).
_COUNTERFACTUAL = re.compile(r"(?<!\w)[وف]?لو(?!\w)")
_FUTURE_VERB = r"س[يتن]\w{2,}|سوف"
_FUTURE = re.compile(rf"(?<!\w)(?:{_FUTURE_VERB})(?!\w)")
# Words that open like a future verb (س + ي/ت/ن) but are nouns or names.
# Also the future of going on («ستواصل تعاونها», «ستظل شريكا»): a commitment to what is, not a forecast.
_NOT_FUTURE = re.compile(r"^(?:سياس|سياح|سيطر|سياد|سيار|سيرغ|سيرج|سيرك|سينا|سيول|سيد|سيف|ستار|ستين|سته|سنه|سنوات|سنوي|سنت|سند|"
                         r"سنغاف|سنا|ستوك|سيبير|سيريا|سياق|"
                         # «لا سيما», «سيئة», «ستون» (sixty), «سينما», and names («ستيفن», «ستالين», «سيمنس», «سيلوانوف»,
                         # «سيتشين», «ستولتنبرغ», «سيستان», «سيريك», «سيونيك», «ستريم»)
                         r"سيما$|سيي$|سييه$|ستون$|سينما$|ستيف|ستالين|سيمنس$|سيمنز$|سيلوان|سيتشين|ستولت|سيستان|سيريك|سيونيك|ستريم$|"
                         r"س[يتن](?:واصل|ستمر|ظل|بقي))")
# What a denial says did not happen («نفى الكرملين أن يكون بوتين قد استقبل سليماني»): a verb of denying, then
# «أن», and the cue in the same stretch of words (no comma between).
_DENYING = rf"(?<!\w)[وف]?(?:{'|'.join(_DENYING_VERBS)})(?!\w)"
# («نفى المتحدث وجود أي خلاف مع روسيا»: denying that it exists, the speaker between; «نفى… ما تناقلته وسائل
# إعلام عن "اتفاق سري"»: denying what was reported of it.)
_DENIAL_OF = re.compile(rf"{_DENYING}[^،,.؛:]{{0,90}}?(?<!\w)(?:ان|انها|انه|بان|بانها|بانه|وجود|عن)(?!\w)[^،,.؛:]*$")
# «نفى الكرملين، على لسان المتحدث باسمه، أن يكون سليماني قد زار موسكو»: «أن يكون… قد» marks what is denied
# past an apposition between commas.
_DENIAL_OF_BEEN = re.compile(rf"{_DENYING}[^.؛:]{{0,90}}?(?<!\w)(?:ان\s+[يت]كون|صحه|وجود|"
                             r"ما\s+(?:اعلن|نشر|ذكر|اورد|تناقل|زعم|روج|قال|اوردت|تداول)\w*)(?!\w)[^.؛:،,]*$")
# («نفى الكرملين، اليوم، صحة تقارير عن زيارة مرتقبة لبوتين»: the reports' truth is what is denied; «نفى المتحدث…،
# الأربعاء، وجود خطط لإجراء اتصال هاتفي»: that any exists; «نفى عراقجي، الأربعاء، ما أعلنه بلينكن عن تسليم إيران
# صواريخ…»: what was announced or published.)
# A meeting called off did not and will not happen («ألغى لافروف زيارة كانت مقررة»، «إلغاء زيارة الوزير… لترؤس
# الجانب الإيراني في اجتماع اللجنة»); abolishing a tariff is no cancelled event.
_CANCELLED = re.compile(r"(?<!\w)[وف]?(?:ب?الغاء|الغي|الغت|الغيت|الغيا|[يت]لغي)(?!\w)[^.؛:،,]{0,60}?(?<!\w)"
                        r"(?:ال)?(?:زياره\w*|اجتماع\w*|لقاء\w*|قمه|جوله|محادثات)(?!\w)[^.؛:،,]*$")
# An event whose date is not set («خلال زيارة رسمية لموسكو لم يحدد موعدها بعد») is announced as neither dated
# nor decided: open, as «في أقرب وقت» is. Read after the cue, up to the next comma or full stop.
_UNDATED = re.compile(r"(?<!\w)(?:[وف]?لم\s+[يت](?:حدد|تحدد)(?:\s+(?:بعد|لها|له))?\s+موعد\w*|موعد\w*\s+لم\s+[يت](?:حدد|تحدد)|"
                      r"دون\s+تحديد\s+موعد|بدون\s+تحديد\s+موعد)(?!\w)")
UNDATED_REACH = 60
# Talk of a thing, right before it, is not the thing («يجعل الحديث عن خلاف بين الحليفين أقرب إلى التمني», «يكثر
# الحديث منذ بدء الغارات… عن "محور روسي إيراني"»).
_TALK_OF = re.compile(r"(?<!\w)الحديث(?:\s+\S+){0,10}?\s+عن\s*[«\"“]?$")
TALK_REACH = 90
WINDOW = 40  # characters before the cue in which a hedge governs it
FUTURE_WINDOW = 60  # and the future («سيسرع توقيع الاتفاق من انضمام إيران لمجموعة شنغهاي»)
DENIAL_WINDOW = 160  # characters before the cue in which a verb of denying governs it
HEDGE_WINDOW = 60  # characters before a figure in which a hedge governs it («من المحتمل أن تتجاوز التجارة…»)
_WORD = re.compile(r"\w+")


# A sentence opened by a condition («وفي حال دخولها حيز التنفيذ هذا العام، يتوقع محللون أن يرتفع التبادل…», «إذا
# رفعت العقوبات، فقد…»): what it goes on to say holds only if.
_OPENS_CONDITION = re.compile(r"\W*[وف]?(?:في\s+حال|في\s+حاله|اذا|لو|حال)(?!\w)")


def opens_conditional(text: str, sentence_start: int) -> bool:
    """Whether the sentence starting at ``sentence_start`` opens on a condition."""
    return _OPENS_CONDITION.match(text, sentence_start) is not None


# A condition told after what it holds for (folded): «إذا اكتملت…», «في حال رفع العقوبات», «شرط أن…».
_CONDITION_AFTER = re.compile(r"(?<!\w)[وف]?(?:اذا|في\s+حال|شرط\s+ان|بشرط|شريطه)(?!\w)")


def condition_after(text: str, start: int, end: int) -> bool:
    """Whether a condition stands in ``[start, end)``, after a cue it makes hold only if («…إلى خمسة ملايين طن بحلول
    2025 إذا اكتملت البنية التحتية»)."""
    return _CONDITION_AFTER.search(text, start, end) is not None


def hedged(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether a hedge governs the cue at ``cue_start``: a figure that may be reached is no figure (an
    expected one is a forecast, which a trade figure keeps as its type).

    >>> hedged("من المحتمل ان تتجاوز التجاره الثنائيه عشره مليارات دولار", 0, 38)
    True
    >>> hedged("من المتوقع ان يبلغ التبادل خمسه مليارات دولار", 0, 27)
    False
    """
    return any(not _had(text, m) and not _weighed(text, m)
               for m in _HEDGED.finditer(text, max(clause_start, cue_start - HEDGE_WINDOW), cue_start + 1))


DISCUSSING = "بحث|ناقش|تناول|استعرض|تباحث"  # the verbs of discussing (folded; agreements.py's too)
# A possibility discussed, studied or explored is what the talks were about, not a hedge on them («تبحث روسيا وإيران
# إمكانية توقيع اتفاقية…», «يدرس الجانبان إمكانية إنشاء…»; folded).
_WEIGHING = re.compile(rf"(?<!\w)[وف]?(?:[يت]?(?:{DISCUSSING}|درس|استكشف|استطلع)(?:ا|ت|تا|وا|ان)?|"
                       r"(?:ال)?(?:بحث|مناقشه|دراسه|استكشاف))(?:\s+[^\s،,.؛:]+){0,12}?"
                       # (its subject may stand between, and an aside set off by commas: «، في اتصال هاتفي،»)
                       r"(?:\s*[،,](?:\s+[^\s،,.؛:]+){1,5}\s*[،,])?\s+$")


def _weighed(text: str, m: re.Match) -> bool:
    """Whether the hedge match ``m`` is a possibility that a verb or noun of weighing right before it governs."""
    at = m.start() + (1 if text[m.start()] in "وف" else 0)
    return text.startswith(("امكانيه", "احتمال"), at) and _WEIGHING.search(text, max(0, at - WEIGHING_REACH), at) is not None


WEIGHING_REACH = 90  # characters before the possibility in which the weighing verb, its subject and an aside stand


# (not «دون», «غير»: «بدون دعم» asserts it; «عدم» negates the verbal noun after it: «دعت… إلى عدم تزويد روسيا بالأسلحة»)
_VERB_NEGATORS = {"لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "عدم", "بعدم", "وعدم"}


_MAY_BEFORE = re.compile(r"(?<!\w)[وف]?(قد|ربما)\s+$")
_MAY_THEN_VERB = re.compile(r"(?:قد|ربما)" + _MAY_VERB[len("قد"):] + r"(?!\w)")


def verb_hedged(text: str, clause_start: int, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is an imperfect that «قد» or «ربما» right before it hedges («قد تتسلمها»;
    not «قد تسلمت», done)."""
    m = _MAY_BEFORE.search(text, max(clause_start, verb_start - 8), verb_start)
    return m is not None and _MAY_THEN_VERB.match(text, m.start(1)) is not None and \
        _WAS_BEFORE.search(text, max(0, m.start(1) - WAS_REACH), m.start(1)) is None


def verb_negated(text: str, clause_start: int, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is negated by the word right before it («لن تزود»)."""
    words = text[max(clause_start, verb_start - 8):verb_start].split()
    return bool(words) and words[-1] in _VERB_NEGATORS


# Comment declined on the thing right after («قال إنه «لا يعلق على التعاون العسكري التقني»», «رفض التعليق على صفقة…»):
# no word on it. (Not «لا تعلق على التعاون… أي شروط»: attaching no conditions to it, an object after it.) Folded.
_DECLINES_COMMENT = re.compile(r"(?<!\w)(?:[وف]?(?:لا|لن|لم)\s+[يتن]علق(?:ان|ون)?|[وف]?(?:رفض|رفضت|يرفض|ترفض|امتنع|امتنعت)"
                               r"(?:\s+[^\s،,.؛:]+){0,5}?\s+(?:عن\s+)?(?:ال)?تعليق)\s+علي\s+(?:[^\s،,.؛:]+\s+){0,2}$")  # (the one declining between)
COMMENT_REACH = 90  # characters before the cue in which comment is declined
_ATTACHED = re.compile(r"[^.،,؛:]*?(?<!\w)(?:اي|ايه|امال\w*|شروط\w*|اهميه)(?!\w)")


def _no_comment(text: str, cue_start: int) -> bool:
    """Whether comment is declined on the cue right after «على»."""
    return _DECLINES_COMMENT.search(text, max(0, cue_start - COMMENT_REACH), cue_start) is not None and \
        not _ATTACHED.match(text, cue_start)


def future_between(text: str, start: int, end: int) -> bool:
    """Whether a verb in the future stands in ``[start, end)`` («سيمول», «ستنطلق», «سوف»), not a noun or name that
    opens like one, nor the future of going on."""
    return any(not _NOT_FUTURE.match(m.group(1)) for m in _FUTURE_JOINED.finditer(text, start, end))


_FUTURE_JOINED = re.compile(rf"(?<!\w)[وف]?({_FUTURE_VERB})(?!\w)")  # a future verb, «و» or «ف» joined to it («وسيمول»)


def counterfactual(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether «لو» stands before the cue in its clause («لو لم تكن العقوبات، لتجاوز التبادل خمسة مليارات»)."""
    return bool(_COUNTERFACTUAL.search(text, clause_start, cue_start))


def conditional(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether the cue is only possible or supposed («قد تبحث موسكو وطهران صيغا جديدة للتعاون», «لو وقعت»):
    a hedge just before it, or «لو» anywhere before it in its clause. (An expected or hoped-for thing is not
    conditional: an agreement the two are expected to sign is planned, which its status says.)"""
    return hedged(text, clause_start, cue_start) or counterfactual(text, clause_start, cue_start)


def _seeks_not(words: list[str]) -> bool:
    """Whether the words end on a negated seeking or being about to, then what it would make: «لا تهدف إلى إنشاء»,
    «لا تنويان إقامة», «ليستا بصدد إنشاء», «لسنا في وارد تشكيل» (the cue, what is sought, comes next)."""
    if words and words[-1] in _MAKING:
        words = words[:-1]
    if words and words[-1] == "الي":
        words = words[:-1]
    if words[-2:-1] == ["في"] and words[-1:] == ["وارد"]:  # «في وارد»
        words = words[:-2] + ["وارد"]
    return len(words) >= 2 and words[-2] in _NEGATORS and (bool(_SEEKING.match(words[-1])) or words[-1] in _ABOUT_TO)


# Limits, the negation of which asserts what they would limit («لا تضع أي سقف لتطوير العلاقات»). Folded.
_LIMITS = {"سقف", "حد", "حدود", "قيود", "قيد", "عقبه", "عقبات", "عائق", "عوائق"}


def _negated(words: list[str]) -> bool:
    """Whether the words just before a cue negate it: a negator right before it, or before a verb of judging,
    making or seeking that governs it, or «أي» after a negated verb («لم تسلم موسكو أي صواريخ»); not where «إلا» or
    «سوى» makes the negation an assertion («لا ترى في طهران إلا حليفا»)."""
    if words and words[-1] in _ONLY:
        return False
    while words and words[-1] in _EVER:
        words = words[:-1]
    # «لا نبني مع إيران تحالفا», «لا تبني مع الجانب الإيراني تحالفا»: with whom stands between the verb and what it makes
    for k in (2, 3):
        # (and whom one sees as what: «لا ترى في طهران حليفا»)
        if len(words) > k and words[-k] in ("مع", "في") and _JUDGING.match(words[-k - 1]):
            words = words[:-k]
            break
    before = words[-3:]
    if not before:
        return False
    # («أي» may stand a word or two before the cue: «لا تبحثان أي صفقة صواريخ», «لم تسلم أي نوع من الصواريخ»)
    for k in (1, 2, 3):
        if k == 3 and words[-2:-1] != ["من"] or k > 1 and words[-k + 1] in _LIMITS:
            continue  # (not «لا تضع أي سقف لتطوير العلاقات»: what has no ceiling is the relations, asserted)
        if len(words) >= k and words[-k] in ("اي", "ايه") and \
                any(w in _NEGATORS or w in _DENYING_WORDS for w in words[-k - 5:-k]):
            return True
    if before[-1] in _DENYING_WORDS or \
            len(before) >= 2 and before[-1] == "وجود" and (before[-2] in _NEGATORS or before[-2] in _DENYING_WORDS):
        return True  # «نفي الخلاف», «نافيا وجود خلاف», «عدم وجود خلافات»
    four = words[-4:]  # «لا تجعل من البلدين حليفين»: the verb's «من» and what it makes between
    if len(four) == 4 and four[0] in _NEGATORS and _JUDGING.match(four[1]) and four[2] == "من":
        return True
    if _seeks_not(words):
        return True
    return before[-1] in _NEGATORS or \
        (len(before) >= 2 and before[-2] in _NEGATORS and (bool(_JUDGING.match(before[-1])) or before[-1] in _THIS)) or \
        (len(before) == 3 and before[0] in _NEGATORS and bool(_JUDGING.match(before[1])))


def modality(text: str, clause_start: int, cue_start: int) -> str:
    """``stated``, ``denied``, ``hypothetical`` or ``future`` for the cue at ``cue_start`` in ``text``.

    >>> modality("لن تزود روسيا ايران بالصواريخ", 0, 3)
    'denied'
    >>> modality("قد يلتقي بوتين روحاني", 0, 3)
    'hypothetical'
    >>> modality("قد تم التوصل الى اتفاق", 0, 7)
    'stated'
    >>> modality("لكنه لن يتنازل عن حلفه مع طهران", 0, 18)
    'stated'
    >>> modality("ولو كانت بين البلدين شراكه استراتيجيه", 0, 21)
    'hypothetical'
    >>> modality("اقرب الي تقاطع مصالح منها الي تحالف حقيقي", 0, 30)
    'denied'
    >>> modality("موسكو وطهران لا تسعيان الي تحالف عسكري", 0, 27)
    'denied'
    >>> modality("المعاهده لا توسس لتحالف عسكري", 0, 18)
    'denied'
    >>> modality("ان ايران لم تسلم موسكو اي صواريخ", 0, 26)
    'denied'
    >>> modality("نفي الكرملين ان يكون بوتين قد استقبل سليماني", 0, 31)
    'denied'
    """
    start = max(clause_start, cue_start - WINDOW)
    # (a hedge may begin up to 12 characters past the cue; the words after it are read to tell «يمكن الاعتماد»)
    if _opens_hedged(text, clause_start, cue_start) or any(m.start() < cue_start + 12 and not _had(text, m) for m in _HYPOTHETICAL.finditer(text, start, cue_start + 40)) or \
            _COUNTERFACTUAL.search(text, clause_start, cue_start) or _undated(text, cue_start) or \
            _talk_of(text, clause_start, cue_start) or _no_comment(text, cue_start):
        return "hypothetical"  # (comment declined on it: no statement, neither made nor denied)
    if _RATHER.search(text, start, cue_start) or _negated(_WORD.findall(text[start:cue_start])) and not _NOT_ONLY.match(text, cue_start) or \
            _DENIAL_OF.search(text, max(clause_start, cue_start - DENIAL_WINDOW), cue_start) or \
            _DENIAL_OF_BEEN.search(text, max(clause_start, cue_start - DENIAL_WINDOW), cue_start) or \
            _NONE_BETWEEN.search(text, max(clause_start, cue_start - DENIAL_WINDOW), cue_start) or \
            _CLAIMED.search(text, max(clause_start, cue_start - DENIAL_WINDOW), cue_start) or \
            _cancelled(text, clause_start, cue_start):
        return "denied"
    if ANY_OF_IT.search(text, start, cue_start) and not _REFUSING.search(text, start, cue_start):
        return "hypothetical"  # «أي تسليم لمنظومات إس-400 إلى ايران سيعد تجاوزا لخط أحمر»: any, not one
    # (a future verb before a comma is another predicate's: «بأن مصالحها ستراعى"، واصفا روسيا بأنها شريك»)
    f_start = max(clause_start, cue_start - FUTURE_WINDOW, text.rfind("،", 0, cue_start) + 1)
    if any(not _NOT_FUTURE.match(m.group()) for m in _FUTURE.finditer(text, f_start, cue_start + 1)):
        return "future"
    return "stated"


# None such between them («لا توجد بين موسكو وطهران معاهدة دفاع مشترك», «ليس بيننا تحالف»), the two between (folded).
_NONE_BETWEEN = re.compile(r"(?<!\w)[وف]?(?:لا\s+(?:توجد|يوجد)|ليس|ليست)\s+(?:بين|بيننا|بينهما)(?:\s+\S+){0,3}\s+$")
# With nothing to show it (folded): «لا صحة لما…», «عار عن الصحة», «لم يصدر أي إعلان رسمي عن بيع…», «لا توجد
# أدلة على…». Up to the cue, no comma between. (What one side's foe claims, «زعم مسؤول إسرائيلي أن روسيا تساعد
# إيران…», the gold keeps as a claim by that foe, actor `other`.)
_CLAIMED = re.compile(r"(?<!\w)[وف]?(?:(?:لا\s+صحه|عار\w*\s+عن\s+الصحه|"
                      r"(?:لم|لا)\s+[يت]صدر\s+(?:اي\s+)?(?:اعلان|تاكيد)|"
                      r"لا\s+[يت]وجد\s+(?:اي\s+)?(?:بيانات|ادله|دليل|معلومات))(?!\w)[^،,.؛:]*$|"
                      # nothing shown for the deed itself, told a few words after «على» («لم يقدم دليلا قاطعا على نقل
                      # أسلحة», «لم تقدم الولايات المتحدة أي دليل على تسليم…»); not for something else the sentence goes
                      # on from («…على تورط الصين أن إيران سلمت…»)
                      r"(?:لم|لا)\s+[يت]قدم\w*(?:\s+\S+){0,3}?\s+(?:اي\s+)?(?:دليلا|دليل|ادله)"
                      r"(?:\s+(?:قاطعا|قاطع|ملموسا|ملموسه|واضحا|واضح|مقنعا))?\s+علي(?:\s+(?!ان(?!\w))\S+){0,4}?\s*$)")
ANY_OF_IT = re.compile(r"(?<!\w)(?:اي|ايه)\s+$")  # folded «أي», «أية»: any, not one
# What is refused or opposed may well be «any» («رفض أي وجود لقوات أجنبية»): a stand, no hypothesis.
_REFUSING = re.compile(r"(?<!\w)[وف]?(?:رفض\w*|[يت]رفض\w*|[يت]عارض\w*|معارض\w*|ضد|[يت]دين\w*|ادان\w*|[يت]حذر\w*|حذر\w*)(?!\w)")


def _cancelled(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether the meeting the cue tells of, or the cue's own word («إلغاء زيارة»), was called off."""
    word = _WORD.match(text, cue_start)
    return bool(_CANCELLED.search(text, max(clause_start, cue_start - DENIAL_WINDOW), word.end() if word else cue_start))


def _undated(text: str, cue_start: int) -> bool:
    """Whether the words after the cue, up to a comma or full stop, say its date is not set."""
    end = min(len(text), cue_start + 2 * UNDATED_REACH)
    if "موعد" not in text[cue_start:end]:  # (read for every cue: the plain test first)
        return False
    m = _STOP.search(text, cue_start, end)
    # «…إلى موسكو، لم يحدد موعدها بعد»: said of it past a comma (a full stop ends what is said of it)
    if m and m.group() in "،," and text[m.end():m.end() + 5].lstrip().startswith(("لم", "ولم")):
        m = _STOP.search(text, m.end(), end)
    return bool(_UNDATED.search(text, cue_start, m.start() if m else end))


_STOP = re.compile(r"[،,.؛;:!؟?]")


def _talk_of(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether talk of the cue, not the cue itself, is what the words before it tell («الحديث عن خلاف»)."""
    start = max(clause_start, cue_start - TALK_REACH)
    return "الحديث" in text[start:cue_start] and bool(_TALK_OF.search(text, start, cue_start))
