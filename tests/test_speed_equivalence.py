"""The fast paths give exactly what the plain ones give.

Extraction looks every term list up word by word (`TextScan`); each list's alternation regex
(`Terms.find_regex`) stays as the reference, and every span must agree: same starts, same ends, clitics
included, the same choice among overlapping terms. The same holds for the sentence splitter and for the
folded-to-original offset map.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.lexicon import load_lexicon
from etl.extract.terms import AnyOf, Terms, TextScan, only
from etl.extract.normalize import _TABLE, _offsets, normalize
from etl.extract.sentences import sentence_spans, split_sentences

pytestmark = pytest.mark.slow  # matches whole corpora both ways

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside this checkout")
SETTINGS = settings(max_examples=200, deadline=None)


def _jsonl_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _assert_matchers_agree(text: str) -> None:
    """Every term list, the role phrases and the sentence splitter: fast path == reference, on ``text``."""
    lex = load_lexicon()
    folded = normalize(text)
    sentences = sentence_spans(folded)
    assert sentences == [(s.start, s.end) for s in split_sentences(folded)]
    scan = TextScan(lex.index, folded)
    some = sentences[::2]  # as extraction does: only some sentences are in play
    present = scan.slots_by_region(some)
    for terms in lex.term_lists():
        assert scan.find(terms).spans == terms.find_regex(folded).spans, terms.terms
        for regions in (sentences, some):
            assert scan.find_in(terms, regions).spans == terms.find_in_regex(folded, regions).spans, terms.terms
        # A list left out of a sentence's slots has no match there (extraction skips it).
        for i, (s, e) in enumerate(some):
            if terms.find_in_regex(folded, [(s, e)]).spans:
                assert lex.index.slots[id(terms)] in present[i], terms.terms
    names = TextScan(lex.names_index, folded)  # the lists looked for in the whole text, on their own
    for terms in lex.name_lists.values():
        assert names.find(terms).spans == terms.find_regex(folded).spans, terms.terms
    # The full scan of only the sentences in play finds in them what the scan of the whole text finds there.
    focused = TextScan(lex.index, only(folded, some))
    for terms in lex.term_lists():
        assert focused.find_in(terms, some).spans == scan.find_in(terms, some).spans, terms.terms
    assert focused.slots_by_region(some) == present
    for phrase in (lex.iran_roles, lex.russia_roles):
        assert scan.phrase_in(phrase).spans == phrase.find(folded).spans
        assert scan.phrase_in(phrase, sentences).spans == phrase.find_in(folded, sentences).spans


def test_sample_corpus_matchers_agree():
    texts = _jsonl_texts(ROOT / "seeds" / "sample" / "articles.jsonl")
    texts.append((ROOT / "seeds" / "000_5ca05d674973007d.txt").read_text(encoding="utf-8"))
    for text in texts:
        _assert_matchers_agree(text)


@needs_shared
def test_dev_corpus_matchers_agree():
    for text in _jsonl_texts(SHARED / "corpus" / "dev" / "articles.jsonl"):
        _assert_matchers_agree(text)


# Where several terms can begin at one word, the regex takes the first it tries: kind group (in order
# of first use), then clitic split (longest first, as it backtracks), then body (longest first).
ORDER_CASES = [
    (["بنان", "لبنان سوريا"], "لبنان سوريا", [(0, 5)]),  # «ل» + «بنان» is tried before «لبنان سوريا»
    (["لبنان", "بنان سوريا"], "لبنان سوريا", [(0, 11)]),
    (["الكتاب الجديد", "كتاب"], "الكتاب الجديد", [(0, 13)]),  # the ال group comes first here...
    (["كتاب", "الكتاب الجديد"], "الكتاب الجديد", [(0, 6)]),  # ...and second here
    (["وفد", "فد رسمي", "الوفد*"], "وفد رسمي والوفدان", [(0, 8), (9, 17)]),
    (["رشت-أستارا"], "رشتاستارا ورشت - استارا ولرشت-استاراه", [(0, 9), (10, 23)]),  # hyphen: any or none
    (["أوبك+"], "اوبك + واوبك+ اوبك", [(0, 6), (7, 13)]),
    (["روسيا وإيران", "إيران وروسيا"], "روسيا وايران وروسيا", [(0, 12)]),  # matches do not overlap
    (["الروسي"], "للروسي وللروسي فبالروسي الروسيه", [(0, 6), (7, 14), (15, 23)]),
    # an indefinite accusative takes an alef («تمرينا»); a feminine plural does not («مناوراتا» is no word)
    (["تمرين", "مناورات"], "تمرينا وتمرين مناورات مناوراتا", [(0, 6), (7, 13), (14, 21)]),
    # ل + ال before a word that starts with ل drops a lam: «للجنه» is «ل» + «اللجنه»
    (["اللجنه المشتركه"], "للجنه المشتركه وللجنه المشتركه اللجنه المشتركه", [(0, 14), (15, 30), (31, 46)]),
    (["S-300"], "s300 s-300 s - 300 ls300", [(0, 4), (5, 10), (11, 18)]),
]


@pytest.mark.parametrize("terms,text,spans", ORDER_CASES)
def test_order_among_terms_as_the_regex(terms, text, spans):
    t = Terms(terms)
    assert t.find_regex(text).spans == spans
    assert t.find(text).spans == spans
    assert t.find_in(text, [(0, len(text))]).spans == spans


def test_regions_out_of_order_overlapping_or_cutting_a_word():
    t = Terms(["روسيا", "ايران"])
    text = "روسيا وايران روسيات"
    for regions in ([(6, 12), (0, 5)], [(0, 12), (6, 19)], [(0, 19), (0, 19)], [(13, 18)]):
        assert t.find_in(text, regions).spans == t.find_in_regex(text, regions).spans, regions
    assert t.find_in(text, [(6, 12), (0, 5)]).spans == [(6, 12), (0, 5)]
    assert t.find_in(text, [(13, 18)]).spans == [(13, 18)]  # «روسيا», as the region's end leaves the word


# --- Random Arabic-ish text --------------------------------------------------------------------------

_CONFLICTS = [terms for terms, _, _ in ORDER_CASES[:5]]


def _lists() -> dict[str, Terms]:
    """A handful of lists covering every shape of term: one word, * (Arabic and Latin), several words,
    hyphens (which may be left out), plus signs, digits, terms starting with ال; and the conflicts."""
    lex = load_lexicon()
    entry = {e.key: e.terms for e in lex.entries}
    rule = {r.key: r.terms for r in lex.rules}
    lists = {"iran": lex.iran, "russia": lex.russia, "pair": lex.pair, "generic_pair": lex.generic_pair,
             "third_parties": lex.third_parties, "arms": rule["arms_transfer"], "3plus3": entry["3plus3"],
             "opec_plus": entry["opec_plus"], "rasht": entry["rasht_astara_railway"],
             "negotiating": dict(lex.not_yet)["negotiating"], "speech": lex.speech}
    lists.update({f"conflict {i}": _terms(tuple(t)) for i, t in enumerate(_CONFLICTS)})
    return lists


@cache
def _terms(terms: tuple[str, ...]) -> Terms:
    return Terms(list(terms))  # once: each Terms builds its own index on first use


def _vocabulary(terms: Terms) -> list[str]:
    """The folded terms and their words, with and without ال, hyphen and plus parts apart, and the
    hyphenated terms written with the hyphen left out, spaced, or as it is."""
    words: set[str] = set()
    for term in terms.terms:
        term = normalize(term).replace("*", "")
        for sep in ("", " ", " - ", "-"):
            words.add(term.replace("-", sep))
        for word in term.split():
            words.add(word)
            words.update(p for p in word.replace("+", "-").split("-") if p)
    words.update(w[2:] for w in list(words) if w.startswith("ال") and len(w) > 2)
    return sorted(words)


_CLITICS = ["", "", "", "", "", "و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "لل", "ولل", "فبال", "وك"]
_ENDINGS = ["", "", "", "", "", "ه", "ية", "ان", "ين", "ا"]
_SEPARATORS = [" "] * 8 + ["", "  ", "\n", "\n\n", "-", " - ", "+", " + ", ".", ". ", "،", "؟ ", "«", "»", "_"]
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءاآأإؤئ" + "0123456789" + "sus" + "\u064e\u0640"


def _text_about(name: str) -> st.SearchStrategy[str]:
    """Text made mostly of one list's words (with clitics and endings), so that its terms match often,
    overlap, and compete."""
    word = st.tuples(st.sampled_from(_CLITICS), st.sampled_from(_vocabulary(_lists()[name])),
                     st.sampled_from(_ENDINGS)).map("".join)
    noise = st.one_of(st.text(alphabet=_LETTERS, min_size=1, max_size=6),
                      st.sampled_from(["😀", "\u200c", "S-300", "OPEC", "Iran", "3"]))
    piece = st.tuples(st.one_of(word, word, word, noise), st.sampled_from(_SEPARATORS)).map("".join)
    return st.lists(piece, min_size=1, max_size=40).map("".join)


_texts = st.sampled_from(sorted(_lists())).flatmap(_text_about)


@SETTINGS
@given(_texts)
def test_random_text_matchers_agree(text):
    lex = load_lexicon()
    scan = TextScan(lex.index, text)
    sentences = sentence_spans(text)
    for name, terms in _lists().items():
        assert scan.find(terms).spans == terms.find_regex(text).spans, name
        assert scan.find_in(terms, sentences).spans == terms.find_in_regex(text, sentences).spans, name
        assert terms.find(text).spans == terms.find_regex(text).spans, name
    assert scan.phrase_in(lex.russia_roles).spans == lex.russia_roles.find(text).spans


_fractions = st.floats(0, 1)


@SETTINGS
@given(_texts, st.lists(st.tuples(_fractions, _fractions), max_size=4), st.booleans())
def test_random_regions_matchers_agree(text, cuts, in_order):
    """Regions need not be sentences: out of order, overlapping, or ending inside a word."""
    lex = load_lexicon()
    scan = TextScan(lex.index, text)
    regions = [(int(a * len(text)), int(b * len(text))) for a, b in cuts]
    if in_order:  # apart and in order, but ending anywhere
        ends = sorted(p for sp in regions for p in sp)
        regions = list(zip(ends[0::2], ends[1::2]))
    for name, terms in {**_lists(), "roles": None}.items():
        if terms is None:
            assert scan.phrase_in(lex.iran_roles, regions).spans == lex.iran_roles.find_in(text, regions).spans
            continue
        assert scan.find_in(terms, regions).spans == terms.find_in_regex(text, regions).spans, name


@SETTINGS
@given(st.lists(st.sampled_from(list("اب 3.!?؟\n\t\"'»”)x٣\u00a0\u2028")), max_size=50).map("".join))
def test_sentence_spans_agree(text):
    assert sentence_spans(text) == [(s.start, s.end) for s in split_sentences(text)]


@SETTINGS
@given(st.text(alphabet=_LETTERS + " \u064b\u0651\ufefb\u00c9\x00\u2026😀", max_size=120))
def test_offset_map_agrees(text):
    """The offset map built with numpy equals the one built character by character."""
    by_char: list[int] = []
    for i, c in enumerate(text):
        by_char.extend([i] * len(_TABLE.get(ord(c), c)))
    by_char.append(len(text))
    assert [int(i) for i in _offsets(text)] == by_char


@SETTINGS
@given(st.lists(st.text(alphabet="روسياكمنب ", min_size=1, max_size=6), max_size=8),
       st.text(alphabet="روسياكمنب .", max_size=120))
def test_any_of_agrees_with_plain_substring_tests(keys, text):
    assert AnyOf(keys)(text) == any(k in text for k in keys)


def test_prefilter_keys_in_one_pass_agree_with_each_list():
    lex = load_lexicon()
    for text in ("وصل بوتين الى طهران", "قال لافروف في موسكو", "زار ظريف بكين", "روسيا وايران"):
        plain = any(t.may_occur(text) for t in (lex.russia, lex.russia_officials))
        assert lex.may_name_russia(text) == plain == any(k in text for k in lex.russia.keys + lex.russia_officials.keys)


def test_no_word_that_can_begin_a_term_is_rejected_by_the_quick_test():
    """TermIndex skips working out a word's plan where no head starts at any offset clitics can leave: every
    head, under every clitic the patterns take, must pass that test."""
    lex = load_lexicon()
    for index in (lex.index, lex.names_index):
        heads = {h for table in (index._whole, index._begins) for kind in table.values() for h in kind}
        for head in heads:
            for clitics in ("", "و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "وبال", "فكال", "لل", "ولل", "فلل"):
                assert not index._cannot_begin(clitics + head), clitics + head


def _side_lists():
    lex = load_lexicon()
    return [(lex.may_name_iran, lex.iran.terms + lex.iran_officials.terms, (lex.iran, lex.iran_officials)),
            (lex.may_name_russia, lex.russia.terms + lex.russia_officials.terms, (lex.russia, lex.russia_officials))]


@SETTINGS
@given(st.data())
def test_the_prefilters_second_step_never_turns_away_a_name(data):
    """Wherever a side's name list matches (the reference regex), both steps of its filter let the text through:
    the second step, every word of some name present, is a superset of matching."""
    for flt, terms, lists in _side_lists():
        term = data.draw(st.sampled_from([t for t in terms if t.strip()]))
        clitic = data.draw(st.sampled_from(["", "و", "ب", "ل", "وال", "لل", "فب"]))
        filler = data.draw(st.text(alphabet="تلقيرسمكن ", max_size=40))
        text = normalize(f"{filler} {clitic}{term.rstrip('*')}ا {filler}")
        if any(t.find_regex(text).spans for t in lists):
            assert flt(text) and flt.all_words(text), (term, text)


def test_the_prefilters_second_step_turns_away_a_key_alone():
    """«تلتقي» holds the key of «التقى رئيسي», «إسلامي» that of «حسين سلامي»: without the rest of the name no
    Iranian name matches, and the second step says so."""
    lex = load_lexicon()
    text = normalize("تلتقي الرؤية الإسلامية مع موقف الحكومة")
    assert lex.may_name_iran(text) and not lex.may_name_iran.all_words(text)
    assert not lex.iran.find_regex(text).spans and not lex.iran_officials.find_regex(text).spans
