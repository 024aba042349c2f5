"""Titles and appositions that say what a person is (rules ``kg.title.v1`` to ``v3``,
``kg.title-target.v1``).

"NATO Secretary General Mark Rutte" is leaderOf NATO; "Home Office Minister Hazel Blears"
belongs to the Home Office; "a director of UBS" is one of several. The roles found here
also tell :mod:`kg.nlp.coref` which person a role phrase ("the NATO chief") means.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, firm_words, lexicon, place, title_of, word_set
from kg.names import legal_name
from kg.nlp.mentions import DocMentions
from kg.nlp.roles import NO_ROLE, STAFF, membership_body
from kg.nlp.rules.frames import FUTURE
from kg.nlp.spans import SEAT_ENDINGS as COMPASS
from kg.nlp.spans import hyphened
from kg.nlp.state import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _np_left(token: Token, stop: int) -> list[Token]:
    """Compound/amod/poss modifiers of ``token`` left of token index ``stop``, with their own."""
    out: list[Token] = []
    for child in token.lefts:
        if child.i < stop and child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
            out.extend(t for t in child.subtree if t.i < stop)
    return sorted(out, key=lambda t: t.i)


#: Words that make a leader's title a subordinate's ("deputy governor", "vice chairman").
SUBORDINATE = frozenset({"deputy", "vice", "assistant", "associate", "junior", "under"})
#: Words of a minister's title that are not a brief ("Prime Minister" leads the country).
NOT_BRIEFS = frozenset({"prime", "first", "chief", "former", "new", "acting", "then", "senior", "general"})
#: Parts of a firm a title is "in" ("director in Microsoft's server division"); not a house
#: ("leader of the Liberal Democrats in the assembly" leads the group there).
PARTS = frozenset({"division", "unit", "department", "arm", "business", "section", "branch", "office"})
#: Words that make a leader's title a part's, not the whole organization's ("Holyrood leader").
UNIT_QUALIFIERS = frozenset(
    {
        "parliamentary",
        "holyrood",
        "westminster",
        "assembly",
        "commons",
        "lords",
        "group",
        "caucus",
        "delegation",
    }
)
#: Last words of a government department's name, whose ministers are its officials.
DEPARTMENTS = frozenset(
    {"office", "department", "ministry", "treasury", "executive", "agency", "administration"}
)
#: Titles of members of a parliament or council, who sit for a seat.
LEGISLATORS = frozenset(
    {"mp", "mep", "msp", "senator", "representative", "congressman", "congresswoman", "councillor"}
)
#: Titles of people posted to an organization by another ("envoy to the UN").
POSTED = frozenset({"envoy", "ambassador", "representative", "delegate", "observer"})
#: Titles named after a see or an estate, not a place the holder leads.
SEES = frozenset(
    {"archbishop", "bishop", "cardinal", "dean", "duke", "duchess", "earl", "prince", "princess"}
)
#: Nouns after "of" that do not make a title a unit's ("chairman of the board").
NOT_UNITS = frozenset({"board", "directors", "state", "governors", "trustees"})
#: Nouns of a part of a firm or of a firm another owns: their head heads a part of the owner.
PART_NOUNS = PARTS | {"subsidiary", "subsidiaries", "affiliate"}
#: Nouns of a body that, in small letters after its name, name the body itself, as a firm's
#: noun does: "chairman of the Mozilla foundation" heads it.
BODY_NOUNS = frozenset({"foundation", "trust"})


def find_titles(dm: DocMentions) -> list[Fact]:
    """Roles stated by titles and appositions next to person names."""
    facts: list[Fact] = []
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Person":
            continue
        for m in cluster.mentions:
            if m.start < 0 or m.rule in ("pronoun", "title"):
                continue
            head = dm.doc[m.start : m.end].root
            groups = [_np_left(head, m.start)]
            groups += _appositions(head)
            # "the Palestinian leader, Mahmoud Abbas", never "a view of Islam, President Musharraf"
            if head.dep_ == "appos" and title_of([head.head.lower_]) is not None:
                groups.append(
                    [t for t in head.head.subtree if t.i < m.start and t.i >= head.head.left_edge.i]
                )
            if head.dep_ == "nsubj" and head.head.lemma_ == "be" and not _supposed(head.head):
                groups += [noun_phrase(c) for c in head.head.children if c.dep_ == "attr"]
            if (before := _title_before_comma(dm.doc, m.start, m.end)) and not any(
                before[0] in g for g in groups
            ):
                groups.append(before)
            for tokens in groups:
                own = own_tokens(dm, cid, tokens)
                facts.extend(_title_facts(dm, cid, own, own, head.sent, subunit=_subunit(dm, own)))
    # "Texan businessman Michael Chicoine" lives in Texas: a state's demonym is no nationality
    return [
        replace(f, predicate="livesIn") if f.predicate == "citizenOf" and _state(dm, f.object) else f
        for f in facts
    ]


def _supposed(be: Token) -> bool:
    """``be`` has an auxiliary of the future or a hedge of the lexicon: the role after it is one
    to come or one supposed, not held ("will be chairman", "If he became king, Charles would be
    the supreme governor"), as :func:`kg.nlp.rules.frames` reads a verb's event."""
    hedges = word_set("hedges")
    return any(c.dep_ == "aux" and (c.lower_ in FUTURE or c.lower_ in hedges) for c in be.children)


#: Words that end the phrase before a name's comma on the left: a clause's, not a title's.
CLAUSE_BOUNDS = frozenset({",", ";", ":", "(", ")", "--"})


def _title_before_comma(doc: Doc, start: int, end: int) -> list[Token]:
    """The title phrase a comma sets before a name, which a comma or a bracket closes: "The head
    of the IMF, Christine Lagarde, said", "An analyst at Barclays, Tom Reed, said", "Even earlier,
    the head of the Verfassungsschutz, Hans-Georg Maassen, had warned", "the mayor of Berlin,
    Michael Mueller (SPD)", however the parser hangs the name (on the organization, or as the
    object of "of"), and with the organization's name in quotes ('the head of the
    "Verfassungsschutz," Hans-Georg Maassen,'). The phrase opens the clause with an article or
    the title itself, or, after a finite verb of its clause, runs from its article on ("will be
    welcoming the vice-president of the Bundestag, Petra Pau, on Friday"); its title comes right
    before "of", "for" or "at", and no verb lies inside it ("Speaking to the head of the IMF,
    Lagarde said" is no apposition: no comma closes the name, and no finite verb comes first)."""
    comma = start - 2 if start > 1 and doc[start - 1].tag_ == "''" else start - 1  # 'the "Bund," Tim Ray,'
    if comma < 2 or end >= len(doc) or doc[comma].text != "," or doc[end].text not in (",", "("):
        return []
    i = comma - 1
    while i >= 0 and start - i <= 16 and doc[i].text not in CLAUSE_BOUNDS and not doc[i].is_sent_start:
        i -= 1
    first = i if i >= 0 and doc[i].is_sent_start and doc[i].text not in CLAUSE_BOUNDS else i + 1
    phrase = _after_finite_verb([t for t in doc[first:comma] if not t.is_quote])
    words = [t.lower_ for t in phrase]
    link = next((n for n, w in enumerate(words) if w in ("of", "for", "at")), None)
    if not phrase or phrase[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ") or link is None:
        return []
    title = link - 1
    if title < 0 or title_of([words[title]]) is None or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return []
    return phrase


#: Tags of a finite verb: a clause's own, not a participle's that opens it.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_finite_verb(phrase: list[Token]) -> list[Token]:
    """The part of ``phrase`` from the last article before its link word ("of", "for", "at")
    on, when a finite verb comes before that article ("The mosque will be welcoming [the
    vice-president of the Bundestag]"); else the phrase unchanged, whose verb, if any, then
    rules it out."""
    link = next((n for n, t in enumerate(phrase) if t.lower_ in ("of", "for", "at")), None)
    if link is None:
        return phrase
    article = next((n for n in range(link - 1, -1, -1) if phrase[n].pos_ == "DET"), None)
    if article is None or not any(t.tag_ in FINITE for t in phrase[:article]):
        return phrase
    return phrase[article:]


def _describes_org(dm: DocMentions, token: Token) -> bool:
    """``token`` is a noun that says what a named organization is, not which part of it a
    title heads: it stands right before the name ("director of pressure group Liberty") or right
    after it, past a dash or comma and an article ("chairman of Save Our Community - a group
    fighting ..."), unlike "the Labour group leader" or "leader of the Plaid Cymru group"."""
    doc = dm.doc
    if token.i + 1 < len(doc) and _org_at(dm, doc[token.i + 1]):
        return True
    i = token.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].pos_ == "DET"):
        i -= 1
    return i < token.i - 1 and _org_at(dm, doc[i])


