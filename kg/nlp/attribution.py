"""Who says so: reported speech and its speaker (rule ``kg.attribution.v1``).

A sentence reports what someone says when a speech or cognition verb of
``kg/data/attribution.json`` has a clause, a quotation or a parenthetical place
("Rutte said NATO would support Ukraine", ``"We will help," she said``, "The plan,
he said, will work"), or when "according to X" heads it. :func:`find` gives each such
attribution of a document: the tokens of what is reported and the speaker, which is

* the verb's subject, or the subject of the verb it hangs from ("was quoted as saying",
  "criticised Russia, saying ...", "Rutte, who said ...");
* the object of "according to";
* for a noun that speaks for someone ("the Walden Foundation's spokesman", "a spokesman
  for the ministry", "a statement from Acme"), the person named beside it if any
  ("spokesman Tom Hale"), else the actor it speaks for;
* an actor of the document when the words are a mention of one (names, titles, pronouns
  resolved by :mod:`kg.nlp.coref`), else only the words ("officials", "a source close to
  the talks", "analysts").

A quotation runs to its closing mark, across sentences (``"A. B," he said`` reports both
sentences); one that opens a sentence with no speaker of its own, right after a sentence
with one, has the same speaker (``"A," he said. "B."``). "I" and "we" speak inside a
quotation: the speaker outside it stands. A relation is reported (:func:`attribute`) when
mentions of both its ends in its sentence lie inside what is reported, by the innermost
attribution that holds them; otherwise the article states it in its own voice, and so does a
relation whose subject is the speaker named outside the report: "Rutte condemned Russia,
saying ..." is the article's. A title or apposition inside indirect speech ("Lima said
Italian minister Verdi would ...") is the article's description, not the speaker's claim:
such a relation is reported only inside a quotation. A denial ("Lima denied that Brazil
attacked Chile") reports the relation negated.

Lost paragraph breaks: a quotation left unclosed is cut before the first sentence inside it
that is narration (:func:`_narration_cut`). An editor's note in brackets inside a report is
not reported; a speech verb in a condition ("had he denied", "if she says") reports nothing;
"the paper quoted an aide as saying" makes the aide the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.lexicon import lexicon
from kg.names import canonical_place, normalise
from kg.nlp.syntax import arcs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.nlp.mentions import DocMentions
    from kg.nlp.state import Fact

RULE = "kg.attribution.v1"


@cache
def words() -> dict[str, Any]:
    """The word lists and dependency labels of ``kg/data/attribution.json``, sets as frozensets."""
    import json
    from importlib import resources

    text = resources.files("kg").joinpath("data", "attribution.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in data.items()}


@dataclass(frozen=True, slots=True)
class Attribution:
    """What one cue reports and who says it; token indices of the document only."""

    #: token ranges ``[start, end)`` of what is reported
    parts: tuple[tuple[int, int], ...]
    #: those of them that are quotations (the speaker's own words)
    quoted: tuple[tuple[int, int], ...]
    #: the speaker's cluster (actor of the document), when the words name one
    speaker: int | None
    #: the speaker's words ("he", "officials", "the Walden Foundation's spokesman")
    speaker_text: str
    #: token index of the verb or of "according"
    cue: int
    #: the speaker says that what is reported does not hold ("denied that ...")
    denies: bool = False

    def covers(self, i: int, *, quoted: bool = False) -> bool:
        """Token ``i`` lies in what is reported (with ``quoted``: in the speaker's own words)."""
        return any(a <= i < b for a, b in (self.quoted if quoted else self.parts))

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.parts)


def find(dm: DocMentions) -> list[Attribution]:
    """Every attribution of the document, in text order (see the module docstring)."""
    quotes = quotations(dm)
    out = _attributions(dm, quotes)
    cut = _narration_cut(dm, quotes, out)
    if cut != quotes:  # a quotation left unclosed ran into the article's narration
        quotes, out = cut, _attributions(dm, cut)
    brackets = _brackets(dm.doc)
    return [_less(a, brackets) for a in out] if brackets else out


def _attributions(dm: DocMentions, quotes: list[tuple[int, int]]) -> list[Attribution]:
    doc, w = dm.doc, words()
    out = []
    for t in doc:
        found = None
        if t.lemma_ in w["verbs"] and t.pos_ == "VERB":
            found = _from_verb(dm, t, quotes)
        elif t.lower_ == w["according"]:
            found = _from_according(dm, t)
        if found is not None:
            out.append(found)
    return out + _continued(dm, quotes, out)


