"""Who a speaker is: the actor and the words of the one who says what a sentence reports.

Part of ``kg.attribution.v1`` (:mod:`kg.nlp.attribution` finds what is reported; this
module names who says it):

* :func:`speaker_of`: the actor a speaker's words name (a name, a title, a pronoun that
  coreference resolved, the body a spokesman or a statement speaks for) and the words;
* :func:`noun_phrase`: the words, less clauses and appositions, keeping what says who an
  unnamed source is ("those surveyed", "a report published by Acme Research");
* :func:`carry_on`: a pronoun speaker in a run of reported speech. News goes on quoting
  one speaker with "he said", "she added", "it claims" after naming them once; a "he"
  that coreference gave to someone the speaker talks about (named in a report, not
  speaking) is the speaker of the report before it, and a bare "it" or "they" takes the
  words of the last speaker that named one ("The book says ... It claims ...").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.names import canonical_place, normalise
from kg.nlp.mentions import MALE_FEMALE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.nlp.attribution import Attribution
    from kg.nlp.mentions import DocMentions


#: Mention rules that do not name an actor.
UNNAMED = frozenset({"pronoun", "generic"})


@cache
def words() -> dict[str, Any]:
    """The word lists and dependency labels of ``kg/data/attribution.json``, sets as frozensets."""
    import json
    from importlib import resources

    text = resources.files("kg").joinpath("data", "attribution.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in data.items()}


def speaker_of(dm: DocMentions, head: Token) -> tuple[int | None, str]:
    """The actor (cluster) a speaker's head word names, if any, and the speaker's words."""
    w = words()
    text = noun_phrase(head)
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_ in w["quoting_verbs"]:
        # "quoted an unnamed executive at Euronext as saying": the parser hangs "at Euronext"
        # from the verb, but it says who the executive is
        at = next((c for c in verb.children if c.i == head.right_edge.i + 1 and c.dep_ == "prep"), None)
        if at is not None and at.lower_ in w["speaks_for_preps"]:
            text = f"{text} {' '.join(t.text for t in at.subtree)}"
    own = cluster_of(dm, head)
    for c in head.children if own is None else ():
        if c.dep_ == "appos":  # "the head of the foundation, Anna Brooks, said"
            cid = cluster_of(dm, c)
            if cid is not None and dm.clusters[cid].type == "Person":
                return cid, text
    if head.lower_ in w["personal_pronouns"] and own is None:
        return _last_person(dm, head.i), text  # "he said", which coreference left alone
    if head.lemma_.lower() in w["speaks_for"] or head.lower_ in w["speaks_for"]:
        for c in head.children:
            target = c
            if c.dep_ == "prep" and c.lower_ in w["speaks_for_preps"]:
                target = next((p for p in c.children if p.dep_ == "pobj"), c)
            elif c.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            cid = cluster_of(dm, target)
            if cid is not None:
                return cid, text
        return None, text
    return own, text


def _last_person(dm: DocMentions, before: int) -> int | None:
    """The person named last before token ``before`` (the one a lone "he" or "she" most
    likely means), or ``None``."""
    best: tuple[int, int] | None = None
    for cid, c in enumerate(dm.clusters):
        if c.type != "Person":
            continue
        for m in c.mentions:
            named = m.rule not in UNNAMED and m.rule != "title"
            if named and m.end <= before and (best is None or m.start > best[0]):
                best = (m.start, cid)
    return best[1] if best else None


def cluster_of(dm: DocMentions, token: Token) -> int | None:
    """The actor a token is a mention of, or the country its demonym names (never made here)."""
    m = dm.by_token.get(token.i)
    if m is not None and m.cluster >= 0:
        return m.cluster
    name = dm.demonym_at.get(token.i)
    if name is None:
        return None
    key = canonical_place(normalise(name))
    for cid, c in enumerate(dm.clusters):
        if c.type == "Place" and any(canonical_place(x.key) == key for x in c.mentions):
            return cid
    return None


def noun_phrase(head: Token) -> str:
    """The speaker's words: ``head`` with what hangs from it, less clauses, appositions set
    off by a comma or a dash, and a list it heads ("Lima and Hale"); just its name or noun
    when that is still long."""
    w = words()
    cut: set[int] = set()
    for t in head.subtree:
        if t.i == head.i or t.i in cut:
            continue
        size = len(list(t.subtree))
        names = any(x.pos_ == "PROPN" for x in t.subtree)
        short_participle = (
            t.dep_ == "acl"
            and t.tag_ in ("VBN", "VBG")
            and (size <= w["max_participle_words"] or (names and size < w["max_speaker_words"]))
        )  # "those surveyed", "a report published by UK-based consultancy Acme": who the source is
        glued_name = t.dep_ == "appos" and t.left_edge.i == t.head.i + 1  # "consultancy Acme"
        if short_participle or glued_name:
            continue
        if t.dep_ in w["noun_phrase_cut"] or (t.head.i == head.i and t.dep_ in w["noun_phrase_cut_at_head"]):
            cut.update(x.i for x in t.subtree)
    kept = [t for t in head.subtree if t.i not in cut]
    if len(kept) > w["max_speaker_words"]:
        kept = [t for t in head.lefts if t.dep_ in ("compound", "det", "poss", "case")] + [head]
    parts = []
    for t, after in zip(kept, [*kept[1:], None], strict=True):
        gap = after is not None and after.i != t.i + 1  # a cut between them: keep a space
        parts.append(t.text + " " if gap else t.text_with_ws)
    return " ".join("".join(parts).split())


def named_in(dm: DocMentions, cid: int, parts: list[tuple[int, int]]) -> bool:
    """The actor is named (not just a pronoun) inside what is reported."""
    return any(
        m.rule != "pronoun" and any(a <= m.start < b for a, b in parts) for m in dm.clusters[cid].mentions
    )


def last_unnamed_in(dm: DocMentions, start: int, parts: list[tuple[int, int]]) -> int | None:
    """The person mentioned last before ``start`` and not named in what is reported: whom a
    speaker's "he" or "she" means when coreference took someone the report names ("... Tory
    leader Michael Howard ..., he added" is not Michael Howard)."""
    for m in sorted(dm.mentions, key=lambda m: -m.start):
        if 0 <= m.start < start and m.cluster >= 0 and dm.clusters[m.cluster].type == "Person":
            if not named_in(dm, m.cluster, parts):
                return m.cluster
    return None