def _org_at(dm: DocMentions, token: Token) -> bool:
    c = dm.cluster_of(token)
    return c is not None and dm.clusters[c].type == "Organization"


def _state(dm: DocMentions, target: int) -> bool:
    """``target`` is a state of a country (the gazetteer's "Texas"), not a country."""
    hits = [place(m.key) for m in dm.clusters[target].mentions if m.key]
    return any(h is not None and h.kind == "state" for h in hits) and not any(
        h is not None and h.kind == "country" for h in hits
    )


#: Clauses inside a title's phrase that say something else ("a land manager representing X").
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp"})


def noun_phrase(token: Token) -> list[Token]:
    """The noun phrase of ``token`` without the clauses hanging from it (rule ``kg.title.v3``)."""
    out = []
    for t in token.subtree:
        node = t
        while node.i != token.i and node.dep_ not in CLAUSES:
            node = node.head
        if node.i == token.i:
            out.append(t)
    return out


def _appositions(head: Token) -> list[list[Token]]:
    """Phrases in apposition to ``head``; the parser splits "ATT's Vice-President of X" into
    three appositions around the hyphen, which are one phrase."""
    groups: list[list[Token]] = []
    for c in head.children:
        if c.dep_ != "appos":
            continue
        phrase = noun_phrase(c)
        if (
            groups
            and (c.text == "-" or c.nbor(-1).text == "-")
            and c.i - 1 <= max(t.i for t in groups[-1]) + 1
        ):
            groups[-1] = sorted({*groups[-1], *phrase}, key=lambda t: t.i)
        else:
            groups.append(phrase)
    return groups


