"""The extractor's knowledge as data: catalogue.toml (who is a side, named things) and cues.toml (the
language of cooperation and friction), loaded once and compiled into term lists."""
from __future__ import annotations

import re
from datetime import date

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from etl.extract.normalize import normalize
from etl.extract.terms import NameFilter, Phrase, TermIndex, Terms, role_phrase

HERE = Path(__file__).parent


@dataclass
class Entry:
    """A named thing (organisation, project, agreement) or a cue rule for one (kind, key)."""

    kind: str
    key: str
    label: str
    topic: str | None
    terms: Terms
    with_: Terms | None = None
    unless: Terms | None = None
    needs: str = "both"  # both | joint | participants | call | visit | russia | iran | sides | stance (see cues.toml)
    fallback: bool | str = False  # True: only where no rule of its kind fired in the sentence; "any": of any kind
    bilateral: bool = False
    solo: bool = False
    apart: bool = False  # the two on opposite sides of it: not named only as one group, unless «بين» them
    trilateral: bool = False  # with `solo`: the two with a third state as one subject still count («drills of Iran, Russia and China»)
    listed: bool = False  # a body both always belong to: the two listed among its other members still count
    flanked: bool = False  # with `solo`: one side named just before the cue and the other just after it count
    alone: bool = False  # only where the sentence names no third state (talks of the two, not of three)
    not_of: Terms | None = None  # words just after the cue that make it another party's («حليفا للأسد»)
    inside: Terms | None = None  # words just before the cue that make it part of a name («معاهدة الشراكة»)
    not_forms: frozenset[str] = frozenset()  # forms of a cue word that mean something else («بخلاف», other than)
    on_denial: str | None = None  # the key a denied statement takes (None: a denial is no signal)
    refers_to: Terms | None = None  # a bare cue stands for one of these, named earlier in the article
    with_stance: bool = False  # the stance words go with it; so does a verb of stance right before the two as subject
    counterfactual: bool = False  # its terms are a counterfactual that states a view («لو لم تبادر روسيا لكان…»)