def _narration_cut(
    dm: DocMentions, quotes: list[tuple[int, int]], found: list[Attribution]
) -> list[tuple[int, int]]:
    """The quotations, each cut where the article's narration starts inside it.

    BBC text has lost most paragraph breaks, so a quotation whose closing mark the
    paragraph lacks runs on through the narration after it until the next quotation closes
    (``"A. He said that B. "C," he added.``). A sentence inside a quotation that neither
    opens with a quotation mark nor holds one is the narration when it names the speaker
    (a speaker says "I", not their own name), or when it reports, in a clause of its own and
    with no quotation, what a third person says and has no first- or second-person word
    (``He said that ...``). The quotation ends before
    that sentence and opens again at the next mark after it, if any.
    """
    doc = dm.doc
    speakers: dict[tuple[int, int], set[int]] = {}
    for a in found:
        for q in a.quoted:
            if a.speaker is not None:
                speakers.setdefault(q, set()).add(a.speaker)
    out: list[tuple[int, int]] = []
    for q in quotes:
        rest: tuple[int, int] | None = q
        while rest is not None:
            start, end = rest
            rest = None
            for first in doc[start + 1 : end]:
                if not first.is_sent_start:
                    continue
                sent = first.sent
                if sent.end >= end or any(_mark(t, open_now=True) for t in sent):
                    continue
                if not _narration(dm, sent, speakers.get(q, set()), found):
                    continue
                last = max(t.i for t in doc[start : sent.start] if not t.is_space)
                out.append((start, last + 1))
                again = next((t.i for t in doc[sent.end : end] if _mark(t, open_now=False) == "open"), None)
                rest = (again, end) if again is not None else None
                break
            else:
                out.append((start, end))
    return out


def _narration(dm: DocMentions, sent: Span, speakers: set[int], found: list[Attribution]) -> bool:
    """A sentence inside a quotation that is the article's words, not the speaker's."""
    w = words()
    for m in dm.mentions:
        if sent.start <= m.start < sent.end and m.cluster in speakers and m.rule not in _UNNAMED | {"title"}:
            return True
    if any(t.lower_ in w["first_person"] or t.lower_ in w["first_person_words"] for t in sent):
        return False
    for a in found:
        t = sent.doc[a.cue]
        if sent.start <= a.cue < sent.end and t.dep_ == "ROOT" and not a.quoted:
            subject = _subject(t)
            if subject is not None and (subject.lower_ in w["personal_pronouns"] or subject.pos_ == "PROPN"):
                return True
    return False