def own_tokens(dm: DocMentions, person: int, tokens: list[Token]) -> list[Token]:
    """``tokens`` without another person's name and its modifiers: in "an aide to military
    leader Desi Bouterse" the title "leader" is Bouterse's (rule ``kg.title.v2``)."""
    inside = {t.i for t in tokens}
    out = []
    for t in tokens:
        node = t
        while True:
            m = dm.by_token.get(node.i)
            if m is not None and m.cluster not in (-1, person) and dm.clusters[m.cluster].type == "Person":
                break
            if node.head.i == node.i or node.head.i not in inside:
                out.append(t)
                break
            node = node.head
    return out


def _subunit(dm: DocMentions, tokens: list[Token]) -> bool:
    """The title is of a unit inside the organization ("director of research at Medizone",
    "EU foreign policy chief", "director in Microsoft's server division", "chief executive for
    BT's wireless broadband")."""
    generic = set(lexicon()["generic_org_nouns"])
    for t in tokens:
        if title_of([t.lower_]) is None:
            continue
        for c in t.lefts:
            if (
                c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and c.text.islower()
                and c.lemma_ not in generic
                and title_of([c.lower_]) is None
                and c.i not in dm.by_token
            ):
                return True
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "in", "for"):
                for o in prep.children:
                    if (
                        o.dep_ == "pobj"
                        and (prep.lower_ != "in" or o.lemma_ in PARTS)
                        and (prep.lower_ != "for" or any(c.dep_ == "poss" for c in o.children))
                        and o.pos_ == "NOUN"
                        and o.text.islower()
                        and o.i not in dm.by_token
                        and o.i not in dm.demonym_at
                        and o.lower_ not in NOT_UNITS
                        and not _named_firm(dm, o)
                    ):
                        return True
    return False


def _named_firm(dm: DocMentions, noun: Token) -> bool:
    """A firm's noun the firm's name goes with: "chief executive of phone company WorldCom"
    heads WorldCom, not a unit called "company"; so does "chairman of the Mozilla foundation"."""
    low = noun.lemma_.lower()
    if low not in firm_words() | BODY_NOUNS or low in PART_NOUNS:
        return False  # "chief of BT's new Entertainment unit" heads a part of BT
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "chairman of Spain's most powerful bank, Santander": the owner decides
    named = any(c.i in dm.by_token and c.dep_ in ("appos", "compound", "npadvmod") for c in noun.children)
    return named or (noun.dep_ in ("compound", "nmod") and noun.head.i in dm.by_token)


