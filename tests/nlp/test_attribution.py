"""Who says so (``kg.attribution.v1``): given this text, this relation and its speaker.

Sentences are composed for the tests; none is copied from a dataset.
"""

from __future__ import annotations

import pytest

from kg.nlp import parse
from kg.nlp.attribution import find, quotations
from kg.nlp.extract import extract_one
from kg.nlp.pieces import join
from kg.records import DocResult, Relation
from tests.helpers import triple

#: (text, relation, voice, speaker's actor name or None, the speaker's words or None)
SPEAKERS = [
    # "X said": the verb's subject says its clause
    (
        "Ana Lima said Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # an apposition cut from the speaker's words leaves a space, not glued words
    (
        "Tom Hale, of the Walden Foundation, said Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Tom Hale",
        "Tom Hale of the Walden Foundation",
    ),
    # a title in the speaker's own noun phrase is the article's description of them
    (
        "Peru coach Tom Hale says his side should not fear the visitors.",
        ("Tom Hale", "citizenOf", "Peru"),
        "article",
        None,
        None,
    ),
    (
        "Chile FA spokesman Tom Hale welcomed the apology and said no one had put pressure on the players.",
        ("Tom Hale", "worksFor", "FA"),
        "article",
        None,
        None,
    ),
    # a description before a quotation the next words open stays the article's
    (
        "Kate Moss will face another member of Chile's relay team - Tom Hale - over 60m. "
        'He added: "It is too early to say."',
        ("Tom Hale", "citizenOf", "Chile"),
        "article",
        None,
        None,
    ),
    # a lone "he" that coreference left alone: the person named last before it
    (
        "Tom Hale met the press in Lima. Earlier, he told reporters that Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Tom Hale",
        "he",
    ),
    # an unnamed source keeps the short participle that says who it is
    (
        "But nearly half those surveyed said Tom Hale should return to the Walden Foundation.",
        ("Tom Hale", "worksFor", "Walden Foundation"),
        "reported",
        None,
        "nearly half those surveyed",
    ),
    # "according to X": X says the rest of the clause
    (
        "According to Reuters, Brazil sent aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Reuters",
        "Reuters",
    ),
    # "X told reporters that ..."
    (
        "Ana Lima told reporters that Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # "X's spokesman said": the spokesman speaks for X
    (
        "The Walden Foundation's spokesman said Brazil would send aid to Ghana.",
        ("Brazil", "providesAidTo", "Ghana"),
        "reported",
        "Walden Foundation",
        "The Walden Foundation's spokesman",
    ),
    (
        "A spokesman for the Walden Foundation said Brazil would send aid to Ghana.",
        ("Brazil", "providesAidTo", "Ghana"),
        "reported",
        "Walden Foundation",
        "A spokesman for the Walden Foundation",
    ),
    # ... unless the spokesman is named
    (
        "Walden Foundation spokesman Tom Hale said Brazil would send aid to Ghana.",
        ("Brazil", "providesAidTo", "Ghana"),
        "reported",
        "Tom Hale",
        "Walden Foundation spokesman Tom Hale",
    ),
    # a statement speaks for whoever made it
    (
        "A statement from the Walden Foundation said Brazil would send aid to Ghana.",
        ("Brazil", "providesAidTo", "Ghana"),
        "reported",
        "Walden Foundation",
        "A statement from the Walden Foundation",
    ),
    # unnamed sources: their words
    (
        "Officials said Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        None,
        "Officials",
    ),
    (
        "A source close to the talks said Brazil had criticised Chile.",
        ("Brazil", "criticizes", "Chile"),
        "reported",
        None,
        "A source close to the talks",
    ),
    (
        "Analysts believe Brazil will send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        None,
        "Analysts",
    ),
    # the article's own voice
    ("Brazil sent aid to Chile on Monday.", ("Brazil", "providesAidTo", "Chile"), "article", None, None),
    # a quotation with the speaker after it, over two sentences; "she" is Ana Lima
    (
        'Ana Lima arrived in Lisbon on Monday. "Brazil will send aid to Chile. We are ready," she said.',
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "she",
    ),
    # a quotation after the speaker, over two sentences
    (
        'Ana Lima told the BBC: "Brazil will send aid to Chile. We are ready."',
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # a quotation that opens the sentence after a speaker's goes on with that speaker
    (
        '"We are ready," said Ana Lima. "Brazil will send aid to Chile."',
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # ... but not after a sentence with no speaker, nor one inside a sentence
    (
        'Ana Lima arrived on Monday. Officials called it "a disaster". "Brazil will send aid to Chile."',
        ("Brazil", "providesAidTo", "Chile"),
        "article",
        None,
        None,
    ),
    # a list of speakers: the first is the one kept
    (
        "Ana Lima and Tom Hale said Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # a pronoun speaker resolved to its person
    (
        "Ana Lima arrived in Lisbon on Monday. She told reporters that Brazil would send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "She",
    ),
    # "he" after a quotation is not someone the quotation names
    (
        'Tom Hale spoke on Monday. If Brazil fails, Ana Lima will "send aid to Chile", he added.',
        ("Ana Lima", "providesAidTo", "Chile"),
        "reported",
        "Tom Hale",
        "he",
    ),
    # the speaker said in a parenthesis
    (
        "Brazil, Ana Lima said, will send aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # a speech verb with no subject takes the one of the verb it hangs from
    (
        "Tom Hale was quoted as saying that Brazil would send aid to Kenya.",
        ("Brazil", "providesAidTo", "Kenya"),
        "reported",
        "Tom Hale",
        "Tom Hale",
    ),
    (
        "Ana Lima condemned Russia, saying Moscow had attacked Ukraine.",
        ("Moscow", "attacks", "Ukraine"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # the speaking itself is the article's: not attributed to its own subject
    (
        "Ana Lima condemned Russia, saying Moscow had attacked Ukraine.",
        ("Ana Lima", "criticizes", "Russia"),
        "article",
        None,
        None,
    ),
    # a title in indirect speech is the article's description; inside a quotation, the speaker's
    (
        "Ana Lima said the Italian finance minister Marco Verdi would visit Kenya.",
        ("Marco Verdi", "citizenOf", "Italy"),
        "article",
        None,
        None,
    ),
    (
        "Ana Lima said the Italian finance minister Marco Verdi would visit Kenya.",
        ("Marco Verdi", "visits", "Kenya"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    (
        '"Italian finance minister Marco Verdi is a friend," said Ana Lima.',
        ("Marco Verdi", "citizenOf", "Italy"),
        "reported",
        "Ana Lima",
        "Ana Lima",
    ),
    # a quotation the paragraph left unclosed does not swallow the narration after it: a
    # sentence that names the speaker, or reports a third person's speech with no "I" or
    # "we", is the article's (lost paragraph breaks: the next quotation opens again)
    (
        'Ana Reyes said: "Brazil will send aid. Tom Hale, the Acme chief executive, flew to Peru '
        'on Monday with Reyes. "Our team is ready," she added.',
        ("Tom Hale", "visits", "Peru"),
        "article",
        None,
        None,
    ),
    (
        'Ana Reyes said: "Brazil will send aid. She said that Tom Hale, the Acme chief executive, '
        'would visit Peru. "Our team is ready," she added.',
        ("Tom Hale", "leaderOf", "Acme"),
        "article",
        None,
        None,
    ),
    # an editor's note in brackets inside a quotation is the article's words
    (
        'Ana Reyes said: "The charity (the Walden Foundation, based in Peru) will help us."',
        ("Walden Foundation", "basedIn", "Peru"),
        "article",
        None,
        None,
    ),
    # "quoted X as saying": X speaks, not the paper that quotes them
    (
        "The Daily Courier quoted an unnamed official as saying that Brazil would attack Chile.",
        ("Brazil", "attacks", "Chile"),
        "reported",
        None,
        "an unnamed official",
    ),
    # who speaks in a title of their own is not said by anyone
    (
        '"We will send aid," said Ana Lima, the head of the Walden Foundation.',
        ("Ana Lima", "leaderOf", "Walden Foundation"),
        "article",
        None,
        None,
    ),
    # the speaker's own title, before the quotation, is the article's; their quoted "he" is
    # someone else (a speaker says "I")
    (
        'Peruvian sports minister Ana Lima said: "He was the man who made Peruvian football big."',
        ("Ana Lima", "citizenOf", "Peru"),
        "article",
        None,
        None,
    ),
    # a relative clause on the speaker is the article's description of them
    (
        "Mr Tom Hale, who is visiting Chile, said his country would open its ports to Chile.",
        ("Tom Hale", "visits", "Chile"),
        "article",
        None,
        None,
    ),
    # "he said" in a run of reported speech goes on with the speaker, not with the person
    # the speaker talks about
    (
        "Tom Hale opened the campaign in Leeds. And Marco Verdi would lead it from the front, he said. "
        '"Brazil will send aid to Chile," he promised.',
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Tom Hale",
        "he",
    ),
    # what a passive verb reports with no one behind it is not the outer speaker's claim
    (
        "Tom Hale claimed that he was in Lima on the day he is alleged to have met Ana Lima in Quito.",
        ("Tom Hale", "meetsWith", "Ana Lima"),
        "article",
        None,
        None,
    ),
    # a bare "it" goes on with the source before it
    (
        "The book, by Tom Hale, said the two men disliked each other. It claims Brazil sent aid to Chile.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        None,
        "The book by Tom Hale",
    ),
    # an unnamed source keeps the words that say which body it belongs to
    (
        "The Daily Courier quoted an unnamed official at the Walden Foundation as saying that "
        "Brazil would attack Chile.",
        ("Brazil", "attacks", "Chile"),
        "reported",
        None,
        "an unnamed official at the Walden Foundation",
    ),
    (
        "Brazil will send aid to Chile, according to a report published by the London-based "
        "research firm Acme Analytics.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        None,
        "a report published by the London-based research firm Acme Analytics",
    ),
    # an apposition after a named speaker does not replace them
    (
        '"Brazil will send aid to Chile," said Dr Tom Hale, author of the report: Marco Verdi and the '
        "Limits of Peru.",
        ("Brazil", "providesAidTo", "Chile"),
        "reported",
        "Tom Hale",
        "Dr Tom Hale",
    ),
]


def _relation(r: DocResult, wanted: tuple[str, str, str], *, negated: bool = False) -> Relation:
    found = [x for x in r.relations if triple(r, x) == wanted and x.negated == negated]
    assert found, [(triple(r, x), x.negated) for x in r.relations]
    return found[0]


@pytest.mark.parametrize(("text", "wanted", "voice", "speaker", "words"), SPEAKERS)
def test_the_speaker_of_each_relation(
    nlp, text: str, wanted: tuple[str, str, str], voice: str, speaker: str | None, words: str | None
) -> None:
    r = extract_one(text, nlp)
    ev = _relation(r, wanted).evidence
    names = {e.id: e.name for e in r.entities}
    assert (ev.voice, names.get(ev.speaker or ""), ev.speaker_text) == (voice, speaker, words)


def test_a_denial_reports_the_relation_negated(nlp) -> None:
    r = extract_one("Ana Lima denied that Brazil had attacked Chile.", nlp)
    ev = _relation(r, ("Brazil", "attacks", "Chile"), negated=True).evidence
    assert ev.voice == "reported" and ev.speaker_text == "Ana Lima"
    assert not [x for x in r.relations if triple(r, x) == ("Brazil", "attacks", "Chile") and not x.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Had Ana Reyes denied that Brazil attacked Chile, the talks would have failed.",
        "If Ana Reyes says that Brazil attacked Chile, the talks will fail.",
        # an inverted auxiliary supposes, even where the parser makes the verb the root
        "In July Tom Hale pleaded guilty and was jailed for two years - it would have been longer had he "
        "denied that Brazil attacked Chile.",
    ],
)
def test_a_condition_is_no_one_saying_it(nlp, text: str) -> None:
    r = extract_one(text, nlp)
    found = [x for x in r.relations if triple(r, x) == ("Brazil", "attacks", "Chile")]
    assert found and all(x.evidence.voice == "article" and not x.negated for x in found)


def test_a_quotation_cut_where_the_narration_starts(nlp) -> None:
    text = 'Ana Reyes said: "Brazil will send aid. Reyes flew to Peru. "Our team is ready," she added.'
    p = next(parse(nlp, text))
    said = find(p.mentions)
    quoted = sorted(p.doc[a:b].text for x in said for a, b in x.quoted)
    assert quoted == ['"Brazil will send aid.', '"Our team is ready,"']


def test_a_cut_piece_that_names_its_own_speaker_is_cut_again(nlp) -> None:
    """The first cut stops at a sentence naming the next quotation's speaker; the piece before
    it goes on with the speaker of the sentence before, and names that one: narration too."""
    text = (
        'Ana Reyes spoke on Monday. "I told the club I would stay," she said. "My age is the main '
        "concern. Reyes joined Acme from Globex in 2003. But her work impressed Tom Hale. "
        '"She is a hero," said Hale.'
    )
    r = extract_one(text, nlp)
    found = [
        x for x in r.relations if triple(r, x)[0] == "Ana Reyes" and triple(r, x)[2] in ("Acme", "Globex")
    ]
    assert found and all(x.evidence.voice == "article" for x in found), [
        (triple(r, x), x.evidence) for x in found
    ]


@pytest.mark.parametrize(
    ("text", "word", "reported"),
    [
        ('Ana Reyes said: "The (Chilean) team will help us."', "Chilean", False),
        # a name's short form right after it is no editor's note
        ("Ana Reyes said the Walden Foundation (WF) would open an office.", "WF", True),
        ("Ana Reyes said the export aid programme (EAP) would help Peru.", "EAP", True),
    ],
)
def test_brackets_in_a_report(nlp, text: str, word: str, reported: bool) -> None:
    p = next(parse(nlp, text))
    at = next(t.i for t in p.doc if t.text == word)
    assert any(a.covers(at) for a in find(p.mentions)) == reported


def test_evidence_fields_in_the_extract_json(nlp) -> None:
    r = extract_one("Officials said Brazil would send aid to Chile. Brazil sent aid to Peru.", nlp)
    evidence = {
        x["object"]: x["evidence"] for x in r.to_json()["relations"] if x["predicate"] == "providesAidTo"
    }
    names = {e.id: e.name for e in r.entities}
    by_name = {names[k]: v for k, v in evidence.items()}
    assert by_name["Chile"]["voice"] == "reported" and by_name["Chile"]["speaker_text"] == "Officials"
    assert "speaker" not in by_name["Chile"]
    assert by_name["Peru"]["voice"] == "article" and "speaker_text" not in by_name["Peru"]
    again = DocResult.from_value(r.doc, r.to_json())
    assert again.relations == r.relations


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said: "One. Two." Then he left.', ['"One. Two."']),
        ('"One," he said. "Two," she said.', ['"One,"', '"Two,"']),
        # news style: a quotation that goes on opens again and closes once
        ('"One. "Two," he said.', ['"One. "Two,"']),
        ("\u201cOne,\u201d he said.", ["\u201cOne,\u201d"]),
        # an open quotation does not run on into a paragraph that does not continue it
        ('"One.\n\nTwo, he said.', []),
        ('"One.\n\n"Two," he said.', ['"One.\n\n"Two,"']),
    ],
)
def test_quotations(nlp, text: str, quoted: list[str]) -> None:
    p = next(parse(nlp, text))
    assert [p.doc[a:b].text for a, b in quotations(p.mentions)] == quoted


def test_pieces_keep_their_speaker() -> None:
    lima = {"id": "e0", "name": "Ana Lima", "type": "Person", "merges": [], "mentions": []}
    chile = {"id": "e0", "name": "Chile", "type": "Place", "merges": [], "mentions": []}
    peru = {"id": "e1", "name": "Peru", "type": "Place", "merges": [], "mentions": []}
    rel = {
        "subject": "e0",
        "predicate": "visits",
        "object": "e1",
        "confidence": 0.9,
        "negated": False,
        "evidence": {
            "start": 0,
            "end": 9,
            "text": "x",
            "voice": "reported",
            "speaker": "e0",
            "speaker_text": "Chile",
        },
    }
    first = {"entities": [lima], "relations": []}
    second = {"entities": [chile, peru], "relations": [rel]}
    joined = join([(0, first), (100, second)])
    ids = {e["name"]: e["id"] for e in joined["entities"]}
    ev = joined["relations"][0]["evidence"]
    assert ev["speaker"] == ids["Chile"] == "e1" and ev["start"] == 100
