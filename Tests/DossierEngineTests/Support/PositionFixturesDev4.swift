/// A fifth labelled set, the dev set of the fourth positions round (a US Senate bill, a pilots'
/// strike, a court striking down a law, a hospital closure, a sanctions row), written and
/// labelled before anything was run on it. Measured once before any change of that round:
/// 7/20 right, 10 unclear instead, 1 wrong (China / Karovia: disagree), 2 actor not found
/// (Keep Our Hospital).
/// It is a dev set: mechanisms were tuned while looking at it, so its later figure is no honest
/// estimate. Never edit these texts or labels to make a verdict come out.
extension PositionFixtures {
    static let insulinBill = """
    The U.S. Senate on Thursday passed a bill capping the price of insulin at 35 dollars a month for every patient, by a vote of 54 to 46. The measure now goes to the House of Representatives.

    Senator Maria Alvarez, the New Mexico Democrat who wrote the bill, called the vote "a long-overdue victory for families who have been rationing their medicine."

    Senate Minority Leader Thomas Whitfield led the opposition, arguing that price caps would discourage drug makers from investing in new treatments. "This is Washington meddling in a market that works," Whitfield said on the Senate floor.

    The American Diabetes Association applauded the Senate and urged the House to pass the bill without delay.

    The Pharmaceutical Research Council, which represents drug makers, said the cap would stifle innovation and warned that patients would ultimately pay the price.

    Republican Senator Janet Cole broke with her party to vote for the bill. No American should have to choose between insulin and rent, she said.

    Senate historian Daniel Pierce noted that the chamber last voted on drug prices in 2003.
    """

    static let pilotsStrike = """
    Pilots at SkyBridge Airlines walked off the job on Monday, grounding more than 400 flights, after talks over pay and rest periods collapsed.

    The Airline Pilots Guild said the carrier had refused to guarantee minimum rest between shifts, putting passengers at risk. "Tired pilots are a danger to everyone on board," guild president Rosa Lindqvist told a rally at the airport.

    SkyBridge chief executive Martin Hale called the walkout illegal and said the company would seek an injunction. He said the guild's demands would add 90 million dollars a year to costs.

    Transport Secretary Alan Pryce urged both sides to return to the table but said the government would not intervene.

    The Cabin Crew Union voted to stage a sympathy strike next week, saying the pilots' fight was its own.

    Travel industry group Holiday Operators Europe said the strike was hurting thousands of families and demanded that the guild call it off.

    Aviation historian Clara Benz said the last pilots' strike at the airline was in 1998.
    """

    static let fingerprintRuling = """
    The Constitutional Court of Veldoria on Tuesday struck down a law that allowed police to take the fingerprints of anyone stopped in the street, ruling that it violated the right to privacy.

    Chief Justice Helena Marsh, writing for the majority, said the law gave police "powers without limits" and failed the test of proportionality.

    Interior Minister Viktor Sandor said he was dismayed by the ruling and warned that it would make it harder to catch criminals. The government would draft a new law within months, he said.

    The Civil Liberties Union, which brought the case, hailed the judgment as a landmark for privacy.

    "Today the court reminded the government that citizens are not suspects," the union's lawyer Ines Laurent said outside the court.

    The National Police Federation backed the minister, saying officers had used the powers to solve hundreds of crimes.

    Law professor Anton Weiss said the ruling was the court's third on police powers since 2019.
    """

    static let hospitalClosure = """
    Health officials in Dunmore County announced on Monday that the county hospital in Ashby will close its emergency department in March, moving emergency care to a larger hospital 30 miles away.

    County health director Owen Price said the move would give patients better specialist care. "A modern trauma centre saves more lives than a small unit that cannot staff its night shifts," he said.

    Residents packed a public meeting on Wednesday to protest against the closure. The campaign group Keep Our Hospital said the longer journey would cost lives and vowed to take the county to court.

    Dr. Fiona Gallagher, an emergency doctor at the hospital, said ambulance times would double for rural patients.

    State Senator Raymond Okafor demanded that the county reverse the decision, calling it "a betrayal of rural families".

    The regional ambulance service said it had not been consulted.

    Hospital architect Liam Byrne said the building opened in 1962.
    """

    static let sanctionsRow = """
    The European Union on Friday imposed sanctions on twelve Karovian officials and two state banks over the jailing of opposition leader Pavel Danek, freezing their assets and banning them from travel.

    EU foreign policy chief Ana Rocha said the measures sent a clear signal that repression had a price.

    Karovia's foreign ministry denounced the sanctions as "illegal interference in our internal affairs" and threatened to expel European diplomats.

    Lithuanian Foreign Minister Darius Kalnins welcomed the decision but said the bloc should go further and target Karovian gas exports.

    China said it opposed unilateral sanctions and called on all sides to resolve their differences through dialogue.

    Danek's lawyer, Milos Varga, thanked the EU for standing by his client.

    Trade analyst Jonas Berg said the two banks handled about a tenth of Karovia's foreign trade.
    """

    static let dev4: [Labelled] = [
        Labelled(name: "insulin", text: insulinBill, pairs: [("Alvarez", "Whitfield", "disagree"),
                                                             ("Whitfield", "Pharmaceutical Research Council", "agree"),
                                                             ("Cole", "American Diabetes Association", "agree"),
                                                             ("Pierce", "Alvarez", "unclear")]),
        Labelled(name: "pilots", text: pilotsStrike, pairs: [("Lindqvist", "Hale", "disagree"),
                                                             ("Airline Pilots Guild", "Cabin Crew Union", "agree"),
                                                             ("Hale", "Holiday Operators Europe", "agree"),
                                                             ("Pryce", "Lindqvist", "unclear")]),
        Labelled(name: "fingerprints", text: fingerprintRuling, pairs: [("Marsh", "Sandor", "disagree"),
                                                                        ("Laurent", "Marsh", "agree"),
                                                                        ("Sandor", "National Police Federation", "agree"),
                                                                        ("Weiss", "Laurent", "unclear")]),
        Labelled(name: "hospital", text: hospitalClosure, pairs: [("Price", "Okafor", "disagree"),
                                                                  ("Gallagher", "Keep Our Hospital", "agree"),
                                                                  ("Price", "Keep Our Hospital", "disagree"),
                                                                  ("Byrne", "Price", "unclear")]),
        Labelled(name: "sanctions", text: sanctionsRow, pairs: [("Rocha", "Karovia", "disagree"),
                                                                ("Kalnins", "Rocha", "agree"),
                                                                ("China", "Karovia", "agree"),
                                                                ("Berg", "Rocha", "unclear")]),
    ]
}
