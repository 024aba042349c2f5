"""Names and roles as wire copy and the BBC write them: firms the recognizer splits, short forms
of a firm in one article, money and adverbs that are no actors, and the roles of titles."""

from __future__ import annotations

import re

import pytest

from kg.nlp.extract import extract_one
from kg.nlp.spans import kind_by_phrase
from kg.settings import Settings
from tests.helpers import names_of, same_entity, triples

# (text, actors with their types the graph must have, names that must not be actors)
NAMES = [
    (
        "British and Commonwealth Shipping Co said it would bid for the Dover ferry line.",
        {"British and Commonwealth Shipping Co": "Organization"},
        {"Commonwealth Shipping Co", "British"},
    ),
    (
        "The Department for Education and Skills said the new schools would open in May.",
        {"Department for Education and Skills": "Organization"},
        {"Skills"},
    ),
    (
        "Kestrel Corp Ltd of Canada named Ann Ross president of Kestrel Holdings (U.K.) Ltd on Monday.",
        {"Kestrel Holdings (U.K.) Ltd": "Organization", "Canada": "Place"},
        {"Kestrel Holdings"},
    ),
    (
        "The bank lent the mine 35 mln U.S. Dlrs and signed a U.S. Dlr financing package. "
        "Dollar General Corp said it would open 40 stores.",
        {"Dollar General Corp": "Organization"},
        {"U.S. Dlrs", "U.S. Dlr financing package"},
    ),
    (
        "Thirdly, Sony said its prices would rise in the spring.",
        {"Sony": "Organization"},
        {"Thirdly"},
    ),
    # a body's office before a name holds a person, though a common noun qualifies the office
    ("The ethics committee chairman Fernand Dorval called for caution.", {"Fernand Dorval": "Person"}, set()),
    ("Opposition party leader Fernand Dorval said the vote was lost.", {"Fernand Dorval": "Person"}, set()),
    # a unit after an amount, which is a firm's acronym elsewhere
    (
        "The new drive stores 40 MB of data and costs 300 dlrs, Delmont Corp said.",
        {"Delmont Corp": "Organization"},
        {"MB"},
    ),
    (
        "Niels Brink, co-founder of Amsterdam-based Webmetrix, said browsers were changing.",
        {"Amsterdam": "Place"},
        {"Amsterdam-based"},
    ),
    (
        "Sara Radicati, an analyst at the Radicati Group, said spam had doubled.",
        {"Radicati Group": "Organization", "Sara Radicati": "Person"},
        set(),
    ),
    # a name inside a title set off as one is no actor
    (
        "Geoffrey Rush starred in The Ballad of Jimmy Doyle, which opened in London; her single "
        '"Streets of Denver" reached number one.',
        {"London": "Place"},
        {"Jimmy Doyle", "Denver", "Ballad of Jimmy Doyle"},
    ),
    # no one's given name starts a firm's name; a minister's title is no organization
    (
        "Hawaiian Electric said the purchase was approved, and Bank Gutzwiller agreed.",
        {"Hawaiian Electric": "Organization", "Bank Gutzwiller": "Organization"},
        set(),
    ),
    (
        "Oman's Minister of State for Trade and Industry, Salim al-Harthy, spoke on Monday.",
        {"Salim al-Harthy": "Person"},
        {"State for Trade and Industry"},
    ),
    # a peer's territorial title and a run of titles name no one; a party before a title goes
    (
        "Tory Lord Campbell of Alloway said the bill was wrong, and Lord Chief Justice Lord Woolf agreed.",
        {"Campbell": "Person", "Woolf": "Person"},
        {"Alloway", "Tory Lord Campbell", "Chief", "Lord Chief"},
    ),
    # the noun of a body ends its name
    (
        "VW Supervisory board chairman Karl Ratjen said the tapes had been erased.",
        {"VW Supervisory board": "Organization", "Karl Ratjen": "Person"},
        {"VW Supervisory"},
    ),
    (
        "With the death of Sen. Edward\nZorinsky (D-Neb.), farmers lost a friend, and B.C. Resources "
        "Investment Corp said it would sell its stake in F-Secure.",
        {
            "Edward Zorinsky": "Person",
            "B.C. Resources Investment Corp": "Organization",
            "F-Secure": "Organization",
        },
        {"Edward", "Resources Investment Corp", "Secure"},
    ),
    (
        "WEST TEXAS CRUDE RISES\n\nWest Texas Intermediate crude rose 50 cts, a Reuter survey showed. "
        "The Lord Chief Justice, Lord Woolf, said so, and Mr King agreed.",
        {"Woolf": "Person", "King": "Person"},
        {"WEST", "Justice", "Lord Chief Justice"},
    ),
    (
        "Nick Davies won a prize at the National Book Awards in New York on Wednesday.",
        {"National Book Awards": "Event", "Nick Davies": "Person"},
        set(),
    ),
    (
        "He said the U.S. Would have to act, and the carrier Jet Airways, India's largest, agreed.",
        {"U.S.": "Place", "Jet Airways": "Organization", "India": "Place"},
        {"U.S. Would", "Jet Airways, India"},
    ),
    # a post's portfolio the recognizer ran into the name of the one who holds the post
    (
        "Indonesia's Minister of Mines and Energy Sudarsono told reporters that output would rise. "
        "Sudarsono, an economist, said OPEC was firm.",
        {"Sudarsono": "Person", "OPEC": "Organization"},
        {"Energy Sudarsono"},
    ),
    (
        "Minister of Mines Peter Mwanawasa confirmed the copper diversion on Tuesday.",
        {"Peter Mwanawasa": "Person"},
        {"Mines Peter Mwanawasa"},
    ),
    (
        "The Chairman of General Motors Roger Smith said so, and Minister of Finance Yasushi Mieno agreed.",
        {"General Motors": "Organization", "Roger Smith": "Person", "Yasushi Mieno": "Person"},
        {"Motors", "Mieno"},
    ),
    # a modal verb's word that is a surname, with no verb after it, stays in the name
    (
        "The shadow work and pensions secretary, Theresa May, said the law would be repealed. "
        "Guitarist Brian May and drummer Roger Taylor played on.",
        {"Theresa May": "Person", "Brian May": "Person", "Roger Taylor": "Person"},
        {"Theresa", "Brian"},
    ),
    (
        "Tory spokeswoman Theresa May said the plans were inadequate, and the U.S. May be next.",
        {"Theresa May": "Person", "U.S.": "Place"},
        {"Theresa", "U.S. May"},
    ),
    (
        "Asked whether it would act, he said the U.S. Would, if asked.",
        {"U.S.": "Place"},
        {"U.S. Would"},
    ),
    # a nationality written as a noun is not part of the name
    (
        "Six-time world champion Welshman Ray Reardon said he was pleased with the draw.",
        {"Ray Reardon": "Person"},
        {"Welshman Ray Reardon"},
    ),
    # a post's title the recognizer ran into a person's name, as one organization's, is no body
    (
        "U.S. Trade Representative Clayton Yeutter said yesterday that the plan would fail, and "
        "National Security Adviser Brent Scowcroft agreed.",
        {"Clayton Yeutter": "Person", "Brent Scowcroft": "Person"},
        {"U.S. Trade Representative Clayton Yeutter", "National Security Adviser Brent Scowcroft"},
    ),
    (
        "Federal Judge Cecil Miller ruled against the company, and the Queen Elizabeth College said "
        "fees would rise.",
        {"Cecil Miller": "Person", "Queen Elizabeth College": "Organization"},
        {"Federal Judge Cecil Miller", "Elizabeth College"},
    ),
    # nor is a party's word before a politician's name, nor a disc jockey's "DJ"
    (
        "Labour says it will study the plans, but Tory Liam Fox said his party had a clear choice on tax.",
        {"Liam Fox": "Person", "Labour": "Organization"},
        {"Tory Liam Fox"},
    ),
    (
        "The campaign was criticised by Lib Dem Norman Baker, who said it cost too much. Lib Dem "
        "Baker said so again, and Tory Burch said the shop would open in May.",
        {"Norman Baker": "Person", "Tory Burch": "Person"},
        {"Lib Dem Norman Baker", "Dem Norman Baker", "Lib Dem Baker", "Burch"},
    ),
    (
        "Dance music is not dead, says DJ Norman Cook, and the station said DJ Huw Stephens would "
        "present the late show.",
        {"Norman Cook": "Person", "Huw Stephens": "Person"},
        {"DJ Norman Cook", "DJ Huw Stephens"},
    ),
    # what the news recognizer reads as a name of no actor (an award, an index, a product) stays
    # no actor when the base model calls it an organization
    (
        "The film took the Academy Award for best picture, the studio said.",
        {},
        {"Academy Award"},
    ),
    (
        "The Dow Jones index had risen 20 points by late morning.",
        {},
        {"Dow Jones"},
    ),
    (
        "Ford showed the Land Rover LR3/Discovery at the North American International Auto Show in Detroit.",
        {"Ford": "Organization", "North American International Auto Show": "Event", "Detroit": "Place"},
        {"Land Rover LR3/Discovery"},
    ),
    # a film, a sitcom or a song is a work, however the recognizer typed its name
    (
        "She appeared in sitcom Black Books with Dylan Moran.",
        {"Black Books": "Work", "Dylan Moran": "Person"},
        set(),
    ),
    # a work noun sport uses too ("hit", "series", "game") announces a title after a media word or
    # another work noun, though the tagger reads "hit" as a verb; "animation" and "serial" are works
    (
        "The launch of US television hit Desperate Housewives lifted the channel's share of viewers.",
        {"Desperate Housewives": "Work"},
        set(),
    ),
    (
        "At the same ceremony cartoon hit The Incredibles took the prize for animated feature.",
        {"Incredibles": "Work"},
        set(),
    ),
    ("Fans of the video game Halo queued overnight in London.", {"Halo": "Work", "London": "Place"}, set()),
    (
        "The festival showed the new Pixar animation The Incredibles for the first time in Europe.",
        {"Incredibles": "Work"},
        set(),
    ),
    (
        "Soaps are back on US screens, after the success of ABC serial Desperate Housewives.",
        {"Desperate Housewives": "Work", "ABC": "Organization"},
        set(),
    ),
    # ... and a title so announced goes on through its colon into its subtitle
    (
        "He will first direct the season finale of US television series CSI: Crime Scene Investigation.",
        {"CSI: Crime Scene Investigation": "Work"},
        {"CSI", "Crime Scene Investigation"},
    ),
    # ... though not before a title word, which the title's run would make a person's
    (
        "Last year Aguilera won an award for the hit track Lady Marmalade with Lil' Kim, Maya and Pink.",
        {"Aguilera": "Person", "Maya": "Person"},
        {"Marmalade with Lil", "Lady Marmalade with Lil"},
    ),
    # ... and not alone, where sport's copy uses it for a match
    (
        "Wenger said the game Arsenal lost was a lesson.",
        {"Wenger": "Person", "Arsenal": "Organization"},
        set(),
    ),
    # a clause on a work noun with an object of its own is the parser's misreading of the title's
    # sentence, not "the film Tom Hanks made"
    (
        "Comedy drama Desperate Housewives managed to attract six million viewers on Sunday.",
        {"Desperate Housewives": "Work"},
        set(),
    ),
    # ... but a clause of the noun's sentence is the parser's reading still
    (
        "For those who prefer live TV to a downloaded movie NEC is showing a handset, sold in China, "
        "which can receive analogue TV.",
        {"NEC": "Organization", "China": "Place"},
        set(),
    ),
    # a name ends before the words in small letters the recognizer ran it on into, but with a
    # body's word ("subcommittee")
    (
        "Big changes are coming, he said, as firms such as the BBC offer TV content over the net.",
        {"BBC": "Organization"},
        {"BBC offer"},
    ),
    (
        "The Senate Agriculture subcommittee responsible for the bill met on Monday.",
        {"Senate Agriculture subcommittee": "Organization"},
        {"Senate Agriculture subcommittee responsible", "Senate Agriculture"},
    ),
    ("The survey by Williams et al found no link.", {}, {"Williams et al"}),
    # ... though not the words a hyphen joins to it, nor to end with an initial
    (
        "Korea Development Bank governor Yoo Ji-chang said exports would rise.",
        {"Yoo Ji-chang": "Person", "Korea Development Bank": "Organization"},
        {"Yoo Ji"},
    ),
    ("Shoppers at the Flint K mart store said prices were low.", {"Flint K mart": "Organization"}, set()),
    # ... nor a foreign article alone, nor a name of a currency's words
    (
        "Unless it gets relief, the utility will go bankrupt, he said. La electricidad's problems stem "
        "from a decision in December.",
        {"La electricidad": "Organization"},
        {"La"},
    ),
    (
        "Viewers are sick of award ceremonies, according to some LA film critics.",
        {},
        {"LA film"},
    ),
    (
        "The exchange trades three currency futures -- on Deutsche marks, Japanese yen and British pounds.",
        {},
        {"Deutsche"},
    ),
    # a title runs on through "and" into a word that is no one's name, and is the same work
    # where the article names it again
    (
        "Robert De Niro is back at the top with his film Hide and Seek. In Hide and Seek, De Niro "
        "plays a widower.",
        {"Hide and Seek": "Work", "Robert De Niro": "Person"},
        {"Hide", "Seek"},
    ),
    (
        "Tulip Fever, the film, was delayed by Miramax.",
        {"Tulip Fever": "Work"},
        set(),
    ),
    # a verb of saying in capitals before a title is no part of the name; a given name "Said" is
    (
        'Analyst Ian Fogg said the Mac mini was small. Said Mr Fogg: "It is very much a computer." '
        "Said Musa, the former prime minister of Belize, agreed.",
        {"Ian Fogg": "Person", "Said Musa": "Person"},
        {"Said Mr Fogg", "Mr Fogg"},
    ),
    # the kind of firm before a name, set off by a comma or not, makes it a firm
    (
        "The world's biggest confectionery firm, Cadbury Schweppes, has reported a rise in profits, "
        "and a spokesman for distributor Toho said the film was a hit.",
        {"Cadbury Schweppes": "Organization", "Toho": "Organization"},
        set(),
    ),
    (
        "The firm that might woo SSL was Anglo-Dutch household products group Reckitt Benckiser.",
        {"Reckitt Benckiser": "Organization"},
        set(),
    ),
    # a publisher or a broadcaster may be a person
    (
        "Apple sought information from the service provider of PowerPage's publisher Jason O'Grady "
        "and veteran broadcaster David Dimbleby.",
        {"Jason O'Grady": "Person", "David Dimbleby": "Person"},
        set(),
    ),
    # a party's members are named with its first word, not by its last
    (
        "Liberal Democrat deputy leader Menzies Campbell said the party would oppose it, and Christian "
        "Democrat leaders agreed on Monday.",
        {"Menzies Campbell": "Person"},
        {"Democrat"},
    ),
    # a European firm's name goes on through its language's linking word, and is no one's
    (
        "It lends to Istituto Bancario San Paolo di Torino, the Italian bank.",
        {"Istituto Bancario San Paolo di Torino": "Organization"},
        {"Torino", "Istituto Bancario San Paolo"},
    ),
    # a firm's name that opens with a possessive, the rest words of the language
    (
        "Takeover talk buoyed Wendy's International Inc's stock, and Claire's Stores Inc said sales rose.",
        {"Wendy's International Inc": "Organization", "Claire's Stores Inc": "Organization"},
        {"Wendy", "International Inc", "Claire", "Stores Inc"},
    ),
    # ... not a country's firm, an owner's firm of a name of its own, nor after "&"
    (
        "Britain's Redland Plc, Icahn's Transworld Airlines Inc and Standard & Poor's Asia Inc agreed, "
        "and IBM's Information Systems Group joined Simon and Schuster's International Group.",
        {"Redland Plc": "Organization", "Transworld Airlines Inc": "Organization"},
        {
            "Britain's Redland Plc",
            "Icahn's Transworld Airlines Inc",
            "Poor's Asia Inc",
            "IBM's Information Systems Group",
            "Schuster's International Group",
        },
    ),
    (
        "Britain's National Bus Co was sold, Morgan Grenfell's Investment Management Ltd cut its stake, "
        "Marks & Spencer's Financial Services Ltd lent more, the bank's Investment Services Ltd "
        "made a loss and Kinnock's Labor Party won.",
        {"National Bus Co": "Organization", "Labor Party": "Organization"},
        {
            "Britain's National Bus Co",
            "Grenfell's Investment Management Ltd",
            "Spencer's Financial Services Ltd",
            "bank's Investment Services Ltd",
            "Kinnock's Labor Party",
        },
    ),
    # an owner's unit: the word opens another firm's name of the article or ends a person's
    (
        "TRW Inc's Federal Systems Group won a contract. PepsiCo Inc said PepsiCo's Taco Bell Corp would "
        "grow. Burt Sugarman said a unit of Sugarman's Giant Group Ltd sold its stake. A unit of Morgan\n"
        "Grenfell's Investment Management Ltd sold too. Ciba-Geigy Ltd said Ciba's Vision Group Inc "
        "would grow.",
        {"Federal Systems Group": "Organization", "Taco Bell Corp": "Organization"},
        {
            "Inc's Federal Systems Group",
            "PepsiCo's Taco Bell Corp",
            "Sugarman's Giant Group Ltd",
            "Grenfell's Investment Management Ltd",
            "Ciba's Vision Group Inc",
        },
    ),
    # ... also a Portuguese firm's into a word the recognizer read as a person's
    (
        "Shares in Banco do Brasil rose 3 pct, and the Jornal do Brasil newspaper said the plan would fail.",
        {"Banco do Brasil": "Organization", "Jornal do Brasil": "Organization"},
        {"Brasil", "Banco", "Jornal"},
    ),
    # ... not a person's name after a given name or a possessive
    (
        "Carlo di Benedetti said Salomon's di Clemente agreed, and Brasil suspended payments.",
        {"Brasil": "Place"},
        {"Carlo di Benedetti", "Salomon's di Clemente"},
    ),
    # what the base model calls a nationality is a group only when it names a people, a faith
    # or a party's members
    (
        "The track samples Five to One by The Doors, and security firms warn of a Windows virus, "
        "while the Israelis and Roman Catholics disagreed.",
        {"Israelis": "Group", "Roman Catholics": "Group"},
        {"Windows", "Doors", "The Doors"},
    ),
    (
        "She was the first Olympian to win, and the clearing firm Clearstream agreed.",
        {},
        {"Olympian"},
    ),
    # a work noun the tagger reads as an adjective, with words between it and the determiner
    (
        "Critics loved the hit musical Blood Brothers, which closed in London.",
        {"Blood Brothers": "Work", "London": "Place"},
        set(),
    ),
    (
        "The West End musical Blood Brothers closed after 24 years.",
        {"Blood Brothers": "Work"},
        set(),
    ),
    # a title runs through a clitic the tokenizer parts, not through a day or past a number
    (
        "U2's latest single Sometimes You Can't Make It On Your Own took the top spot.",
        {"Sometimes You Can't Make It On Your Own": "Work"},
        {"Sometimes You Ca"},
    ),
    (
        "Tony Blair bought two copies of the charity single Band Aid 20 in Edinburgh on Friday.",
        {"Band Aid 20": "Work", "Edinburgh": "Place", "Tony Blair": "Person"},
        set(),
    ),
    (
        "Tom Hanks starred in the film Sleepless in Seattle with Meg Ryan.",
        {"Sleepless in Seattle": "Work", "Meg Ryan": "Person"},
        {"Seattle"},
    ),
    # a work noun the tagger reads as an adjective, one in apposition, a year in brackets
    (
        "Pete Hautman won the young people's literature prize for his novel Godless.",
        {"Godless": "Work", "Pete Hautman": "Person"},
        set(),
    ),
    (
        "Soldier debuted at number four, while Almost Here, the duet from former Westlife star "
        "Brian McFadden, entered at three.",
        {"Almost Here": "Work", "Brian McFadden": "Person"},
        set(),
    ),
    (
        "Stars who failed to win included Humphrey Bogart in Casablanca (1944) and Al Jolson in the Jazz "
        "Singer (1927).",
        {"Casablanca": "Work", "Humphrey Bogart": "Person"},
        set(),
    ),
    # no apposition of a preposition's object; a possessive work noun is no title's
    (
        "Set in South Wales, the film is about a teenage single mother. Wood, the film's director, "
        "said little.",
        {"South Wales": "Place", "Wood": "Person"},
        set(),
    ),
    # a club's name no gazetteer knows before a team's role is the club; a country's is the country
    (
        "Nottingham Forest boss Gary Megson could face a trip back to his old club.",
        {"Nottingham Forest": "Organization", "Gary Megson": "Person"},
        set(),
    ),
    (
        "Mick Jones, the former Clash guitarist who produced the album, introduced the band.",
        {"Clash": "Organization", "Mick Jones": "Person"},
        set(),
    ),
    (
        "Scotland manager Berti Vogts named his squad on Monday.",
        {"Scotland": "Place", "Berti Vogts": "Person"},
        set(),
    ),
    # an occupation ending in -ee is no part of a name; a seat is a place; a price's sign is no
    # part of a shop's name
    (
        "Referee Jonathan Kaplan sent off two players in the second half.",
        {"Jonathan Kaplan": "Person"},
        {"Referee Jonathan Kaplan"},
    ),
    (
        "Labour's candidate in Bristol West said she would hold the seat.",
        {"Bristol West": "Place", "Labour": "Organization"},
        set(),
    ),
    # the words around a seat make it a place: a member sits "for" it, it is a seat's "of", or it
    # names the seat or the by-election after it (the recognizer reads seats as bodies); a body's
    # seat, a party's seat and a titled person are no seats
    (
        "Ms Hale first stood for the Sheffield Hallam seat in 1992 and later entered Parliament for "
        "Sheffield Brightside.",
        {"Sheffield Hallam": "Place", "Sheffield Brightside": "Place"},
        set(),
    ),
    (
        "Tony Blair, the MP for Sedgefield, spoke to voters in the town on Friday.",
        {"Sedgefield": "Place", "Tony Blair": "Person"},
        set(),
    ),
    (
        "The Liberal Democrats hope to take the Guildford seat from the Conservatives.",
        {"Guildford": "Place", "Liberal Democrats": "Organization"},
        set(),
    ),
    (
        "Labour won the Hartlepool by-election, and the seat of Dewsbury is now a target.",
        {"Hartlepool": "Place", "Dewsbury": "Place", "Labour": "Organization"},
        set(),
    ),
    (
        "He gave up his Senate seat and a Toronto Stock Exchange seat, and Mr Nasty seat was a joke.",
        {"Senate": "Organization", "Toronto Stock Exchange": "Organization", "Nasty": "Person"},
        set(),
    ),
    # the recognizer's people: a British town or county and the compass are a seat, Kanye West a person
    (
        "Seats the party hopes to win are Dorset West, Edinburgh South, Oldham East and Leeds North West.",
        {
            "Dorset West": "Place",
            "Edinburgh South": "Place",
            "Oldham East": "Place",
            "Leeds North West": "Place",
        },
        set(),
    ),
    (
        "Kanye West and Oliver North attended the premiere.",
        {"Kanye West": "Person", "Oliver North": "Person"},
        set(),
    ),
    (
        "Prints at Snappy Snaps £4.99 were cut, the BBC said.",
        {"BBC": "Organization"},
        {"Snappy Snaps £"},
    ),
    # a firm's noun right before a name makes it the firm
    (
        "Malaysia's state oil company Petronas will cut output. Petronas said demand was weak.",
        {"Petronas": "Organization", "Malaysia": "Place"},
        set(),
    ),
    # a firm's word ends a firm's name, whatever the recognizer typed it
    (
        "Mengniu Dairy, which makes milk, raised 1.2bn yuan in Hong Kong.",
        {"Mengniu Dairy": "Organization", "Hong Kong": "Place"},
        set(),
    ),
    # an occupation written as a title before a name is no part of it
    (
        "Actress Anna Keaveney, who appeared in Brookside, has died aged 55.",
        {"Anna Keaveney": "Person"},
        {"Actress Anna Keaveney"},
    ),
    # an abbreviation of a thing is no body; a minister's brief is no actor
    (
        "The IPO valued the firm at $1bn, and ADSL broadband now reaches 5 million homes, the BBC said.",
        {"BBC": "Organization"},
        {"IPO", "ADSL"},
    ),
    (
        "Sales of PVRs and DVDs rose, Sony said.",
        {"Sony": "Organization"},
        {"PVRs", "DVDs"},
    ),
    (
        "Civil Aviation minister Praful Patel said the airline would be sold.",
        {"Praful Patel": "Person"},
        {"Civil Aviation"},
    ),
    # the whole title a work noun announces is one work, with no name cut from it
    (
        "Colombian drama Rosa Full of Sorrow, about a young nurse, won the main prize in Berlin.",
        {"Rosa Full of Sorrow": "Work", "Berlin": "Place"},
        {"Rosa Full", "Sorrow"},
    ),
    (
        "The BBC's flagship music programme Top of the Charts is to move to BBC Two.",
        {"Top of the Charts": "Work", "BBC": "Organization"},
        {"Top"},
    ),
    (
        "The band's album Letters From Rome has moved up to number three.",
        {"Letters From Rome": "Work"},
        {"Rome"},
    ),
    # not a name's own word ("the UK Film Council"), nor a person after "and", nor a match
    (
        "The UK Film Council gave money to the film Tarn and Mike Leigh's latest project.",
        {"UK Film Council": "Organization", "Tarn": "Work", "Mike Leigh": "Person"},
        {"Council"},
    ),
    (
        "Chelsea won the game Arsenal had to win, said Mourinho.",
        {"Arsenal": "Organization"},
        set(),
    ),
    # a name before a team's role is the team, even one that is also a given name
    (
        "Chelsea boss Jose Mourinho has praised his side after the win.",
        {"Chelsea": "Organization", "Jose Mourinho": "Person"},
        set(),
    ),
    # an office "of" a budget is an office, a budget a work
    (
        "The Office of Management and Budget said the deficit would rise.",
        {"Office of Management and Budget": "Organization"},
        set(),
    ),
    # founders before a comma are part of their firm's name, a town before a comma is not
    (
        "Sears, Roebuck and Co said it will restructure its distribution operations.",
        {"Sears, Roebuck and Co": "Organization"},
        {"Sears", "Roebuck and Co"},
    ),
    (
        "In New York, Alex Brown and Sons Inc said it would buy the firm.",
        {"Alex Brown and Sons Inc": "Organization", "New York": "Place"},
        set(),
    ),
    # people of a trade in the plural before one name: a firm of them, not a person
    (
        "According to consultants Strategy Analytics, only 12% of homes in Europe will have such TVs "
        "by 2008.",
        {"Strategy Analytics": "Organization"},
        set(),
    ),
    (
        "The figures come from analysts Gartner and IDC, which track the market.",
        {"Gartner": "Organization"},
        set(),
    ),
    (
        "The firm hired investment bankers Dennis Levine and Martin Siegel in 1985.",
        {"Dennis Levine": "Person", "Martin Siegel": "Person"},
        set(),
    ),
    # a people in the plural before a name is no part of it
    (
        "Arsenal were handed a home tie against fellow Londoners West Ham, who must first win their replay.",
        {"West Ham": "Organization"},
        {"Londoners West Ham"},
    ),
    (
        "The Swiss Re group said its profits rose by a third last year.",
        {"Swiss Re": "Organization"},
        set(),
    ),
    (
        "The Queen inspected the Scots Guards at Windsor on Monday.",
        {"Scots Guards": "Organization"},
        set(),
    ),
    # a country's name in a book's title is still the country where the article names it alone
    (
        "The row came after the publication of a new book, Brown's Britain by Robert Peston. Lower "
        "taxes are needed to make Britain more competitive, the Tories say.",
        {"Britain": "Place", "Robert Peston": "Person"},
        set(),
    ),
    # a town right before a sports role is its club; a country, its national side, stays a place
    (
        "Claudio Ranieri has been sacked as Valencia coach eight months after taking charge.",
        {"Valencia": "Organization", "Claudio Ranieri": "Person"},
        set(),
    ),
    (
        "West Ham boss Alan Pardew said England coach Sven-Goran Eriksson had called him.",
        {"West Ham": "Organization", "England": "Place"},
        set(),
    ),
    # the words around one mention outweigh the model's reading of the others; a personal title
    # outweighs the words around one
    (
        "Coach Ranieri sacked by Valencia\n\nClaudio Ranieri has been sacked as Valencia coach. He took "
        "over the Valencia job in June and first took charge of Valencia in 1997.",
        {"Valencia": "Organization"},
        set(),
    ),
    (
        "Leading British computer games maker Peter Molyneux has been made an OBE. Mr Molyneux has been "
        "behind many games. Mr Molyneux said the honour was a surprise.",
        {"Peter Molyneux": "Person"},
        set(),
    ),
    (
        "A Frankfurt fund manager said shares in Leicester would rise.",
        {"Frankfurt": "Place"},
        set(),
    ),
    # partners' names with commas between them and "and" before the last are one firm
    (
        "The stock was sold to a syndicate managed by Donaldson, Lufkin and Jenrette Securities Corp "
        "on Monday.",
        {"Donaldson, Lufkin and Jenrette Securities Corp": "Organization"},
        {"Donaldson", "Lufkin", "Jenrette Securities Corp"},
    ),
    (
        "The offering is led by Merrill Lynch, Pierce, Fenner and Smith Inc and Prescott, Ball and "
        "Turben Inc on Monday.",
        {
            "Merrill Lynch, Pierce, Fenner and Smith Inc": "Organization",
            "Prescott, Ball and Turben Inc": "Organization",
        },
        {"Pierce", "Fenner", "Prescott", "Ball", "Turben Inc"},
    ),
    (
        "The book was published by Holt, Rinehart and Winston Inc in New York.",
        {"Holt, Rinehart and Winston Inc": "Organization"},
        {"Holt", "Rinehart and Winston Inc"},
    ),
    # but three firms listed, or firms each with its legal form, stay apart
    (
        "Shares of Ford, Chrysler and General Motors Corp rose on Monday.",
        {"Ford": "Organization", "Chrysler": "Organization", "General Motors Corp": "Organization"},
        set(),
    ),
    (
        "The underwriters are Advest Inc, Blunt Ellis and Loewi Inc, the company said.",
        {"Advest Inc": "Organization", "Blunt Ellis and Loewi Inc": "Organization"},
        set(),
    ),
    (
        "The issue is led by Merrill Lynch Capital Markets, Lazard Freres and Co and Salomon Brothers Inc "
        "of New York.",
        {"Merrill Lynch Capital Markets": "Organization", "Lazard Freres and Co": "Organization"},
        set(),
    ),
    # a plural is no one person
    ("He spent three Christmases in prison with Tom Hale.", {"Tom Hale": "Person"}, {"Christmases"}),
    (
        "Cosmetic surgery series Nip/Tuck beat The Sopranos and Deadwood to the drama title.",
        {},
        {"Sopranos"},
    ),
    ("Williams said the deal was done.", {"Williams": "Person"}, set()),
    # a name the recognizer calls a place, the base model a person and the gazetteer nothing
    (
        "His career breakthrough came when he won first prize at the Gino Marinuzzi conducting competition.",
        {"Gino Marinuzzi": "Person"},
        set(),
    ),
    (
        "Floods hit Tunbridge Wells and Sierra Leone.",
        {"Tunbridge Wells": "Place", "Sierra Leone": "Place"},
        set(),
    ),
    # a continent the recognizer calls an organization stands for its countries, a place
    (
        "Anna Kohl favours reforms to pull Europe back from the brink.",
        {"Europe": "Place", "Anna Kohl": "Person"},
        set(),
    ),
    # two names hyphened that the gazetteer knows as one place are that place
    (
        "Halden Corp opened an Asia-Pacific office in Hong Kong last month.",
        {"Asia-Pacific": "Place", "Hong Kong": "Place"},
        {"Pacific", "Asia"},
    ),
    # a name before a comma and a province is a town, but for a firm's and a list's
    (
        "Halden Mining Inc said its Crestwick, Quebec copper mine was shut by fire.",
        {"Crestwick": "Place", "Halden Mining Inc": "Organization"},
        set(),
    ),
    (
        "Norwest Corp., Minn., said profit rose. Title rivals Essex, Derbyshire and Surrey closed in.",
        {"Norwest Corp.": "Organization", "Essex": "Organization"},
        set(),
    ),
    # capitals in prose abbreviate an organization, not a person
    ("MITI said exports fell in January.", {"MITI": "Organization"}, set()),
    # a firm's name without its legal form is the firm, but for the person an apposition names
    (
        "Arthur Andersen and Co said the audit was complete. Arthur Andersen declined to comment.",
        {"Arthur Andersen": "Organization"},
        set(),
    ),
    (
        "Charles Schwab Corp said Charles Schwab, its founder, would retire.",
        {"Charles Schwab Corp": "Organization", "Charles Schwab": "Person"},
        set(),
    ),
    # a prize named in one word is no actor; a person who shares the word keeps it
    (
        "Jamie Foxx won an Oscar and a Bafta for his role.",
        {"Jamie Foxx": "Person"},
        {"Oscar", "Bafta"},
    ),
    (
        "Oscar Pistorius ran in London on Sunday.",
        {"Oscar Pistorius": "Person"},
        set(),
    ),
    # a prize named in two words; its longer name is an event
    (
        "Kate Halden, who has won a Golden Globe, is hoping to repeat her Golden Globe success.",
        {"Kate Halden": "Person"},
        {"Golden Globe"},
    ),
    (
        "Kate Halden won a Golden Globe last year and was at the Golden Globe Awards on Sunday.",
        {"Kate Halden": "Person", "Golden Globe Awards": "Event"},
        {"Golden Globe"},
    ),
    # a role the parser splits at its hyphen
    (
        "Chelsea left-back Wayne Bridge could miss the rest of the season.",
        {"Chelsea": "Organization", "Wayne Bridge": "Person"},
        set(),
    ),
    # a common noun that starts a sentence is no person, a lone surname is
    (
        "Analysis by officials and diplomats of the proposals shows that Britain would lose.",
        {"Britain": "Place"},
        {"Analysis"},
    ),
    (
        "Rumours circulated that the singer had left the band, the Daily Mirror said.",
        {"Daily Mirror": "Organization"},
        {"Rumours"},
    ),
    ("Walesa said the strike would go on.", {"Walesa": "Person"}, set()),
    # a holiday is no one, whatever the recognizer reads
    (
        "The break in hams was expected as Easter buying came to an end, traders said.",
        {"Easter": "Event"},
        set(),
    ),
    # an event named in one word
    (
        "Usher and Alicia Keys lead the nominations for the Grammys, to be held in Los Angeles.",
        {"Grammys": "Event", "Los Angeles": "Place"},
        set(),
    ),
    # wire copy puts a firm's name in angle brackets
    (
        "French ski maker\n<Skis Rossignol> said it agreed to buy <Lange Boots> of Italy.",
        {"Skis Rossignol": "Organization", "Lange Boots": "Organization", "Italy": "Place"},
        set(),
    ),
    # ... the whole name between the brackets, whatever the recognizer cut out of it, over a
    # wrapped line and in capitals too (kg.nlp.mend._wire_names); a ticker in small letters is none
    (
        "Marwick Department Stores Inc said its <Lord and Taylor> chain would open three stores in Ohio.",
        {"Lord and Taylor": "Organization"},
        {"Taylor", "and Taylor", "Lord"},
    ),
    (
        "<Cambrian and General Securities Plc> said the exchange had listed its shares again.",
        {"Cambrian and General Securities Plc": "Organization"},
        {"General Securities Plc", "Cambrian"},
    ),
    (
        "The offering will be managed by <Smith Barney, Harris Upham and Co Inc's> London unit.",
        {"Smith Barney, Harris Upham and Co Inc": "Organization"},
        {"Smith Barney", "Harris Upham and Co Inc"},
    ),
    (
        "Shares were placed with <Osborne and\nChappel Goldfields Ltd>, the company said.",
        {"Osborne and Chappel Goldfields Ltd": "Organization"},
        {"Osborne", "Chappel Goldfields Ltd"},
    ),
    (
        "Marathon said <NORTHERN PLAINS PIPE LINE CO> would buy the line.",
        {"NORTHERN PLAINS PIPE LINE CO": "Organization"},
        set(),
    ),
    ("Union Pacific Corp <unp> said its rail traffic rose 4 pct.", {}, {"unp"}),
    # a party's name (``party_names`` in the lexicon) the recognizer reads as a person, and one
    # member's, a party's word before a noun
    (
        "Plaid Cymru's transport spokesman Rhys Evans said the plan was wrong.",
        {"Plaid Cymru": "Organization"},
        set(),
    ),
    ("The figures were attacked by Labour and the Tories on Monday.", {"Labour": "Organization"}, set()),
    (
        "Meanwhile Ann Hale, Liberal Democrat health spokeswoman, said the figures were a worry.",
        {"Liberal Democrat": "Organization"},
        set(),
    ),
    ("Questions from viewers covered Lib Dem tax plans and crime.", {"Lib Dem": "Organization"}, set()),
    # a possessive that owns no noun ends a firm's name
    (
        "The bonds are rated A-1 by Moody's and A-plus by Standard and Poor's.\n    The gross spread is "
        "four dlrs.",
        {"Standard and Poor": "Organization"},
        {"Standard", "Poor"},
    ),
    # the kind of firm before a name says it is a firm
    (
        "German reinsurer Munich Re said its profits rose in the third quarter.",
        {"Munich Re": "Organization"},
        set(),
    ),
    (
        "Shares of distiller Hiram Walker rose, and mobile operator Cingular Wireless said it would "
        "cut prices. Record label Domino signed the band.",
        {"Hiram Walker": "Organization", "Cingular Wireless": "Organization", "Domino": "Organization"},
        set(),
    ),
    (
        "Egypt and Canada signed a trade agreement on Monday, officials said.",
        {"Egypt": "Place", "Canada": "Place"},
        {"trade agreement"},
    ),
    (
        # a firm's noun with a person's title before it is the person's role; a named appositive
        # is the next item of a list, not what the person is
        '"Nothing comes in to replace the funds," said The Libertine\'s executive producer Marc Samuelson. '
        "The plan was endorsed by Texas Savings and Loan Commissioner L.L. Bowman, the Federal Home Loan "
        "Bank of Dallas and the Texas Savings and Loan League. "
        "Malaysia's state oil company Petronas said it would bid.",
        {"Marc Samuelson": "Person", "L.L. Bowman": "Person", "Petronas": "Organization"},
        set(),
    ),
    (
        # a title the recognizer read into a firm's name makes it a person's; an office is no one
        "Opponents, including the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said it would "
        "separate the state from the Church of England. Mr Bishop of the Treasury disagreed.",
        {"Michael Scott-Joynt": "Person", "Church of England": "Organization", "Bishop": "Person"},
        {"Rt Rev Michael Scott-Joynt"},
    ),
    (
        # attitudes, rates and the two sides of talks are no actors; firms and countries with a
        # hyphen stay
        "Dealers watched three-month Sibor before the U.S.-Soviet talks, as anti-American protests "
        "and non-English sites grew. Rhone-Poulenc bought a stake in a firm in Guinea-Bissau.",
        {"Rhone-Poulenc": "Organization", "Guinea-Bissau": "Place"},
        {"Sibor", "U.S.-Soviet", "anti-American", "non-English"},
    ),
    (
        # an acronym that starts the one firm's name of its article is that firm's short form
        "WTC International N.V. said it would buy an air freight firm. WTC said the deal was worth "
        "10 mln dlrs. Hedge fund TCI Fund Management wrote to the board. TCI said the bid was too low.",
        {"WTC International N.V.": "Organization", "TCI Fund Management": "Organization"},
        {"WTC", "TCI"},
    ),
    (
        # what only firms own makes a name the recognizer took for a place a firm; a minister's
        # brief is no actor
        "Electrolux saw its shares rise 14% on Tuesday. The plant could be affected by Electrolux's "
        "separate announcement. Electrolux's subsidiary brands include AEG and Frigidaire. Indonesia no "
        "longer needs the debt freeze, Economics Minister Aburizal Bakrie said.",
        {"Electrolux": "Organization", "Aburizal Bakrie": "Person"},
        {"Economics"},
    ),
    (
        # a post only firms have makes the name it is "of" or "at", or that owns it, a firm: the
        # recognizer took these for places and people; a country keeps its type
        "Ulrich Brandt, chief executive of Kabelnet, said the cable firm would grow. Margit Olsen, "
        "chairman of Varenco, resigned. Kabelnet's chairman left. An analyst at Halvorsen Brothers "
        "said so. Tom Lee, chief executive of Britain's biggest bank, spoke.",
        {
            "Kabelnet": "Organization",
            "Varenco": "Organization",
            "Halvorsen Brothers": "Organization",
            "Britain": "Place",
        },
        set(),
    ),
    (
        # an institution's last word and a regulator's noun before the name make a body, not a
        # town or a person; "the Russian Federation" is a state
        "The High Court in Bristol ruled on Friday. The European Rowing Federation banned him, and "
        "Danish market regulator Finstil said it would look into the trades. The Russian Federation "
        "signed the treaty.",
        {
            "High Court": "Organization",
            "European Rowing Federation": "Organization",
            "Finstil": "Organization",
            "Bristol": "Place",
            "Russian Federation": "Place",
        },
        set(),
    ),
    (
        # a word with a capital only where its sentence starts, which the article writes in small
        # letters too, is no place; two partners' names before a legal form, or an initial, are one
        # firm when the article names neither partner on its own
        "Barley was harvested on a fifth of the area. Harvest will begin in Kansas in May, traders "
        "said. The shares were bought by Montag and Kline Inc, a Boston investment bank. P and K "
        "Group Plc said its unit trusts grew.",
        {"Kansas": "Place", "Montag and Kline Inc": "Organization", "P and K Group Plc": "Organization"},
        {"Harvest", "Kline Inc", "K Group Plc"},
    ),
    (
        # a name between a possessor and a work noun titles the possessor's work; a bare "ITV
        # show" names its maker
        "Tom Rix's Silver Roads album sold a million copies. The BBC's Crimewatch Live programme "
        "returned on Monday, and the ITV show was watched by millions.",
        {"Silver Roads": "Work", "Crimewatch Live": "Work", "ITV": "Organization", "BBC": "Organization"},
        set(),
    ),
    (
        # a titled given name stays apart from a full name without the title, and keeps the title
        # in its name ("Prince Charles"), which "Mr" goes with no given name to do
        "Prince Charles met Charles Kennedy on Monday. Prince Charles said it was fine. Sacked MP "
        "Howard Flight was angry, and Mr Flight said so. Mr Howard said he had kept the rules. "
        "Cyril Wagner, chairman of Acme Corp, resigned. Wagner said he was tired.",
        {
            "Charles Kennedy": "Person",
            "Prince Charles": "Person",
            "Howard Flight": "Person",
            "Howard": "Person",
            "Cyril Wagner": "Person",
        },
        set(),
    ),
    (
        # a misspelt label of an earnings table is no one
        "ACME CORP <ACM> 4TH QTR NET\n\nOpoer shr profit 17 cts vs loss 96 cts\n    Oper net profit "
        "2,293,000 vs loss 7,110,000\n    Sales 116.0 mln vs 108.3 mln",
        {},
        {"Opoer"},
    ),
    (
        # the examples listed after a plural work noun are works; after "firms" or "players" not
        "He starred in films such as Dark Harbour and Cold Stone. Gamers like games like Star Quest "
        "and Moon Raiders. Firms such as Sony sold them to players such as Tim Henman.",
        {
            "Dark Harbour": "Work",
            "Cold Stone": "Work",
            "Star Quest": "Work",
            "Moon Raiders": "Work",
            "Sony": "Organization",
            "Tim Henman": "Person",
        },
        set(),
    ),
    (
        # a name someone stars or has a part in is a film or a show; a bare "role in" is any part
        # in anything, and a place someone starred in stays a place
        "Ines Moreau won for her supporting role in Quiet Harbour. Tom Vale, starring in Grey "
        "Lanterns, was nominated. Sam Reid starred in Rome for two seasons. The minister defended "
        "his role in Halvard Holdings.",
        {
            "Quiet Harbour": "Work",
            "Grey Lanterns": "Work",
            "Rome": "Place",
            "Halvard Holdings": "Organization",
        },
        set(),
    ),
    (
        # the nations and counties of the United Kingdom are places (pycountry's subdivisions)
        "Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash at the next general "
        "election. He will visit Leicester, Basingstoke, Shrewsbury, Dorset and Torbay this week. "
        "The other protesters are Tom Hale, 37, a huntsman from Ledbury, Herefordshire, and Ron Tate.",
        {"Derbyshire": "Place", "Dorset": "Place", "Torbay": "Place", "Herefordshire": "Place"},
        set(),
    ),
    (
        # ... but a county's side in a sports report stays a team
        "Lancashire beat Essex by five wickets at Old Trafford.",
        {"Lancashire": "Organization", "Essex": "Organization"},
        set(),
    ),
    (
        # a product a noun announces is no actor anywhere in the article; a person or a firm
        # after "model" or "search engine" stays
        "Car-maker Honda's humanoid robot Asimo has just got faster. Asimo has visited the UK and "
        "Germany as part of a world tour. Rival Hitachi unveiled a robot, called Emiew. The drug "
        "Vioxx was withdrawn. The search engine Google said profits rose. The model Naomi Campbell "
        "attended. It could be based on the software Microsoft owns.",
        {
            "Honda": "Organization",
            "Google": "Organization",
            "Naomi Campbell": "Person",
            "Microsoft": "Organization",
        },
        {"Asimo", "Emiew", "Vioxx"},
    ),
    (
        # ... and so is one its maker owns before the product's noun; "Sony robots" are Sony's
        "Hitachi will challenge Honda's Asimo and Sony's Qrio robots. Asimo has visited the UK and "
        "Germany. Rivals sell Sony robots. A new negotiating device Afghanistan has long wanted.",
        {"Honda": "Organization", "Sony": "Organization", "Afghanistan": "Place"},
        {"Asimo", "Qrio"},
    ),
    (
        # ... over a word or two in small letters, and a maker's own nouns ("machine", "chip"); a
        # unit's noun after the product's is the unit's ("Lotus software unit")
        "Sony's PSP handheld console goes on sale in March, with Intel's Vireo chip inside. "
        "IBM's Lotus software unit lost money.",
        {"Sony": "Organization", "Intel": "Organization", "IBM": "Organization", "Lotus": "Organization"},
        {"PSP", "Vireo"},
    ),
    (
        # the noun announces the name where the recognizer does not read it, and every mention
        # of it the recognizer reads later in the article is no actor; the owner's possessive may
        # stand a word or two in small letters before the product's name
        "Another of its money spinners, the cholesterol drug Zentrix, faces safety concerns. "
        "Regulators in Europe said Zentrix would be reviewed. The handset works with Siemens's new "
        "Vireo Radio technology, and Vireo Radio streams music.",
        {"Siemens": "Organization", "Europe": "Place"},
        {"Zentrix", "Vireo Radio"},
    ),
    (
        # before "called", a scheme's or a made thing's noun too
        "The community also runs a program called STABEX under which it pays aid to poor exporters. "
        "Kids play a game called Worldopoly on the site. Nokia showed a technology called Vireo "
        "Radio that streams music.",
        {},
        {"STABEX", "Worldopoly", "Vireo Radio"},
    ),
    (
        # ... and so does one after "known as", or set off by commas after a product's noun; not
        # a name that goes on after the comma
        "Callers will use Philips's internet telephony software, known as Philips Dialler, and a "
        "headset. Shoppers queued for Casio's pocket device, Casio Lumo, says the survey. The "
        "chain wants a new console, Sony said, and prices will fall.",
        {"Sony": "Organization"},
        {"Philips Dialler", "Casio Lumo"},
    ),
    (
        # a name a prize's noun follows names the prize, no actor
        "The drama won the Golden Lion prize for best film. Mr Hale received the Cecil B DeMille "
        "award for career achievement.",
        {},
        {"Golden Lion", "Cecil B DeMille"},
    ),
    (
        # a report's two line-ups name players, whatever the recognizer reads them as (a town
        # the gazetteer knows, "Griffin"; a firm, "Fuller"); a line of two substitutes is no
        # line-up, where a word of the language stays no actor
        "Chelsea edge past Portsmouth\n\nChelsea won 2-0 at Fratton Park on Saturday, with Robben "
        "scoring late.\n\nHislop, Griffin, Primus, De Zeeuw, Taylor, Stone (Cisse 76), Quashie, Faye, "
        "O'Neil, Kamara (Fuller 65), Yakubu.\n\nSubs Not Used: Berger, Ashdown.\n\nCech, Ferreira, "
        "Gallas, Terry, Johnson, Duff, Makelele, Zenden, Lampard, Robben (Geremi 81), Drogba.\n\nSubs "
        "Not Used: Cudicini, Bridge.",
        {
            "Fratton Park": "Place",
            "Drogba": "Person",
            "Robben": "Person",
            "Griffin": "Person",
            "Fuller": "Person",
            "Primus": "Person",
            "Makelele": "Person",
        },
        {"Bridge"},
    ),
    (
        # a superlative or a preposition that starts a sentence is no name
        "Best actor nominee Leonardo DiCaprio is to present a statuette. Amid all this it is easy "
        "to forget that Mr Brown remains the man.",
        {"Leonardo DiCaprio": "Person", "Brown": "Person"},
        {"Best", "Amid"},
    ),
    (
        # a team's noun before a name makes it a team or a band, not a person or a place; not
        # "team", which an economist has too
        "Megson could face a trip back to old club West Brom if they come through their replay. "
        "Rangers are set to loan Dragan Mladenovic to Spanish side Orvala Deportivo. Cult rock "
        "outfit Brenlow Fields released a new album. The economist team Jim Hallam leads said "
        "rates would rise. The rock band Kelvin Marsh played two songs.",
        {
            "West Brom": "Organization",
            "Orvala Deportivo": "Organization",
            "Brenlow Fields": "Organization",
            "Kelvin Marsh": "Organization",
            "Jim Hallam": "Person",
        },
        set(),
    ),
    (
        # a word with a capital only where a headline starts, which the article writes in small
        # letters, is no one; a prize named after a person is no actor; a school's last word
        # makes an organization
        "Adventure tale tops awards\n\nYoung fans voted for a story about a boy taken on an "
        "adventure by a horse. Lena Moss won the Jesse Owens Award last year. Pupils at "
        "Glenurquhart High School sat the test. Muriel Spark was shortlisted for the Booker Prize.",
        {"Glenurquhart High School": "Organization", "Lena Moss": "Person"},
        {"Adventure", "Jesse Owens Award", "Jesse Owens", "Booker Prize"},
    ),
    (
        # two initials joined by "and" start a firm's name, the first no article
        "A and W Brands Inc said it completed the acquisition of Vernors Inc.",
        {"A and W Brands Inc": "Organization"},
        {"Brands Inc", "W Brands Inc", "and W Brands Inc"},
    ),
    (
        # two firms stay two where the article names one of them on its own
        "Sony and Philips NV agreed on a standard. Sony said the players would ship in May.",
        {"Sony": "Organization", "Philips NV": "Organization"},
        {"Sony and Philips NV"},
    ),
    (
        # a plural common noun that starts a sentence is no body, a team in a fixture is; a town
        # the recognizer calls a club is a place where something is "in" or "near" it; a home
        # nation the tagger reads as a plural stays a place
        "Demonstrators marched in Lyon on Saturday. Farmers blocked roads near Nantes.\n\n"
        "Fixtures\n\nDerby v Wigan\n\nWolves v Millwall\n\nWales, part of the United Kingdom, has "
        "its own assembly.",
        {"Lyon": "Place", "Nantes": "Place", "Wolves": "Organization", "Wales": "Place"},
        {"Demonstrators", "Farmers"},
    ),
    (
        # ... and so is each town of a list the preposition takes, a determiner between them
        "She is likely to start her 3,000m season with a race in either Boston or Stuttgart at the "
        "end of January. The firm runs six mines across Derbyshire, Leicestershire, Northumberland "
        "and Durham.",
        {"Boston": "Place", "Stuttgart": "Place", "Northumberland": "Place", "Durham": "Place"},
        set(),
    ),
    (
        # a name run on into a list after a comma is its first item, or two names joined by a
        # slash; founders' firms keep their commas and a firm with its legal form its slash
        "Security firms McAfee, Trend Micro and Symantec said the virus spread. The Brown/Blair "
        "feud went on. Dillon, Read and Co Inc and Atalanta/Sosnoff Capital Corp bought stakes.",
        {
            "McAfee": "Organization",
            "Dillon, Read and Co Inc": "Organization",
            "Atalanta/Sosnoff Capital Corp": "Organization",
        },
        {"McAfee, Trend Micro", "Brown/Blair"},
    ),
    (
        # a share whose price moves in a market report is a firm; a legal form alone is no one;
        # a state's demonym starts firms' names as a nation's does
        "On demand, dealers said, Unilever added 8p at 2,578, Plessey 2p to 243. Wellcome shed 23p to "
        "397 on profittaking. The offer was made by <Groupe Bruxelles Lambert\nS.A.>.\n"
        "    International Co agreed to sell units to Hawaiian Electric Industries Inc.\n"
        "    Hawaiian Electric said the purchase was part of its strategy.",
        {"Plessey": "Organization", "Wellcome": "Organization", "Hawaiian Electric": "Organization"},
        {"S.A."},
    ),
    (
        # a title word before a name in a work noun's run is a person's honorific ("Today programme
        # Mr Blair" was a work when "The Lord of the Rings" stopped being a person "of the Rings")
        "On Monday, Mr Hague told BBC Radio 4's Today programme Mr Major had changed his mind.",
        {"Major": "Person"},
        {"Mr Major"},
    ),
    (
        # a name the recognizer cut after a linking word goes on with the next name
        "The Economic Commission for Latin America said growth slowed. Actor Rodrigo de la Serna "
        "took the best actor award for The Lord of the Rings.",
        {"Economic Commission for Latin America": "Organization", "Rodrigo de la Serna": "Person"},
        {"Economic Commission", "Serna", "of the Rings"},
    ),
    (
        # where the words around one mention say what the model read it as, that is the name's
        # type, however the model reads its bare mentions ("Absa said")
        "Absa and Barclays talks continue\n\nSouth Africa's biggest retail bank Absa has said it is still "
        "in talks with UK bank Barclays over a stake. In November, Absa said it was close to a deal. "
        "Absa also announced that it expects earnings to grow. Analysts said Absa's forecast was "
        "better than expected.",
        {"Absa": "Organization", "Barclays": "Organization"},
        set(),
    ),
    (
        "Heineken and Carlsberg report falling profits\n\nDanish brewer Carlsberg suffered a 3% fall "
        "in profits. Carlsberg, the fifth-largest brewer, saw profits fall. Carlsberg is more "
        "optimistic than Heineken about 2005.",
        {"Carlsberg": "Organization"},
        set(),
    ),
    (
        # a firm's noun before a name the recognizer reads as a brand or a product names the firm
        "US banking giant Citigroup has sold its insurance arm to Metlife for $11.5bn. The sale is a "
        "further move by Citigroup away from its old strategy.",
        {"Citigroup": "Organization", "Metlife": "Organization"},
        set(),
    ),
    (
        # a stake "in" a town's name is a holding in its club, not something in the town
        "BSkyB bought its stake in Sunderland in 1999. Sunderland delisted its shares in August.",
        {"Sunderland": "Organization"},
        set(),
    ),
    (
        "The broadcaster sold its stake in Leeds last year. Leeds said the sale had no effect on the club.",
        {"Leeds": "Organization"},
        set(),
    ),
    (
        # a name that speaks is no place the gazetteer does not know
        "Mido makes third apology\n\nAhmed 'Mido' Hossam has made another apology to the Egyptian "
        'people. Mido said: "There isn\'t much I have to say today." Mido added: "It\'s not my right '
        'to give orders." Egypt FA spokesman Methat Shalaby said no one had exerted pressure on Mido '
        'to apologise. "Mido\'s apology today does not negatively affect Mido in any way," Shalaby said.',
        {"Mido": "Person", "Egypt": "Place"},
        set(),
    ),
    (
        # a river's name is a place, a hospital's an organization, a person named like a lake a person
        "Volunteers cleared rubbish from the banks of the River Thames on Saturday. The Bay City "
        "Rollers played in Glasgow. Mount Sinai Hospital said the patient was stable. Yukos finance "
        "director Mike Lake said the company would appeal.",
        {
            "River Thames": "Place",
            "Bay City Rollers": "Organization",
            "Mount Sinai Hospital": "Organization",
            "Mike Lake": "Person",
        },
        set(),
    ),
    (
        # a currency after an amount; a list of places after a plural place noun
        "Jugnot made 5.45m Euros (£3.77m) last year. The company runs title operations in the "
        "northern California counties of Alameda, Contra Costa and San Mateo.",
        {"Contra Costa": "Place", "San Mateo": "Place"},
        {"Euros"},
    ),
    # an office right before a name holds a person, unless a common noun makes it a firm's rank
    (
        "UKIP's chairman Petrina Holdsworth has said the party will fight.",
        {"Petrina Holdsworth": "Person"},
        set(),
    ),
    (
        "SNP Holyrood leader Nicola Sturgeon said the budget failed Scotland.",
        {"Nicola Sturgeon": "Person", "Scotland": "Place"},
        set(),
    ),
    ("England prop Phil Vickery is upbeat about his arm.", {"Phil Vickery": "Person"}, set()),
    # two one-word names the words around call one firm, there and wherever the text repeats them
    (
        "Pratley and Whitcombe, a unit of Vester Industries Inc, said orders rose. Pratley and "
        "Whitcombe said margins held.",
        {"Pratley and Whitcombe": "Organization"},
        {"Pratley", "Whitcombe"},
    ),
    (
        # and before a possessive
        "Pratley and Whitcombe, a unit of Vester Industries Inc, said it won an engine order.\n    "
        "Earlier, the airline said it chose Pratley and Whitcombe's new engine for its fleet.",
        {"Pratley and Whitcombe": "Organization"},
        {"Pratley", "Whitcombe"},
    ),
    (
        "Silver demand will rise, the dealer house Pratley and Whitcombe said in its annual review.",
        {"Pratley and Whitcombe": "Organization"},
        {"Pratley", "Whitcombe"},
    ),
    ("The rival groups Pratley and Whitcombe both said margins held.", {}, {"Pratley and Whitcombe"}),
    (
        # not where the text writes one of the names alone
        "Honda sales jumped 11% while rival Mazda gained. While Japan's top car maker Honda and Mazda "
        "saw sales accelerate, Suzuki lost ground.",
        {"Honda": "Organization", "Mazda": "Organization"},
        {"Honda and Mazda"},
    ),
    # a company's noun with its determiner before a name in apposition: a firm, not an event
    (
        "Vester Industries Inc and its subsidiary, Scientific Games, were sued by the state.",
        {"Scientific Games": "Organization"},
        set(),
    ),
    # an owner's list of its brands names products, no actors; a list of a trade's brands names
    # firms as often, and a clause after one brand is no list
    (
        "Harlow Group said profits rose. Its top brands include Tarrant Brown Ale, Kessler's, Strongbow "
        "and Kronheim.",
        {"Harlow Group": "Organization"},
        {"Tarrant Brown Ale", "Kessler", "Strongbow", "Kronheim"},
    ),
    ("Its brands include Guinness and the firm is led by Paul Walsh.", {"Paul Walsh": "Person"}, set()),
    ("Sportswear brands such as Nike and Adidas gained.", {"Nike": "Organization"}, set()),
    # a name before "star" and a person's name is a film's or a show's, no one's
    ("Godzilla star Jean Reno will play a detective in a new thriller.", {"Godzilla": "Work"}, set()),
    # a town the gazetteer knows after a place's noun and "of" is a place
    (
        "Bloom is to be presented with the award in the writer's hometown of Odense.",
        {"Odense": "Place"},
        set(),
    ),
    # prizes' noun in the plural, in small letters, after a name: the awards, an event
    (
        "The sitcom won British Comedy awards and Royal Television Society awards last year.",
        {"British Comedy awards": "Event", "Royal Television Society awards": "Event"},
        {"British Comedy"},
    ),
    ("The French comedy won five Cesar awards in Paris on Saturday.", {"Cesar awards": "Event"}, {"Cesar"}),
    # the awards' own word in capitals after a person's name they honour; a lecture is an event
    (
        "Founded in 1990, the Harold Abrahams Awards honour young sprinters, and she gave the Mary "
        "Somerville Lecture.",
        {"Harold Abrahams Awards": "Event", "Mary Somerville Lecture": "Event"},
        {"Harold Abrahams", "Mary Somerville"},
    ),
    # a currency's whole name is no actor
    (
        "Reserves of European Currency Units fell to 73.25 billion francs, the central bank said.",
        {},
        {"European Currency Units"},
    ),
    # a trade before a town's name the recognizer read as a firm's: a stage name
    (
        "Newcomers include indie band Razorlight at second and UK singer Adelaide third.",
        {"Adelaide": "Person", "Razorlight": "Organization"},
        set(),
    ),
    # a name in a list of people's full names is a person's; firms of one trade share its word
    (
        "The nominees include Keira Knightley, Imogen Poots, Siobhan Redmond and Kelly Macdonald.",
        dict.fromkeys(("Keira Knightley", "Imogen Poots", "Siobhan Redmond", "Kelly Macdonald"), "Person"),
        set(),
    ),
    (
        "The lawsuit named Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco and Liggett Group.",
        {"RJ Reynolds Tobacco": "Organization"},
        set(),
    ),
    (
        "Imports of Buick Rainiers, Chevrolet Trailblazers, GMC Envoys and Isuzu Ascenders rose.",
        {"GMC Envoys": "Organization"},
        set(),
    ),
    (
        # a peer's title, a name, "of" and a place is a person's name
        "The peer, Baroness Royall of Blaisdon, said the bill would fail.",
        {"Baroness Royall of Blaisdon": "Person"},
        set(),
    ),
    (
        # a given name and a firm's word after a person's title is a person's name
        "The board accepted the resignation of chief executive Walter Steel on Monday.",
        {"Walter Steel": "Person"},
        set(),
    ),
    (
        # ... and so where the article gives the surname an honorific
        "The court heard from Helen Steel on Monday. Ms Steel denied the claim.",
        {"Helen Steel": "Person"},
        set(),
    ),
    (
        # not after a trade that firms have too
        "A report by analyst Linda Research said sales fell.",
        {"Linda Research": "Organization"},
        set(),
    ),
    # three capitalised words or more joined by hyphens are one name, a law's before a law's noun
    (
        "The purchase needs clearance under U.S. Hart-Scott-Rodino regulations, the company said.",
        {"Hart-Scott-Rodino": "Work"},
        {"U.S. Hart", "U.S. Hart-Scott-Rodino", "Scott-Rodino"},
    ),
    (
        "The sale is subject to U.S. Hart-Scott-Rodino anti-trust clearances and a vote of holders.",
        {"Hart-Scott-Rodino": "Work"},
        {"U.S. Hart-Scott-Rodino"},
    ),
    (
        "The deal awaits the end of the Hart-Scott-Rodino waiting period, Delmont Corp said.",
        {"Hart-Scott-Rodino": "Work", "Delmont Corp": "Organization"},
        set(),
    ),
    (
        "The carmaker will idle two plants of its Chevrolet-Pontiac-GM of Canada group next week.",
        {"Chevrolet-Pontiac-GM": "Organization", "Canada": "Place"},
        {"Chevrolet", "Pontiac", "GM"},
    ),
    (
        "The carmaker will idle plants in its Buick-Oldsmobile-Cadillac group and its truck group.",
        {"Buick-Oldsmobile-Cadillac": "Organization"},
        {"Cadillac"},
    ),
    (
        "Merry-Go-Round Enterprises Inc said it raised its quarterly dividend to six cts.",
        {"Merry-Go-Round Enterprises Inc": "Organization"},
        {"Merry-Go", "Round Enterprises Inc"},
    ),
    (
        "Thrifty Rent-A-Car System Inc said it would sell two mln shares.",
        {"Thrifty Rent-A-Car System Inc": "Organization"},
        {"Thrifty Rent", "Thrifty Rent-A-Car"},
    ),
    # ... not a firm's name with its legal form before a law's noun, nor a chain of places
    (
        "The sale awaits Code-A-Phone Corp approval, the buyer said.",
        {"Code-A-Phone Corp": "Organization"},
        set(),
    ),
    (
        "Flights on the Rome-Milan-Los Angeles route will resume in May, the airline said.",
        {"Rome": "Place", "Los Angeles": "Place"},
        {"Rome-Milan-Los Angeles"},
    ),
    (
        "The firm sells a Write-Once-Read-Many optical disc to banks.",
        {},
        {"Write-Once-Read-Many"},
    ),
    (
        "Shoppers liked the Buy-One-Get-One program at the store.",
        {},
        {"Buy-One-Get-One"},
    ),
    # a month misspelt before a day's number is a date
    (
        "The notes are redeemable at the option of the company after Apil 1, 1989, Delmont Corp said.",
        {"Delmont Corp": "Organization"},
        {"Apil"},
    ),
    (
        "Dividends are payable Sepember 30 to holders of record, Delmont Corp said.",
        {"Delmont Corp": "Organization"},
        {"Sepember"},
    ),
    # a capital or a country misspelt is the place
    (
        "The shake-up follows pledges by Washington to cut its deficit and by Toyko and Bonn to boost "
        "growth.",
        {"Toyko": "Place", "Bonn": "Place"},
        set(),
    ),
    ("Exports to Thaliand and Burnudi rose, the ministry said.", {"Burnudi": "Place"}, set()),
    # a founder's given name written short with a stop is the firm's first word
    (
        "Lead underwriters were Alex. Brown and Sons Inc and Morgan Keegan Inc.",
        {"Alex. Brown and Sons Inc": "Organization"},
        {"Alex", "Brown and Sons Inc"},
    ),
    ("Wm. Wrigley Jr Co raised its quarterly dividend.", {"Wm. Wrigley Jr Co": "Organization"}, set()),
    # a bulletin is a publication, as a gazette or a journal is
    (
        "The notice was published in the Official Bulletin (BALO) on Monday, the company said.",
        {"Official Bulletin": "Organization"},
        set(),
    ),
    # ... not a person's name with no firm's legal form after it
    ("The fund is run by Alex. Brown and his partner.", {}, {"Alex. Brown"}),
    (
        # one name after a plural place noun is no list of places
        "Consumer prices in the countries of the\nOrganisation for Economic Cooperation and Development "
        "(OECD)\nrose 0.3 pct in February.",
        {"OECD": "Organization"},
        set(),
    ),
    # a legislature's committee, its noun in small letters: the committee, not "House Banking"
    (
        "House Banking committee chairman Fernand St Germain called for caution on the bill.",
        {"House Banking committee": "Organization", "Fernand St Germain": "Person"},
        {"House Banking"},
    ),
    (
        "Senate Finance committee chairman Lloyd Bentsen said the tax would not pass this year.",
        {"Senate Finance committee": "Organization", "Lloyd Bentsen": "Person"},
        {"Senate Finance"},
    ),
    # another body's committee, or the chamber's officer: the body's name is the name
    (
        "Members of the Football Association committee met in London on Monday.",
        {"Football Association": "Organization"},
        {"Football Association committee"},
    ),
    (
        "Senate Banking chairman William Proxmire said the bill would pass.",
        {"William Proxmire": "Person"},
        {"Senate Banking chairman"},
    ),
    # the chamber alone before the noun says no committee's name
    (
        "The bill passed the House on Monday. A House committee will hear it in May.",
        {"House": "Organization"},
        {"House committee"},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NAMES, ids=[t[:30] for t, *_ in NAMES])
def test_names_and_their_types(nlp, text: str, wanted: dict[str, str], unwanted: set[str]) -> None:
    found = names_of(extract_one(text, nlp))
    assert {k: found.get(k) for k in wanted} == wanted, found
    assert not unwanted & set(found), found


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "Nonoc Mining and Industrial Corp (NMIC) said output fell. NMIC said the mine would reopen.",
            "Nonoc Mining and Industrial Corp",
            "NMIC",
        ),
        (
            "BII Enterprises Inc said it sold 200,000 shares. BII said the sale raised 10 mln dlrs.",
            "BII Enterprises Inc",
            "BII",
        ),
        (
            "National Patent Development Corp said it would sell the unit. National Patent said the "
            "price was fair.",
            "National Patent Development Corp",
            "National Patent",
        ),
        # the short form the recognizer took for a place, and a firm's word it cut off the name
        (
            "Allied-Lyons holds an option that could force Gulf Canada to sell its stake. Gulf Canada "
            "Corp acquired 49 pct last year.",
            "Gulf Canada Corp",
            "Gulf Canada",
        ),
        (
            "First City Bancorp of Texas said losses would continue. The auditors said their opinion "
            "was subject to First City obtaining new capital.",
            "First City Bancorp",
            "First City",
        ),
        # a firm named after a person, by the surname; a possessive the recognizer cut
        (
            "John Labatt Ltd said profits rose. Labatt said the beer sold well.",
            "John Labatt Ltd",
            "Labatt",
        ),
        (
            "Sweden's Telefon AB L.M. Ericsson said it won an order. Ericsson said the deal was large.",
            "Telefon AB L.M. Ericsson",
            "Ericsson",
        ),
        (
            "Moody's Investors Service Inc said it cut the ratings. Moody said the debt was high.",
            "Moody's Investors Service Inc",
            "Moody",
        ),
        # the one organization of the article whose name ends with the word
        (
            "Shares on the American Stock Exchange fell on Monday. The Exchange said volume was light.",
            "American Stock Exchange",
            "Exchange",
        ),
        (
            "Manchester United beat Manchester City 2-0 on Sunday. United are second in the Premiership.",
            "Manchester United",
            "United",
        ),
        # the short form before the full name, which ends as a body's or a club's name does
        (
            "Polls out\nLabour leads by three points, a poll for The Times said. Officials of the Labour "
            "Party said they were pleased.",
            "Labour Party",
            "Labour",
        ),
        (
            "Fares up\nThe Transportation chief spoke on Monday. The Transportation Department said "
            "fares would rise by 4 pct.",
            "Transportation Department",
            "Transportation",
        ),
        (
            "Cup tie\nBayern won 3-0 at home on Saturday. Bayern Munich coach Felix Magath said the "
            "team had played well.",
            "Bayern Munich",
            "Bayern",
        ),
        # the first words of a firm's name the recognizer reads as a group or a person; a hyphen
        (
            "South Western Engineering Co said it would buy the unit. South Western said the price "
            "was 10 mln dlrs.",
            "South Western Engineering Co",
            "South Western",
        ),
        (
            "Harcourt Brace Jovanovich Inc said it would sell its parks. Harcourt Brace said the sale "
            "would close in June.",
            "Harcourt Brace Jovanovich Inc",
            "Harcourt Brace",
        ),
        (
            "Hewlett-Packard Co said its orders rose. Hewlett Packard said it expected more.",
            "Hewlett-Packard Co",
            "Hewlett Packard",
        ),
        # a headline's capitals that go on in the name's words the recognizer cut off
        (
            "CONTINENTAL AIRLINES FILES FOR NOTE OFFERING\n\nContinental Airlines Inc said it filed a "
            "registration statement for 100 mln dlrs of notes.\n    Proceeds will be added to "
            "Continental's funds, the company said.",
            "Continental Airlines Inc",
            "Continental",
        ),
        (
            "ZENITH ELECTRONICS POSTS LOSS\n\nZenith Electronics Corp said it lost 10 mln dlrs in the "
            "quarter.\n    Zenith said sales fell.",
            "Zenith Electronics Corp",
            "ZENITH",
        ),
        # clipped: the starts of the words, or words cut short
        (
            "PEPCO <POM> RAISES RATES\n\nPotomac Electric Power Co said it would raise its rates by 3 "
            "pct.\n    PEPCO said the rise was needed to pay for new plants.",
            "Potomac Electric Power Co",
            "PEPCO",
        ),
        (
            "Gold rose on the Commodity Exchange in New York on Tuesday. Traders on Comex said buying "
            "was heavy.",
            "Commodity Exchange",
            "Comex",
        ),
        (
            "British Telecommunications Plc said its profits rose 12 pct. British Telecom said it would "
            "cut some prices.",
            "British Telecommunications Plc",
            "British Telecom",
        ),
        # a town's name for the one firm it starts that has a legal form
        (
            "Toledo Pipe Works Inc said it will cut 200 jobs at its plant in Ohio.\n    Toledo said "
            "demand for its pipes fell.",
            "Toledo Pipe Works Inc",
            "Toledo",
        ),
        (
            "Cambridge Analytical Associates Inc said its sales rose.\n    Cambridge said it expects "
            "revenues to grow.",
            "Cambridge Analytical Associates Inc",
            "Cambridge",
        ),
        # a town's name of two words, which the article never writes where places stand
        (
            "Palo Alto Investment Corp said it bought Delmar Communications Inc.\n    Under the deal, "
            "the directors of Palo Alto have resigned.",
            "Palo Alto Investment Corp",
            "Palo Alto",
        ),
        # one word of a headline in capitals, the first of that firm's name
        (
            "TOYOTA SEES LOWER PROFIT\n\nToyota Motor Corp said its profit would fall this year.\n    "
            "The company said the yen's rise cut its exports.",
            "Toyota Motor Corp",
            "TOYOTA",
        ),
    ],
)
def test_a_short_form_in_the_same_article_is_the_same_firm(nlp, text: str, long: str, short: str) -> None:
    r = extract_one(text, nlp)
    assert same_entity(r, long, short), [(e.name, e.aliases) for e in r.entities]


