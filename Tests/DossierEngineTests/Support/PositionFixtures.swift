/// Invented articles for the positions tests and the labelled evaluation set: several styles
/// (armed conflict, taxes, a merger, a court case, a building project, public health), each
/// with actors whose positions agree or clash, and the pair relations a reader would give.
enum PositionFixtures {
    struct Labelled {
        var name: String
        var text: String
        /// (actor, actor, expected relation)
        var pairs: [(String, String, String)]
    }

    static let border = """
    Valdoran army chief General Tomas Reyes said on Sunday that the offensive in the northern hills would continue until the rebels surrendered.

    "We will press on with the operation. There will be no ceasefire while they hold a single village," Reyes told state television.

    The Foreign Minister of Ostrava, Lena Marchetti, condemned the offensive and called for an immediate ceasefire.

    "Only negotiations can end this war. Every day of fighting costs lives," Marchetti said in a statement.

    The Arden Council for Human Rights urged both sides to halt the fighting and return to talks.

    Rebel commander Ilyas Dahmani vowed to continue the armed struggle until the army withdrew.
    """

    static let tax = """
    Finance Minister Rachel Osei on Monday defended her plan to raise the fuel tax by six cents a litre, saying the country needed the money to repair its roads.

    "This tax is fair, and it is necessary," Osei told parliament. "Every driver will benefit from safer roads."

    Opposition leader Martin Kowalski rejected the tax, calling it "a disaster for families who already struggle to pay their bills."

    The Road Hauliers Association said the fuel tax would destroy thousands of jobs in the transport sector.

    Economist Sara Lind of the Northgate Institute praised the plan, saying the tax would cut pollution and raise revenue.
    """

    static let merger = """
    Shareholders of Brightwell Foods backed the merger with Corran Mills on Thursday, clearing the way for the largest deal in the industry this year.

    Brightwell chief executive Paul Ferrand said the merger would create a stronger company and protect jobs.

    "This deal is good for our customers and good for our workers," Ferrand said.

    The Food Workers Union opposed the takeover, warning that it would lead to plant closures.

    "We will fight this merger in every court in the land," union leader Joan Whitaker said.

    Competition regulator Amir Haddad said his office would review the deal before the end of the year.
    """

    static let court = """
    The city of Marlow sued the chemical maker Delcor on Tuesday, accusing it of poisoning the river with its waste.

    Mayor Anna Brück said the lawsuit was the only way to make the company pay for the damage.

    "We will not stop until Delcor cleans up the river," Brück said.

    Delcor spokesman Ben Aldous denied the accusations and said the company would fight the lawsuit.

    "The case has no merit," Aldous said.

    Environmental group Clean Rivers welcomed the lawsuit and called for a full investigation.
    """

    static let airport = """
    The regional government approved a second runway at Hallam airport on Wednesday, a project that has divided the valley for a decade.

    Transport Minister Kofi Mensah said the runway would bring investment and create 3,000 jobs.

    "This project is vital for the region," Mensah said.

    Residents' group Quiet Skies condemned the decision and vowed to challenge the runway in court.

    "The runway will destroy our homes and our health," said Quiet Skies chair Maria Delgado.

    The airport's owner, Hallam Holdings, welcomed the approval and said construction would start next spring.
    """

    static let health = """
    Health Minister Irene Vogel announced a new vaccination campaign on Friday, saying the vaccine would save thousands of lives this winter.

    "I urge every parent to support the vaccination programme," Vogel said.

    The Doctors' Federation backed the programme and praised the minister.

    Conservative senator Hugo Brandt criticised the vaccine mandate, saying it was unnecessary and would undermine trust.

    Pharmacists' union leader Clara Mbeki said her members would support the vaccination drive.

    Travel industry spokesman Dan Ruiz said nothing about the vaccines but asked for clearer rules at airports.
    """

    static let set: [Labelled] = [
        Labelled(name: "border", text: border, pairs: [("Reyes", "Marchetti", "disagree"),
                                                       ("Marchetti", "Arden Council for Human Rights", "agree"),
                                                       ("Reyes", "Dahmani", "agree"),
                                                       ("Dahmani", "Marchetti", "disagree")]),
        Labelled(name: "tax", text: tax, pairs: [("Osei", "Kowalski", "disagree"), ("Osei", "Lind", "agree"),
                                                 ("Kowalski", "Road Hauliers Association", "agree"),
                                                 ("Lind", "Road Hauliers Association", "disagree")]),
        Labelled(name: "merger", text: merger, pairs: [("Ferrand", "Whitaker", "disagree"),
                                                       ("Ferrand", "Haddad", "unclear"),
                                                       ("Whitaker", "Food Workers Union", "agree")]),
        Labelled(name: "court", text: court, pairs: [("Brück", "Aldous", "disagree"), ("Brück", "Clean Rivers", "agree"),
                                                     ("Aldous", "Clean Rivers", "disagree")]),
        Labelled(name: "airport", text: airport, pairs: [("Mensah", "Delgado", "disagree"),
                                                         ("Mensah", "Hallam Holdings", "agree"),
                                                         ("Delgado", "Quiet Skies", "agree")]),
        Labelled(name: "health", text: health, pairs: [("Vogel", "Brandt", "disagree"), ("Vogel", "Mbeki", "agree"),
                                                       ("Vogel", "Ruiz", "unclear"), ("Brandt", "Doctors' Federation", "disagree")]),
    ]
}

extension PositionFixtures {
    /// The border war a week later, with a date, naming the same hills: its statements join
    /// the same topic as `border`'s.
    static let borderLater = """
    ---
    title: Valdoran army widens offensive in northern hills
    date: 2025-05-12
    ---
    Valdoran army chief General Tomas Reyes ordered new airstrikes in the northern hills on Monday.

    "The operation will go on until every village is free," Reyes said.

    The Arden Council for Human Rights condemned the airstrikes and warned that the war would spread.

    Trade Minister Pia Lund said the fighting had cost the region its harvest.
    """

    /// `border` with a date in front matter.
    static let borderDated = "---\ntitle: Fighting in the northern hills\ndate: 2025-05-01\n---\n" + border
}
