/// A third blind labelled set, written without reading the analyser or any other blind set:
/// five invented news stories (a governor's line-item veto, a campaign debate on trade, a
/// city police budget fight, an airline merger challenged by regulators, ceasefire talks),
/// labelled by a reader before any tool saw them. Never edit these texts or labels to make a
/// verdict come out.
extension PositionFixtures {
    static let b3Veto = """
    DENVER (AP) — Gov. Raymond Tillis on Tuesday struck $48 million that lawmakers had set aside for a new medical school campus in Pueblo, saying the state could not take on a long-term commitment while revenue forecasts were falling.

    "I want more doctors in rural Colorado, but I will not sign a check the state can't cash three years from now," Tillis, a Democrat in his second term, wrote in his veto letter.

    The line-item veto drew a sharp response from state Sen. Marisol Ortega, a Pueblo Democrat who wrote the funding provision. Ortega called the decision "a betrayal of southern Colorado" and said she would ask colleagues to override it when the legislature returns in January.

    House Speaker Glenn Petrakis has not said whether he would schedule an override vote. His office said only that the chamber's calendar for a special session had not been set.

    The Colorado Hospital Association, which lobbied for the campus for two years, said it was "deeply disappointed" and warned that rural clinics would keep losing physicians to the Front Range.

    Republicans largely sided with the governor. Senate Minority Leader Curt Hanley said Tillis had shown "the kind of discipline this budget needed from the start" and urged him to go further with cuts to other programs.

    The university system's board chair, Anita Coles, said the board would review its building plans and declined to comment on the veto.
    """

    static let b3Debate = """
    DES MOINES, Iowa — The sharpest exchange of Thursday night's Republican presidential debate came over trade, as former Ohio Gov. Walter Brisco defended his call for a 25 percent tariff on imported cars and his rivals lined up to attack it.

    "For thirty years Washington has let other countries eat our lunch. A tariff is how you bring the factories home," Brisco said, drawing loud applause from the crowd.

    Sen. Diane Kessler of Texas, who trails Brisco in most Iowa polls, said the plan amounted to "a tax on every family that needs a pickup truck." Farmers, she added, would bear the brunt when trading partners retaliated against American soybeans and pork.

    Businessman Tom Aldana went further, accusing Brisco of "copying the Democrats' economics" and promising to sign free-trade deals with Britain and Japan in his first year.

    The exchange was watched closely by farm groups. "A trade war would finish off family farms that barely survived the last one," said Carla Vance, president of the Iowa Soybean Growers, after the debate.

    Not every voice on stage broke against the front-runner. Radio host Jim Kettering, polling in single digits, said he had "no quarrel with the governor on this one" and called protecting steelworkers a moral duty.

    The Republican National Committee, which organized the debate, said more than 8 million people had watched the broadcast, the largest audience of the primary season so far.
    """

    static let b3Police = """
    CLEVELAND — The City Council voted 10-7 late Monday to move $12 million from the police department's overtime budget into a new unit of mental health responders, setting up a likely clash with Mayor Denise Harlow.

    Council member Jamal Whitfield, who sponsored the measure, said trained counselors rather than armed officers should answer calls involving people in crisis. "We keep sending a squad car to a problem that needs a social worker," he said.

    The mayor's answer came within the hour. Harlow, who has promised to hire 200 officers before the end of her term, said in a statement that the cut would "leave our neighborhoods less safe" and that she was reviewing every option, including a veto.

    The Fraternal Order of Police, which represents rank-and-file officers, called the vote "a slap in the face" to officers already working double shifts and urged the mayor to reject it.

    Council member Rosa Lindqvist voted against the measure, arguing that the city should pay for the crisis unit out of its general reserve rather than from policing.

    Community group Safe Streets Cleveland, which gathered more than 9,000 signatures for the change, celebrated outside City Hall after the vote.

    The city's budget director, Howard Pyne, said the transfer would take effect on July 1 unless it was vetoed, and that the overtime account currently stood at $41 million.
    """