# (text, relations that must be found, relations that must not)
ROLES = [
    # a party's spokesman on a department's brief does not work for the department
    (
        "Matthew Taylor, the party's Treasury spokesman, said the tax would hurt buyers.",
        set(),
        {("Matthew Taylor", "worksFor", "Treasury")},
    ),
    (
        "Lee Hamilton, chairman of the House intelligence committee, said he would call witnesses.",
        {("Lee Hamilton", "memberOf", "House")},
        {("Lee Hamilton", "worksFor", "House"), ("Lee Hamilton", "leaderOf", "House")},
    ),
    (
        "Mike Nash, Microsoft's chief security architect, said the flaw was fixed.",
        {("Mike Nash", "worksFor", "Microsoft")},
        {("Mike Nash", "leaderOf", "Microsoft")},
    ),
    (
        "Ravan Farhadi, Afghanistan's envoy to the UN, said the vote was fair.",
        set(),
        {("Ravan Farhadi", "worksFor", "UN"), ("Ravan Farhadi", "leaderOf", "UN")},
    ),
    (
        "John Smith, an officer and director of Acme Corp, said he sold 10,000 shares.",
        {("John Smith", "memberOf", "Acme Corp")},
        {("John Smith", "leaderOf", "Acme Corp")},
    ),
    (
        "ICCO Executive Director Kobena Erbynn said the cocoa talks would resume in June.",
        {("Kobena Erbynn", "leaderOf", "ICCO")},
        set(),
    ),
    (
        "Peruvian central bank president Leonel Figueroa said reserves rose in March.",
        {("Leonel Figueroa", "citizenOf", "Peru")},
        {("Leonel Figueroa", "leaderOf", "Peru")},
    ),
    (
        "John Beber, secretary and general counsel of PHLCORP Inc, said the offer was fair.",
        {("John Beber", "worksFor", "PHLCORP Inc")},
        {("John Beber", "leaderOf", "PHLCORP Inc")},
    ),
    (
        "Former England fly-half Paul Grayson said the side had improved.",
        set(),
        {("Paul Grayson", "livesIn", "England")},
    ),
    (
        "The Archbishop of Canterbury, Rowan Williams, said the church would act.",
        set(),
        {("Rowan Williams", "leaderOf", "Canterbury")},
    ),
    (
        "Former England footballer Tony Adams said the club would recover.",
        set(),
        {("Tony Adams", "livesIn", "England")},
    ),
    (
        "Steven Gerrard, Liverpool's captain, scored twice on Saturday.",
        {("Steven Gerrard", "memberOf", "Liverpool")},
        {("Steven Gerrard", "leaderOf", "Liverpool")},
    ),
    (
        "Italy coach John Kirwan said his side was ready, and Ireland striker Robbie Keane agreed.",
        {("Robbie Keane", "citizenOf", "Ireland")},
        {("John Kirwan", "leaderOf", "Italy"), ("Robbie Keane", "leaderOf", "Ireland")},
    ),
    (
        "Robert Alcorn of Auckland, New Zealand, was charged on Friday.",
        {("Robert Alcorn", "livesIn", "Auckland"), ("Robert Alcorn", "livesIn", "New Zealand")},
        {("Robert Alcorn", "citizenOf", "New Zealand")},
    ),
    (
        "Kestrel Corp Ltd of Canada said it named Ann Ross president of Kestrel Holdings (U.K.) Ltd, "
        "which runs Kestrel Corp's stores in the U.S. and Britain.",
        {("Kestrel Corp", "basedIn", "Canada")},
        {("Kestrel Corp", "basedIn", "U.S."), ("Kestrel Corp", "basedIn", "Britain")},
    ),
    # a director in a division of a firm works there; he does not run the firm
    (
        "Paul Hendry, director in Microsoft's database division, would not comment on the price.",
        {("Paul Hendry", "worksFor", "Microsoft")},
        {("Paul Hendry", "leaderOf", "Microsoft")},
    ),
    # the secretary of a union or a club is its paid official, a party's secretary one of its
    # members, the general secretary its head
    (
        "The secretary of the Rugby Football Union, Gwen Tremayne, said the bouts would go ahead.",
        {("Gwen Tremayne", "worksFor", "Rugby Football Union")},
        {
            ("Gwen Tremayne", "leaderOf", "Rugby Football Union"),
            ("Gwen Tremayne", "memberOf", "Rugby Football Union"),
        },
    ),
    (
        "The secretary of the Green Party, Gwen Tremayne, said the vote would go ahead.",
        {("Gwen Tremayne", "memberOf", "Green Party")},
        {("Gwen Tremayne", "worksFor", "Green Party")},
    ),
    # a channel's controller heads it; a firm's is one of its officers
    (
        "Other risers included BBC Three controller Stuart Murphy, who moves to number 18.",
        {("Stuart Murphy", "leaderOf", "BBC Three")},
        set(),
    ),
    (
        "Acme Corp said its controller John Hale would retire in May.",
        {("John Hale", "worksFor", "Acme Corp")},
        {("John Hale", "leaderOf", "Acme Corp")},
    ),
    (
        "Alan Pike, the general secretary of the Fire Brigades Union, said the strike was off.",
        {("Alan Pike", "leaderOf", "Fire Brigades Union")},
        set(),
    ),
    # an MP sits for a seat, which no rule or model makes a body he belongs to
    (
        "Tony Marsh, the Leeds Central MP, has pledged to raise the matter in the Commons.",
        set(),
        {("Tony Marsh", "memberOf", "Leeds Central"), ("Tony Marsh", "worksFor", "Leeds Central")},
    ),
    # the leader of a party's group in a house belongs to the party
    (
        "Mike Grant, leader of the Liberal Democrats in the assembly, said rates would rise.",
        {("Mike Grant", "memberOf", "Liberal Democrats")},
        {("Mike Grant", "worksFor", "Liberal Democrats")},
    ),
    # a party's spokesman for a department speaks on it from outside
    (
        "Dr Ann Hale, the Conservative spokeswoman for the Home Office, said the figures were wrong.",
        set(),
        {("Ann Hale", "worksFor", "Home Office")},
    ),
    (
        "Tom Reid, a Home Office spokesman, said the figures were right.",
        {("Tom Reid", "worksFor", "Home Office")},
        set(),
    ),
    # joining a firm makes staff, joining a party a member
    (
        "Greg Lowe joined Warner Music as a producer in the late 1970s.",
        {("Greg Lowe", "worksFor", "Warner Music")},
        {("Greg Lowe", "memberOf", "Warner Music")},
    ),
    (
        "Greg Lowe joined Dorvale Mining Corp as chairman in March, 1986.",
        {("Greg Lowe", "leaderOf", "Dorvale Mining Corp")},
        {("Greg Lowe", "memberOf", "Dorvale Mining Corp"), ("Greg Lowe", "worksFor", "Dorvale Mining Corp")},
    ),
    # a governor abbreviated as wire copy does
    (
        "Illinois Gov. James Thompson signed the bill last month.",
        {("James Thompson", "leaderOf", "Illinois")},
        set(),
    ),
    (
        "Greg Lowe joined the Labour Party in 1968.",
        {("Greg Lowe", "memberOf", "Labour Party")},
        set(),
    ),
    # two towns in a list of clubs: neither is in the other
    (
        "Luton, Preston, Queens Park Rangers and other clubs once played on plastic pitches.",
        set(),
        {("Luton", "locatedIn", "Preston")},
    ),
    (
        "The company is based in Brooklyn, New York, and sells shoes.",
        {("Brooklyn", "locatedIn", "New York")},
        set(),
    ),
    # a list of places: the place a town lies in is the name right after its comma
    (
        "The seats the party can win are: Bristol West, Cardiff Central, Leeds North West, "
        "Cambridge and Sheffield Hallam.",
        set(),
        {
            ("Bristol West", "locatedIn", "Cardiff Central"),
            ("Cardiff Central", "locatedIn", "Leeds North West"),
        },
    ),
    (
        "The firm has offices in Kharkiv, Ukraine and Lodz, Poland.",
        set(),
        {("Kharkiv", "locatedIn", "Poland")},
    ),
    (
        # West Germany is the country of its demonym, no group
        "West German Finance Minister Gerhard Stoltenberg said the mark would stay firm.",
        {("Gerhard Stoltenberg", "citizenOf", "West Germany")},
        set(),
    ),
    (
        # a county lies in no town; a town lies in its county
        "He grew up in the small Fife town of Kirkcaldy. The meeting was in Hinckley, Leicestershire.",
        {("Hinckley", "locatedIn", "Leicestershire")},
        {("Fife", "locatedIn", "Kirkcaldy")},
    ),
    (
        "He was born in Springfield, Illinois, and moved to Boston.",
        {("Springfield", "locatedIn", "Illinois")},
        set(),
    ),
    # an address, as a caption gives it: a place, its town, the town's state
    (
        "Venice Beach , Los Angeles , Calif. ;",
        {
            ("Venice Beach", "locatedIn", "Los Angeles"),
            ("Venice Beach", "locatedIn", "Calif."),
            ("Los Angeles", "locatedIn", "Calif."),
        },
        set(),
    ),
    # the head of a part of a party, or its deputy leader, belongs to the party
    (
        "Labour election chief Alan Milburn denied the party was trying to hide the prime minister.",
        {("Alan Milburn", "memberOf", "Labour")},
        {("Alan Milburn", "worksFor", "Labour"), ("Alan Milburn", "leaderOf", "Labour")},
    ),
    (
        "Damian Hockney, now Veritas deputy leader, said he would stand in Romford.",
        {("Damian Hockney", "memberOf", "Veritas")},
        {("Damian Hockney", "worksFor", "Veritas")},
    ),
    # an owner holds no post in what he owns
    (
        "M&S received a statement from Philip Green, the billionaire Bhs owner, confirming he was "
        "not rebidding for the company.",
        set(),
        {("Philip Green", "leaderOf", "Bhs"), ("Philip Green", "worksFor", "Bhs")},
    ),
    # a state's demonym says where one lives, not a nationality
    (
        "Texan businessman Michael Chicoine bought the team last year.",
        {("Michael Chicoine", "livesIn", "Texas")},
        {("Michael Chicoine", "citizenOf", "Texas")},
    ),
    # a senator on a committee of his house sits on it, whatever post he holds in it
    (
        "Dole, who retired last year, was the ranking Republican on the Senate Finance Committee "
        "and chairman of its subcommittee on taxation.",
        {("Dole", "memberOf", "Senate Finance Committee")},
        {("Dole", "worksFor", "Senate Finance Committee"), ("Dole", "leaderOf", "Senate Finance Committee")},
    ),
    # the head of a firm's business or of its arm in a country belongs to the firm, not leads it
    (
        "Security was the main worry, said Ann Boyd, chief executive for Orange's mobile broadband.",
        {("Ann Boyd", "worksFor", "Orange")},
        {("Ann Boyd", "leaderOf", "Orange")},
    ),
    (
        "Sony's UK managing director Tom Laing said the phones would arrive in April.",
        {("Tom Laing", "memberOf", "Sony")},
        {("Tom Laing", "leaderOf", "Sony"), ("Tom Laing", "leaderOf", "UK")},
    ),
    (
        "Sony managing director Tom Laing said the phones would arrive in April.",
        {("Tom Laing", "leaderOf", "Sony")},
        set(),
    ),
    # a relative clause after the first of a list of names is that name's only
    (
        "Her clients have included Tom Reed, who killed the banker Ann Price, and Jim and Sue Bell.",
        {("Tom Reed", "kills", "Ann Price")},
        {("Jim", "kills", "Ann Price"), ("Sue Bell", "kills", "Ann Price")},
    ),
    (
        "Toshiba and Sony, which attacked Samsung, will share the costs.",
        {("Toshiba", "criticizes", "Samsung"), ("Sony", "criticizes", "Samsung")},
        set(),
    ),
    # the name right after an agent noun and a comma is its apposition, however it was parsed
    (
        "Two days later, surgeons operated on Kemp 's assassin , Tom Reed , who had just been shot by "
        "police .",
        {("Tom Reed", "kills", "Kemp")},
        set(),
    ),
    # a co-chairman leads, as a chairman does, with the name or a noun for it (Reuters' "the
    # Association's co-chairman", judged worksFor wrong in rounds AH and AI); a co-head of a
    # desk is no head of the firm
    (
        "The Pacific Swap Dealers Association has drafted a standard contract, said Anna Berg, the"
        " Association's co-chairman.",
        {("Anna Berg", "leaderOf", "Pacific Swap Dealers Association")},
        {("Anna Berg", "worksFor", "Pacific Swap Dealers Association")},
    ),
    (
        "Jane Doe, co-head of equities at Barclays Capital, said prices would rise.",
        set(),
        {("Jane Doe", "leaderOf", "Barclays Capital")},
    ),
    # a firm's finance chief or finance director runs its money, not the firm
    (
        "The witness, former Delcom financial chief Sam Sorrell, said the books were changed.",
        {("Sam Sorrell", "worksFor", "Delcom")},
        {("Sam Sorrell", "leaderOf", "Delcom")},
    ),
    (
        "Unilever finance director Andrew Higginson said sales rose 11%.",
        {("Andrew Higginson", "worksFor", "Unilever")},
        {("Andrew Higginson", "leaderOf", "Unilever")},
    ),
    # a peer's "of" is his title's place, not his home
    (
        "Neil Kinnock first won the seat of Bedwellty in 1970. He will be known as Baron Kinnock of "
        "Bedwellty, after his former constituency.",
        set(),
        {("Baron Kinnock", "livesIn", "Bedwellty"), ("Neil Kinnock", "livesIn", "Bedwellty")},
    ),
    # a member of parliament sits for a seat, which employs no one
    (
        "Tony Blair, the MP for Sedgefield, spoke to voters in the town on Friday.",
        set(),
        {("Tony Blair", "worksFor", "Sedgefield"), ("Tony Blair", "memberOf", "Sedgefield")},
    ),
    # "of" a country, by any of its names, is its citizen; "Inter-American" is no seat in America
    (
        "Nicole Vaidisova of the Czech Republic beat Maria Sharapova in the final on Sunday.",
        {("Nicole Vaidisova", "citizenOf", "Czech Republic")},
        {("Nicole Vaidisova", "livesIn", "Czech Republic")},
    ),
    (
        "The Inter-American Development Bank (IADB) said exports to the United States rose in 2004.",
        set(),
        {
            ("IADB", "basedIn", "United States"),
            ("Inter-American Development Bank", "basedIn", "United States"),
        },
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROLES, ids=[t[:30] for t, *_ in ROLES])
def test_what_a_role_or_a_seat_says(nlp, text: str, wanted: set, unwanted: set) -> None:  # type: ignore[type-arg]
    found = triples(extract_one(text, nlp), implied=False)
    assert wanted <= found, found
    assert not unwanted & found, found


@pytest.mark.parametrize(
    ("text", "role", "held"),
    [
        (
            "If he became king, Charles would be the supreme governor of the Church of England.",
            ("Charles", "leaderOf", "Church of England"),
            False,
        ),
        (
            "Peter Walters will be chairman of Delmont Corp, the company said on Monday.",
            ("Peter Walters", "leaderOf", "Delmont Corp"),
            False,
        ),
        (
            "Peter Walters is chairman of Delmont Corp, the company said on Monday.",
            ("Peter Walters", "leaderOf", "Delmont Corp"),
            True,
        ),
    ],
    ids=["supposed", "to come", "held"],
)
def test_a_title_states_a_role_held_not_one_to_come(nlp, text: str, role: tuple, held: bool) -> None:  # type: ignore[type-arg]
    assert (role in triples(extract_one(text, nlp), rule="kg.title.v1")) == held


def test_the_title_of_the_one_a_person_serves_is_not_theirs(nlp) -> None:
    r = extract_one("Jane Royall, a former aide to the Labour leader, spoke on Monday.", nlp)
    found = triples(r, rule="kg.title.v1")
    assert ("Jane Royall", "worksFor", "Labour") in found, found
    assert ("Jane Royall", "leaderOf", "Labour") not in found, found
    # a role that serves and is no post of the vocabulary states nothing
    r = extract_one("Ann Cole, a donor to the Labour leader, said so.", nlp)
    assert not triples(r, rule="kg.title.v1"), triples(r)
    # "of" and "at" say where the role is held, not whom it serves
    r = extract_one("Ann Cole, vice president of emerging technologies at analyst firm Acme, said so.", nlp)
    assert ("Ann Cole", "worksFor", "Acme") in triples(r, rule="kg.title.v1"), triples(r)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Tory", "Liam", "Fox"], "Liam Fox"),
        (["Liberal", "Democrat", "Vince", "Cable"], "Vince Cable"),
        (["Lib", "Dem", "Baker"], "Baker"),
        (["Tory", "Burch"], "Tory Burch"),  # a census given name before one word more
        (["Labour", "'s", "Alan", "Milburn"], "Labour 's Alan Milburn"),  # no party word alone
        (["Lib", "Dem", "'s", "Baker"], "Lib Dem 's Baker"),
        (["DJ", "Huw", "Stephens"], "Huw Stephens"),
    ],
)
def test_a_partys_or_a_djs_word_before_a_persons_name(words: list[str], name: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import strip_titles

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert doc[strip_titles(doc, 0, len(doc)) :].text == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["U.S.", "Trade", "Representative", "Clayton", "Yeutter"], "Clayton Yeutter"),
        (["Vice", "Adm.", "John", "Poindexter"], "John Poindexter"),
        (["Queen", "Elizabeth", "College"], None),  # a body's noun ends it
        (["General", "Motors", "Acceptance"], None),  # no given name after the title
        (["Commissioner", "Grace", "of", "Monaco"], None),  # a small word: no person's name
        (["Bishop", "Charles", "Street", "Car", "Park"], None),  # four words more: no person's name
        (["The", "Kelly", "Family"], None),  # "The" is no post
    ],
)
def test_a_posts_title_run_into_a_persons_name(words: list[str], name: str | None) -> None:
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import name_after_post

    doc = Doc(spacy.blank("en").vocab, words=words)
    start = name_after_post(doc, 0, len(doc))
    assert (doc[start:].text if start is not None else None) == name


