"""Every named rule of the spaCy stage, in one table: name, what it does, the code that runs it.

A rule's name (``kg.verb.v1``) is how outputs cite it (the ``rule`` of each relation),
how ``kg rules`` lists it and how ``Settings.disabled_rules`` (``kg build
--disable-rule``) switches it off. Only the relation rules can be switched off; the
others shape the actors that every relation rule reads. An unknown name raises, with
the list of known ones. (Resolution across documents is ``kg.resolve.v1``, in
:mod:`kg.resolve`.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kg.errors import ConfigError
from kg.nlp import attribution, coref, ner, products, references, roles, spans, stated, times, titles, works
from kg.nlp.classifier.model import classify
from kg.nlp.mentions import DocMentions
from kg.nlp.rules.agents import agent_nouns
from kg.nlp.rules.frames import Frames
from kg.nlp.rules.known_places import agency_seats, known_places, town_countries
from kg.nlp.rules.locatives import locatives
from kg.nlp.rules.orgplace import org_places
from kg.nlp.rules.residence import residences
from kg.nlp.rules.sheets import team_sheets


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule; ``run`` is the function or method that applies it."""

    name: str
    does: str
    run: Callable[..., Any]
    switchable: bool = False


def _table(*rules: Rule) -> dict[str, Rule]:
    return {r.name: r for r in rules}


#: The relation rules, in the order ``kg_relations`` runs them (all can be switched off).
RELATION_RULES = _table(
    Rule("kg.title.v1", "titles and appositions: 'NATO Secretary General Mark Rutte' leads NATO",
         titles.find_titles, switchable=True),
    Rule("kg.verb.v1", "a verb of the lexicon with its subjects and objects, negation and hedges",
         Frames.verb, switchable=True),
    Rule("kg.noun.v1", "an event noun with its possessor or 'by' agent: 'Russia's invasion of Ukraine'",
         Frames.noun, switchable=True),
    Rule("kg.open.v1", "any other verb between two actors, as relatedTo with the verb",
         Frames.open_verb, switchable=True),
    Rule("kg.locative.v1", "'the German city of Wiesbaden', 'Paris, France', 'the Brussels-based ...'",
         locatives, switchable=True),
    Rule("kg.orgname.v1", "a seat read off an organization's name: 'the University of Passau'",
         org_places, switchable=True),
    Rule("kg.residence.v1", "wire-style residence: 'Brian Michaud of Millinocket'",
         residences, switchable=True),
    Rule("kg.agent-noun.v1", "a noun for the doer beside a name: 'Lincoln's assassin, John Wilkes Booth'",
         agent_nouns, switchable=True),
    Rule("kg.squad.v1", "a team sheet's player plays for the club in brackets: 'J Pavey (Exeter Harriers)'",
         team_sheets, switchable=True),
    Rule("kg.classifier.v1", "the trained relation classifier over every candidate pair of actors",
         classify, switchable=True),
    Rule("kg.implied.v1", "a leader of an organization belongs to it: its member or its staff",
         roles.implied, switchable=True),
    Rule("kg.gazetteer.v1", "a town the gazetteer puts in a country the article names, named once without it",
         known_places, switchable=True),
    Rule("kg.agency-seat.v1", "a news agency the lexicon knows is based in its home country, if named",
         agency_seats, switchable=True),
    Rule("kg.town-country.v1", "what a fact places in a town the gazetteer puts in a named country is in it",
         town_countries, switchable=True),
)  # fmt: skip

#: The rules that read the whole document at once, in the order they run after the frames.
DOCUMENT_RULES = ("kg.locative.v1", "kg.orgname.v1", "kg.residence.v1", "kg.agent-noun.v1", "kg.squad.v1")

