"""Relations from dependency frames and lexicons kept as data (``kg/data/lexicon.json``).

The token-level rules (each can be switched off by name, see :mod:`kg.nlp.registry`):

* ``kg.verb.v1``: a verb of the lexicon with its subject(s) and object(s), passive
  and inherited subjects, conjoined arguments, negation and hedges.
* ``kg.noun.v1``: event nouns with a possessor or ``by`` agent ("Russia's invasion
  of Ukraine", "North Korea's supply of weapons to Russia").
* ``kg.open.v1``: any other verb between two actors, as ``relatedTo`` with the verb.

The rules that read the whole document at once have modules of their own beside this one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.lexicon import lexicon, title_of, word_set
from kg.names import QUOTES, normalise
from kg.nlp.mentions import ACTOR_TYPES, DocMentions, TokenMention
from kg.nlp.roles import ROLE_PREDICATES, membership_body
from kg.nlp.state import Fact
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CLAUSE_DEPS = frozenset({"ccomp", "conj", "advcl", "parataxis", "ROOT", "relcl"})
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "prep", "pobj", "relcl"})
SKIP_OPEN = frozenset(
    {"be", "have", "do", "say", "tell", "add", "include", "become", "make", "get", "go", "accord", "compare"}
)


@cache
def _sets() -> dict[str, frozenset[str]]:
    lex = lexicon()
    return {
        k: frozenset(lex[k])
        for k in (
            "light_verbs",
            "stance_verbs",
            "aid_themes",
            "negators",
            "hedges",
            "work_nouns",
            "place_nouns",
            "group_heads",
            "partitives",
            "irrealis_verbs",
        )
    }


def _person_noun(t: Token) -> bool:
    """``t`` names a person by post or kin ("his chancellor", "Putin's spokesman", "his wife")."""
    return title_of([t.lower_]) is not None or t.lemma_.lower() in word_set("kinship_nouns")


class Frames:
    """Runs the token-level relation rules over one document's :class:`DocMentions`."""

    def __init__(self, dm: DocMentions, *, disabled: frozenset[str] = frozenset()) -> None:
        self.dm = dm
        self.doc = dm.doc
        self.disabled = disabled
        self.facts: list[Fact] = []

    def run(self) -> list[Fact]:
        lex = lexicon()
        for token in tokens(self.doc):
            if (
                token.pos_ in ("VERB", "AUX")
                and token.lemma_ in lex["verbs"]
                and "kg.verb.v1" not in self.disabled
            ):
                self.verb(token, lex["verbs"][token.lemma_])
            elif token.pos_ == "VERB" and "kg.open.v1" not in self.disabled:
                self.open_verb(token)
            if token.pos_ == "NOUN" and token.lemma_ in lex["nouns"] and "kg.noun.v1" not in self.disabled:
                self.noun(token, lex["nouns"][token.lemma_])
        return self.facts

    # ------------------------------------------------------------------ arguments

    def actors(self, token: Token, *, work: bool = False) -> Iterator[tuple[int, float]]:
        """Clusters that ``token`` (and its conjuncts) names, with a confidence factor."""
        for t in (token, *token.conjuncts):
            found = self._actor(t, work=work)
            if found is not None:
                yield found

    def _actor(self, t: Token, *, work: bool) -> tuple[int, float] | None:
        sets = _sets()
        m = self.dm.by_token.get(t.i)
        if m is not None and m.cluster >= 0:
            return m.cluster, (0.85 if m.rule in ("pronoun", "title") else 1.0)
        if t.lemma_ in sets["group_heads"]:
            for child in t.children:
                if child.dep_ in ("compound", "amod", "poss"):
                    target = self.dm.place_of(child)
                    if target is not None:
                        return target, 0.85
        if work and t.lemma_ in sets["partitives"]:
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return self._actor(obj, work=work)
        if work and t.lemma_ in sets["work_nouns"] and t.pos_ == "NOUN":
            return self._work(t)
        if work and t.pos_ == "NOUN" and not _person_noun(t):
            # "condemned Russia's illegal war": the possessor is what is condemned; not "accused
            # the prime minister and his chancellor": a post or a kin is someone else
            for child in t.children:
                if child.dep_ == "poss":
                    found = self._actor(child, work=False)
                    if found is not None:
                        return found[0], found[1] * 0.8
        return None

    def _work(self, head: Token) -> tuple[int, float] | None:
        """A plan, agreement, law ... named by the noun phrase around ``head``."""
        words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
        # "a £1m initiative": the unit of an amount is no part of the name
        words = [
            t
            for t in words
            if len(t) > 1 and not (t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).is_currency))
        ]
        words.append(head)
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "of"):
                objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if objs and not list(objs[0].children):
                    words += [prep, objs[0]]
                break
        if len(words) == 1:  # a bare "the plan": the last plan of that kind named before
            return self._anaphoric_work(head)
        start, end = words[0].i, words[-1].i + 1
        if not self._specific(head, start, end):
            return None  # "signed a trade agreement", "the interim reporting plan": a common noun
        key = _work_key(words)
        for cid, cluster in enumerate(self.dm.clusters):
            if cluster.type == "Work" and any(_work_key_of(self.dm, m) == key for m in cluster.mentions):
                self.dm.add_reference(start, end, cid, "work")
                return cid, 1.0
        from kg.nlp.mentions import Cluster

        text = self.doc[start:end].text
        m = TokenMention(start, end, "Work", "work", normalise(text), text, len(self.dm.clusters))
        self.dm.clusters.append(Cluster("Work", [m]))
        for i in range(start, end):
            self.dm.by_token.setdefault(i, m)
        self.dm.mentions.append(m)
        return m.cluster, 1.0

    def _specific(self, head: Token, start: int, end: int) -> bool:
        """A work the text singles out: a capitalised name ("the Kyoto Protocol"), words in
        quotation marks (the "victory plan"), or an owner that is an actor ("Ukraine's victory
        plan", "the Ukrainian victory plan"); not a common noun ("a trade agreement") nor one of
        a kind ("rejected an IMF program")."""
        doc = self.doc
        money = word_set("currencies")
        if any(t.lower_ in money for t in doc[start:end]):
            return False  # "a U.S. Dlr financing package"
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children):
            return False  # "an IMF program": some program of the IMF's, no named work
        if any(t.text[:1].isupper() for t in doc[start:end]):
            return True
        if (start > 0 and doc[start - 1].text in QUOTES) or (end < len(doc) and doc[end].text in QUOTES):
            return True
        return any(
            c.dep_ in ("poss", "amod", "compound", "nmod")
            and (c.i in self.dm.demonym_at or self.dm.cluster_of(c) is not None)
            for c in head.lefts
        )

    def _anaphoric_work(self, head: Token) -> tuple[int, float] | None:
        best = None
        for m in self.dm.mentions:
            if m.type == "Work" and 0 <= m.start < head.i and self.doc[m.end - 1].lemma_ == head.lemma_:
                if best is None or m.start > best.start:
                    best = m
        if best is None:
            return None
        self.dm.add_reference(head.i, head.i + 1, best.cluster, "title")
        return best.cluster, 0.85

    def subjects(self, verb: Token) -> list[tuple[int, float]]:
        """Who does it: the subject, a passive's agent, or one inherited from the clause above."""
        agent = [c for c in verb.children if c.dep_ == "agent"]
        if agent:
            return [
                a for prep in agent for obj in prep.children if obj.dep_ == "pobj" for a in self.actors(obj)
            ]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            if subj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                # "Jack Ruby, who killed Oswald, and Jim and Tammy Bakker": the clause is Ruby's only;
                # "Sony and Toshiba, which signed ...": a clause after the last name is everyone's
                named = [t for t in (verb.head, *verb.head.conjuncts) if t.i < verb.i]
                return [a for t in named for a in [self._actor(t, work=False)] if a is not None]
            return list(self.actors(subj[0]))
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return list(self.actors(verb.head))
        return self._inherited(verb)

    def _inherited(self, token: Token) -> list[tuple[int, float]]:
        sets = _sets()
        found: list[tuple[int, float]] = []
        t = token
        for _ in range(6):
            if t.dep_ not in INHERIT_DEPS or t.head.i == t.i:
                break
            child, t = t, t.head
            if t.pos_ in ("NOUN", "PROPN"):
                poss = [c for c in t.children if c.dep_ == "poss"]
                if poss:
                    found += self.actors(poss[0])
                    if t.dep_ == "dobj" and t.head.lemma_ in sets["stance_verbs"]:
                        # "Rutte reaffirmed NATO's commitment to supporting Ukraine": both stand by it
                        found += [(c, f * 0.8) for c, f in self.subjects(t.head)]
                    break
                if child.dep_ == "acl":
                    # "noted arms embargoes applied to China": the noun is the participle's own argument
                    break
            elif t.pos_ in ("VERB", "AUX"):
                if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ in ("of", "for", "into")):
                    # object control: "pressing the US to cut", "accused Germany of using the EU"
                    controller = [a for c in t.children if c.dep_ == "dobj" for a in self.actors(c)]
                    if controller:
                        found += controller
                        break
                subj = [c for c in t.children if c.dep_ in ("nsubj", "agent")]
                if subj:
                    if subj[0].dep_ == "agent":
                        subj = [o for o in subj[0].children if o.dep_ == "pobj"] or subj
                    found += self.actors(subj[0])
                    break
        return found

    def objects(self, head: Token, specs: list[str], *, work: bool) -> list[tuple[int, float]]:
        found: list[tuple[int, float]] = []
        for spec in specs:
            if spec == "dobj":
                for c in head.children:
                    if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and head.dep_ != "acl"):
                        found += self.actors(c, work=work)
                if head.dep_ == "acl" and head.tag_ == "VBN":
                    found += self.actors(head.head, work=work)
                if head.dep_ == "relcl" and any(c.dep_ == "agent" for c in head.children):
                    found += self.actors(head.head, work=work)
            elif spec == "dative":
                for c in head.children:
                    if c.dep_ == "dative":
                        target = next((o for o in c.children if o.dep_ == "pobj"), c)
                        found += self.actors(target, work=work)
            elif spec.startswith("prep:"):
                for obj in self._prep_objects(head, spec[5:]):
                    found += self.actors(obj, work=work)
        return found

    def _prep_objects(self, head: Token, word: str, depth: int = 3) -> Iterator[Token]:
        """Objects of ``word`` phrases below ``head``, through its object noun phrases."""
        for c in head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == word:
                yield from (o for o in c.children if o.dep_ == "pobj")
            elif depth > 1 and c.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "conj") and c.pos_ != "VERB":
                yield from self._prep_objects(c, word, depth - 1)

    # ------------------------------------------------------------------ rules

    def verb(self, verb: Token, entry: dict[str, Any]) -> None:
        # "Born in Glasgow, Smith ...": a participle before the clause is passive, its subject the clause's
        opening = verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and not _subject(verb)
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or opening
        )
        if entry.get("passive_only") and not passive:
            return
        if entry.get("theme") and not self._has_theme(verb):
            return
        work = entry["predicate"] in ("proposes", "discusses", "supports", "criticizes")
        if entry.get("passive_only"):
            subjects = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c)]
            if (verb.dep_ == "acl" and verb.head.i in self.dm.by_token) or (
                verb.dep_ == "relcl" and _relative_subject(verb)
            ):
                # "Smith, born in Paris", "Smith, who was born in Paris"; not the names a common
                # noun is listed with ("the Soviet Bank ... and most major banks based in Germany")
                subjects += self.actors(verb.head)
            if opening:
                subjects += [a for c in verb.head.children if c.dep_ == "nsubj" for a in self.actors(c)]
            objects = [
                a
                for p in verb.children
                if p.dep_ == "prep" and f"prep:{p.lower_}" in entry["objects"]
                for o in p.children
                if o.dep_ == "pobj"
                for a in self.actors(o)
            ]
        else:
            subjects = self.subjects(verb)
            objects = self.objects(verb, entry["objects"], work=work)
        teams: list[tuple[int, float]] = []
        if _led_to(verb, entry.get("not_to", ())):
            # "Moya led Spain to victory": a country's team a player captains, not a country he
            # leads ("Blair led Labour to victory" still leads his party); the classifier still
            # reads the fact as a feature of the pair
            teams = [(c, f) for c, f in objects if self.dm.clusters[c].type == "Place"]
            objects = [o for o in objects if o not in teams]
        if entry.get("inverse"):
            subjects, objects = objects, subjects
        negated = self._negated(verb)
        hedge = _hedge(verb)
        self._emit(subjects, entry["predicate"], objects, verb, entry, "kg.verb.v1", negated, hedge)
        if teams:
            first = len(self.facts)
            self._emit(subjects, entry["predicate"], teams, verb, entry, "kg.verb.v1", negated, hedge)
            self.facts[first:] = [replace(f, feature_only=True) for f in self.facts[first:]]
        if entry.get("with"):
            partners = [a for o in self._prep_objects(verb, "with", 1) for a in self.actors(o)]
            self._emit(
                subjects, entry["with"], partners, verb, {"confidence": 0.7}, "kg.verb.v1", negated, hedge
            )

    def _has_theme(self, verb: Token) -> bool:
        themes = _sets()["aid_themes"]
        for t in verb.subtree:
            if t.lemma_.lower() in themes and t.i != verb.i and t.head.i != t.i:
                return True
        return False

    def noun(self, noun: Token, entry: dict[str, Any]) -> None:
        subjects: list[tuple[int, float]] = []
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.i in self.dm.demonym_at):
                subjects += (
                    self.actors(c)
                    if c.dep_ == "poss"
                    else [(t, 0.9) for t in [self.dm.place_of(c)] if t is not None]
                )
            elif (
                c.dep_ == "compound"
                and self.dm.by_token.get(c.i)
                and self.dm.by_token[c.i].type in ACTOR_TYPES
            ):
                subjects += self.actors(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                subjects += [a for o in c.children if o.dep_ == "pobj" for a in self.actors(o)]
        if not subjects and noun.dep_ in ("dobj", "pobj"):
            verb = noun.head
            while verb.dep_ in ("prep", "pobj", "dobj") and verb.pos_ != "VERB":
                if verb.pos_ == "NOUN":
                    break  # "their stand against the war on Iraq": another noun's argument
                verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_ in _sets()["light_verbs"]:
                subjects = self.subjects(verb)
        objects = [
            a
            for spec in entry["objects"]
            for o in self._prep_objects(noun, spec[5:], 2)
            for a in self.actors(o)
        ]
        # "his attack on Labour was not a stunt": a negated clause about the event does not deny it
        negated = any(c.lower_ in ("no", "without") for c in noun.children) or (
            not noun.dep_.startswith("nsubj") and self._negated(noun)
        )
        self._emit(subjects, entry["predicate"], objects, noun, entry, "kg.noun.v1", negated, 1.0)

    def open_verb(self, verb: Token) -> None:
        if verb.lemma_ in SKIP_OPEN or verb.lemma_ in lexicon()["light_verbs"]:
            return
        subjects = [(c, f) for c, f in self.subjects(verb) if self.dm.clusters[c].type in ACTOR_TYPES]
        if not subjects:
            return
        objects: list[tuple[int, float]] = []
        label = verb.lemma_
        for c in verb.children:
            if c.dep_ == "dobj":
                objects += self.actors(c)
            elif c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "against", "from", "on"):
                found = [a for o in c.children if o.dep_ == "pobj" for a in self.actors(o)]
                if found:
                    objects += found
                    label = f"{verb.lemma_} {c.lower_}"
        objects = [(c, f) for c, f in objects if self.dm.clusters[c].type in ACTOR_TYPES]
        entry = {"predicate": "relatedTo", "confidence": 0.45}
        self._emit(
            subjects,
            "relatedTo",
            objects,
            verb,
            entry,
            "kg.open.v1",
            self._negated(verb),
            _hedge(verb),
            label,
        )

    # ------------------------------------------------------------------ output

    def _negated(self, token: Token) -> bool:
        sets = _sets()
        lex = lexicon()
        t = token
        for _ in range(8):
            for c in t.children:
                if c.dep_ == "neg" or (c.lower_ in sets["negators"] and c.dep_ in ("advmod", "det")):
                    return True
            phrase = " ".join([t.lemma_, *(c.lower_ for c in t.children if c.dep_ == "prt")])
            if t.i != token.i and (t.lemma_ in lex["negating_verbs"] or phrase in lex["negating_verbs"]):
                return True
            if t.dep_ in CLAUSE_DEPS or t.head.i == t.i:
                # an infinitival relative ("in a position to support") belongs to the clause above
                if not (t.dep_ == "relcl" and not any(c.dep_.startswith("nsubj") for c in t.children)):
                    return False
            t = t.head
        return False

    def _emit(
        self,
        subjects: list[tuple[int, float]],
        predicate: str,
        objects: list[tuple[int, float]],
        anchor: Token,
        entry: dict[str, Any],
        rule: str,
        negated: bool,
        hedge: float,
        label: str | None = None,
    ) -> None:
        stypes, otypes = entry.get("subject_types"), entry.get("object_types")
        if predicate in lexicon()["capital_metonymy"]:
            subjects = [(self.country_for_capital(c), f) for c, f in subjects]
            objects = [(self.country_for_capital(c), f) for c, f in objects]
        for s, fs in subjects:
            stype = self.dm.clusters[s].type
            if stype not in (stypes or ACTOR_TYPES):
                continue
            for o, fo in objects:
                otype = self.dm.clusters[o].type
                if s == o or (otypes and otype not in otypes):
                    continue
                said = entry.get("by_object_type", {}).get(otype, predicate)
                if predicate in ("proposes",) and otype not in ("Work", "Event"):
                    continue
                if said == "memberOf" and stype == "Person":
                    said = _joined_as(anchor) or (
                        said if membership_body(self.dm, o) else "worksFor"
                    )  # "He joined Columbia Records as a producer": staff, not a member
                conf = entry.get("confidence", 0.6) * fs * fo * hedge
                self._fact(s, said, o, anchor, conf, rule, negated, label)

    def country_for_capital(self, cid: int) -> int:
        """A capital that acts or is acted on politically stands for its country when the
        document names that country ("support for Kyiv" is support for Ukraine; rule
        ``kg.capital.v1``); otherwise the capital itself."""
        from kg.lexicon import capitals
        from kg.names import canonical_place

        cluster = self.dm.clusters[cid]
        if cluster.type != "Place":
            return cid
        country = next((capitals()[m.key] for m in cluster.mentions if m.key in capitals()), None)
        if country is None:
            return cid
        key = canonical_place(normalise(country))
        for i, c in enumerate(self.dm.clusters):
            if c.type == "Place" and any(canonical_place(m.key) == key for m in c.mentions if m.start >= 0):
                return i
        return cid

    def _fact(
        self,
        s: int,
        predicate: str,
        o: int,
        anchor: Token,
        conf: float,
        rule: str,
        negated: bool = False,
        label: str | None = None,
    ) -> None:
        self.facts.append(Fact(s, predicate, o, anchor.sent.start, round(conf, 3), rule, negated, label))