@pytest.mark.parametrize(
    ("words", "peer"),
    [
        (["Baroness", "Royall", "of", "Blaisdon"], True),
        (["Lord", "of", "the", "Rings"], False),  # no name after the title
        (["Lord", "Derby", "of", "Lancashire", "Cup"], False),  # an event's name
        (["Lord", "Smith", "of", "the", "Realm"], False),  # small words after "of"
        (["Lord", "Smith"], False),
        (["Lord", "mayor", "of", "London"], False),  # a post's word in small letters
        (["Lord", "Smith", "and", "Jones"], False),  # no "of"
        (["Mister", "Smith", "of", "Derby"], False),  # no peer's title
    ],
)
def test_a_peers_name(words: list[str], peer: bool) -> None:
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import _peer

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _peer(doc[:]) is peer


def test_a_plan_the_text_singles_out_is_a_work(nlp) -> None:
    r = extract_one("Zelensky presented Ukraine's victory plan to the allies on Thursday.", nlp)
    assert names_of(r).get("victory plan") == "Work", names_of(r)


def test_one_plan_of_a_kind_is_no_work(nlp) -> None:
    # "an IMF program" is some program of the IMF's, not one the article names
    r = extract_one("Chile rejected an IMF program last year, the minister said.", nlp)
    assert "Work" not in names_of(r).values(), names_of(r)
    assert not any(x.predicate == "criticizes" for x in r.relations), triples(r)
    r = extract_one("Chile rejected the IMF program last year, the minister said.", nlp)
    assert ("Chile", "criticizes", "IMF program") in triples(r), triples(r)


