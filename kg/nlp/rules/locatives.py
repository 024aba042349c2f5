"""Where places and organizations are, from the phrases that place them (rule ``kg.locative.v1``).

"the German city of Wiesbaden", "Kharkiv, Ukraine's second-largest city", "Paris,
France", "a village in Kent", "the Brussels-based alliance", "Acme Corp of Dallas", "the
Italian daily Corriere della Sera", and the possessive forms "Beijing's Tiananmen Square",
"Ukraine's Kharkiv region", "Bosnia's capital, Sarajevo".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import place as gazetteer
from kg.lexicon import word_set, word_sets
from kg.names import CORPORATE
from kg.nlp.spans import LIST_LINKS
from kg.nlp.state import Fact
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.lexicon import Place
    from kg.nlp.mentions import DocMentions, TokenMention

RULE = "kg.locative.v1"


def _seat_noun(token: Token) -> bool:
    """A noun for a kind of organization: a firm's, a maker's ("paper maker", "toymaker",
    "winemaker"; a lawmaker is never the kind before a firm's name), a newspaper's, a
    broadcaster's, a party's or a club's (the lexicon's ``company_nouns``, ``firm_nouns`` and
    ``seat_nouns``)."""
    lemma = token.lemma_.lower()
    return lemma.endswith("maker") or lemma in word_sets("company_nouns", "firm_nouns", "seat_nouns")


def _small_word(token: Token) -> bool:
    """A word in small letters that may qualify a kind of organization ("oil", "state-owned")."""
    if token.tag_ == "HYPH":
        return token.text == "-"
    return token.is_lower and not token.is_punct and token.pos_ in ("ADJ", "NOUN", "VERB", "ADV")


def _city(m: TokenMention | None) -> bool:
    """The gazetteer knows ``m``'s name as a town, not as a state or a country."""
    hit = gazetteer(m.key) if m is not None else None
    return hit is not None and hit.kind == "city"


def _wide(m: TokenMention) -> bool:
    """The gazetteer knows ``m``'s name as a state, a county or a country."""
    hit = gazetteer(m.key)
    return hit is not None and hit.kind in ("state", "region", "country")


#: How big the gazetteer's kinds of place are: a place lies in a bigger one only. A sea or a
#: region of no one country ("Pacific", "Middle East") ranks as a continent: no country holds it.
RANKS = {"city": 1, "region": 2, "state": 2, "country": 3, "continent": 4}


def _rank(hit: Place) -> int | None:
    if hit.kind == "area" and not hit.country:
        return RANKS["continent"]
    return RANKS.get(hit.kind)


def may_lie_in(dm: DocMentions, inner: int, outer: int) -> bool:
    """Whether the gazetteer lets place ``inner`` lie in ``outer``: no state in a town ("the
    California counties of Alameda"), no state in another ("the rest of Massachusetts, eastern
    Connecticut"); two towns may (a district in its city), and names it does not know may."""

    def rank(cluster: int) -> int | None:
        hits = [gazetteer(m.key) for m in dm.clusters[cluster].mentions if m.rule not in ("pronoun", "title")]
        ranks = [r for r in (_rank(h) for h in hits if h is not None) if r is not None]
        return max(ranks) if ranks else None

    a, b = rank(inner), rank(outer)
    return a is None or b is None or a < b or a == b == 1


def locatives(dm: DocMentions) -> list[Fact]:
    """``locatedIn`` and ``basedIn`` facts from locative phrases."""
    return _Locatives(dm).run()