@dataclass
class Lexicon:
    """Everything the extractor knows, compiled."""

    iran: Terms
    russia: Terms
    iran_officials: Terms
    russia_officials: Terms
    iran_surnames: Terms  # a surname alone, which names the official once the article has named him in full
    russia_surnames: Terms
    iran_places: Terms  # the country and its capital, which one travels to
    russia_places: Terms
    russia_blocs: Terms  # blocs Russia leads, which stand for it as a party to an agreement with Iran
    russia_bloc_bodies: Terms  # their bodies, which name them too (to what a bare «الاتحاد» refers back)
    other_unions: Terms  # other unions, papers and clubs a bare «الاتحاد» may be
    bloc_members: Terms  # their member states together, whose trade with Iran is not Russia's
    pair: Terms
    generic_pair: Terms
    trio: Terms  # «الدول الثلاث»: the two and a third as one subject
    treaty_refs: Terms  # a bare «المعاهدة»: the two's treaty, where the article named it before
    document_refs: Terms  # a bare «الوثيقة»: the treaty too, where no other document was named since
    documents: Terms
    nuclear_deal_told: tuple[str, ...]  # (folded) the nuclear deal named or told by what was done under it
    treaty: Entry  # that treaty (its catalogue entry)
    treaty_signed: date  # the day it was signed
    free_trade: Entry  # the free-trade agreement with the Eurasian union (its catalogue entry)
    free_trade_words: Terms  # words that make an agreement's name, or what follows it, that one
    not_party: Terms
    newspapers: Terms
    iran_roles: Phrase
    russia_roles: Phrase
    third_parties: Terms
    scene_states: Terms
    entries: list[Entry]
    organisation_reference: Terms  # a bare noun that refers back to the one organisation an article names
    rules: list[Entry]
    agreement_nouns: Terms
    agreement_not_after: Terms
    agreement_label_stops: Terms
    agreement_label_ends: Terms  # end the name shown, not the words that tell the agreement
    agreement_solo: bool
    statuses: list[tuple[str, Terms]]
    not_yet: list[tuple[str, Terms]]  # (status, terms); status "" only cancels the words it covers
    trade_solo: bool
    trade_cues: Terms
    one_way: Terms  # exports or imports alone
    growth: Terms
    decline: Terms
    investment: Terms
    loan: Terms
    cost: Terms
    value: Terms
    arms: Terms
    not_trade: Terms
    claims: Terms
    targets: Terms
    forecasts: Terms
    speech: Terms
    speech_other: Terms
    speaking: Terms  # the verbs of saying and of forecasting, whose subject is a figure's speaker
    commentators: Terms  # analysts, researchers, writers: a state's adjective on one names no party
    topics: list[tuple[str, Terms]]
    pair_says: Terms  # the two saying something together («أكد الجانبان», «وأكدا» opening a sentence)
    pair_stand: Terms  # their stand by a dual pronoun («رفضهما», «وقوفهما»)
    accounts: list[tuple[str, Terms]]  # (side, its account: «الرواية الروسية») that the other may take up
    adopting: Terms  # taking an account up («تتبنى», «يتفق مع»)
    same_account: Terms  # the account told just before, taken up («القراءة ذاتها», «الرواية نفسها»)
    about_themselves: Terms  # what they say of their own ties, no position on a third matter
    stance_before_pair: re.Pattern  # a verb of stance ending just before the two as its subject («دعت إيران وروسيا»)
    dual_head: re.Pattern  # a dual head of two officials ending just before them («أكد وزيرا خارجية إيران وروسيا»)
    # The words around an agreement's step that say it is not taken ([agreement.governing] in cues.toml)
    failed: re.Pattern  # an agreement they failed to reach
    need: re.Pattern  # a need or call ending just before a step's word («ضرورة الإسراع في», «دعا إلى»)
    call: re.Pattern  # a call or proposal (to sign)
    intend: re.Pattern  # meaning, wishing, discussing whether to take the step
    waiting: re.Pattern  # waiting for a step, or one to come
    planned: re.Pattern  # a step planned or at a time to come
    index: TermIndex = field(init=False, repr=False, compare=False)
    may_name_russia: NameFilter = field(init=False, repr=False, compare=False)  # its names or officials'
    may_name_iran: NameFilter = field(init=False, repr=False, compare=False)
    # The lists looked for in the whole text (whether and where an article names a side, which sentences are in
    # play), copied into an index of their own: most articles that pass the prefilter name one side only, or both
    # but never together, and scanning them for these few lists costs a fifth of scanning them for all; the full
    # scan then cuts only the sentences in play. id(list) -> its copy.
    names_index: TermIndex = field(init=False, repr=False, compare=False)
    name_lists: dict[int, Terms] = field(init=False, repr=False, compare=False)
    # ids of the lists `Article` looks for in the whole text even once it looks in some sentences only (where the
    # sides, pair words and other states are named); worked out once here, not per article.
    global_lists: frozenset[int] = field(init=False, repr=False, compare=False)

    cue_rules: list[tuple[int | None, Entry]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.index = TermIndex(self.term_lists())
        # Every entry and rule in the order they are tried, with the index slot of its terms: a sentence
        # skips at once the rules none of whose terms can occur in it.
        self.cue_rules = [(self.index.slots.get(id(r.terms)), r) for r in self.entries + self.rules]
        self.may_name_russia = NameFilter(self.russia.terms + self.russia_officials.terms)
        self.may_name_iran = NameFilter(self.iran.terms + self.iran_officials.terms)
        own = (self.iran, self.russia, self.iran_officials, self.russia_officials, self.not_party, self.newspapers,
               self.iran_surnames, self.russia_surnames, self.pair, self.generic_pair, self.trio, self.treaty_refs,
               self.document_refs, self.documents, self.treaty.terms, self.free_trade.terms, self.russia_blocs,
               *(en.terms for en in self.entries if en.bilateral))
        self.name_lists = {id(t): Terms(list(t.terms)) for t in own}
        self.global_lists = frozenset(id(t) for t in (
            self.iran, self.russia, self.iran_officials, self.russia_officials, self.iran_surnames, self.russia_surnames,
            self.pair, self.generic_pair, self.trio, self.not_party, self.newspapers, self.third_parties, self.scene_states))
        self.names_index = TermIndex(self.name_lists.values())

    def term_lists(self) -> list[Terms]:
        """Every term list of the lexicon (the leads of the role phrases included)."""
        out: list[Terms] = []
        for value in vars(self).values():
            for item in value if isinstance(value, list) else [value]:
                item = item[1] if isinstance(item, tuple) else item
                if isinstance(item, Terms):
                    out.append(item)
                elif isinstance(item, Phrase) and item.lead is not None:
                    out.append(item.lead)
                elif isinstance(item, Entry):
                    out.extend(t for t in (item.terms, item.with_, item.unless, item.not_of, item.inside,
                                           item.refers_to) if t is not None)
        return out


def _entry(d: dict, stance: list[str] = (), named: dict[str, list[str]] | None = None) -> Entry:
    with_ = d.get("with", []) + (list(stance) if d.get("with_stance") else [])
    refers_to = d.get("refers_to")
    if isinstance(refers_to, str):  # one of the named [refers_to] lists
        refers_to = (named or {})[refers_to]
    return Entry(
        kind=d["kind"], key=d["key"], label=d["label"], topic=d.get("topic"),
        terms=Terms(d["terms"]),
        with_=Terms(list(dict.fromkeys(with_))) if with_ else None,
        unless=Terms(d["unless"]) if "unless" in d else None,
        needs=d.get("needs", "both"), fallback=d.get("fallback", False),
        bilateral=d.get("bilateral", False), solo=d.get("solo", False), trilateral=d.get("trilateral", False),
        listed=d.get("listed", False), flanked=d.get("flanked", False), alone=d.get("alone", False),
        apart=d.get("apart", False),
        not_of=Terms(d["not_of"]) if "not_of" in d else None, on_denial=d.get("on_denial"),
        inside=Terms(d["inside"]) if "inside" in d else None,
        not_forms=frozenset(normalize(w) for w in d.get("not_forms", [])),
        refers_to=Terms(refers_to) if refers_to is not None else None,
        with_stance=d.get("with_stance", False),
        counterfactual=d.get("counterfactual", False),
    )


def _officials(cat: dict, side: str) -> list[str]:
    return [n for o in cat["official"] if o["side"] == side for n in o["names"]]


def _stance(st: dict) -> list[str]:
    """The words of taking a stand: their own, and each verb of saying before each dual subject."""
    return st["words"] + _said_by(st)


def _said_by(st: dict) -> list[str]:
    """Each verb of saying before each dual subject that is the pair («وأكد الوزيران»)."""
    return [f"{verb} {subject}" for verb in st["said"] for subject in st["by"]]


def _surnames(cat: dict, side: str) -> list[str]:
    return [n for o in cat["official"] if o["side"] == side for n in o.get("surnames", [])]


@cache
def load_lexicon(catalogue: Path = HERE / "catalogue.toml", cues: Path = HERE / "cues.toml") -> Lexicon:
    """Read and compile the two data files (once per process)."""
    cat = tomllib.loads(catalogue.read_text(encoding="utf-8"))
    cue = tomllib.loads(cues.read_text(encoding="utf-8"))
    agr = cue["agreement"]
    entries = [_entry(e) for e in cat["entry"]]
    joined, bodies = Terms(cat["accession"]["words"]), set(cat["accession"]["bodies"])
    entries += [replace(en, needs="iran", with_=joined) for en in entries if en.key in bodies]
    return Lexicon(
        iran=Terms(cat["parties"]["iran"]["names"] + cat["parties"]["iran"]["institutions"]),
        russia=Terms(cat["parties"]["russia"]["names"] + cat["parties"]["russia"]["institutions"]),
        iran_officials=Terms(_officials(cat, "iran")),
        iran_places=Terms(cat["parties"]["iran"]["places"]),
        russia_places=Terms(cat["parties"]["russia"]["places"]),
        russia_officials=Terms(_officials(cat, "russia")),
        iran_surnames=Terms(_surnames(cat, "iran")),
        russia_surnames=Terms(_surnames(cat, "russia")),
        russia_blocs=Terms(cat["parties"]["russia"]["blocs"]),
        russia_bloc_bodies=Terms(cat["parties"]["russia"]["bloc_bodies"]),
        other_unions=Terms(cat["parties"]["russia"]["other_unions"]),
        bloc_members=Terms(cat["parties"]["russia"]["bloc_members"] + cat["parties"]["russia"]["blocs"]),
        pair=Terms(cat["pair"]["explicit"]),
        generic_pair=Terms(cat["pair"]["generic"]),
        trio=Terms(cat["pair"]["trio"]),
        treaty_refs=Terms(cat["pair"]["treaty_refs"]),
        document_refs=Terms(cat["pair"]["document_refs"]),
        documents=Terms(cat["pair"]["documents"]),
        treaty=next(en for en in entries if en.key == cat["pair"]["treaty"]),
        treaty_signed=cat["pair"]["treaty_signed"],
        free_trade=next(en for en in entries if en.key == cat["pair"]["free_trade"]),
        free_trade_words=Terms(cat["pair"]["free_trade_words"]),
        not_party=Terms(cat["not_party"]["terms"]),
        newspapers=Terms(cat["newspapers"]["terms"]),
        iran_roles=role_phrase(cat["roles"]["terms"], cat["roles"]["iran"], cat["roles"]["russia"]),
        russia_roles=role_phrase(cat["roles"]["terms"], cat["roles"]["russia"], cat["roles"]["iran"]),
        third_parties=Terms(cat["third_parties"]["terms"]),
        scene_states=Terms(cat["scene_states"]["terms"]),
        entries=entries,
        organisation_reference=Terms(cat["organisation_reference"]["terms"]),
        rules=[_entry(r, _stance(cue["stance"]), cue["refers_to"]) for r in cue["rule"]],
        nuclear_deal_told=tuple(normalize(w) for w in cue["refers_to"]["nuclear_deal"]),
        agreement_nouns=Terms(agr["nouns"]),
        agreement_not_after=Terms(agr["unless_followed_by"]),
        agreement_label_stops=Terms(agr["label_stops"]),
        agreement_label_ends=Terms(agr["label_ends"]),
        agreement_solo=agr.get("solo", False),
        statuses=[(k, Terms(with_sawfa(v))) for k, v in agr["status"].items()],
        not_yet=[("" if k == "cancel" else k, Terms(with_sawfa(v))) for k, v in agr["not_yet"].items()],
        trade_solo=cue["trade"].get("solo", False),
        trade_cues=Terms(cue["trade"]["cues"]),
        one_way=Terms(cue["trade"]["one_way"]),
        growth=Terms(cue["trade"]["growth"]),
        decline=Terms(cue["trade"]["decline"]),
        investment=Terms(cue["trade"]["investment"]),
        loan=Terms(cue["trade"]["loan"]),
        cost=Terms(cue["trade"]["cost"]),
        value=Terms(cue["trade"]["value"]),
        arms=Terms(cue["trade"]["arms"]),
        not_trade=Terms(cue["trade"]["not_trade"]),
        claims=Terms(cue["trade"]["claims"]),
        targets=Terms(cue["trade"]["targets"]),
        forecasts=Terms(cue["trade"]["forecasts"]),
        speech=Terms(cue["speech"]["verbs"]),
        speaking=Terms(cue["speech"]["verbs"] + cue["speech"]["forecasting"]),
        speech_other=Terms(cue["speech"]["commentators"] + cue["speech"]["other"]),
        commentators=Terms(cue["speech"]["commentators"]),
        topics=[(k, Terms(v)) for k, v in cue["topics"].items()],
        pair_says=Terms(_said_by(cue["stance"]) + cue["stance"]["opens"]),
        pair_stand=Terms(cue["stance"]["theirs"]),
        accounts=[(side, Terms(cue["stance"][f"accounts_{side}"])) for side in ("iran", "russia")],
        adopting=Terms(cue["stance"]["adopting"]),
        same_account=Terms(cue["stance"]["same_account"]),
        about_themselves=Terms(cue["stance"]["about_themselves"]),
        stance_before_pair=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(cue['stance']['before_pair'])})\s+(?:كل\s+من\s+)?$"),
        dual_head=re.compile(rf"(?<!\w)(?:{_phrases(cue['stance']['dual_heads'])})(?:\s+\w+){{0,2}}\s+$"),
        **_governing(agr["governing"]),
    )