@pytest.mark.parametrize(
    ("text", "maker", "other"),
    [
        (
            "Apple shares rose\nApple said sales of the music player doubled. The news site Apple "
            "Insider said a new model was due.",
            "Apple",
            "Apple Insider",
        ),
        (
            "Search wars\nGoogle said it would index more papers. Readers of Google News will see "
            "the change first.",
            "Google",
            "Google News",
        ),
        (
            "Console sales\nMicrosoft said on Monday it had sold a million machines. The Microsoft "
            "Xbox sold best in Japan.",
            "Microsoft",
            "Microsoft Xbox",
        ),
        # a town's name is the short form of no body it does not single out: two firms start
        # with it, or the one body has no legal form (a town's club is not its council)
        (
            "Woodstock Holdings Ltd said it sold Woodstock Leasing Ltd for 40 mln dlrs.\n    Woodstock "
            "said the sale would close in June.",
            "Woodstock",
            "Woodstock Holdings Ltd",
        ),
        (
            "Liverpool City Council said it would sue the club.\n    Liverpool beat Chelsea 2-0 on Saturday.",
            "Liverpool",
            "Liverpool City Council",
        ),
    ],
)
def test_a_one_word_name_the_body_uses_before_a_longer_one_is_not_its_short_form(
    nlp, text: str, maker: str, other: str
) -> None:
    r = extract_one(text, nlp)
    assert any(maker in e.aliases for e in r.entities), [(e.name, e.aliases) for e in r.entities]
    assert not same_entity(r, maker, other), [(e.name, e.aliases) for e in r.entities]


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "France's Exchange Stabilisation Fund sold francs in March, the ministry said.\n    It said "
            "the Stabilisation Fund bought dollars in April.",
            "Exchange Stabilisation Fund",
            "Stabilisation Fund",
        ),
        (
            "Kenneth Rogers, president of the Stevens Institute of Technology, will join the board.\n    "
            "He has led the Stevens Institute since 1972.",
            "Stevens Institute of Technology",
            "Stevens Institute",
        ),
        (
            "The US Supreme Court heard the appeal on Monday. Lawyers said the Supreme Court would rule "
            "in June.",
            "US Supreme Court",
            "Supreme Court",
        ),
    ],
)
def test_the_end_or_the_opening_of_a_bodys_name_is_the_body(nlp, text: str, long: str, short: str) -> None:
    r = extract_one(text, nlp)
    assert same_entity(r, long, short), [(e.name, e.aliases) for e in r.entities]
    assert long in names_of(r), names_of(r)  # the full name is the label, not the part