def _title_facts(
    dm: DocMentions,
    person: int,
    words_tokens: list[Token],
    tokens: list[Token],
    sent: Span,
    *,
    subunit: bool = False,
) -> list[Fact]:
    word_tokens = [
        t
        for t in _with_hyphened(words_tokens)
        if dm.by_token.get(t.i) is None and t.pos_ in ("NOUN", "PROPN", "ADJ")
    ]
    words = [t.lower_.rstrip(".") for t in word_tokens]
    role = title_of([w for w in words if w not in SUBORDINATE])
    lower = sorted(SUBORDINATE & set(words))
    if role and lower:
        # "deputy prime minister": not the one "the prime minister" means later
        role = (f"{lower[0]} {role[0]}", "worksFor" if role[1] == "leaderOf" else role[1])
    elif role and role[1] == "leaderOf" and subunit:
        role = (role[0], "worksFor")
    elif role and role[0] == "chief" and _modifies_noun(role[0], tokens):
        role = ("chief", "worksFor")  # "Cisco's chief security architect": a post, not the head
    role = _figurative(role, tokens)
    if role and _not_own(role[0], tokens):
        return []
    if role and (server := _server(role[0], tokens)) is not None:
        # "a former aide to the Labour leader" works for Labour, and leads nothing; "a donor to
        # the Labour leader" holds no post
        if title_of([server.lower_]) is None:
            return []
        role = (server.lower_, "worksFor")
    if role and "shadow" in words:
        # "Shadow Treasury chief secretary": the opposition's, no post in the Treasury
        tokens = [t for t in tokens if t.dep_ == "poss" or dm.cluster_of(t) is None]
    units = [t for t in word_tokens if t.lower_.rstrip(".") in UNIT_QUALIFIERS and not _describes_org(dm, t)]
    if role and role[1] == "leaderOf" and (_one_of_many(role[0], tokens) or units):
        # "the SNP's Holyrood leader", "the Liberal Democrat parliamentary chairman": a part's head;
        # "a director at the Institute for the Future" is on its staff, "a director of UBS" on its board
        role = (role[0], "worksFor" if not units and _held_at(role[0], tokens) else "memberOf")
    targets = []
    for t in tokens:
        target = dm.place_of(t) if t.i in dm.demonym_at else dm.cluster_of(t)
        if target is not None and target != person and target not in targets:
            if dm.clusters[target].type in ("Organization", "Place"):
                targets.append(target)
    owned = _owned_places(dm, tokens, targets)
    targets = [c for c in targets if c not in owned]
    owners = {dm.cluster_of(t) for t in tokens if t.dep_ == "poss"} - {None}
    # "its UK chief executive": a firm's (or a body's) pronoun owns the post as its name would
    its = any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in tokens)
    if owners & set(targets) or its:
        # "Britain's Europe Director": the owner is the target, the place before the title is a
        # portfolio; "Vodafone's UK chief executive" heads the firm's arm in the UK, a part of it
        qualifiers = {
            c
            for c in targets
            if c not in owners
            and dm.clusters[c].type == "Place"
            and any(
                t.dep_ in ("compound", "nmod", "amod")
                and (dm.cluster_of(t) == c or (t.i in dm.demonym_at and dm.place_of(t) == c))
                for t in tokens
            )
        }
        targets = [c for c in targets if c not in qualifiers]
        firm_owned = any(c is not None and dm.clusters[c].type == "Organization" for c in owners)
        if qualifiers and role and role[1] == "leaderOf" and firm_owned:
            role = (role[0], "memberOf")
    if any(dm.clusters[c].type == "Organization" for c in targets):
        # "president of John S. Herold Inc in Greenwich": the place is the company's, not the role's
        places = [t for t in tokens if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")]
        places += [c for t in places for c in t.children if c.dep_ == "appos"]  # "Greenwich, Connecticut"
        located = {dm.cluster_of(t) for t in places}
        # "president of Monarch of Texas Inc, a Houston furniture maker": the firm's town
        located |= {
            dm.cluster_of(t)
            for t in tokens
            if t.dep_ == "compound"
            and t.head.pos_ == "NOUN"
            and dm.cluster_of(t.head) is None
            and title_of([t.head.lower_]) is None
        }
        targets = [c for c in targets if not (dm.clusters[c].type == "Place" and c in located)]
    if role and role[1] == "leaderOf" and role[0].split()[-1] in ("minister", "secretary"):
        demonyms = {t.lower_ for t in tokens if t.i in dm.demonym_at}
        brief = set(words) - set(role[0].split()) - NOT_BRIEFS - SUBORDINATE - demonyms
        if brief:
            # "Soviet Foreign Minister Eduard Shevardnadze" serves the country, he does not lead it
            role = (role[0], "minister")
    inside = {t.i for t in tokens}
    # a demonym says the person's nationality only on the role noun itself ("the Italian finance
    # minister", "an Iraqi Kurd"), not deeper ("author of a guide to British quangos")
    heads = {t.i for t in tokens if t.head.i not in inside or title_of([t.lower_]) is not None}
    facts = []
    for target in targets:
        # the last word of each name of the target in the title
        named = [
            t
            for t in tokens
            if dm.place_of(t) == target and not (t.i + 1 in inside and dm.place_of(t.nbor()) == target)
        ]
        if named and all(hyphened(t) for t in named):
            # "Dutch-born striker Jan Smit" was born there (kg.residence.v1); "chief executive of
            # Wippit, a UK-based service" leads the firm, not the place it is based in
            continue
        demonym = any(
            t.i in dm.demonym_at
            and hyphened(t) != "born"  # "the German-born Vaidisova" was born there (kg.residence.v1)
            and dm.place_of(t) == target
            and (t.head.i in heads or t.head.i not in inside)
            for t in tokens
        )
        if (
            role is not None
            and role[0].split()[-1] in ("minister", "secretary")
            and role[0] not in ("prime minister", "first minister")
            and dm.clusters[target].type == "Place"
            and not demonym
            and any(t.dep_ == "compound" and dm.cluster_of(t) == target for t in tokens)
        ):
            continue  # "Northern Ireland Minister", "Europe minister": the place is the brief
        if role is None:
            if demonym:
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.7, "kg.demonym.v1"))
            continue
        word, predicate = role
        if predicate == "minister" and dm.clusters[target].type == "Organization":
            predicate = "leaderOf"
        found = target_predicate(dm, person, target, predicate, word, tokens)
        if found == NO_ROLE:
            dm.clusters[person].roles.append((word, NO_ROLE, target))  # no relation, but a veto
            continue
        if found is None:
            continue
        predicate = found
        if predicate == "minister":
            if dm.clusters[target].type == "Place":
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.8, "kg.title.v1"))
                dm.clusters[person].roles.append((word, "citizenOf", target))
                continue
            predicate = "leaderOf"
        if word in STAFF and dm.clusters[target].type == "Place":
            continue  # "Italy coach John Kirwan" coaches the national team; he does not lead Italy
        if word in SEES and dm.clusters[target].type == "Place":
            continue  # "the Archbishop of Canterbury" heads a church, not the town
        if predicate == "worksFor" and subunit and _legislature(dm, target):
            predicate = "memberOf"  # "chairman of a House committee" sits in the House
        if predicate == "worksFor" and _party(dm, target) and _led(word):
            # "Labour election chief Alan Milburn", "Veritas deputy leader": the head of a part of
            # a party, or its deputy, belongs to it (a party's spokesman still works for it)
            predicate = "memberOf"
        if predicate == "leaderOf" and _board_member(dm, word, target):
            predicate = "memberOf"  # "Fed governor Martha Seger" sits on the board, one of several
        if dm.clusters[target].type == "Place" and predicate != "leaderOf":
            if demonym:
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.7, "kg.demonym.v1"))
            elif word in word_set("team_nouns") and word not in STAFF and _country(dm, target):
                # "Wales captain Gareth Thomas" plays for his country's team
                facts.append(Fact(person, "citizenOf", target, sent.start, 0.8, "kg.title.v1"))
            continue
        facts.append(Fact(person, predicate, target, sent.start, 0.9, "kg.title.v1"))
        dm.clusters[person].roles.append((word, predicate, target))
    if role and not targets:
        dm.clusters[person].roles.append((role[0], role[1], -1))
    return facts