#: Auxiliaries of the future: what they announce has not happened yet.
FUTURE = frozenset({"will", "'ll", "shall", "wo"})
#: Determiners of one of a kind, not of a work the text names.
INDEFINITE = frozenset({"a", "an", "another", "any", "some"})


def _subject(verb: Token) -> bool:
    """The verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _relative_subject(verb: Token) -> bool:
    """The relative clause's subject is its pronoun: "Smith, who was born in Paris"."""
    return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children)


def _hedge(verb: Token) -> float:
    """How far the text stands behind a verb's event: 0.8 under its own modal ("could
    threaten"), 0.6 under the clause above's ("arms could be used to threaten"), 0.5 when
    it is only planned or asked for ("is to visit", "will meet", "urged to draw up plans",
    ``irrealis_verbs`` in the lexicon) or its sentence asks a question; else 1."""
    hedges = _sets()["hedges"]
    if _asked(verb.sent):
        return 0.5  # "Should the United Kingdom approve the Treaty?": asked, not done
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if (
        infinitive
        and verb.dep_ in ("xcomp", "advcl", "ccomp")
        and (_irrealis(verb.head) or verb.head.lemma_ == "be")
    ):
        return 0.5
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return 0.5  # "will meet Venus Williams", "Exeter will face United": not yet done
    if any(c.lower_ in hedges for c in verb.children):
        return 0.8
    t = verb
    for _ in range(3):
        if any(c.lower_ in hedges for c in t.children if c.dep_ in ("aux", "auxpass")):
            return 0.6  # a modal on the clause above: "arms that could be used to threaten"
        if t.i != verb.i and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in t.children):
            return 0.5  # "will be explaining ... before travelling to Europe": not yet done
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.i != t.head.i:
            t = t.head.head  # "before travelling": the time of the clause it hangs from
            continue
        if t.dep_ not in ("xcomp", "advcl") or t.head.i == t.i:
            break
        t = t.head
    return 1.0


