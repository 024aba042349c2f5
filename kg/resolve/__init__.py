"""Entity resolution: per-document actors in, one actor per real-world thing out.

Takes the :class:`~kg.records.DocResult` records of a corpus and gives
:class:`~kg.resolve.actors.Actor` records with an index from each document's entity ids to them
(rule ``kg.resolve.v1``); a user's alias file forces or forbids merges. Each merge names its rule
(``kg build --explain-merges``): ``same-name``, ``legal-form``, ``holding``, ``party-name``,
``web-name``, ``station``, ``event-number``, ``games``, ``body-order``, ``country-spelled``,
``spelled-out``, ``accents``, ``place-alias``, ``spacing``, ``spelling``, ``given-nickname``,
``acronym``, ``first-word``, ``prefix``, ``head-noun``, ``partners``, ``club-name``, ``club-short``,
``work-year``, ``work-agreement``, ``national-body``, ``middle-initial``, ``initials``, ``surname``,
``surname-company``, ``rare-surname``, ``surname-type``, ``alias-file``. Before that,
:func:`drop_words` takes out the lone words of the language the recognizer read as a person's or a
place's name ("Feel", "Comeback", "Touch"), and :func:`drop_named_once` the lone names the
recognizer alone calls a person's, named once in the corpus with nothing around them to say whose
("Bicycle", "Silverade", "Grokster"), and :func:`drop_worded_names` the people's names that open
with a word of the language ("Pop Idol", "Evil Twin"; "Injured Rio Ferdinand" is Rio Ferdinand);
first of all, :func:`name_by_family` gives a given name alone the surname of the family its sentence
names it in ("Raul Concepcion, whose brother Jose": Jose Concepcion; rule ``family-name``), and
:func:`name_partner_firms` makes two names an article writes only as "X and Y" the firm another
article names so ("a partnership of Wagner and Brown"; rule ``partner-pair``),
:func:`name_split_firms` makes a firm's name the corpus knows whole whole where an article's
recognizer split it at its "and" ("Pacific Gas" and "Electric Co"; rule ``split-firm``), and
:func:`name_inside_works` a name that lies inside a work's title the corpus knows that work ("won
for Being Julia": no person Julia; rule ``inside-work``).
"""

from kg.resolve.actors import Actor, AliasRules, resolve
from kg.resolve.family import name_by_family
from kg.resolve.inside_works import name_inside_works
from kg.resolve.once import drop_named_once
from kg.resolve.pairs import name_partner_firms
from kg.resolve.products import drop_products
from kg.resolve.split_firms import name_split_firms
from kg.resolve.worded import drop_worded_names
from kg.resolve.words import drop_words

__all__ = [
    "Actor",
    "AliasRules",
    "drop_named_once",
    "drop_products",
    "drop_worded_names",
    "drop_words",
    "name_by_family",
    "name_inside_works",
    "name_partner_firms",
    "name_split_firms",
    "resolve",
]