@pytest.mark.parametrize(
    ("text", "short", "longer"),
    [
        # a party's longer names are its branches and its MPs
        (
            "The Stevenage Labour Party chose a new candidate on Friday. The Labour Party said it would "
            "back her.",
            "Labour Party",
            "Stevenage Labour Party",
        ),
        # a firm's name with a word more before its legal form is another firm's as often
        (
            "First Kestrel Corp said its loans rose. It was formed in June through the merger of "
            "Kestrel Corp and Osprey Inc.",
            "Kestrel Corp",
            "First Kestrel Corp",
        ),
        # the body a longer name's "of the" names is the one the longer body belongs to
        (
            "The Parliamentary Assembly of the Council of Europe met in Strasbourg on Monday. The "
            "Council of Europe has 46 members.",
            "Council of Europe",
            "Parliamentary Assembly of the Council of Europe",
        ),
        # two bodies end with the words: the article does not say which one it means
        (
            "The Irish Football Association and the Welsh Football Association backed the plan. The "
            "Football Association said it would not.",
            "Football Association",
            "Irish Football Association",
        ),
        (
            "The Irish Football Association and the Welsh Football Association backed the plan. The "
            "Football Association said it would not.",
            "Football Association",
            "Welsh Football Association",
        ),
    ],
)
def test_the_end_of_a_name_that_does_not_single_out_one_body_stays_apart(
    nlp, text: str, short: str, longer: str
) -> None:
    r = extract_one(text, nlp)
    aliases = [e.aliases for e in r.entities]
    assert any(short in a for a in aliases) and any(longer in a for a in aliases), aliases
    assert not same_entity(r, short, longer), aliases


def test_a_name_that_starts_a_longer_one_of_another_body_stays_apart(nlp) -> None:
    text = "The Federal Reserve Bank of New York bought bills. The Federal Reserve said rates would hold."
    r = extract_one(text, nlp)
    assert not any("Federal Reserve" in e.aliases and len(e.aliases) > 1 for e in r.entities), [
        (e.name, e.aliases) for e in r.entities
    ]


def test_a_capital_a_before_a_surname_is_an_initial_not_the_article(nlp) -> None:
    # sport/312's Wales line-up: Stephen Jones at fly-half and Adam Jones at prop; "A Jones" had
    # read as "Jones" and joined "S Jones"
    text = (
        "Wales have named their side for Saturday's game in Rome.\n\nG Thomas (capt); H Luscombe, "
        "T Shanklin, G Henson, S Williams; S Jones, D Peel; G Jenkins, M Davies, A Jones; B Cockbain, "
        "R Sidoli; J Thomas, M Williams, M Owen."
    )
    r = extract_one(text, nlp)
    aliases = [e.aliases for e in r.entities]
    assert any("A Jones" in a for a in aliases) and any("S Jones" in a for a in aliases), aliases
    assert not same_entity(r, "A Jones", "S Jones"), aliases


def test_an_acronym_the_lexicon_knows_clips_no_other_firms_name(nlp) -> None:
    # reuters-10080: O(ccidental) PE(troleum) C(orp) spell "OPEC", the oil cartel's acronym
    text = (
        "\"It's a 7.4 billion dlr price that shows OPEC has won the war and oil prices are not going "
        'to crack," said one analyst.\n    Unocal Corp rose 1-3/4, while Occidental Petroleum Corp '
        "climbed 1-1/8 to 34-3/4."
    )
    r = extract_one(text, nlp)
    aliases = [e.aliases for e in r.entities]
    assert any("OPEC" in a for a in aliases) and any("Occidental Petroleum Corp" in a for a in aliases), (
        aliases
    )
    assert not same_entity(r, "OPEC", "Occidental Petroleum Corp"), aliases
    # but it clips the name it spells, in either spelling ("Organisation" is not the lexicon's)
    r = extract_one("The North Atlantic Treaty Organisation met in Brussels. Nato said it would act.", nlp)
    assert same_entity(r, "North Atlantic Treaty Organisation", "Nato"), [
        (e.name, e.aliases) for e in r.entities
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind", "aliases"),
    [
        # the recognizer tags the lone name a person and misses the firm with its legal form
        (
            "Dorvex Corp said it bought back 200,000 of its shares from Nortel Inc. Nortel had offered "
            "to acquire Dorvex for 43 dlrs a share, and Dorvex said the offer was withdrawn.",
            "Dorvex Corp",
            "Organization",
            {"Dorvex Corp", "Dorvex"},
        ),
        # a lone name the recognizer calls a place, after the firm's full name
        (
            "Medlane Inc and Corvel Health Inc agreed to merge, and Medlane holders will vote on the "
            "deal in July. Medlane said the vote was a formality.",
            "Medlane Inc",
            "Organization",
            {"Medlane Inc", "Medlane"},
        ),
        # a name cut by a wire line's end
        (
            "Chilean Finance Minister Hernan\nBuchi flew to New York on Sunday for talks with banks.",
            "Hernan Buchi",
            "Person",
            {"Hernan Buchi"},
        ),
        # a surname with its particle, a given name alone, a university's town
        (
            "Charlton defender Talal El Karkouri scored twice. El Karkouri said the win was vital.",
            "Talal El Karkouri",
            "Person",
            {"Talal El Karkouri", "El Karkouri"},
        ),
        # the last two words of a longer name, and then the surname alone
        (
            "Copenhagen marked the birth of writer Hans Christian Andersen. \"Christian Andersen's "
            'tales are timeless," the prince said. Events will celebrate Andersen and his work.',
            "Hans Christian Andersen",
            "Person",
            {"Hans Christian Andersen", "Christian Andersen", "Andersen"},
        ),
        (
            "Conservative leader Iain Duncan Smith spoke in Leeds. Duncan Smith said taxes would fall.",
            "Iain Duncan Smith",
            "Person",
            {"Iain Duncan Smith", "Duncan Smith"},
        ),
        # the given name and surname of a longer name with middle initials or middle names,
        # then the surname alone, which no second person shares
        (
            "The financier Walter T. Brandauer agreed to pay a fine of 10 mln dlrs. Walter Brandauer "
            "said he regretted the trades. Brandauer will be sentenced in May.",
            "Walter T. Brandauer",
            "Person",
            {"Walter T. Brandauer", "Walter Brandauer", "Brandauer"},
        ),
        (
            "Sir Edmund Albert George Halloway, the former MP, has died aged 84. Edmund Halloway "
            "challenged the party's leader in 1989. Mr Halloway later left politics.",
            "Edmund Albert George Halloway",
            "Person",
            {"Edmund Albert George Halloway", "Edmund Halloway", "Halloway"},
        ),
        # a nationality before a surname the article names in full is no part of the name
        (
            "Joachim Johansson beat Taylor Dent in Adelaide. The Swede was made to graft, American "
            "Dent surviving three break points. Afterwards, Dent said he was happy.",
            "Taylor Dent",
            "Person",
            {"Taylor Dent", "Dent"},
        ),
        (
            "Britney Spears, the singer, has married again. Britney said she was happy.",
            "Britney Spears",
            "Person",
            {"Britney Spears", "Britney"},
        ),
        (
            "Dr Ann Jones, an expert at Cranfield University, said so, and others at Cranfield agreed.",
            "Cranfield University",
            "Organization",
            {"Cranfield University", "Cranfield"},
        ),
        # a titled given name is the person whose full name has the same title, as Arabic names
        # are shortened
        (
            "Qatari oil minister Sheikh Hamad al-Attiyah said OPEC was strong. Demand will rise, "
            "Sheikh Hamad said.",
            "Hamad al-Attiyah",
            "Person",
            {"Hamad al-Attiyah", "Hamad"},
        ),
        (
            "Sir Alan Budd found a chain of events. On Tuesday Sir Alan said the visa was wrong.",
            "Alan Budd",
            "Person",
            {"Alan Budd", "Alan"},
        ),
        # a word a headline glues before a person's name is no part of it, and the person's
        # surname then has one bearer; a team's role before a name makes it a person's
        (
            "Rocker Dunphy in on-stage fight\n\nPete Dunphy, the singer, was hurt in a fight on "
            "stage. Dunphy said he was fine.",
            "Pete Dunphy",
            "Person",
            {"Pete Dunphy", "Dunphy"},
        ),
        (
            "Sprinter Keane banned\n\nThe sprinter Marcus Keane was banned for two years. Keane will appeal.",
            "Marcus Keane",
            "Person",
            {"Marcus Keane", "Keane"},
        ),
        (
            'Bath have signed Andy Wexley on a short deal. Said Wexley: "I did not think twice." '
            "Wexley, capped by Wales, is 30.",
            "Andy Wexley",
            "Person",
            {"Andy Wexley", "Wexley"},
        ),
        (
            "Injured Rio Vardon out for a month\n\nLeeds United defender Rio Vardon will miss a month, "
            "the club said.",
            "Rio Vardon",
            "Person",
            {"Rio Vardon"},
        ),
        # thrifts and trust banks: the kind before "and" belongs to the name
        (
            "Home Savings and Loan Association said Michael McCarthy, its president, resigned.",
            "Home Savings and Loan Association",
            "Organization",
            {"Home Savings and Loan Association"},
        ),
        (  # the recognizer takes "Commonwealth Savings" for a firm of its own
            "Commonwealth Savings and Loan Association said Mary Dunmore, its president, resigned.",
            "Commonwealth Savings and Loan Association",
            "Organization",
            {"Commonwealth Savings and Loan Association"},
        ),
        # the kind of firm before its full name types it and its short forms
        (
            "French regulator AMF has filed complaints against media giant Vivendi Universal and its "
            "boss. Vivendi said it would contest them. The complaints concern statements Vivendi made "
            "in 2001.",
            "Vivendi Universal",
            "Organization",
            {"Vivendi Universal", "Vivendi"},
        ),
        # a surname alone drops the Arabic article joined to it ("Tayer" was a person of its own)
        (
            "Kuwait's oil minister, Sheikh Ali Rashid al-Oteiba, met the other ministers on Sunday. "
            "Oteiba said output would stay within the quota.",
            "Ali Rashid al-Oteiba",
            "Person",
            {"Ali Rashid al-Oteiba", "Oteiba"},
        ),
        # a surname alone names the man whose full name ends with his generation ("Mullen" was a
        # person of its own beside "Larry Mullen Jr")
        (
            "U2 drummer Larry Mullen Jr said the band would tour. Mullen said it would start in March.",
            "Larry Mullen Jr",
            "Person",
            {"Larry Mullen Jr", "Mullen"},
        ),
        (  # the model reads the lone surname as a firm's; the full name makes it a person's
            "Climatologist J. Patrick Michaels Jr of the University of Virginia said the study was "
            "flawed. Michaels said warming was slow.",
            "J. Patrick Michaels Jr",
            "Person",
            {"J. Patrick Michaels Jr", "Michaels"},
        ),
        # the father's surname of a Spanish name, before the mother's ("Hernandez" was a person of
        # its own beside "Arturo Hernandez Grisanti")
        (
            "Venezuela's Energy Minister Arturo Hernandez Grisanti said output would rise. Hernandez "
            "said the quota was fair.",
            "Arturo Hernandez Grisanti",
            "Person",
            {"Arturo Hernandez Grisanti", "Hernandez"},
        ),
        # a firm's first word is the firm's, not the unit's the article calls one ("Playboy" was an
        # organization of its own beside Playboy Enterprises Inc and "its Playboy Licensing unit";
        # "Metropolitan" joined "its Metropolitan Federal Bank subsidiary", as "Financial" is a
        # unit's word)
        (
            "Dynamo Holdings Inc said its Dynamo Licensing unit has signed a deal with a Brazilian "
            "retailer to sell Dynamo sportswear in Brazil.",
            "Dynamo Holdings Inc",
            "Organization",
            {"Dynamo Holdings Inc", "Dynamo"},
        ),
        (
            "Harbor Financial Corp said its Harbor Federal Bank subsidiary will close four branches in "
            "Ohio. Harbor, with assets of one billion dlrs, said the branches lost money.",
            "Harbor Financial Corp",
            "Organization",
            {"Harbor Financial Corp", "Harbor"},
        ),
        # an acronym that keeps a country's short form whole
        (
            "The UK Independence Party said it would stand in every seat. UKIP leader Roger Knapman "
            "said so on Monday.",
            None,
            "Organization",
            {"UK Independence Party", "UKIP"},
        ),
    ],
)
def test_one_actor_for_the_ways_an_article_names_it(
    nlp, text: str, name: str | None, kind: str, aliases: set[str]
) -> None:
    r = extract_one(text, nlp)
    found = [e for e in r.entities if aliases <= set(e.aliases)]
    assert found and found[0].type == kind and (name is None or found[0].name == name), [
        (e.name, e.type, e.aliases) for e in r.entities
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two longer names with the given name and surname: the short one may be either
        "The financier Walter T. Brandauer agreed to pay a fine of 10 mln dlrs. His cousin Walter R. "
        "Brandauer paid too. Walter Brandauer said he regretted the trades.",
        # another given name, another surname
        "The financier Walter T. Brandauer agreed to pay a fine of 10 mln dlrs. Karl Brandauer, his "
        "brother, said he regretted the trades. Walter Okafor, their lawyer, agreed.",
        # one sentence that writes both names: two people
        "He has served under Presidents Walter T. Brandauer, Bill Okafor, Walter Brandauer and "
        "Tom Lindqvist.",
    ],
)
def test_a_name_without_the_middle_initial_of_one_person_only(nlp, text: str) -> None:
    r = extract_one(text, nlp)
    people = [e for e in r.entities if e.type == "Person"]
    assert all(len(e.aliases) == 1 for e in people), [(e.name, e.aliases) for e in people]