def _asked(sent: Span) -> bool:
    """The sentence ends with a question mark, before any closing quotation marks."""
    for token in reversed(sent):
        if token.text == "?":
            return True
        if not (token.is_space or token.is_quote or token.text in ("'", "\u201d", "\u2019")):
            return False
    return False


def _joined_as(verb: Token) -> str | None:
    """The predicate of the title a person joins "as" ("joined J.W. Robinson Inc as chairman"
    leads it), if the lexicon has it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for o in prep.children:
                if o.dep_ == "pobj":
                    words = [t.lower_ for t in o.lefts if t.dep_ in ("compound", "amod")] + [o.lower_]
                    found = title_of(words)
                    if found is not None and found[1] in ROLE_PREDICATES:
                        return found[1]
    return None


def _irrealis(verb: Token) -> bool:
    """The verb only hopes, plans or asks for what its clause says (``irrealis_verbs``); read
    by the word's own stem too, as the lemmatizer takes "hoping" for a form of "hop".

    Examples:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["hoping"], lemmas=["hop"])
        >>> _irrealis(doc[0])
        True
    """
    words = _sets()["irrealis_verbs"]
    low = verb.text.lower()
    stems = {verb.lemma_}
    for ending in ("ing", "ed", "es", "s"):
        if low.endswith(ending):
            stem = low[: -len(ending)]
            stems |= {stem, stem + "e", stem[:-1]}
    return bool(stems & words)


def _work_key(words: list[Token]) -> str:
    """Order-free key of a work's name: "plan for victory" and "victory plan" agree."""
    content = sorted(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN"))
    return " ".join(content)


def _work_key_of(dm: DocMentions, m: TokenMention) -> str:
    if m.start < 0:
        return m.key
    return _work_key(list(dm.doc[m.start : m.end]))


def _led_to(verb: Token, outcomes: Iterable[str]) -> bool:
    """The verb has a "to" phrase of one of ``outcomes`` ("led Spain to victory", "to the title")."""
    wanted = set(outcomes)
    return bool(wanted) and any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in wanted for o in p.children)
        for p in verb.children
    )