class _Locatives:
    def __init__(self, dm: DocMentions) -> None:
        self.dm = dm
        self.doc = dm.doc
        self.facts: list[Fact] = []

    def run(self) -> list[Fact]:
        for m in list(self.dm.mentions):
            if m.type == "Place" and m.start >= 0 and m.rule not in ("pronoun", "title"):
                self._around(m, self.doc[m.start : m.end].root)
                self._town_comma_state(m)
        for m in list(self.dm.mentions):
            if m.type == "Organization" and m.start >= 0 and m.rule not in ("pronoun", "title"):
                self._seat_after(m)
                self._seat_in_apposition(m)
                self._seat_by_nationality(m)
                self._seat_of_owner(m)
        for token in tokens(self.doc):
            if token.lemma_ == "base" and token.dep_ == "amod":
                self._based(token)
            elif token.lemma_ in word_set("place_nouns"):
                self._possessed(token)
        return self.facts

    def _fact(self, s: int, predicate: str, o: int, anchor: Token, conf: float) -> None:
        if predicate == "locatedIn" and not may_lie_in(self.dm, s, o):
            return
        self.facts.append(Fact(s, predicate, o, anchor.sent.start, conf, RULE))

    def _around(self, m: TokenMention, head: Token) -> None:
        # the German city of Wiesbaden
        noun = head.head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and noun.lemma_ in word_set("place_nouns"):
            self._place_in(m, noun, head)
        for c in head.children:
            # Kharkiv, Ukraine's second-largest city / Paris, France
            if c.dep_ in ("appos", "npadvmod", "conj") and c.lemma_ in word_set("place_nouns"):
                self._place_in(m, c, head)
            elif c.dep_ in ("appos", "npadvmod") and c.i > head.i and self.doc[head.i + 1].text == ",":
                outer = self.dm.by_token.get(c.i)
                inner = gazetteer(m.key)
                if inner is not None and inner.kind == "country":
                    continue  # "Canada, the North Sea, and Australia": a list, not containment
                if inner is not None and inner.kind == "city" and _city(outer):
                    continue  # "Luton, Preston, Queens Park Rangers": a town is in no other town
                if outer is not None and (self._beyond(m, outer) or self._listed(outer)):
                    # "Bristol West, Cardiff Central, Leeds North West": a list of seats; "Kharkiv,
                    # Ukraine and Lodz, Poland": the place a town lies in is the name after its comma
                    continue
                if outer is not None and outer.type == "Place" and outer.cluster != m.cluster:
                    self._fact(m.cluster, "locatedIn", outer.cluster, head, 0.75)
            elif c.dep_ == "prep" and c.lower_ == "in":
                for o in c.children:
                    outer = self.dm.by_token.get(o.i)
                    if o.dep_ == "pobj" and outer is not None and outer.type == "Place":
                        self._fact(m.cluster, "locatedIn", outer.cluster, head, 0.7)
            elif c.dep_ == "poss":
                self._owned(m.cluster, c, head)  # Beijing's Tiananmen Square

    def _town_comma_state(self, m: TokenMention) -> None:
        """ "its Dayton, Tenn., facility", "the Toledo, Ohio, area", "a Belfast, Northern Ireland,
        oil company": a town, a comma, a state or a country the gazetteer knows and a comma, as
        wire copy writes an address, however the parse links them; not a list ("London,
        Scotland, Wales and Ireland", "Paris, Bonn and Rome")."""
        doc = self.doc
        if m.end + 2 >= len(doc) or doc[m.end].text != ",":
            return
        inner = gazetteer(m.key)
        outer = self.dm.by_token.get(m.end + 1)
        if inner is None or inner.kind != "city" or outer is None or outer.start != m.end + 1:
            return
        if outer.type != "Place" or not _wide(outer) or outer.cluster == m.cluster or outer.end >= len(doc):
            return
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and (before.text == "," or before.lower_ in LIST_LINKS):
            return  # "Paris, Rome, Texas": an item of a list
        if doc[outer.end].text != "," or outer.end + 1 >= len(doc):
            return  # "in Edinburgh, Wales Secretary Peter Hain", "in Paris, Ireland face minnows"
        nxt = doc[outer.end + 1]
        if nxt.lower_ in LIST_LINKS or self.dm.by_token.get(nxt.i) is not None:
            return  # "London, Scotland, Wales and Ireland"
        self._fact(m.cluster, "locatedIn", outer.cluster, doc[m.start], 0.75)

    def _beyond(self, m: TokenMention, outer: TokenMention) -> bool:
        """Another name or a link stands between ``m``'s comma and ``outer`` ("Kharkiv, Ukraine and
        Lodz, Poland"); words that place it do not ("Southwark, south London"), nor the town of an
        address before its state or country ("San Gabriel River Channel, Azusa, Calif.")."""
        between = self.doc[m.end + 1 : outer.start]
        if any(t.lower_ in LIST_LINKS for t in between):
            return True
        return not _wide(outer) and any(t.i in self.dm.by_token or t.is_punct for t in between)

    def _listed(self, m: TokenMention) -> bool:
        """Another place follows ``m`` after a comma or "and", and the gazetteer knows ``m`` as no
        state or country and the next one as neither: ``m`` is an item of a list ("Bristol
        West, Cardiff Central, Leeds North West"), not the place the one before it lies in
        ("Springfield, Illinois, and Boston", "San Gabriel River Channel, Azusa, Calif.")."""
        if _wide(m):
            return False
        after = [t for t in self.doc[m.end : m.end + 3] if not t.is_space]
        while after and after[0].text in (",", "and"):
            after.pop(0)
        nxt = self.dm.by_token.get(after[0].i) if after and after[0].i > m.end else None
        if nxt is None or nxt.start != after[0].i:
            return False
        # the list's items may be typed wrong ("Leeds North West" an organization); a state after a
        # town is its address ("San Gabriel River Channel, Azusa, Calif.")
        return nxt.type in ("Place", "Organization") and not _wide(nxt)

    def _seat_after(self, m: TokenMention) -> None:
        """ "Mountain View Investment Corp of Phoenix, Ariz.", "(Coronet Insurance Co), Chicago,
        said": a firm with its legal form, then its town, as wire copy gives a seat."""
        doc = self.doc
        if doc[m.end - 1].lower_.rstrip(".") not in CORPORATE:
            return
        at = m.end + (1 if m.end < len(doc) and doc[m.end].text == ")" else 0)
        if at + 1 >= len(doc) or doc[at].lower_ not in ("of", ","):
            return
        place = self.dm.by_token.get(at + 1)
        if place is None or place.type != "Place" or place.start != at + 1:
            return
        if doc[at].text == ",":
            hit = gazetteer(place.key)
            after = doc[place.end] if place.end < len(doc) else None
            if hit is None or hit.kind not in ("city", "state") or after is None or after.text != ",":
                return  # "Acme Corp, Britain and France": a list, not a seat
        self._fact(m.cluster, "basedIn", place.cluster, doc[m.start], 0.85)

    def _seat_in_apposition(self, m: TokenMention) -> None:
        """ "Monarch of Texas Inc, a Houston furniture maker": the town before the kind of
        company in an apposition to the firm's name."""
        head = self.doc[m.start : m.end].root
        for noun in head.children:
            if noun.dep_ != "appos" or noun.lemma_.lower() not in word_set("company_nouns"):
                continue
            for c in noun.children:
                place = self.dm.by_token.get(c.i)
                if c.dep_ in ("compound", "nmod") and place is not None and place.type == "Place":
                    self._fact(m.cluster, "basedIn", place.cluster, noun, 0.8)

    def _seat_by_nationality(self, m: TokenMention) -> None:
        """ "American broadcaster NBC", "Russian oil firm Yukos", "US bank Citigroup", "the
        Italian daily Corriere della Sera": a nationality or a place, at most three words in small
        letters, then the kind of organization right before its name; with a kind in the plural,
        each name of the list after it ("German carmakers BMW and Daimler")."""
        doc = self.doc
        kind = doc[m.start - 1] if m.start > 0 else None
        if kind is None or not kind.is_lower or kind.i in self.dm.by_token or not _seat_noun(kind):
            return
        at, words = kind.i - 1, 0
        while at >= 0 and words < 3 and _small_word(doc[at]) and not self._named(at):
            words += doc[at].tag_ != "HYPH"  # "state-owned" is one word
            at -= 1
        if at < 0 or not self._named(at):
            return
        target = self._place_named(at)
        if target is None or target == m.cluster:
            return
        orgs = [m]
        if kind.tag_ == "NNS":
            root = doc[m.start : m.end].root
            listed = (self.dm.by_token.get(c.i) for c in root.conjuncts if c.i > root.i)
            orgs += [o for o in listed if o is not None]
        for org in orgs:
            if org.type == "Organization" and org.cluster != target:
                self._fact(org.cluster, "basedIn", target, kind, 0.8)

    def _seat_of_owner(self, m: TokenMention) -> None:
        """ "Russia's Gazprom", "Japan's Toyota", "Britain's Guardian newspaper": a country, a
        state or a region the gazetteer knows owns the name, or the kind of organization the name
        stands before; not a town, which may be a club's name ("Newcastle's Uefa Cup"), nor a
        continent ("Europe's Enron", a likeness), nor anything the name only qualifies ("Turkey's
        EU bid", "Iraq's UN envoy")."""
        root = self.doc[m.start : m.end].root
        owned = root
        if root.dep_ in ("compound", "appos") and _seat_noun(root.head) and root.head.i >= m.end:
            owned = root.head  # "Britain's Guardian newspaper"
        for c in owned.children:
            owner = self.dm.by_token.get(c.i)
            if c.dep_ != "poss" or owner is None or owner.type != "Place" or owner.rule == "pronoun":
                continue
            hit = gazetteer(owner.key)
            if hit is not None and hit.kind not in ("city", "continent") and owner.cluster != m.cluster:
                self._fact(m.cluster, "basedIn", owner.cluster, c, 0.8)

    def _named(self, i: int) -> bool:
        return i in self.dm.by_token or i in self.dm.demonym_at

    def _place_named(self, i: int) -> int | None:
        """The place the name or nationality ending at token ``i`` stands for: a demonym's
        country, or a place the gazetteer knows."""
        if i in self.dm.demonym_at:
            return self.dm.place_of(self.doc[i])
        m = self.dm.by_token.get(i)
        if m is None or m.end != i + 1 or m.type != "Place" or m.rule in ("pronoun", "title"):
            return None
        return m.cluster if gazetteer(m.key) is not None else None

    def _possessed(self, noun: Token) -> None:
        """ "Ukraine's Kharkiv region", "Bosnia's capital, Sarajevo": the named place lies in the
        possessor."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or noun.i in self.dm.by_token:
            return
        for c in noun.children:
            inner = self.dm.by_token.get(c.i)
            if c.dep_ in ("appos", "compound") and inner is not None and inner.type == "Place":
                self._owned(inner.cluster, owner, noun)

    def _owned(self, inner: int, owner: Token, anchor: Token) -> None:
        outer = self.dm.by_token.get(owner.i)
        if outer is None or outer.type != "Place" or outer.cluster == inner or outer.rule == "pronoun":
            return  # "its Bramalea plant": a pronoun's antecedent is no place that holds it
        keys = [gazetteer(x.key) for x in self.dm.clusters[inner].mentions]
        if any(k is not None and k.kind == "country" for k in keys):
            return  # "Russia's Ukraine" is a claim, not a place inside another
        self._fact(inner, "locatedIn", outer.cluster, anchor, 0.8)

    def _based(self, token: Token) -> None:
        # the Brussels-based alliance
        org = self.dm.by_token.get(token.head.i)
        places = [self.dm.by_token.get(c.i) for c in token.children] + [self.dm.by_token.get(token.i - 2)]
        place = next((p for p in places if p is not None and p.type == "Place"), None)
        if org is not None and place is not None and org.type == "Organization":
            self._fact(org.cluster, "basedIn", place.cluster, token, 0.8)

    def _place_in(self, m: TokenMention, noun: Token, anchor: Token) -> None:
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            target = self.dm.place_of(c)
            if target is None or target == m.cluster or self.dm.clusters[target].type != "Place":
                continue
            hit = gazetteer(self.dm.by_token[c.i].key) if c.i in self.dm.by_token else None
            if c.dep_ == "compound" and c.i not in self.dm.demonym_at and not (hit and hit.kind == "country"):
                # "the Mowden area of Darlington": the named part lies inside the place after "of"
                self._fact(target, "locatedIn", m.cluster, anchor, 0.8)
            else:
                self._fact(m.cluster, "locatedIn", target, anchor, 0.85)