def _owned_places(dm: DocMentions, tokens: list[Token], targets: list[int]) -> set[int]:
    """Places that own one of the organizations of the title, not the title: "head of
    Brazil's Constituent Assembly" leads the assembly, not Brazil."""
    out: set[int] = set()
    for t in tokens:
        owner, owned = dm.cluster_of(t), dm.cluster_of(t.head)
        if (
            t.dep_ == "poss"
            and owner is not None
            and owned in targets
            and owned != owner
            and dm.clusters[owner].type == "Place"
            and dm.clusters[owned].type == "Organization"
        ):
            out.add(owner)
    return out


def _modifies_noun(word: str, tokens: list[Token]) -> bool:
    """The title word modifies another noun of the title ("chief security architect")."""
    token = _title_token(word, tokens)
    return (
        token is not None
        and token.dep_ in ("amod", "compound", "nmod")
        and token.head.pos_ == "NOUN"
        and token.head in tokens
        and title_of([token.head.lower_]) is None
    )


def _unnamed_body(dm: DocMentions, word: str, tokens: list[Token]) -> bool:
    """The title is of a body named by a common noun ("central bank president", "state
    oil company chairman"), not of the country before it."""
    token = _title_token(word, tokens)
    if token is None:
        return False
    bodies = word_set("generic_org_nouns") | word_set("company_nouns")
    return any(
        c.dep_ == "compound" and c.text.islower() and c.lemma_ in bodies and dm.cluster_of(c) is None
        for c in token.lefts
    )