def carry_on(dm: DocMentions, found: list[Attribution]) -> list[Attribution]:
    """The attributions (in text order) with their pronoun speakers followed through a run
    of reported speech (see the module docstring). The speaker of a "he" or "she" moves to
    the last person who spoke within ``carry_sentences`` sentences before it when coreference
    gave it someone else, named in what it reports or last mentioned inside another
    speaker's report (and not inside one of their own); a bare "it" or "they" with no actor
    takes the last speaker's actor and words when those are not a pronoun."""
    w = words()
    pronouns = w["personal_pronouns"] | w["impersonal_pronouns"] | w["first_person"] | MALE_FEMALE
    starts = [s.start for s in dm.doc.sents]
    out: list[Attribution] = []
    for a in sorted(found, key=lambda a: a.cue):
        pronoun = a.speaker_text.lower()
        here = bisect_right(starts, a.cue)  # sentences up to and including the cue's
        earlier = [
            b for b in out if b.cue < a.cue and here - bisect_right(starts, b.cue) <= w["carry_sentences"]
        ]
        cid = a.speaker
        if pronoun in w["personal_pronouns"] and cid is not None and _spoken_of(dm, a, out):
            last = next((b for b in reversed(earlier) if _person(dm, b.speaker)), None)
            if last is not None and last.speaker != cid:
                a = replace(a, speaker=last.speaker)
            elif named_in(dm, cid, list(a.parts)):
                a = replace(a, speaker=last_unnamed_in(dm, min(x for x, _ in a.parts), list(a.parts)))
        elif pronoun in w["impersonal_pronouns"] and a.speaker is None:
            last = next((b for b in reversed(earlier) if b.speaker_text.lower() not in pronouns), None)
            if last is not None:
                a = replace(a, speaker=last.speaker, speaker_text=last.speaker_text)
        out.append(a)
    return out


def _person(dm: DocMentions, cid: int | None) -> bool:
    return cid is not None and dm.clusters[cid].type == "Person"


def _spoken_of(dm: DocMentions, a: Attribution, earlier: list[Attribution]) -> bool:
    """The actor coreference gave a pronoun speaker is someone talked about: named in what
    the speaker reports, or mentioned last (before the pronoun, leaving out the speakers'
    own words) inside an earlier report whose speaker is someone else and inside none of
    their own."""
    cid = a.speaker
    assert cid is not None
    if named_in(dm, cid, list(a.parts)):
        return True
    speaking = [b.said_by for b in [*earlier, a]]  # the speakers' own words are re-read here
    before = [
        m
        for m in dm.clusters[cid].mentions
        if m.end <= a.cue and not any(x <= m.start < y for x, y in speaking)
    ]
    if not before:
        return False
    last = max(before, key=lambda m: m.start).start
    reports = [b for b in earlier if b.covers(last)]
    return any(b.speaker != cid for b in reports) and not any(b.speaker == cid for b in reports)