_PREFIXED_FUTURE = re.compile(r"^س(?=[يتن][^\W\d]{2})")  # «ستوقع», «سيدخل», «سيتم» (folded or not)


def with_sawfa(terms: list[str]) -> list[str]:
    """``terms`` and, for each whose first word is a future made with the prefix «س», the same future made
    with the particle («سوف توقع» beside «ستوقع»): Arabic has both, and a list that spells only one misses the
    other."""
    return terms + [_PREFIXED_FUTURE.sub("سوف ", t, count=1) for t in terms if _PREFIXED_FUTURE.match(t)]


def _governing(gov: dict) -> dict[str, re.Pattern]:
    """The [agreement.governing] lists compiled: each a whole word or phrase, «و» or «ف» written on."""
    planned = gov["planned"] + [f"{w} {x}" for w in gov["planned_when"] for x in gov["planned_what"]]
    need = _phrases(gov["need"] + gov["urging"])
    return {
        "failed": _words(gov["failed"]),
        "need": re.compile(rf"(?<!\w)[وف]?(?:{need})(?:\s+(?:الي|علي|في))?\s*$"),
        # (not «عرض الصحف», a press review's heading)
        "call": _words(gov["urging"] + gov["proposing"], not_before=r"الصحف|الصحافه"),
        "intend": _words(gov["intend"]),
        "waiting": _words(gov["waiting"]),
        "planned": _words(planned),
    }


def _words(words: list[str], not_before: str | None = None) -> re.Pattern:
    """The words as whole words, «و» or «ف» written on; not where ``not_before`` (folded words) comes next."""
    after = rf"(?!\s+(?:{not_before})(?!\w))" if not_before else ""
    return re.compile(rf"(?<!\w)[وف]?(?:{_phrases(words)})(?!\w){after}")


def _phrases(words: list[str]) -> str:
    """The folded words and phrases as one alternation, longest first: a trailing * lets the word run on,
    a space stands for any run of spaces."""
    def one(w: str) -> str:
        run = w.endswith("*")
        return r"\s+".join(re.escape(normalize(x)) for x in w.rstrip("*").split()) + (r"\w*" if run else "")
    return "|".join(sorted({one(w) for w in words}, key=len, reverse=True))