def _firm(dm: DocMentions, target: int) -> bool:
    """``target`` is a company: one of its names ends with a legal form ("PHLCORP Inc")."""
    return any(legal_name(m.key) for m in dm.clusters[target].mentions)


def _led(word: str) -> bool:
    """The title's last word is a leader's ("chief", "deputy leader"), whatever came before it."""
    found = title_of(word.split()[-1:])
    return found is not None and found[1] == "leaderOf"


def _party(dm: DocMentions, target: int) -> bool:
    """``target`` is a political party: a party's name (``party_names``) or one that ends in
    "Party"."""
    parties = word_set("party_names")
    return dm.clusters[target].type == "Organization" and any(
        m.key in parties or m.key.endswith(" party") for m in dm.clusters[target].mentions if m.key
    )


#: Words of a broadcaster's or a channel's name ("BBC Three", "Radio 1", "Channel 4").
CHANNEL_WORDS = frozenset({"bbc", "itv", "channel", "radio", "tv", "television", "network", "five"})


def _channel(dm: DocMentions, target: int) -> bool:
    """``target`` is a broadcaster or one of its channels, by a word of its name."""
    return any(set(m.key.split()) & CHANNEL_WORDS for m in dm.clusters[target].mentions if m.key)


def _country(dm: DocMentions, target: int) -> bool:
    """``target`` names a country (or a home nation: "Wales", "England")."""
    hits = [place(m.key) for m in dm.clusters[target].mentions if m.key]
    return any(h is not None and h.kind == "country" for h in hits)


def _legislature(dm: DocMentions, target: int) -> bool:
    """``target`` is a house of a parliament ("the House", "the Senate", ``legislatures``) or
    one of its committees ("the Senate Agriculture Committee")."""
    houses = word_set("legislatures")
    return dm.clusters[target].type == "Organization" and any(
        m.key in houses or (m.key.split()[-1:] == ["committee"] and m.key.split()[0] in houses)
        for m in dm.clusters[target].mentions
        if m.key
    )


def _board_member(dm: DocMentions, word: str, target: int) -> bool:
    """The title names one of a board's members, not its head: a "governor" of the Fed or of
    a board of governors (``board_titles`` in the lexicon), unlike a central bank's governor."""
    marks = lexicon()["board_titles"].get(word.split()[-1])
    if not marks or dm.clusters[target].type != "Organization":
        return False
    keys = {m.key for m in dm.clusters[target].mentions if m.key}
    return any(mark in key.split() or mark == key for key in keys for mark in marks)


def _with_hyphened(tokens: list[Token]) -> list[Token]:
    """``tokens`` and the words hyphened to them: the parser splits "vice-president"."""
    out = list(tokens)
    for t in tokens:
        doc = t.doc
        if (
            t.i >= 2
            and doc[t.i - 1].text == "-"
            and not doc[t.i - 1].whitespace_
            and not doc[t.i - 2].whitespace_
            and doc[t.i - 2] not in out
        ):
            out.append(doc[t.i - 2])
    return sorted(out, key=lambda t: t.i)


def _title_token(word: str, tokens: list[Token]) -> Token | None:
    last = word.split()[-1]
    return next((t for t in tokens if t.lower_.rstrip(".") == last), None)