def _brackets(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[open, close]`` (both included) of round and square brackets that hold
    an editor's note; not a name's short form right after it ("the Federal Aviation
    Administration (FAA)", "the export aid programme (EAP)"), which stands for the name
    the words before it already say. "The (US) coast" is a note: a word ends no name there."""
    out, opened = [], []
    for t in doc:
        if t.text in ("(", "["):
            opened.append(t.i)
        elif t.text in (")", "]") and opened:
            start = opened.pop()
            short_form = t.i == start + 2 and start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN")
            if not short_form:
                out.append((start, t.i + 1))
    return out


def _less(a: Attribution, brackets: list[tuple[int, int]]) -> Attribution:
    """The attribution without the brackets inside what it reports: an editor's note
    ("the agency (Wada)") is the article's words, not the speaker's."""
    inside = [b for b in brackets if any(x <= b[0] and b[1] <= y for x, y in a.parts)]
    if not inside:
        return a

    def cut(ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        out = []
        for lo, hi in ranges:
            for x, y in sorted(inside):
                if lo <= x and y <= hi:
                    out.append((lo, x))
                    lo = y
            out.append((lo, hi))
        return tuple((x, y) for x, y in out if x < y)

    return Attribution(cut(a.parts), cut(a.quoted), a.speaker, a.speaker_text, a.cue, a.denies)


def _continued(dm: DocMentions, quotes: list[tuple[int, int]], found: list[Attribution]) -> list[Attribution]:
    """Quotations that open a sentence with no speaker of their own, right after a sentence
    that has one (its cue, or its quotation): the same speaker goes on (``"A," he said. "B."``).
    A quotation inside a sentence ("called it "a disaster"") is left alone."""
    doc = dm.doc
    out: list[Attribution] = []
    for q in quotes:
        if any(a.covers(q[0]) or a.covers(q[0] + 1) for a in found + out):
            continue
        sent = doc[q[0]].sent
        first = next((t.i for t in sent if not t.is_space), sent.start)
        if q[0] != first or sent.start == 0:
            continue
        before = doc[sent.start - 1].sent
        last = next((t.i for t in reversed(before) if not t.is_space), before.start)
        said = [a for a in found + out if before.start <= a.cue < before.end or a.covers(last, quoted=True)]
        if said:
            a = max(said, key=lambda a: a.cue)
            out.append(Attribution((q,), (q,), a.speaker, a.speaker_text, a.cue, a.denies))
    return out


def quotations(dm: DocMentions) -> list[tuple[int, int]]:
    """Token ranges ``[open mark, close mark]`` (both included) of the document's quotations.

    A curly mark says whether it opens or closes; a straight one opens when it is glued to
    the word after it, closes when glued to the word before, else does what the open
    quotation needs. A mark that opens inside an open quotation goes on with it (news
    style: each paragraph of a long quotation opens again). A quotation still open at a
    line break goes on only when the next line opens with a mark; else it is dropped.
    """
    doc = dm.doc
    out: list[tuple[int, int]] = []
    start: int | None = None
    broken = False
    for t in doc:
        if t.is_space:
            broken = broken or (start is not None and "\n" in t.text)
            continue
        kind = _mark(t, open_now=start is not None)
        if broken:
            broken = False
            if kind != "open":
                start = None
        if kind == "close" and start is not None:
            out.append((start, t.i + 1))
            start = None
        elif kind == "open" and start is None:
            start = t.i
    return out


def _mark(t: Token, *, open_now: bool) -> str | None:
    """ "open", "close" or ``None`` (no quotation mark)."""
    marks = words()["quotes"]
    if t.text in marks["open"]:
        return "open"
    if t.text in marks["close"]:
        return "close"
    if t.text not in marks["either"]:
        return None
    doc = t.doc
    before = t.i > 0 and not doc[t.i - 1].whitespace_ and not doc[t.i - 1].is_space
    after = not t.whitespace_ and t.i + 1 < len(doc) and not doc[t.i + 1].is_space
    if after and not before:
        return "open"
    if before and not after:
        return "close"
    return "close" if open_now else "open"


def _from_verb(dm: DocMentions, verb: Token, quotes: list[tuple[int, int]]) -> Attribution | None:
    w = words()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "he is said to have left": no one says it
    if _hypothetical(verb):
        return None  # "had he denied it", "if she says so": no one says it
    parts = [(c.left_edge.i, c.right_edge.i + 1) for c in verb.children if c.dep_ in w["content_deps"]]
    subject = _subject(verb)
    if subject is not None:
        parts = [p for p in parts if _set_off(verb.doc, p, subject)]
    if not parts and verb.dep_ in w["parenthetical_deps"] and verb.head.i != verb.i:
        head = verb.head  # "The plan, he said, will work": the clause around the verb
        parts = [(head.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1, head.right_edge.i + 1)]
    parts = [(a, b) for a, b in parts if a < b]
    outside = [q for q in quotes if not q[0] <= verb.i < q[1]]
    quoted = [q for q in outside if any(a < q[1] and q[0] < b for a, b in parts)]
    if not parts:
        quoted = [q for q in outside if _beside(verb, q)]
    parts += quoted
    if not parts:
        return None
    if subject is None or subject.dep_ == "expl" or subject.lower_ in w["first_person"]:
        return None
    speaker, text = speaker_of(dm, subject)
    if subject.pos_ == "PRON" and speaker is not None and _named_in(dm, speaker, parts):
        speaker = _before(dm, min(a for a, _ in parts), parts)
    denies = verb.lemma_ in w["denial_verbs"]
    return Attribution(tuple(sorted(set(parts))), tuple(quoted), speaker, text, verb.i, denies)


def _set_off(doc: Doc, part: tuple[int, int], subject: Token) -> bool:
    """A report before its speaker is set off from it ("Aid will come, he said"; a quotation);
    one that runs into the speaker with no comma or quotation mark is a sentence of its own
    the parser joined to the next ("... over 60m. He added: ...")."""
    start, end = part
    speaker_at = subject.left_edge.i
    if end > speaker_at:
        return True
    between = doc[max(end - 1, start) : speaker_at]
    return any(t.text in _SET_OFF for t in between)


_SET_OFF = frozenset({",", '"', "\u201d", "'", "\u2019", "-", "\u2014", "\u2013", ":", ";"})


def _named_in(dm: DocMentions, cid: int, parts: list[tuple[int, int]]) -> bool:
    """The actor is named (not just a pronoun) inside what is reported."""
    return any(
        m.rule != "pronoun" and any(a <= m.start < b for a, b in parts) for m in dm.clusters[cid].mentions
    )


def _before(dm: DocMentions, start: int, parts: list[tuple[int, int]]) -> int | None:
    """The person mentioned last before ``start`` and not named in what is reported: whom a
    speaker's "he" or "she" means when coreference took someone the report names ("... Tory
    leader Michael Howard ..., he added" is not Michael Howard)."""
    for m in sorted(dm.mentions, key=lambda m: -m.start):
        if 0 <= m.start < start and m.cluster >= 0 and dm.clusters[m.cluster].type == "Person":
            if not _named_in(dm, m.cluster, parts):
                return m.cluster
    return None


def _beside(verb: Token, quote: tuple[int, int]) -> bool:
    """A quotation that ends just before the verb's words in its sentence (``"...," he
    said``), or starts just after them (``she told the BBC: "..."``): no other verb between."""
    doc, sent = verb.doc, verb.sent
    if sent.start <= quote[1] - 1 < verb.i:
        between = doc[quote[1] : verb.i]
    elif verb.i < quote[0] < sent.end:
        between = doc[verb.i + 1 : quote[0]]
    else:
        return False
    return all(t.pos_ not in ("VERB", "AUX") for t in between)


def _hypothetical(verb: Token) -> bool:
    """The verb is in a condition: "if" or "unless" marks its clause, or an auxiliary stands
    before its subject ("had he denied ...", "should she say ..."), which a statement or
    a question of the verb's own sentence would not do at the head of a subordinate clause."""
    w = words()
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in w["condition_marks"] for c in kids):
        return True
    if verb.dep_ not in ("advcl", "ccomp", "conj"):
        return False
    subject = next((c for c in kids if c.dep_ in w["speaker_deps"]), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ in w["inverted_aux"] and c.i < subject.i for c in kids
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from; a relative clause's noun; the
    one a verb of quoting quotes ("the paper quoted an aide as saying": the aide)."""
    w = words()
    for step in range(4):
        if step and verb.lemma_ in w["quoting_verbs"]:
            quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        for c in verb.children:
            if c.dep_ in w["speaker_deps"]:
                # "the man who said ...": the relative pronoun stands for the noun
                return verb.head if verb.dep_ == "relcl" and c.lower_ in w["relative_pronouns"] else c
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in w["quoting_verbs"]:
            return verb.head  # "the paper quoted an aide saying ..."
        if verb.dep_ not in w["climb_deps"] or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _from_according(dm: DocMentions, token: Token) -> Attribution | None:
    """ "According to X, ...": X says the rest of the clause."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    head = token.head if token.head.i != token.i else token.sent.root
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if head.i == token.i:
        lo, hi = token.sent.start, token.sent.end
    parts = tuple((a, b) for a, b in ((lo, token.left_edge.i), (token.right_edge.i + 1, hi)) if a < b)
    if not parts:
        return None
    speaker, text = speaker_of(dm, source)
    return Attribution(parts, (), speaker, text, token.i)


def speaker_of(dm: DocMentions, head: Token) -> tuple[int | None, str]:
    """The actor (cluster) a speaker's head word names, if any, and the speaker's words."""
    w = words()
    text = noun_phrase(head)
    for c in head.children:
        if c.dep_ == "appos":  # "the head of the foundation, Anna Brooks, said"
            cid = _cluster(dm, c)
            if cid is not None and dm.clusters[cid].type == "Person":
                return cid, text
    if head.lower_ in w["personal_pronouns"] and _cluster(dm, head) is None:
        return _last_person(dm, head.i), text  # "he said", which coreference left alone
    if head.lemma_.lower() in w["speaks_for"] or head.lower_ in w["speaks_for"]:
        for c in head.children:
            target = c
            if c.dep_ == "prep" and c.lower_ in w["speaks_for_preps"]:
                target = next((p for p in c.children if p.dep_ == "pobj"), c)
            elif c.dep_ not in ("poss", "compound", "amod", "nmod"):
                continue
            cid = _cluster(dm, target)
            if cid is not None:
                return cid, text
        return None, text
    return _cluster(dm, head), text


def _last_person(dm: DocMentions, before: int) -> int | None:
    """The person named last before token ``before`` (the one a lone "he" or "she" most
    likely means), or ``None``."""
    best: tuple[int, int] | None = None
    for cid, c in enumerate(dm.clusters):
        if c.type != "Person":
            continue
        for m in c.mentions:
            named = m.rule not in _UNNAMED and m.rule != "title"
            if named and m.end <= before and (best is None or m.start > best[0]):
                best = (m.start, cid)
    return best[1] if best else None


def _cluster(dm: DocMentions, token: Token) -> int | None:
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
    """The speaker's words: ``head`` with what hangs from it, less clauses, appositions and
    a list it heads ("Lima and Hale"); just its name or noun when that is still long."""
    w = words()
    cut: set[int] = set()
    for t in head.subtree:
        if t.i == head.i or t.i in cut:
            continue
        short_participle = (
            t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and len(list(t.subtree)) <= w["max_participle_words"]
        )  # "those surveyed", "figures gathered by the watchdog": who the source is
        if short_participle:
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


def attribute(dm: DocMentions, fact: Fact, sent: Span, found: list[Attribution]) -> Attribution | None:
    """The attribution that reports a relation stated in ``sent``: the innermost of ``found``
    whose report holds a mention of each end (for a relation a noun phrase states: whose
    quotation holds them); ``None`` when the article states it in its own voice."""
    near = [a for a in found if any(a < sent.end and sent.start < b for a, b in a.parts)]
    if not near:
        return None
    ends = (_anchors(dm, fact.subject, sent), _anchors(dm, fact.object, sent))
    quoted = _phrasal(dm, fact, ends)
    inside = [
        a
        for a in near
        if all(any(a.covers(i, quoted=quoted) for i, _ in end) for end in ends)
        and not any(_named_outside_only(dm, cid, a, sent) for cid in (fact.subject, fact.object))
    ]
    return min(inside, key=lambda a: (a.size, -a.cue)) if inside else None


def _named_outside_only(dm: DocMentions, cid: int, said: Attribution, sent: Span) -> bool:
    """The actor is named in ``sent`` only outside the report, and is not the speaker: the
    relation comes from the journalist's words around the report ("Ireland coach Eddie
    O'Sullivan says his side ...": the coaching is the article's), not from the report."""
    if cid == said.speaker:
        return False
    named = [
        m for m in dm.clusters[cid].mentions if sent.start <= m.start < sent.end and m.rule not in _UNNAMED
    ]
    return bool(named) and not any(said.covers(m.start) for m in named)


#: Mention rules that do not name an actor.
_UNNAMED = frozenset({"pronoun", "generic"})


def fields(said: Attribution | None) -> dict[str, Any]:
    """The evidence fields of a relation that ``said`` reports (``None``: the article's own):
    ``voice`` ("reported" or "article") and, when reported, ``speaker_text`` and ``speaker``
    (the actor's id ``eN``, when the speaker is an actor of the document).

    Examples:
        >>> fields(None)
        {'voice': 'article'}
        >>> fields(Attribution(((3, 9),), (), 0, "Ms Lima", 2))
        {'voice': 'reported', 'speaker_text': 'Ms Lima', 'speaker': 'e0'}
    """
    if said is None:
        return {"voice": "article"}
    out: dict[str, Any] = {"voice": "reported", "speaker_text": said.speaker_text}
    if said.speaker is not None:
        out["speaker"] = f"e{said.speaker}"
    return out


def _phrasal(dm: DocMentions, fact: Fact, ends: tuple[list[tuple[int, int]], ...]) -> bool:
    """A noun phrase states the relation (a title, an apposition, a place's place): no verb
    links its ends. In indirect speech such words are the article's, not the speaker's."""
    if fact.rule in words()["phrasal_rules"]:
        return True
    if fact.rule != "kg.classifier.v1" or fact.predicate not in lexicon()["phrase_relations"]:
        return False
    doc = dm.doc
    for a in ends[0]:
        for b in ends[1]:
            path = arcs(doc[a[0] : a[1]].root, doc[b[0] : b[1]].root)
            if path is not None and not any(t.pos_ in ("VERB", "AUX") for t in path[0][1:] + path[1]):
                return True
    return False


def _anchors(dm: DocMentions, cid: int, sent: Span) -> list[tuple[int, int]]:
    """Token ranges in ``sent`` where the actor is named (a mention, or its demonym)."""
    cluster = dm.clusters[cid]
    out = [(m.start, m.end) for m in cluster.mentions if sent.start <= m.start < sent.end]
    if cluster.type == "Place" and dm.demonym_at:
        keys = {canonical_place(m.key) for m in cluster.mentions}
        out += [
            (i, i + 1)
            for i, name in dm.demonym_at.items()
            if sent.start <= i < sent.end and canonical_place(normalise(name)) in keys
        ]
    return out