#: Every rule of the stage, by name.
RULES = _table(
    Rule("kg.paragraphs.v1", "a blank or indented new line starts a sentence", spans.paragraph_starts),
    Rule("kg.ner.v1", "names from kg's news recognizer, dates, amounts and works from the base model",
         ner.merge_entities),
    Rule("kg.prose-only.v1", "a name in a quote, headline or capitals is an actor only if the prose names it",
         DocMentions.keep_named_in_prose),
    Rule("kg.mentions.v1", "actors and their mentions from the model's entities and a gazetteer",
         DocMentions.collect),
    Rule("kg.name-join.v1", "pieces of one party name joined: 'Liberal' + 'Democrat'", spans.joined_entities),
    Rule("kg.name-ends.v1", "dangling words and post-nominals cut off a name's ends", spans.mend_ends),
    Rule("kg.name-kind.v1", "the phrase around a name says what it is: 'the firm Spie Batignolles'",
         spans.kind_by_phrase),
    Rule("kg.work-title.v1", "a work noun announces a whole title: 'drama Maria Full of Grace'",
         works.cued_titles),
    Rule("kg.product.v1", "a product's noun makes a name no actor: 'humanoid robot Asimo'",
         products.product_names),
    Rule("kg.name-type.v2", "a name typed by its full form elsewhere in the document ('Tenneco Corp')",
         DocMentions.vote_full_names),
    Rule("kg.portfolio.v1", "a portfolio in a title is no actor: 'Culture Secretary Tessa Jowell'",
         spans.is_portfolio),
    Rule("kg.honorific.v2", "a title marks a person (and gender), outside the mention: 'President Lincoln'",
         spans.honorific_start),
    Rule("kg.title.v2", "a title belongs to the name it stands beside", titles.own_tokens),
    Rule("kg.title.v3", "a title's noun phrase without the clauses hanging from it", titles.noun_phrase),
    Rule("kg.title-target.v1", "the organization or place a title is of", titles.target_predicate),
    Rule("kg.demonym.v1", "a demonym before a person's title: citizenOf the country",
         titles.find_titles),
    Rule("kg.role-coref.v1", "a role phrase ('the NATO chief') joins the person holding the role",
         coref.resolve_role_phrases),
    Rule("kg.pronoun.v2", "a pronoun joins the most salient person of its gender", coref.resolve_pronouns),
    Rule("kg.role.v1", "the title between a person and an organization decides the classifier's role",
         roles.role_predicate),
    Rule("kg.capital.v1", "a capital stands for its country as a political actor",
         Frames.country_for_capital),
    Rule("kg.stated.v1", "a relation is stated only where its sentence names both ends", stated.stated),
    Rule("kg.stated.v2", "a role is stated inside one phrase or through a verb of holding it",
         stated.phrase_linked),
    Rule("kg.demonym_mention.v1", "a demonym names its country when the document never does",
         references.add_demonyms),
    Rule("kg.attribution.v1", "who says what a sentence reports: 'X said', 'according to X', quotations",
         attribution.find),
    Rule("kg.timex.v1", "time expressions with TIMEX3 values against the article's date (kg/data/timex.json)",
         times.find),
    Rule("kg.event-time.v1", "a relation holds at the time its sentence states, else at the article's date",
         times.evidence_time),
    *RELATION_RULES.values(),
)  # fmt: skip


def check_disabled(names: Iterable[str]) -> frozenset[str]:
    """The rule names ``names`` as a set, once each is known to exist and to be switchable.

    Examples:
        >>> sorted(check_disabled(["kg.open.v1"]))
        ['kg.open.v1']
        >>> check_disabled(["kg.verbs.v1"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kg.errors.ConfigError: Unknown rule 'kg.verbs.v1'. Available rules: kg.title.v1, ...
    """
    names = frozenset(names)
    for name in sorted(names):
        if name not in RULES:
            raise ConfigError(f"Unknown rule {name!r}. Available rules: {', '.join(RELATION_RULES)}")
        if not RULES[name].switchable:
            raise ConfigError(
                f"Rule {name!r} cannot be switched off. Rules that can: {', '.join(RELATION_RULES)}"
            )
    return names