def _figurative(role: tuple[str, str] | None, tokens: list[Token]) -> tuple[str, str] | None:
    """A sports or fan title followed by "of" is figurative: "a defender of the Agreement"
    is no player of it (``title_compound_only`` in the lexicon)."""
    if role is None or role[0] not in lexicon()["title_compound_only"]:
        return role
    token = _title_token(role[0], tokens)
    if token is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    return role


def _not_own(word: str, tokens: list[Token]) -> bool:
    """The title is a relative's: "the son of a Church of Scotland minister"."""
    token = _title_token(word, tokens)
    kin = set(lexicon()["kinship_nouns"])
    return token is not None and any(a.lemma_.lower() in kin for a in token.ancestors if a in tokens)


#: Prepositions after a person's role that name whom the role serves: "an aide to the Labour
#: leader", "a spokesman for the chairman"; not "of" or "at", which name where the role is
#: held ("director of the Japan office of the U.S. Trade Representative's Office", "vice
#: president of emerging technologies at analyst firm Gartner").
SERVING = frozenset({"to", "for"})


def _server(word: str, tokens: list[Token]) -> Token | None:
    """The person's own role where the title is the one of whom they serve: "aide" of "a
    former aide to the Labour leader", "adviser" of "adviser to IMF's managing director"."""
    token = _title_token(word, tokens)
    if token is None:
        return None
    for a in token.ancestors:
        if a in tokens and a.dep_ == "prep" and a.lower_ in SERVING and a.head in tokens:
            return a.head
    return None


def _one_of_many(word: str, tokens: list[Token]) -> bool:
    """ "a director of UBS", "one of the directors": one of several, not the head."""
    token = _title_token(word, tokens)
    if token is None:
        return False
    lefts = [c.lower_ for c in token.lefts]
    if token.dep_ == "conj":  # "an officer and director of X": the article is the first noun's
        lefts += [c.lower_ for c in token.head.lefts]
    return bool({"a", "an"} & set(lefts)) and not {"former", "ex"} & set(lefts)


def _held_at(word: str, tokens: list[Token]) -> bool:
    """The title is held "at" the body: "a director at the Institute for the Future"."""
    token = _title_token(word, tokens)
    return token is not None and any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)