def test_a_firm_written_alone_again_and_again_is_no_given_name(nlp) -> None:
    # the model reads "Yahoo Messenger" as a person once; "Yahoo", written alone seven times and
    # read as a firm most of them, stays the firm and takes none of that person's mentions
    text = (
        "Yahoo turns ten. The internet firm Yahoo has reached the age of 10. Shares in Yahoo rose 5% "
        "on Monday. Yahoo faces a rival in Google. Both Google and Yahoo began as search engines. "
        "Analyst Tom Weiner of Gartner said Yahoo had built a portal. Its UK head said Yahoo would "
        "focus on search and on making Yahoo Messenger available on mobiles."
    )
    assert names_of(extract_one(text, nlp)).get("Yahoo") == "Organization"


@pytest.mark.parametrize(
    ("text", "full", "given"),
    [
        # a given name the census lists, read as a town three times
        (
            "O'Sullivan bows out. Sonia O'Sullivan finished last in the final in Athens. Our beloved "
            "Sonia scraped into the women's 5K final as a fastest loser. It later transpired that Sonia "
            "had been suffering from a stomach bug. At least Sonia managed to make it to Athens.",
            "Sonia O'Sullivan",
            "Sonia",
        ),
        # one it does not list, written alone four times and read as a firm, beside "Mukesh Ambani"
        (
            "Ambani brothers settle feud. Anil Ambani and his brother Mukesh Ambani have ended their "
            "row over the Reliance empire. Under the deal Anil will run the power and telecoms arms, "
            "while Mukesh keeps the oil business. Anil had accused the board of ignoring him. Analysts "
            "said Anil would gain most from the split, and Reliance shares rose.",
            "Anil Ambani",
            "Anil",
        ),
    ],
)
def test_a_given_name_read_as_no_persons_is_the_one_person_with_it(
    nlp, text: str, full: str, given: str
) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(full) == "Person" and given not in names, names


def test_a_description_before_a_full_name_takes_no_other_mention(nlp) -> None:
    # "DJ John Peel" ends with "John Peel", but its first word describes him: no given name
    text = "The replacement for late DJ John Peel's show goes on air. The station will not replace John Peel."
    assert "John Peel" in names_of(extract_one(text, nlp))


def test_a_time_zone_is_no_actor(nlp) -> None:
    r = extract_one("The meeting will be held in Newport Beach, Calif, at 1000 PDT, Acme Corp said.", nlp)
    assert "PDT" not in names_of(r), names_of(r)


def test_reuter_is_the_news_agency(nlp) -> None:
    r = extract_one("The figures were compiled by Reuter from its bureaus, Reuters said.", nlp)
    assert any({"Reuter", "Reuters"} <= set(e.aliases) and e.type == "Organization" for e in r.entities), [
        (e.name, e.type, e.aliases) for e in r.entities
    ]


def test_a_meeting_still_to_come_is_below_the_graphs_floor(nlp) -> None:
    text = "Davenport will meet Venus Williams in the final. Davenport met Serena Williams last year."
    found = triples(extract_one(text, nlp), min_confidence=0.5)
    assert ("Davenport", "meetsWith", "Serena Williams") in found, found
    assert ("Davenport", "meetsWith", "Venus Williams") not in found, found


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # two census surnames spelled alike are two people, in one article or across articles
        (
            "Treasury Secretary Donald Regan met bankers on Monday. Regan said the dollar was too "
            "low, and Reagan agreed.",
            ("Donald Regan", "Reagan"),
        ),
        (
            "Mayor Ellen Rogers spoke first. Rogers said taxes would rise, but Rodgers said they would not.",
            ("Ellen Rogers", "Rodgers"),
        ),
    ],
)
def test_look_alike_census_surnames_are_two_people(nlp, text: str, apart: tuple[str, str]) -> None:
    r = extract_one(text, nlp)
    for e in r.entities:
        assert not set(apart) <= set(e.aliases), [(x.name, x.aliases) for x in r.entities]
    assert any(apart[0] in e.aliases for e in r.entities) and any(apart[1] in e.aliases for e in r.entities)


def test_a_lone_word_read_as_a_place_and_a_firm_that_starts_a_firms_name_is_the_firm(nlp) -> None:
    """kg.name-type.v2: "Vivendi" after "Vivendi Universal", read once as a firm and twice as a
    place, is the firm; "Dorvale" beside "Dorvale Bay Trust", never read as a firm, stays a place."""
    from kg.nlp.mentions import DocMentions

    doc = nlp(
        "Vivendi Universal fell. Vivendi said it would appeal. In Paris, Vivendi rose, and Vivendi fell. "
        "Dorvale gained, and Dorvale Bay Trust fell."
    )
    words = [t.text for t in doc]
    dm = DocMentions(doc)
    at = [i for i, w in enumerate(words) if w == "Vivendi"]
    dorvale = [i for i, w in enumerate(words) if w == "Dorvale"]
    dm.mentions = [
        _mention(doc, at[0], at[0] + 2, "Organization"),
        _mention(doc, at[1], at[1] + 1, "Organization"),
        _mention(doc, at[2], at[2] + 1, "Place"),
        _mention(doc, at[3], at[3] + 1, "Place"),
        _mention(doc, dorvale[0], dorvale[0] + 1, "Place"),
        _mention(doc, dorvale[1], dorvale[1] + 3, "Organization"),
    ]
    dm._vote_types()
    types = {(m.text, m.start): m.type for m in dm.mentions}
    assert {types[("Vivendi", i)] for i in at[1:]} == {"Organization"}
    assert types[("Dorvale", dorvale[0])] == "Place"


def test_a_national_teams_player_lives_where_the_text_says(nlp) -> None:
    text = (
        '"They have two of the best English kickers in the Premiership," added Andrew, a former England '
        "fly-half and goal-kicker. Atlanta businessman Neil Estes said the plan would fail."
    )
    found = triples(extract_one(text, nlp))
    assert ("Neil Estes", "livesIn", "Atlanta") in found, found
    assert not any(s == "Andrew" and p == "livesIn" for s, p, _ in found), found


def test_the_last_word_of_a_name_with_a_linking_word_is_no_surname_of_it(nlp) -> None:
    # "Merck" is the drug firm the trust is for, not the trust
    r = extract_one(
        "Americus Trust for Merck and Co Inc units rose. Merck said its new drug was approved.", nlp
    )
    trust = next(e for e in r.entities if e.name.startswith("Americus Trust"))
    assert "Merck" not in trust.aliases, [(e.name, e.aliases) for e in r.entities]


def test_a_firm_noun_the_parser_reads_as_an_adjective_types_the_name() -> None:
    # "telecoms giant Verizon": the parser may hang "giant" on the name as an adjective
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import kind_by_phrase

    words = ["by", "telecoms", "giant", "Telvora", ","]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 3, 3, 0, 0],
        deps=["prep", "compound", "amod", "pobj", "punct"],
        lemmas=["by", "telecom", "giant", "Telvora", ","],
        pos=["ADP", "NOUN", "ADJ", "PROPN", "PUNCT"],
    )
    assert kind_by_phrase(doc[3:4], "Person") == "Organization"


def test_a_firm_noun_right_before_the_name_types_it_whatever_the_parse() -> None:
    # "pupils for education watchdog Ofsted": the parser hung the name on the verb, not the noun
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import kind_by_phrase

    vocab = spacy.blank("en").vocab
    words = ["interviewed", "pupils", "for", "education", "watchdog", "Ofsted", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[0, 0, 1, 4, 2, 0, 0],
        deps=["ROOT", "dobj", "prep", "compound", "pobj", "advcl", "punct"],
        lemmas=["interview", "pupil", "for", "education", "watchdog", "Ofsted", "."],
        pos=["VERB", "NOUN", "ADP", "NOUN", "NOUN", "PROPN", "PUNCT"],
    )
    assert kind_by_phrase(doc[5:6], "Person") == "Organization"
    # a post that goes with the noun makes the name a person's: "bank manager Tom Reed"
    words = ["said", "bank", "manager", "Tom", "Reed"]
    doc = Doc(
        vocab,
        words=words,
        heads=[0, 2, 4, 4, 0],
        deps=["ROOT", "compound", "compound", "compound", "nsubj"],
        lemmas=["say", "bank", "manager", "Tom", "Reed"],
        pos=["VERB", "NOUN", "NOUN", "PROPN", "PROPN"],
    )
    assert kind_by_phrase(doc[3:5], "Person") == "Person"


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "The Green Party accused Martin Ellery's son of lying to the inquiry.",
            ("Green Party", "criticizes", "Martin Ellery"),
        ),
        (
            "Oxfam criticised Gordon Brown's chancellor for the delay in aid.",
            ("Oxfam", "criticizes", "Gordon Brown"),
        ),
        (
            "Amnesty International condemned Vladimir Putin's spokesman over the remarks.",
            ("Amnesty International", "criticizes", "Vladimir Putin"),
        ),
    ],
)
def test_the_owner_of_a_post_or_a_kin_is_not_whom_a_verb_takes(nlp, text, wrong) -> None:
    # "condemned Russia's war" condemns Russia; "accused his chancellor" accuses the chancellor
    assert wrong not in triples(extract_one(text, nlp))


def test_the_possessor_of_a_deed_is_still_whom_a_verb_takes(nlp) -> None:
    found = triples(extract_one("Amnesty International condemned Russia's illegal war.", nlp))
    assert ("Amnesty International", "criticizes", "Russia") in found, found


def test_a_name_ends_before_of_and_an_amount(nlp) -> None:
    # wire copy wraps its lines anywhere: "its stake in Imperial of \n6,631,222 shares"
    text = (
        "Gulf Resources said the sale of its stake in <Imperial Continental Gas Association>\n"
        "will result in a profit.\n    Gulf said it sold its remaining stake in Imperial of \n"
        "6,631,222 shares and 100,000 units of loan stock for 74.8 mln\ndlrs.\n"
    )
    names = {e.name for e in extract_one(text, nlp).entities}
    assert not any("6,631,222" in n for n in names), names
    assert "Imperial" in names or any(n.startswith("Imperial Continental") for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister gave the interview to the German news magazine Der Kurier on Monday.", "Der Kurier"),
        ("Sales fell, the tabloid Tagesblick reported on Tuesday.", "Tagesblick"),
    ],
)
def test_a_paper_or_a_magazine_is_an_organization(nlp, text: str, name: str) -> None:
    kinds = {e.name: e.type for e in extract_one(text, nlp).entities}
    assert kinds.get(name) == "Organization", kinds


@pytest.mark.parametrize(
    ("text", "wrong", "name"),
    [
        (
            "The Law Society dubbed Mr Clarke's new proposals an abuse of power.",
            "Law Society dubbed Mr Clarke",
            "Law Society",
        ),
        ("He resigned and the Queen invited Mr Wilson to form a government.", "Queen invited", None),
        # a foreign name's particle in small letters is no verb of the sentence
        ("Germany's Welt am Sonntag newspaper said the talks had failed.", "Welt", "Welt am Sonntag"),
    ],
)
def test_a_verb_in_small_letters_ends_a_name(nlp, text: str, wrong: str, name: str | None) -> None:
    names = {e.name for e in extract_one(text, nlp).entities}
    assert wrong not in names, names
    assert name is None or name in names, names


LATE_STARTS = [
    ("The engine will enter service with Pan American World Airways, a unit of Pan Am Corp.",
     "Pan American World Airways"),
    ("<Senior Engineering Group Plc> said it reached agreement with <Cronus Industries Inc>.",
     "Senior Engineering Group Plc"),
    ("The unit of General Electric Credit Corp said it would buy the loans.", "General Electric Credit Corp"),
    # a date before a firm's name is none of it, nor a table's label
    ("Analysts said on Tuesday Acme Corp would bid.", "Acme Corp"),
    ("Shrs offered N / A\nLead Underwriter Hale Stearns & Co Inc\nBusiness : banking",
     "Hale Stearns & Co Inc"),
    ("Bonds fell after a rise in the August Midwest Association of Purchasing Managers index.",
     "Midwest Association of Purchasing Managers"),
    # a wire story's first sentence opens with the firm's name, which the base model reads whole
    ("Collins Foods International Inc said it would move up the date for its warrants.",
     "Collins Foods International Inc"),
    # the headline writes the word and the name's first word in capitals: a demonym, or an opening
    # word the tagger reads as a noun, is the name's
    ("SWEDISH MATCH TO CUT JOBS\n\nSwedish Match AB said it would cut 300 jobs at its plants.",
     "Swedish Match AB"),
    ("SATELLITE AUCTION <SATL> SEES PROFIT\n\nSatellite Auction Network Inc said it expects a profit.",
     "Satellite Auction Network Inc"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), LATE_STARTS)
def test_a_firms_name_the_recognizer_began_a_word_late_starts_at_its_first_word(
    nlp, text: str, name: str
) -> None:
    names = {e.name for e in extract_one(text, nlp).entities}
    assert name in names, names


def test_a_participle_is_based_where_its_own_noun_is(nlp) -> None:
    # the common noun "banks" is based in Germany, not the names listed before it
    text = (
        "The Varna National Bank is, along with the Eastern Bank of Foreign Trade, one of two major "
        "currency traders and most major banks based in Germany deal with it regularly. Tarvix "
        "Corp, based in Dallas, said profits rose."
    )
    found = triples(extract_one(text, nlp), min_confidence=Settings().graph_min_confidence)
    assert ("Tarvix Corp", "basedIn", "Dallas") in found, found
    assert (
        not {
            ("Eastern Bank of Foreign Trade", "basedIn", "Germany"),
            ("Varna National Bank", "basedIn", "Germany"),
        }
        & found
    ), found


# (text, actors the graph must have, names that must not be actors): names written with a hyphen
HYPHENED = [
    ("The actor Daniel Day-Lewis is to be honoured at the festival. Day-Lewis has won the prize twice.",
     {"Daniel Day-Lewis"}, {"Lewis"}),
    ("Rent-A-Center Inc is raising 35 mln dlrs via a debt offering, the company said.",
     {"Rent-A-Center Inc"}, {"Center Inc"}),
    ("Arsenal boss Arsene Wenger brought on winger Quincy Owusu-Abeyie. Owusu-Abeyie's pace was causing "
     "all sorts of problems for the defence.", {"Quincy Owusu-Abeyie"}, {"Owusu", "Abeyie"}),
    # the recognizer splits the firm at a paragraph's start, and the article writes it whole elsewhere
    ("PETRO-CANADA TO DRILL TWO WELLS\n\nPetro-Canada, Canada's state-owned oil company, said it would "
     "drill two wells.\n    Petro-Canada believes the field holds 300 mln barrels.\n    Petro-Canada said "
     "it would spend 40 mln dlrs.", {"Petro-Canada", "Canada"}, {"Petro"}),
    ("An official of the IG-Metall union said late last night that talks had failed.\n    IG-Metall, "
     "Western Europe's largest union, said strikes would go on.\n    IG-Metall has about 2.5 mln members.",
     {"IG-Metall"}, {"IG", "Metall"}),
    # two sides of talks the article names alone; a consortium of two firms is one bidder
    ("The Iran-Iraq war and the AMC-UAW talks went on. AMC said the UAW would not agree.",
     {"AMC", "UAW", "Iran", "Iraq"}, {"AMC-UAW", "Iran-Iraq"}),
    ("Two bidders are left: Unipress-Hachette and a group of Polish banks. Hachette and Unipress said "
     "they would raise their offer for Ruch, and Unipress-Hachette hopes to win.",
     {"Unipress-Hachette"}, set()),
    # a party and a state, and a sports slug before a name, are no part of it
    ("Sen. Jake Garn, R-Utah, flew on the shuttle in April.", {"Jake Garn", "Utah"}, {"R-Utah"}),
    ("Boxing-Tyson returns to the ring\nMike Tyson said on Friday he was ready to fight again.",
     {"Mike Tyson"}, {"Boxing-Tyson"}),
    # a full name and one word hyphened to it: a double surname; an occupation before it is no name
    ("Team-mates Jason Bright, Marlon Dunmore and Mark Ellis-Francis were rewarded with MBEs in the New "
     "Year Honours List.", {"Mark Ellis-Francis"}, {"Mark Ellis", "Francis"}),
    ('He strained a muscle." Sprinter Mark Lewis-Harper will also not compete in Madrid on Thursday.',
     {"Mark Lewis-Harper"}, {"Sprinter Mark Lewis-Harper"}),
]  # fmt: skip


# (text, organizations the graph must have, names that must not be actors): two bodies joined by "and"
PAIRS = [
    ("The Boundary Commission and National Union of Teachers are worried that pupils cannot vote.",
     {"Boundary Commission", "National Union of Teachers"},
     {"Boundary Commission and National Union of Teachers"}),
    ("Indie acts Velvet Horse Club and Paper Party will headline the festival.",
     {"Velvet Horse Club", "Paper Party"}, {"Velvet Horse Club and Paper Party"}),
    ("The boards of Lagos City Bank and Bank of Ibadan approved the merger yesterday.",
     {"Lagos City Bank", "Bank of Ibadan"}, {"Lagos City Bank and Bank of Ibadan"}),
    # one body whose kinds share its noun, a bank and trust company: one name
    ("Shares in Harris Bank and Trust Company rose, as did those of China Commercial and Industrial Bank.",
     {"Harris Bank and Trust Company", "China Commercial and Industrial Bank"}, {"Harris Bank"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PAIRS, ids=[t[:30] for t, *_ in PAIRS])
def test_two_bodies_joined_by_and_are_two_actors(nlp, text: str, wanted: set, unwanted: set) -> None:  # type: ignore[type-arg]
    found = names_of(extract_one(text, nlp))
    assert {k: found.get(k) for k in wanted} == dict.fromkeys(wanted, "Organization"), found
    assert not unwanted & set(found), found


@pytest.mark.parametrize(("text", "wanted", "unwanted"), HYPHENED, ids=[t[:30] for t, *_ in HYPHENED])
def test_a_name_written_with_a_hyphen_is_one_actor(nlp, text: str, wanted: set, unwanted: set) -> None:  # type: ignore[type-arg]
    found = {e.name for e in extract_one(text, nlp).entities}
    assert wanted <= found, found
    assert not unwanted & found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a stage's or a sport's noun opening a sentence; the recognizer read both as firms
        ("Star Christina Applegate has left the musical, its producers said.", "Christina Applegate"),
        ("Prop Phil Vickery is back in the England squad.", "Phil Vickery"),
    ],
)
def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(nlp, text: str, person: str) -> None:
    assert names_of(extract_one(text, nlp)).get(person) == "Person"


def test_a_firm_with_a_code_in_brackets_before_its_legal_form_is_one_name(nlp) -> None:
    # the recognizer read the first as a person and "UK" as a place, and found only "Ltd" of the second
    text = (
        "The partners include Helix Hydrocarbons (UK) Ltd, Northway Oil (TNS) Ltd and Texaco Britain Ltd, "
        "the operator said."
    )
    names = names_of(extract_one(text, nlp))
    wanted = ["Helix Hydrocarbons (UK) Ltd", "Northway Oil (TNS) Ltd", "Texaco Britain Ltd"]
    assert {n: names.get(n) for n in wanted} == dict.fromkeys(wanted, "Organization"), names
    assert "Helix Hydrocarbons" not in names and "UK" not in names, names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Coach House Holdings said its profits rose.", "Coach House Holdings"),
        # a nationality before a given name: "Gay" is one
        ("Juris Simonis, head of the Latvian Gay League, said the march would go on.", "Latvian Gay League"),
    ],
)
def test_a_body_named_after_an_occupation_or_a_nationality_keeps_it(nlp, text: str, body: str) -> None:
    assert names_of(extract_one(text, nlp)).get(body) == "Organization"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Indiscipline cost us the match, the coach said on Sunday.", "Indiscipline"),
        ("Tragedy struck the village on Monday when the bridge fell.", "Tragedy"),
        ("Virus hits banks\n\nSecurity firms warn of a new e-mail worm that steals passwords.", "Virus"),
        ('"Smaller, newer firms cannot pay the fees," she said.', "Smaller"),
        # a word both models call a firm, which the article writes small as often as it opens with it
        ("Film star Robert De Niro is back at the top with his new film, a thriller.", "Film"),
        ('"Anger is a good thing," he told the radio station in Bakersfield. The anger fades, he said.',
         "Anger"),
    ],
)  # fmt: skip
def test_a_common_word_that_only_opens_a_sentence_is_no_actor(nlp, text: str, word: str) -> None:
    assert word not in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shell said profits rose by a third. The oil firm will pay a higher dividend.", "Shell"),
        ("Apple said sales of the iPod rose.", "Apple"),
        ("Labour said the plan would cost 10bn pounds. The party will vote against it.", "Labour"),
        ("Arsenal boss Arsene Wenger said he was pleased.", "Arsenal"),
        # opened with more often than written small: a name ("labour" is a word too)
        ("Labour said it would win. Labour leader Michael Howard spoke of labour law.", "Labour"),
    ],
)
def test_a_body_named_with_a_noun_opens_a_sentence_and_stays(nlp, text: str, name: str) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        # a given name and a surname "of" a firm the next words name: one of its people
        ("Philip Augar of stockbrokers Wood Mackenzie and Co Ltd said profits would rise.", 0, 2, "Person"),
        ("John Hale of Salomon Brothers Inc said rates would fall.", 0, 2, "Person"),
        # a firm named for its founder, with a place after "of", stays a firm
        ("Shares of Philip Morris of New York rose on Monday.", 2, 4, "Organization"),
    ],
)
def test_a_person_of_a_firm_is_a_person_however_the_recognizer_read_the_name(
    nlp, text: str, start: int, end: int, kind: str
) -> None:
    from kg.nlp.spans import kind_by_phrase

    doc = nlp(text)
    assert kind_by_phrase(doc[start:end], "Organization") == kind


