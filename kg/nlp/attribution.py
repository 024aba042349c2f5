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

The speaker's own words (their title, apposition or relative clause: "Dutch minister Lima
said", "Mr Hale, who is visiting Chile, said") are the article's description of them, and a
"he" inside their own quotation is not them; what a passive speech verb with no one behind
it reports inside a report ("he is alleged to have met Cole") is not the speaker's claim.
Who a pronoun speaker is in a run of reported speech: :mod:`kg.nlp.speakers`.

Lost paragraph breaks: a quotation left unclosed is cut before the first sentence inside it
that is narration (:func:`_narration_cut`, repeated while it cuts). An editor's note in
brackets inside a report is not reported; a speech verb in a condition ("had he denied",
"if she says") reports nothing; "the paper quoted an aide as saying" makes the aide the
speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kg.lexicon import lexicon
from kg.names import canonical_place, normalise
from kg.nlp.mentions import MALE_FEMALE
from kg.nlp.speakers import UNNAMED, carry_on, speaker_of, words
from kg.nlp.syntax import arcs
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.nlp.mentions import DocMentions
    from kg.nlp.state import Fact

RULE = "kg.attribution.v1"


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
    #: token range ``[start, end)`` of the speaker's own words in the sentence of the cue
    #: (with their title, apposition or relative clause), ``(0, 0)`` when none
    said_by: tuple[int, int] = (0, 0)

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
    for _ in range(words()["narration_passes"]):
        # a quotation left unclosed ran into the article's narration; once cut, a piece
        # may have a speaker of its own (the one before it), which can show more narration
        cut = _narration_cut(dm, quotes, out)
        if cut == quotes:
            break
        quotes, out = cut, _attributions(dm, cut)
    out = carry_on(dm, out)
    brackets = _brackets(dm.doc)
    return [_less(a, brackets) for a in out] if brackets else out


def _attributions(dm: DocMentions, quotes: list[tuple[int, int]]) -> list[Attribution]:
    doc, w = dm.doc, words()
    out = []
    for t in tokens(doc):
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
                if any(_mark(t, open_now=True) for t in sent):  # its own marks: not narration
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
        if sent.start <= m.start < sent.end and m.cluster in speakers and m.rule not in UNNAMED | {"title"}:
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
    for t in tokens(doc):
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

    return replace(a, parts=cut(a.parts), quoted=cut(a.quoted))


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
            out.append(replace(a, parts=(q,), quoted=(q,), said_by=(0, 0)))
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
    for t in tokens(doc):
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
    parts = [piece for p in parts for piece in _unsaid(verb.doc, p)]
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
    said_by = (subject.left_edge.i, subject.right_edge.i + 1) if subject.sent == verb.sent else (0, 0)
    denies = verb.lemma_ in w["denial_verbs"]
    return Attribution(tuple(sorted(set(parts))), tuple(quoted), speaker, text, verb.i, denies, said_by)


def _unsaid(doc: Doc, part: tuple[int, int]) -> list[tuple[int, int]]:
    """``part`` less the clauses in it that a passive speech verb with no one behind it
    reports ("he was in Milan on the day he is alleged to have met Cole": the meeting is
    alleged by no one the sentence names, not by the speaker)."""
    w = words()
    start, end = part
    out = []
    for t in doc[start:end]:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        agent = any(c.dep_ == "agent" for c in t.children)
        if t.lemma_ in w["verbs"] and t.pos_ == "VERB" and passive and not agent and t.i != start:
            lo, hi = t.left_edge.i, t.right_edge.i + 1
            if start <= lo and hi <= end and (start, end) != (lo, hi):
                out.append((start, lo))
                start = hi
    out.append((start, end))
    return [(a, b) for a, b in out if a < b]


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
    question = any(t.text == "?" for t in verb.sent)
    if verb.dep_ not in ("advcl", "ccomp", "conj") and (verb.dep_ != "ROOT" or question):
        return False  # "Had he denied it?" asks; "it would have been longer had he denied" supposes
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


def attribute(dm: DocMentions, fact: Fact, sent: Span, found: list[Attribution]) -> Attribution | None:
    """The attribution that reports a relation stated in ``sent``: the innermost of ``found``
    whose report holds a mention of each end (for a relation a noun phrase states: whose
    quotation holds them); ``None`` when the article states it in its own voice."""
    near = [a for a in found if any(a < sent.end and sent.start < b for a, b in a.parts)]
    if not near:
        return None
    ids = (fact.subject, fact.object)
    ends = (_anchors(dm, fact.subject, sent), _anchors(dm, fact.object, sent))
    quoted = _phrasal(dm, fact, ends)
    inside = [
        a
        for a in near
        if all(
            any(a.covers(i, quoted=quoted) for i, _ in _as_said(dm, a, cid, end))
            for cid, end in zip(ids, ends, strict=True)
        )
        and not any(_named_outside_only(dm, cid, a, sent) for cid in ids)
        and not _described(a, ids, ends)
    ]
    return min(inside, key=lambda a: (a.size, -a.cue)) if inside else None


def _as_said(
    dm: DocMentions, said: Attribution, cid: int, end: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The places ``end`` names actor ``cid``, less a "he" or "she" in the speaker's own words
    that coreference gave the speaker: a speaker says "I", so their quoted "he" is someone
    else (``Lima said: "He made Dutch football big"``)."""
    if cid != said.speaker:
        return end

    def own_he(x: int) -> bool:
        m = dm.by_token.get(x)
        return (
            m is not None
            and m.rule == "pronoun"
            and dm.doc[x].lower_ in MALE_FEMALE
            and said.covers(x, quoted=True)
        )

    return [(x, y) for x, y in end if not own_he(x)]


def _described(said: Attribution, ids: tuple[int, int], ends: tuple[list[tuple[int, int]], ...]) -> bool:
    """The relation links the speaker to something the speaker's own words name: their
    title, apposition or relative clause ("Dutch minister Ana Lima said ...", "Mr Chavez, who
    is visiting China, said ..."), which is the article's description of the speaker."""
    lo, hi = said.said_by
    for cid, other in ((ids[0], ends[1]), (ids[1], ends[0])):
        if cid == said.speaker and any(lo <= x < hi for x, _ in other):
            return True
    return False


def _named_outside_only(dm: DocMentions, cid: int, said: Attribution, sent: Span) -> bool:
    """The actor is named in ``sent`` only outside the report, and is not the speaker: the
    relation comes from the journalist's words around the report ("Ireland coach Eddie
    O'Sullivan says his side ...": the coaching is the article's), not from the report."""
    if cid == said.speaker:
        return False
    named = [
        m for m in dm.clusters[cid].mentions if sent.start <= m.start < sent.end and m.rule not in UNNAMED
    ]
    return bool(named) and not any(said.covers(m.start) for m in named)


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