def target_predicate(
    dm: DocMentions, person: int, target: int, predicate: str, word: str, tokens: list[Token]
) -> str | None:
    """How the person relates to one target of its title, or ``None`` when not at all
    (rule ``kg.title-target.v1``).

    "Tory leader in the Lords" leads no House; "Chief Secretary to the Treasury" works for
    it; "MP for Mid-Bedfordshire" names a seat; a "Home Office minister" works for the
    department and a "Labour minister" belongs to the party; "London's Labour mayor" leads London and
    belongs to Labour; "Scottish Conservative leader" does not lead Scotland.
    """
    cluster = dm.clusters[target]
    at = [
        t for t in tokens if dm.cluster_of(t) == target or (t.i in dm.demonym_at and dm.place_of(t) == target)
    ]
    preps = {t.head.lower_ for t in at if t.dep_ == "pobj" and dm.cluster_of(t.head) != target}
    surname = next((m.key.split()[-1] for m in dm.clusters[person].mentions if len(m.key.split()) > 1), None)
    if cluster.type == "Organization" and surname and any(m.key == surname for m in cluster.mentions):
        return None  # "Keikichi Honda ... Honda": his own name, not an employer
    if predicate == "memberOf" and "for" in preps and word in LEGISLATORS:
        return None
    owner = any(t.dep_ == "poss" for t in at)
    if owner and word in lexicon()["client_titles"]:
        return None  # "Napier's lawyer" acts for a client, not an employer
    owners = {dm.cluster_of(t) for t in tokens if t.dep_ == "poss" and dm.cluster_of(t.head) != target} - {
        None,
        target,
    }
    if owners and "of" in preps and cluster.type == "Organization":
        return None  # "ATT's Vice-President of Marketing Services": a unit of the owner
    if (
        predicate == "leaderOf"
        and cluster.type == "Place"
        and at
        and all(t.i in dm.demonym_at for t in at)
        and _unnamed_body(dm, word, tokens)
    ):
        return "worksFor"  # "Peruvian central bank president" leads the bank, a Peruvian
    if (
        predicate == "leaderOf"
        and word == "secretary"
        and cluster.type == "Organization"
        and _firm(dm, target)
    ):
        return "worksFor"  # a company's secretary is one of its officers
    if predicate == "leaderOf" and word == "secretary" and membership_body(dm, target):
        # a party's secretary is one of its members; a union's or a sports body's its paid
        # official ("the secretary of the Welsh Students Rugby Football Union", "JRFU secretary")
        return "memberOf" if _party(dm, target) else "worksFor"
    if predicate == "worksFor" and word == "controller" and _channel(dm, target) and not _subunit(dm, tokens):
        # "BBC Three controller Stuart Murphy" heads the channel; a firm's is an officer, and so
        # is "ITV's controller of entertainment", who heads a department
        return "leaderOf"
    if word in LEGISLATORS and cluster.type == "Organization" and _constituency(dm, target):
        return NO_ROLE  # "the Manchester Central MP" sits for a seat, which is no body
    briefed = preps & {"for", "on"} or any(t.dep_ == "compound" for t in at)  # "Treasury spokesman"
    if word in lexicon()["portfolio_titles"] and briefed and _party_brief(dm, target, tokens):
        # "the Conservative spokesman for the Cabinet Office", "the party's Treasury spokesman"
        # speak on it, from outside
        return NO_ROLE
    if word in POSTED and preps and preps <= {"to"}:
        return NO_ROLE  # "Afghanistan's envoy to the UN" serves Afghanistan at the UN, not the UN
    if predicate != "leaderOf":
        return predicate
    if preps and preps <= {"in"}:
        return None
    if preps and preps <= {"to"}:
        return "worksFor"
    if cluster.type == "Organization" and any(
        (t.i in dm.demonym_at or (t.text[:1].isupper() and t.lower_ in demonyms()))
        and title_of([t.head.lower_]) is not None
        and t.head.i not in dm.by_token
        for t in tokens
    ):
        return "worksFor"  # "Welsh secretary of the BMA" heads a branch, not the association
    if (
        preps
        and preps <= {"at"}
        and any(
            t.dep_ == "pobj" and t.head.lower_ == "of" and dm.cluster_of(t) not in (None, target)
            for t in tokens
        )
    ):
        return "worksFor"  # "Director of the Management Centre at Strathclyde University"
    compound = any(t.dep_ in ("compound", "amod") for t in at)
    if cluster.type == "Organization" and compound and (owners or word.split()[-1] == "minister"):
        if any(m.key.split()[-1] in DEPARTMENTS for m in cluster.mentions if m.key):
            return "worksFor"  # "Home Office minister Hazel Blears" is an official of the department
        return "memberOf"  # "Labour minister" belongs to the party
    if cluster.type == "Place" and all(t.i in dm.demonym_at for t in at) and _qualified(dm, word, at, tokens):
        return None
    return predicate


def _constituency(dm: DocMentions, target: int) -> bool:
    """``target`` is named like a parliamentary seat: a town and a point of the compass
    ("Manchester Central", "Bournemouth East")."""
    return any(
        len(m.key.split()) > 1 and m.key.split()[-1] in COMPASS for m in dm.clusters[target].mentions if m.key
    )


def _party_brief(dm: DocMentions, target: int, tokens: list[Token]) -> bool:
    """A party's or the opposition's word qualifies the title: its holder speaks on the
    target for the party ("the Tory spokesman on the Home Office"), and serves no department."""
    words = word_set("party_names") | word_set("party_words") | {"party"}  # "the party's"
    for t in tokens:
        if t.dep_ not in ("amod", "compound", "nmod", "poss") or dm.cluster_of(t) == target:
            continue
        cid = dm.cluster_of(t)
        if t.lower_ in words or (
            cid is not None and dm.clusters[cid].type == "Organization" and membership_body(dm, cid)
        ):
            return True
    return False


def _qualified(dm: DocMentions, word: str, at: list[Token], tokens: list[Token]) -> bool:
    """A capitalised word between a demonym and the title names what is led: "Scottish
    Conservative leader" leads the Scottish Conservatives, not Scotland."""
    first = min(t.i for t in at)
    title = set(word.split())
    for t in tokens:
        if t.i <= first or t.lower_.rstrip(".") in title or t.i in dm.demonym_at:
            continue
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") and title_of([t.lower_]) is None:
            return True
    return False
