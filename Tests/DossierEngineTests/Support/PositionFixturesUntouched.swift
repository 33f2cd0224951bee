/// A third labelled set, written after the tuning on the first two was done and never tuned
/// on (school closures, a privacy fine, a minimum-wage vote): its figure is the honest estimate
/// of how the positions stage does on new text. Fix failures here by mechanisms only, and say so.
extension PositionFixtures {
    static let schools = """
    The education board of Wexley voted on Tuesday to close three village schools at the end of the year, saying falling pupil numbers made them too costly to run.

    Board chair Gillian Marr said the closures were painful but unavoidable. "We cannot keep open classrooms that are half empty while the town schools are overflowing," she said.

    Parents at Hollin Primary, one of the schools on the list, reacted with fury. Parents' spokesman Rafael Cruz said the board had ignored every objection and vowed to fight the closures in court.

    Local MP Deborah Finch backed the parents and called on the board to reverse its decision.

    "Small schools are the heart of these villages," Finch said.

    Education consultant Peter Lowe said the board would save about two million pounds a year.
    """

    static let privacy = """
    The Data Protection Authority fined the social network Chatterly 40 million euros on Monday for collecting the location of its users without their consent.

    Authority president Karin Holm said the fine sent a clear message to the industry. "No company is above the law," Holm said.

    Chatterly said it would appeal the ruling, calling the fine "unjustified and disproportionate".

    "We have always respected our users' privacy," Chatterly's general counsel Mark Devlin said in a statement.

    The consumer group Digital Rights Watch welcomed the fine but said it was too small to change the company's behaviour.

    Shares in Chatterly fell 3 percent in Frankfurt.
    """

    static let wage = """
    Members of Parliament from the ruling Unity Party on Wednesday blocked a bill that would have raised the minimum wage to 15 dollars an hour.

    Labour Minister Sofia Dunn, who drafted the bill, said she was deeply disappointed. "Working families have waited long enough," she said.

    Unity Party whip Gordon Pratt said the bill would cost small businesses thousands of jobs.

    The Federation of Small Businesses praised the vote, saying a sudden rise would force many shops to close.

    The Retail Workers' Union condemned the vote and announced a day of protest.

    Economist Hannah Wu said the evidence on job losses was mixed.
    """

    static let untouched: [Labelled] = [
        Labelled(name: "schools", text: schools, pairs: [("Marr", "Cruz", "disagree"), ("Cruz", "Finch", "agree"),
                                                         ("Marr", "Finch", "disagree"), ("Lowe", "Cruz", "unclear")]),
        Labelled(name: "privacy", text: privacy, pairs: [("Holm", "Chatterly", "disagree"),
                                                         ("Holm", "Digital Rights Watch", "agree"),
                                                         ("Chatterly", "Digital Rights Watch", "disagree")]),
        Labelled(name: "wage", text: wage, pairs: [("Dunn", "Pratt", "disagree"), ("Pratt", "Federation of Small Businesses", "agree"),
                                                   ("Dunn", "Retail Workers' Union", "agree"), ("Wu", "Pratt", "unclear")]),
    ]
}