    static let b3Airline = """
    WASHINGTON — The Justice Department sued on Wednesday to block SkyHarbor Airlines' $9.4 billion purchase of rival Meridian Air, arguing that the deal would leave travelers in the Southeast with fewer flights and higher fares.

    "When two airlines that compete head-to-head on dozens of routes become one, passengers pay the price," Assistant Attorney General Naomi Ferris, who heads the department's antitrust division, said at a news conference.

    SkyHarbor chief executive Grant Holloway vowed to fight the lawsuit, calling it a misreading of a market dominated by the four biggest carriers. The combined airline, he said, would finally be large enough to compete with them on price.

    Meridian's board said it remained committed to the deal and would defend it in court alongside SkyHarbor.

    The Association of Flight Attendants, which represents cabin crews at both airlines, had lobbied against the merger for months, warning that it would lead to layoffs. Its president, Lorraine Becker, praised the lawsuit as "the right call for workers and for travelers."

    Sen. Peter Lamont, R-Ga., whose state would lose service under the airlines' own route plans, also welcomed the suit and said regulators should have acted sooner.

    Shares of Meridian fell 14 percent on the news. Industry analyst Victor Chao of Tern Capital said a trial could take more than a year and declined to predict its outcome.
    """

    static let b3Ceasefire = """
    NAIROBI, Kenya — Talks on a ceasefire in Marenga's eastern provinces stalled on Saturday after the government rejected a rebel demand to withdraw its troops from the city of Kessa, mediators said.

    The rebel Eastern Liberation Movement had offered a 30-day truce in exchange for the pullback. Government negotiator Joseph Mwangale dismissed the offer as "a trick to rearm," saying the army would not leave one inch of Kessa while rebel fighters remained in the hills around it.

    Back in the capital, Defense Minister Paul Kitonga told parliament that withdrawing from Kessa "would be surrender, not peace."

    The movement's spokesman, Samuel Odera, said the group would sign no deal that left soldiers in the city. "Our people will not live under the guns of the army," he told reporters outside the talks venue.

    The African Union's envoy, former Zambian foreign minister Grace Mulenga, urged both sides to accept a shorter, unconditional truce while troop positions were negotiated separately. U.N. humanitarian chief Erik Sandvall echoed her call, saying a pause of even one week would let aid convoys reach 200,000 people cut off by the fighting.

    Neighboring Tanzania said it had reinforced its border posts and was following the talks.
    """

    static let blind3: [Labelled] = [
        Labelled(name: "b3Veto", text: b3Veto, pairs: [("Tillis", "Ortega", "disagree"), ("Hanley", "Tillis", "agree"),
                                                       ("Ortega", "Colorado Hospital Association", "agree"),
                                                       ("Petrakis", "Tillis", "unclear")]),
        Labelled(name: "b3Debate", text: b3Debate, pairs: [("Brisco", "Kessler", "disagree"), ("Vance", "Kessler", "agree"),
                                                           ("Kettering", "Brisco", "agree"),
                                                           ("Republican National Committee", "Brisco", "unclear")]),
        Labelled(name: "b3Police", text: b3Police, pairs: [("Whitfield", "Harlow", "disagree"),
                                                           ("Whitfield", "Safe Streets Cleveland", "agree"),
                                                           ("Harlow", "Fraternal Order of Police", "agree"),
                                                           ("Pyne", "Whitfield", "unclear")]),
        Labelled(name: "b3Airline", text: b3Airline, pairs: [("Ferris", "Holloway", "disagree"), ("Becker", "Ferris", "agree"),
                                                             ("Lamont", "Holloway", "disagree"), ("Chao", "Ferris", "unclear")]),
        Labelled(name: "b3Ceasefire", text: b3Ceasefire, pairs: [("Mwangale", "Odera", "disagree"), ("Kitonga", "Mwangale", "agree"),
                                                                 ("Mulenga", "Sandvall", "agree"), ("Tanzania", "Odera", "unclear")]),
    ]
}