def test_a_royal_s_given_name_is_no_surname_across_articles(tmp_path) -> None:
    """ "Prince Charles" of one article is no "Ray Charles" of another."""
    from kg.build.pipeline import build
    from kg.graph.graph import read

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a1", "text": "Prince Charles will marry Camilla Parker Bowles in April. Charles said he '
        'was delighted."}\n'
        '{"id": "a2", "text": "Ray Charles won eight Grammy awards. The late singer Ray Charles died last '
        'year."}\n'
    )
    build([src], tmp_path / "out", settings=Settings(n_process=1), html=False, store=False)
    graph = read(tmp_path / "out")
    labels = {d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Person"}
    assert {"Prince Charles", "Ray Charles"} <= labels, labels


def test_a_hometowns_owner_is_a_person(nlp) -> None:
    # the phrase turns a name read as a town into a person, though the gazetteer knows a town by it
    doc = nlp("The author was honoured in Anderson's hometown of Odense on Sunday.")
    assert kind_by_phrase(doc[5:6], "Place") == "Person"
    assert kind_by_phrase(doc[9:10], "Organization") == "Place"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Acme Corp will close its Dayton, Tenn., plant by March, idling 300 workers.", ("Dayton", "Tenn.")),
        ("The group bought a 40-acre tract in the Toledo, Ohio, area for new homes.", ("Toledo", "Ohio")),
        (
            "Harland Oil Plc, a Belfast, Northern Ireland, oil company, bought a stake in a rival.",
            ("Belfast", "Northern Ireland"),
        ),
    ],
)
def test_a_town_a_comma_and_its_state_before_a_noun_lie_in_one_another(nlp, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    # however the parse links them, the town lies in the state the comma puts after it
    town, state = pair
    assert (town, "locatedIn", state) in triples(extract_one(text, nlp), rule="kg.locative.v1")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The band will tour London, Scotland, Wales and Ireland in May.", ("London", "Scotland")),
        ("The news was given in Edinburgh, Wales Secretary Alan Jones told the BBC.", ("Edinburgh", "Wales")),
        ("After the draw in Paris, Ireland face Cyprus in Dublin on Wednesday.", ("Paris", "Ireland")),
    ],
)
def test_a_list_of_places_or_a_new_clause_is_no_town_in_a_state(nlp, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    town, state = pair
    found = triples(extract_one(text, nlp))
    assert (town, "locatedIn", state) not in found, found


def test_a_sea_of_no_one_country_lies_in_no_country(nlp) -> None:
    # the gazetteer's "Atlantic" has no country: it ranks as a continent, which no country holds
    text = (
        "The crime drama was a hit on both sides of the Atlantic, and in the US it drew 20 million "
        "viewers. Its makers now plan a spin-off set in Miami."
    )
    found = triples(extract_one(text, nlp))
    assert not {t for t in found if t[0] == "Atlantic" and t[1] == "locatedIn"}, found


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # the last word stands alone elsewhere in the text
        (
            "The Briton held off Kenyan Susan Chepkemei in a thrilling finish. Chepkemei was second, "
            "two seconds behind.",
            "Susan Chepkemei",
            "Kenya",
        ),
        # a given name of the census lists
        ("Scot Kathy Butler was fifth in the 3,000m, her best run of the year.", "Kathy Butler", "Scotland"),
        ("He lost to American Taylor Dent in the final in Adelaide.", "Taylor Dent", "United States"),
    ],
)
def test_a_nationality_the_recognizer_took_into_a_name_is_the_persons_own(
    nlp, text: str, person: str, country: str
) -> None:
    r = extract_one(text, nlp)
    assert names_of(r).get(person) == "Person", names_of(r)
    assert (person, "citizenOf", country) in triples(r), triples(r)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Swiss Bank Corp rose 2 pct on Monday, dealers said.", "Swiss Bank Corp"),
        # "Stock" is a surname of the census lists, and the article writes "the Exchange" alone
        (
            "Shares on the American Stock Exchange fell on Monday. The Exchange said volume was light.",
            "American Stock Exchange",
        ),
        ("The Scottish Borders Council said the road would close on Monday.", "Scottish Borders Council"),
        ("Dent beat him in the British Davis Cup tie in Birmingham last year.", "British Davis Cup"),
    ],
)
def test_a_body_or_an_event_named_with_a_nationality_keeps_it(nlp, text: str, name: str) -> None:
    assert name in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "firm", "short"),
    [
        (
            "Rio Tinto-Zinc Corp PLC said profits rose. Rio Tinto said the outlook was good.",
            "Rio Tinto-Zinc Corp PLC",
            "Rio Tinto",
        ),
        (
            "Lone Star Industries Inc said it cut its dividend. Lone Star said cement sales fell.",
            "Lone Star Industries Inc",
            "Lone Star",
        ),
    ],
)
def test_the_first_words_of_a_firms_name_are_a_firm(nlp, text: str, firm: str, short: str) -> None:
    """kg.name-type.v2: a short form the model reads as a person is a firm where a longer name of
    the article goes on with more words and a legal form (a town of Portugal is called Rio Tinto)."""
    r = extract_one(text, nlp)
    types = {a: e.type for e in r.entities for a in e.aliases}
    assert types.get(short) == types.get(firm) == "Organization", types


def test_a_founders_name_before_and_co_stays_a_person(nlp) -> None:
    found = names_of(
        extract_one(
            "Ivan Boesky and Co was fined 100 mln dlrs. Ivan Boesky, the arbitrageur, said he was sorry.", nlp
        )
    )
    assert found.get("Ivan Boesky") == "Person", found


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        (
            "Much was made of Vogts' inability to express himself in English. He did not say much.",
            "Much",
            "Vogts",
        ),
        (
            "The Railways Bill would give the minister new powers. Critics of the bill said it "
            "went too far, said Anne Hollis.",
            "Bill",
            "Anne Hollis",
        ),
    ],
)
def test_a_lone_word_the_article_also_writes_in_small_letters_is_no_person(
    nlp, text: str, word: str, kept: str
) -> None:
    """A one-word "person" that the same article writes as an ordinary word (a song, a bill, a
    word opening a sentence) is no actor; the article's real people stay."""
    found = names_of(extract_one(text, nlp))
    assert found.get(word) != "Person" and found.get(kept) == "Person", found


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Mr Rook said the plan would work. The rook is a bird, he added.", "Rook", "Rook"),
        (
            "Kay Brown said the plan would work. Brown said the brown envelope held the bid.",
            "Kay Brown",
            "Brown",
        ),
        (
            "The cabinet authorized minister arturo hernandez grisanti to buy the oil. Hernandez said "
            "the deal was good.",
            "Hernandez",
            "Hernandez",
        ),
    ],
)
def test_a_name_with_a_title_or_a_full_name_or_in_small_letters_stays_a_person(
    nlp, text: str, name: str, alias: str
) -> None:
    r = extract_one(text, nlp)
    assert any(e.name == name and e.type == "Person" and alias in e.aliases for e in r.entities), [
        (e.name, e.type, e.aliases) for e in r.entities
    ]


def test_a_second_noun_in_apposition_is_the_name_the_first_ends_with_whatever_the_parse() -> None:
    # the parser hung "a non-profit group" on Jeff Shia: it is the association's, and Jeff Shia,
    # its president, is no organization
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    words = ["said", "Jeff", "Shia", ",", "president", "of", "the", "Kiangsu", "Chekiang", "Association", ","]
    words += ["a", "non-profit", "group", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[0, 2, 0, 2, 2, 4, 9, 9, 9, 5, 2, 13, 13, 2, 0],
        deps=(
            "ROOT compound nsubj punct appos prep det compound compound pobj punct det amod appos punct"
        ).split(),
        tags=["VBD", "NNP", "NNP", ",", "NN", "IN", "DT", "NNP", "NNP", "NNP", ",", "DT", "JJ", "NN", "."],
        lemmas=[*words[:-2], "group", "."],
        ents=["O", "B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 5,
    )
    assert kind_by_phrase(Span(doc, 1, 3), "Person") == "Person"
    # one noun alone still types the name it follows: "Vexor, a non-profit group"
    alone = Doc(
        Vocab(),
        words=["Vexor", ",", "a", "non-profit", "group", "."],
        heads=[0, 0, 4, 4, 0, 0],
        deps=["ROOT", "punct", "det", "amod", "appos", "punct"],
        tags=["NNP", ",", "DT", "JJ", "NN", "."],
        lemmas=["Vexor", ",", "a", "non-profit", "group", "."],
        ents=["B-PERSON", "O", "O", "O", "O", "O"],
    )
    assert kind_by_phrase(Span(alone, 0, 1), "Person") == "Organization"


# a town written before "-based" is a place, though the recognizer read it as a firm after a new line
BASED = [
    ("Houston-based Conoco has been mentioned in market speculation.\n    Conoco said it had no interest.",
     "Houston", ("Conoco", "basedIn", "Houston")),
    ("DRILLER SEES GAIN\n\nHouston-based Texas Eastern Corp said it expects a gain on the sale.",
     "Houston", None),
    ("The Porto-based bank said it would open ten branches.", "Porto", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "edge"), BASED)
def test_a_town_before_based_is_a_place(nlp, text: str, town: str, edge: tuple[str, str, str] | None) -> None:
    r = extract_one(text, nlp)
    assert names_of(r).get(town) == "Place"
    assert edge is None or edge in triples(r, min_confidence=Settings().graph_min_confidence)


def test_a_name_does_not_run_on_past_a_paragraphs_break(nlp) -> None:
    # an indented line starts a paragraph: the "Hutton" that opens it is no part of the name
    # the line before ends with, and that name, with its legal form, is a firm's
    r = extract_one(
        "The notes were priced at par, said lead manager E.F. Hutton and Co Inc.\n"
        "    Hutton won the bonds in competitive bidding.",
        nlp,
    )
    assert names_of(r).get("E.F. Hutton and Co Inc.") == "Organization", names_of(r)
    assert not any("Inc. Hutton" in e.name for e in r.entities), names_of(r)


def _clustered(nlp, text: str, names: list[tuple[str, int, str]]) -> dict[tuple[str, int], int]:
    """The cluster of each of ``names`` (text, which occurrence, type) of ``text``, clustered as
    the recognizer's mentions alone."""
    from kg.nlp.mentions import DocMentions, TokenMention

    doc = nlp(text)
    dm = DocMentions(doc)
    words = [t.text for t in doc]
    dm.mentions = []
    for name, nth, kind in names:
        parts = name.split()
        starts = [i for i in range(len(words)) if words[i : i + len(parts)] == parts]
        start = starts[nth]
        span = doc[start : start + len(parts)]
        dm.mentions.append(TokenMention(span.start, span.end, kind, "ner", span.text.lower(), span.text))
    dm.cluster()
    return {(m.text, m.start): m.cluster for m in dm.mentions}


def test_a_headlines_capitals_join_the_name_the_prose_clips_to_the_same_word(nlp) -> None:
    # the prose's "Hallmark" is Hallmark Foods Corp; the headline's capitals go with it
    found = _clustered(
        nlp,
        "HALLMARK <HMK> TO SELL UNIT\n\nHallmark Foods Corp said it agreed to sell its frozen foods "
        "unit.\n    Hallmark said the sale would close in May.",
        [
            ("HALLMARK", 0, "Organization"),
            ("Hallmark Foods Corp", 0, "Organization"),
            ("Hallmark", 0, "Organization"),
        ],
    )
    assert len(set(found.values())) == 1, found


def test_a_word_the_headline_names_in_capitals_is_no_last_word_of_a_longer_name(nlp) -> None:
    # "AIRBUS" of the headline and "Airbus" of "Airbus Industrie" are the maker, not "Orion Airbus"
    found = _clustered(
        nlp,
        "ORION ORDERS ENGINES FOR AIRBUS JETS\n\nOrion Airbus said it ordered engines for 20 jets.\n"
        "    Airbus said the jets would be delivered in 1990.",
        [("AIRBUS", 0, "Organization"), ("Orion Airbus", 0, "Organization"), ("Airbus", 1, "Organization")],
    )
    clusters = list(found.values())
    assert clusters[0] == clusters[2] != clusters[1], found


def test_a_short_form_of_a_parent_named_international_is_not_its_units(nlp) -> None:
    # "Carver International Corp" is the parent, not a unit: "Carver" is not its Carver Oil Tools Inc
    r = extract_one(
        "CARVER <CVR> TO SELL PUMP LINE\n\nCarver International Corp said it agreed to sell the pump "
        "line of its Carver Oil Tools Inc subsidiary to Trent Industries Inc.\n    The company said "
        "the sale is subject to approval by Carver shareholders.",
        nlp,
    )
    unit = next(e for e in r.entities if e.name == "Carver Oil Tools Inc")
    assert "Carver" not in unit.aliases, [(e.name, e.aliases) for e in r.entities]


@pytest.mark.parametrize(
    ("text", "long", "short", "kind"),
    [
        (
            "Thousands of firms came to the Consumer Electronics Show in Las Vegas this week. The CES is "
            "the biggest show of its kind.",
            "Consumer Electronics Show",
            "CES",
            "Event",
        ),
        (
            "The British Independent Film Awards were held in London. Two films shared the top BIFA prizes.",
            "British Independent Film Awards",
            "BIFA",
            "Event",
        ),
    ],
)
def test_the_capitals_of_an_event_are_that_event(nlp, text: str, long: str, short: str, kind: str) -> None:
    r = extract_one(text, nlp)
    assert same_entity(r, long, short), [(e.name, e.type, e.aliases) for e in r.entities]
    assert next(e.type for e in r.entities if short in e.aliases) == kind


def test_a_surname_with_saint_is_the_persons(nlp) -> None:
    """ "St Amand" alone is the surname of "Paul St Amand", as "El Karkouri" is of "Talal El Karkouri"."""
    text = (
        "Senate ethics committee chairman Paul St Amand said the hearing would resume.\n    St Amand said "
        "no date had been set."
    )
    r = extract_one(text, nlp)
    assert same_entity(r, "Paul St Amand", "St Amand"), [(e.name, e.type, e.aliases) for e in r.entities]
    assert names_of(r)["Paul St Amand"] == "Person"


def test_a_small_towns_name_that_starts_a_hyphened_firms_name_is_the_firm(nlp) -> None:
    """A headline's "RIO TINTO", which the gazetteer knows as a town of Portugal, beside "Rio
    Tinto-Zinc Corp PLC": a hyphen parts the firm's words (kg.name-type.v2)."""
    from kg.nlp.mentions import DocMentions

    doc = nlp("Kelso Mineral Co will merge with Rio Tinto, it said. Rio Tinto-Zinc Corp PLC rose.")
    words = [t.text for t in doc]
    at = [i for i, w in enumerate(words) if w == "Rio"]
    dm = DocMentions(doc)
    firm_end = words.index("PLC") + 1
    dm.mentions = [_mention(doc, at[0], at[0] + 2, "Place"), _mention(doc, at[1], firm_end, "Organization")]
    dm._vote_types()
    assert dm.mentions[0].type == "Organization", [(m.text, m.type) for m in dm.mentions]


def _mention(doc, start: int, end: int, kind: str):  # type: ignore[no-untyped-def]
    """A mention of the recognizer's of ``doc[start:end]``, typed ``kind``."""
    from kg.nlp.mentions import TokenMention

    text = doc[start:end].text
    return TokenMention(start, end, kind, "ner", text.lower(), text)


def test_a_ticker_between_wire_brackets_is_no_name_to_mend(nlp) -> None:
    text = "Sales at Ford Motor Co's <F> Latin American joint venture rose 12 pct, the company said."
    found = names_of(extract_one(text, nlp))
    assert found == {"Ford Motor Co": "Organization"}, found


def _tagged(words: list[str], tags: list[tuple[str, str]], heads: list[int], deps: list[str]):  # type: ignore[no-untyped-def]
    """A Doc of ``words`` with (pos, lemma) ``tags``, ``heads`` and ``deps`` as a parser gave them."""
    import spacy
    from spacy.tokens import Doc

    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=[p for p, _ in tags],
        lemmas=[lemma for _, lemma in tags],
    )


def test_a_firm_noun_the_tagger_reads_as_a_verb_still_types_the_name() -> None:
    """ "by the defunct telecoms watchdog Oftel": the tagger made "watchdog" a verb (kg.name-kind.v1)."""
    words = ["by", "the", "defunct", "telecoms", "watchdog", "Oftel", "but"]
    tags = [("ADP", "by"), ("DET", "the"), ("ADJ", "defunct"), ("NOUN", "telecom"), ("VERB", "watchdog"),
            ("PROPN", "Oftel"), ("CCONJ", "but")]  # fmt: skip
    doc = _tagged(words, tags, [0, 3, 3, 0, 3, 4, 4], ["ROOT", "det", "amod", "pobj", "conj", "dobj", "cc"])
    assert kind_by_phrase(doc[5:6], "Person") == "Organization"
    # a firm's noun that is a verb as well is one only where the tagger reads a noun
    words = ["critics", "label", "Ofwat", "a", "failure"]
    tags = [("NOUN", "critic"), ("VERB", "label"), ("PROPN", "Ofwat"), ("DET", "a"), ("NOUN", "failure")]
    doc = _tagged(words, tags, [1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "det", "oprd"])
    assert kind_by_phrase(doc[2:3], "Person") == "Person"


def test_a_bill_read_as_a_person_is_a_work() -> None:
    """ "the Mental Capacity Bill": "Bill" is a given name, but no other word of the name is one."""
    words = ["backed", "the", "Mental", "Capacity", "Bill", "."]
    tags = [("VERB", "back"), ("DET", "the"), ("PROPN", "Mental"), ("PROPN", "Capacity"), ("PROPN", "Bill"),
            ("PUNCT", ".")]  # fmt: skip
    doc = _tagged(words, tags, [0, 4, 4, 4, 0, 0], ["ROOT", "det", "compound", "compound", "dobj", "punct"])
    assert kind_by_phrase(doc[2:5], "Person") == "Work"
    # ... but a name of a census surname and a work's noun stays as read: "Marshall Plan"
    words = ["backed", "Marshall", "Plan", "."]
    tags = [("VERB", "back"), ("PROPN", "Marshall"), ("PROPN", "Plan"), ("PUNCT", ".")]
    doc = _tagged(words, tags, [0, 2, 0, 0], ["ROOT", "compound", "dobj", "punct"])
    assert kind_by_phrase(doc[1:3], "Person") == "Person"
    # ... and so does "Bill" alone
    words = ["Bill", "said", "so"]
    doc = _tagged(
        words, [("PROPN", "Bill"), ("VERB", "say"), ("ADV", "so")], [1, 1, 1], ["nsubj", "ROOT", "advmod"]
    )
    assert kind_by_phrase(doc[0:1], "Person") == "Person"


def test_a_bills_name_keeps_its_type_beside_a_lone_bill_read_as_a_person(nlp) -> None:
    """A law's name whose last word the model reads alone as a person's ("Bill") is no person's
    full name: the law stays a work (kg.name-type.v2)."""
    from kg.nlp.mentions import DocMentions

    doc = nlp("Peers backed the Housing Reform Bill. Bill Smith was not there. Bill spoke later.")
    words = [t.text for t in doc]
    law = words.index("Housing")
    lone = [i for i, w in enumerate(words) if w == "Bill"][-1]
    dm = DocMentions(doc)
    dm.mentions = [_mention(doc, law, law + 3, "Work"), _mention(doc, lone, lone + 1, "Person")]
    dm._vote_types()
    assert dm.mentions[0].type == "Work", [(m.text, m.type) for m in dm.mentions]


def _collected(nlp, text: str, names: list[tuple[str, int, str]]):  # type: ignore[no-untyped-def]
    """The mentions of ``text`` clustered, where the model's entities are ``names`` (text, which
    occurrence, label) alone."""
    from spacy.tokens import Span

    from kg.nlp.mentions import DocMentions

    doc = nlp(text)
    doc.ents = [Span(doc, *_at(doc, name, nth), label=label) for name, nth, label in names]
    dm = DocMentions(doc)
    dm.collect()
    dm.cluster()
    return dm


def _at(doc, name: str, nth: int = 0) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The token span of the ``nth`` ``name`` in ``doc``, as whole words."""
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)]
    span = doc.char_span(starts[nth], starts[nth] + len(name))
    return span.start, span.end


def _kind_read(nlp, text: str, name: str, read: str) -> str:  # type: ignore[no-untyped-def]
    """What :func:`kg.nlp.spans.kind_by_phrase` makes of ``name`` in ``text``, read as ``read``
    by the model, on the parse kg's own steps see."""
    with nlp.select_pipes(disable=["kg_entities", "kg_mentions", "kg_relations"]):
        doc = nlp(text)
    return kind_by_phrase(doc[slice(*_at(doc, name))], read)


def _one_actor(dm, kinds: list[tuple[str, str]], name: str) -> None:  # type: ignore[no-untyped-def]
    """``dm``'s mentions are ``kinds`` (text, type), all of one actor named ``name``."""
    found = [(m.text, m.type) for m in dm.mentions]
    assert found == kinds, found
    assert len({m.cluster for m in dm.mentions}) == 1, [(m.text, m.cluster) for m in dm.mentions]
    assert dm.clusters[dm.mentions[0].cluster].name == name


def test_the_bill_is_the_one_bill_the_article_names(nlp) -> None:
    """ "the Bill" after "the Housing Reform Bill": the article's bill, named in full, not a man
    called Bill."""
    text = "Peers backed the Housing Reform Bill on Monday. Critics said the Bill went too far."
    dm = _collected(nlp, text, [("Housing Reform Bill", 0, "LAW"), ("Bill", 1, "PERSON")])
    _one_actor(dm, [("Housing Reform Bill", "Work"), ("Bill", "Work")], "Housing Reform Bill")
    # "Bill" without "the" is a man's name still
    text = "Peers backed the Housing Reform Bill on Monday. Bill spoke for it."
    dm = _collected(nlp, text, [("Housing Reform Bill", 0, "LAW"), ("Bill", 1, "PERSON")])
    assert [m.type for m in dm.mentions] == ["Work", "Person"], [(m.text, m.type) for m in dm.mentions]


def test_the_bill_of_an_article_with_two_joins_neither(nlp) -> None:
    text = "Peers backed the Housing Reform Bill and the Water Bill. Critics said the Bill went too far."
    names = [("Housing Reform Bill", 0, "LAW"), ("Water Bill", 0, "LAW"), ("Bill", 2, "PERSON")]
    dm = _collected(nlp, text, names)
    assert len({m.cluster for m in dm.mentions}) == 3, [(m.text, m.type, m.cluster) for m in dm.mentions]


def test_a_languages_name_is_no_actor(nlp) -> None:
    """ "studied Hebrew": read as a place, a language's name alone is no actor; a people's name
    stays a group (kg.ner.v1)."""
    text = "The writer studied Hebrew in Jerusalem. His Hebrew is now fluent. His next novel is in Hebrew."
    found = names_of(extract_one(text, nlp))
    assert "Hebrew" not in found and found.get("Jerusalem") == "Place", found
    found = names_of(
        extract_one("Kurdish rebels attacked an army post, the army said. The Kurdish group denied it.", nlp)
    )
    assert found.get("Kurdish") == "Group", found


_ORG, _PER, _WORK = "Organization", "Person", "Work"
SMALL_WORDS_IN_CAPITALS = [
    # a title's small words in capitals, in a sentence in small letters
    ("Who can forget hearing Madonna's Like A Virgin on their first CD?", "Like A Virgin", _ORG, _WORK),
    ("Viewers chose State Of Play over three rival dramas.", "State Of Play", _ORG, _WORK),
    ("Critics praised Girl With A Pearl Earring at the festival.", "Girl With A Pearl Earring", _PER, _WORK),
    # not a body's name ...
    ("Transport For London said the posters were part of a campaign.", "Transport For London", _ORG, _ORG),
    ("The loan was arranged by Bank Of Singapore Ltd and two others.", "Bank Of Singapore Ltd", _ORG, _ORG),
    ("Lucas won the Peter Sellers Award For Comedy on Sunday.", "Peter Sellers Award For Comedy", _ORG, _ORG),
    # ... nor a middle initial, a hyphened name, two names, or a headline's capitals
    ("Charles A Blixt was named chairman of the firm.", "Charles A Blixt", _PER, _PER),
    ("Sales at Roc-A-Fella rose sharply last year.", "Roc-A-Fella", _ORG, _ORG),
    ("Readers of Heat and The Face were asked.", "Heat and The Face", _ORG, _ORG),
    ("Touching From A Distance Wins Top Award", "Touching From A Distance", _ORG, _ORG),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "read", "kind"), SMALL_WORDS_IN_CAPITALS, ids=[n for _, n, *_ in SMALL_WORDS_IN_CAPITALS]
)
def test_a_titles_small_words_in_capitals_make_it_a_work(
    nlp, text: str, name: str, read: str, kind: str
) -> None:
    """ "Escape From New York": bodies write "of", "for" or "with" in small letters (kg.name-kind.v1)."""
    assert _kind_read(nlp, text, name, read) == kind


BUILDINGS_READ_AS_PEOPLE = [
    ("The two men are held at Belmarsh Prison in south-east London.", "Belmarsh Prison", "Place"),
    ("The final will be played at Wembley Stadium in May.", "Wembley Stadium", "Place"),
    ("She sang at the Johnny Carson Theater last night.", "Johnny Carson Theater", "Place"),
    # a building's word that is a surname as well ends a person's name
    ("Labour's Barbara Castle said the bill was unfair.", "Barbara Castle", "Person"),
    ("Singer Tina Arena said the tour was over.", "Tina Arena", "Person"),
    # a building's noun alone, cut from its name, names no building
    ("He was shot at the Ambassador Hotel in 1968.", "Hotel", "Person"),
    # ... and a centre is as often a body's as a building's
    ("The survey was run by the Pew Research Center in Washington.", "Pew Research Center", "Person"),
]


@pytest.mark.parametrize(
    ("text", "name", "kind"), BUILDINGS_READ_AS_PEOPLE, ids=[n for _, n, _ in BUILDINGS_READ_AS_PEOPLE]
)
def test_a_buildings_name_read_as_a_persons_is_a_place(nlp, text: str, name: str, kind: str) -> None:
    """ "Belmarsh Prison": no one's name ends in "Prison" or "Stadium" (kg.name-kind.v1)."""
    assert _kind_read(nlp, text, name, "Person") == kind


def test_a_lone_word_of_a_buildings_name_is_the_building(nlp) -> None:
    """ "Barlinnie" after "Barlinnie Prison", both read as people: the prison, named in full."""
    text = "Two men were held at Barlinnie Prison last year. Conditions at Barlinnie were poor, he said."
    dm = _collected(nlp, text, [("Barlinnie Prison", 0, "PERSON"), ("Barlinnie", 1, "PERSON")])
    _one_actor(dm, [("Barlinnie Prison", "Place"), ("Barlinnie", "Place")], "Barlinnie Prison")
    # ... not a town the gazetteer knows
    text = "Flights left Edinburgh Airport late. Edinburgh was quiet, he said."
    dm = _collected(nlp, text, [("Edinburgh Airport", 0, "FAC"), ("Edinburgh", 1, "GPE")])
    assert dm.mentions[0].cluster != dm.mentions[1].cluster, [
        (m.text, m.type, m.cluster) for m in dm.mentions
    ]


def test_a_lone_word_of_two_buildings_names_joins_neither(nlp) -> None:
    text = "Visitors left Carrowdale Museum for Carrowdale Prison. Carrowdale was busy, he said."
    names = [
        ("Carrowdale Museum", 0, "PERSON"),
        ("Carrowdale Prison", 0, "PERSON"),
        ("Carrowdale", 2, "PERSON"),
    ]
    dm = _collected(nlp, text, names)
    assert len({m.cluster for m in dm.mentions}) == 3, [(m.text, m.type, m.cluster) for m in dm.mentions]


def test_a_persons_surname_beside_a_building_named_after_him_is_the_person(nlp) -> None:
    text = "Leo Tolstoy wrote here. Visitors to the Tolstoy Museum learn that Tolstoy rode daily."
    names = [("Leo Tolstoy", 0, "PERSON"), ("Tolstoy Museum", 0, "FAC"), ("Tolstoy", 2, "PERSON")]
    dm = _collected(nlp, text, names)
    clusters = [m.cluster for m in dm.mentions]
    assert clusters[0] == clusters[2] != clusters[1], [(m.text, m.type, m.cluster) for m in dm.mentions]


NAME_ENDS_READ_AS_PLACES = [
    # a club's second word, and a player's surname where the model read the player as a firm:
    # the one name they end, whatever its type
    (
        "Real Quellor won 2-0 on Sunday. Quellor scored twice before the break.",
        [("Real Quellor", 0, "ORG"), ("Quellor", 1, "GPE")],
        [("Real Quellor", "Organization"), ("Quellor", "Organization")],
    ),
    (
        "Tomas Verlik beat the top seed in three sets. Verlik served well.",
        [("Tomas Verlik", 0, "ORG"), ("Verlik", 1, "GPE")],
        [("Tomas Verlik", "Organization"), ("Verlik", "Organization")],
    ),
]


@pytest.mark.parametrize(("text", "names", "kinds"), NAME_ENDS_READ_AS_PLACES, ids=["club", "player"])
def test_a_lone_word_read_as_a_place_that_ends_one_name_is_that_actor(
    nlp, text: str, names: list[tuple[str, int, str]], kinds: list[tuple[str, str]]
) -> None:
    """ "Quellor" after "Real Quellor", read as a place no gazetteer knows: the club (rule
    ``name-end``)."""
    dm = _collected(nlp, text, names)
    _one_actor(dm, kinds, kinds[0][0])
    assert (kinds[1][0], "name-end") in dm.clusters[dm.mentions[0].cluster].merges


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place the gazetteer knows: the town, not its club
        (
            "Real Madrid lost at home on Sunday. Madrid was cold and wet all day.",
            [("Real Madrid", 0, "ORG"), ("Madrid", 1, "GPE")],
        ),
        # a place's longer name is another place's, or a part of it
        (
            "Police in North Brantwick made arrests. Brantwick was quiet.",
            [("North Brantwick", 0, "GPE"), ("Brantwick", 1, "GPE")],
        ),
        # two names of the article have the word
        (
            "Tomas Verlik won the Verlik Cup. Verlik was full of fans.",
            [("Tomas Verlik", 0, "ORG"), ("Verlik Cup", 0, "EVENT"), ("Verlik", 2, "GPE")],
        ),
        # a town too small for the gazetteer, which the article writes as a place
        (
            "Snow cut off the resort town of Brantwick. Air Brantwick flew tourists out of Brantwick.",
            [("Brantwick", 0, "GPE"), ("Air Brantwick", 0, "ORG"), ("Brantwick", 2, "GPE")],
        ),
        (
            "Air Brantwick flew 40 tourists home. Snow fell in Brantwick all week.",
            [("Air Brantwick", 0, "ORG"), ("Brantwick", 1, "GPE")],
        ),
        # a word of the language
        (
            "Brantwick Sugar shut a factory. The crop of sugar beet was late. Sugar stocks fell.",
            [("Brantwick Sugar", 0, "ORG"), ("Sugar", 1, "GPE")],
        ),
        # the place of a body named after it
        (
            "The Federation of Quellor-Vel met on Monday. Quellor-Vel has two halves.",
            [("Federation of Quellor-Vel", 0, "ORG"), ("Quellor-Vel", 1, "GPE")],
        ),
        (
            "The Nationals in Quellor-Vel start on Monday. Quellor-Vel has a new track.",
            [("Nationals in Quellor-Vel", 0, "ORG"), ("Quellor-Vel", 1, "GPE")],
        ),
        # a work's or an event's last word alone is as often a word of its own
        (
            "Fans queued for the Rogue Vantor launch. Vantor sold out by noon.",
            [("Rogue Vantor", 0, "EVENT"), ("Vantor", 1, "GPE")],
        ),
        # a product's name, which a campaign's ends with
        (
            "Fans backed Spread Vantor online. The Vantor browser was downloaded a million times.",
            [("Spread Vantor", 0, "ORG"), ("Vantor", 1, "GPE")],
        ),
    ],
    ids=[
        "gazetteer",
        "place-of-place",
        "two-names",
        "town-of",
        "in",
        "word",
        "body-of",
        "body-in",
        "event",
        "product",
    ],
)
def test_a_lone_place_word_joins_no_name_it_does_not_surely_end(nlp, text: str, names) -> None:  # type: ignore[no-untyped-def]
    dm = _collected(nlp, text, names)
    lone = dm.mentions[-1]
    assert all(m.cluster != lone.cluster for m in dm.mentions if " " in m.text), [
        (m.text, m.type, m.cluster) for m in dm.mentions
    ]
    assert lone.type == "Place"


def test_a_titles_words_after_its_colon_are_the_work(nlp) -> None:
    """ "Battlefront" after "Star Wars: Battlefront", which the recognizer reads as a place or a
    firm: the game (rule ``subtitle``), named in full."""
    text = (
        "The warm welcome given to Star Wars: Battlefront by critics shows the pull of the films. "
        "Sales of Battlefront rose in Britain and Battlefront topped the charts."
    )
    r = extract_one(text, nlp)
    game = next(e for e in r.entities if "Battlefront" in e.aliases)
    assert (game.name, game.type) == ("Star Wars: Battlefront", "Work")
    assert ("Battlefront", "subtitle") in game.merges


def test_a_place_after_a_titles_colon_stays_the_place(nlp) -> None:
    # "Miami" beside "CSI: Miami" may be the city
    r = extract_one("Viewers loved the opener of CSI: Miami on Monday. Miami was hot and wet all week.", nlp)
    assert names_of(r) == {"CSI: Miami": "Work", "Miami": "Place"}


def test_a_peer_by_title_and_surname_is_the_one_the_title_names_in_full(nlp) -> None:
    """ "Baroness Marrowby" after "Baroness Helen Marrowby": one person, named by her given name
    and surname."""
    text = "Baroness Helen Marrowby chairs the inquiry. Baroness Marrowby said it would report soon."
    dm = _collected(nlp, text, [("Helen Marrowby", 0, "PERSON"), ("Baroness Marrowby", 0, "PERSON")])
    assert len({m.cluster for m in dm.mentions}) == 1, [(m.text, m.cluster) for m in dm.mentions]
    cluster = dm.clusters[dm.mentions[0].cluster]
    assert cluster.name == "Helen Marrowby"
    assert ("Baroness Marrowby", "surname") in cluster.merges


@pytest.mark.parametrize(
    "text",
    [
        # a namesake without the title
        "Her nephew Tom Marrowby spoke first. Baroness Marrowby said the inquiry would report soon.",
        # two peers of the name
        "Baroness Helen Marrowby and Baroness Ann Marrowby spoke. Baroness Marrowby said no.",
    ],
    ids=["untitled", "two-peers"],
)
def test_a_peer_by_title_and_surname_joins_no_namesake(nlp, text: str) -> None:
    names = [m.group() for m in re.finditer(r"(?:Tom|Helen|Ann) Marrowby|Baroness Marrowby", text)]
    dm = _collected(nlp, text, [(n, names[:i].count(n), "PERSON") for i, n in enumerate(names)])
    titled = next(m for m in dm.mentions if m.text == "Baroness Marrowby")
    others = [m for m in dm.mentions if m.text != "Baroness Marrowby"]
    assert others and all(m.cluster != titled.cluster for m in others), [
        (m.text, m.cluster) for m in dm.mentions
    ]


def test_only_a_word_read_as_a_place_joins_the_name_it_ends(nlp) -> None:
    """A founder's surname beside the firm named after him is the man (the rule reads only a
    lone word the model read as a place)."""
    text = "Shares in Tate and Verlik rose. Verlik, who founded the firm, died in 1891."
    dm = _collected(nlp, text, [("Tate and Verlik", 0, "ORG"), ("Verlik", 1, "PERSON")])
    assert [(m.text, m.type) for m in dm.mentions] == [
        ("Tate and Verlik", "Organization"),
        ("Verlik", "Person"),
    ]
    assert dm.mentions[0].cluster != dm.mentions[1].cluster


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a country's name or its demonym and a word of the media name no broadcaster
        (
            "He has been offered a job presenting a show on a US TV network next year.",
            "US TV",
            ("US", "Place"),
        ),
        ("The minister told German TV that talks would go on.", "German TV", None),
        ("The British press has been critical, and European TV carried the pictures.", "European TV", None),
    ],
)
def test_a_countrys_media_name_no_broadcaster(
    nlp, text: str, gone: str, kept: tuple[str, str] | None
) -> None:
    names = names_of(extract_one(text, nlp))
    assert gone not in names
    if kept is not None:
        assert names[kept[0]] == kept[1]


def test_a_broadcasters_or_a_towns_media_name_stays(nlp) -> None:
    text = "He told BBC Radio that CBS TV had bought the rights, and Mobile TV firms agreed."
    names = names_of(extract_one(text, nlp))
    assert names["BBC Radio"] == names["CBS TV"] == "Organization"
    assert "Mobile TV" in names  # Mobile, Alabama: a town, not a country
    firm = "The British Radio Corporation said on Monday it would cut jobs."
    assert names_of(extract_one(firm, nlp))["British Radio Corporation"] == "Organization"


@pytest.mark.parametrize(
    ("words", "start", "name"),
    [
        (["Minister", "of", "Mines", "and", "Energy", "Sudarsono"], 4, "Sudarsono"),
        (["Minister", "of", "Mines", "Peter", "Mwale"], 2, "Peter Mwale"),
        (["Chancellor", "of", "the", "Exchequer", "Gordon", "Brown"], 3, "Gordon Brown"),
        (["Director", "of", "Trading", "Will", "Carter"], 2, "Will Carter"),  # a given name ends it
        (["Minister", "of", "Finance", "Yasushi", "Mieno"], 2, "Yasushi Mieno"),
        (["Minister", "of", "Finance", "Yasushi", "Mieno"], 3, None),  # no portfolio in the name
        (["Chairman", "of", "General", "Motors"], 2, None),  # words of the language only: a firm
        (["President", "of", "Consolidated", "Rexbury", "Industries"], 2, None),  # a firm's word ends it
        (["Minister", "of", "Trade", "Ali", "Hasan", "Kemal", "Ozturk"], 2, None),  # four words more
        (["Minister", "of", "Mines", "Peter", "mwale"], 2, None),  # small letters: no name
        (["Friends", "of", "the", "Earth", "Simon", "Platt"], 3, None),  # no post before "of"
        # a body's name after a post's "of": its "of", a place or a body's noun left
        (["President", "of", "the", "Federal", "Reserve", "Bank", "of", "New", "York"], 3, None),
        (["Head", "of", "the", "Reserve", "Bank", "York"], 3, None),
        (["director", "of", "La", "Fenice"], 2, None),  # a name's particle is no portfolio's word
        # words of the language that are no minister's briefs before a name of no given name: a firm
        (["chairman", "of", "Credit", "Lyonnais"], 2, None),
        (["president", "of", "Air", "New", "Zealand"], 2, None),
        (["president", "of", "Titan", "Severe", "Environment", "Systems", "Co."], 2, None),
        (["Minister", "of", "Industry", "and", "Trade", "Kemal", "Aydin"], 2, "Kemal Aydin"),
        (["Minister", "of", "Defence", "Pavel", "Grachev"], 2, "Pavel Grachev"),  # a brief's word
        (["chairman", "of", "Trading", "Gordon", "Capital", "Corp"], 2, None),  # a firm's ending
        (["director", "of", "La", "Rosa", "Alvarez"], 2, None),  # a surname's particle
        # after whole briefs, a word of the language, a place or a body's noun is no one's name
        (["Minister", "of", "Energy", "Policy"], 2, None),
        (["Minister", "of", "Finance", "Jakarta"], 2, None),
        (["Minister", "of", "Health", "Organisation"], 2, None),
        (["President", "of", "Bank", "of", "Jack", "Henry"], 2, None),  # a body's "of" ends the portfolio
        (["Director", "of", "the", "Food", "and", "Agriculture", "Organisation"], 3, None),
        (["Minister", "for", "Energy", "Sudarsono"], 2, None),  # no "of"
        (["Minister", "of", "Mines", "said", "Energy", "Sudarsono"], 4, None),  # a word in small letters
    ],
)
def test_a_posts_portfolio_run_into_a_persons_name(words: list[str], start: int, name: str | None) -> None:
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.spans import name_after_portfolio

    doc = Doc(spacy.blank("en").vocab, words=words)
    found = name_after_portfolio(doc, start, len(doc))
    assert (doc[found:].text if found is not None else None) == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a model's code the model reads as a person's name: no one
        ("In gameplay terms, XR7 gets almost everything right.", "XR7", None),
        ("Makers Zentro4 and Belmax both offer the feature.", "Zentro4", None),
        ("The Morlan DC-12 was grounded after the crash.", "Morlan DC-12", None),
        # a channel the lexicon knows, and a code that speaks: organizations
        ("Viewers deserted BBC1 over the holiday.", "BBC1", "Organization"),
        ("OD7 said it had sold one million songs.", "OD7", "Organization"),
        # a number apart from the name's words is no code
        ("Rapper 70 Cent topped the chart.", "70 Cent", "Person"),
    ],
)
def test_a_code_of_letters_and_digits_names_no_one(nlp, text: str, name: str, kind: str | None) -> None:
    dm = _collected(nlp, text, [(name, 0, "PERSON")])
    assert [(m.text, m.type) for m in dm.mentions] == ([(name, kind)] if kind else []), [
        (m.text, m.type) for m in dm.mentions
    ]


def test_a_name_written_twice_is_no_longer_name(nlp) -> None:
    """ "Mona Lisk Lisk", a name the model wrote with its surname twice, has no middle name: "Mona
    Lisk" of the next sentence is not joined to it (and its doubled label would name her)."""
    dm = _collected(
        nlp,
        "The actress Mona Lisk Lisk won an award. Mona Lisk thanked the jury.",
        [("Mona Lisk Lisk", 0, "PERSON"), ("Mona Lisk", 1, "PERSON")],
    )
    assert len({m.cluster for m in dm.mentions}) == 2, [(m.text, m.cluster) for m in dm.mentions]


def test_the_middle_name_join_of_one_article(nlp) -> None:
    dm = _collected(
        nlp,
        "The actress Mona Jane Lisk won an award. Mona Lisk thanked the jury.",
        [("Mona Jane Lisk", 0, "PERSON"), ("Mona Lisk", 0, "PERSON")],
    )
    _one_actor(dm, [("Mona Jane Lisk", "Person"), ("Mona Lisk", "Person")], "Mona Jane Lisk")
