/// A sixth labelled set (a tuition rise, a mine permit, a stadium subsidy), written and labelled
/// at the end of the fourth positions round, after all of its changes but the last few, and
/// measured once before any change for it: 5/12 right, 6 unclear instead, 1 wrong (Greenpeace
/// Nordic / Sami Herders Council: "called the decision “a disgrace”" read as a call for it).
/// The closest thing to an honest figure for that round; the changes made after it used it
/// (11/12 then).
/// Never edit these texts or labels to make a verdict come out.
extension PositionFixtures {
    static let tuition = """
    The board of regents of the State University of Calder voted on Thursday to raise tuition by 9 percent next year, the largest increase in a decade.

    Regents chair Howard Lim said the increase was necessary to keep class sizes small after years of flat state funding.

    The Calder Student Union condemned the vote and called for a walkout next Monday. "Students are already drowning in debt," union president Maya Osei said.

    Governor Richard Haines urged the regents to reconsider, saying families could not absorb another rise.

    The Faculty Senate backed the regents, warning that without new money the university would have to cut courses.

    Budget analyst Tara Quill said the state had cut higher education funding twice since 2015.
    """

    static let mine = """
    Environment Minister Josef Halvorsen on Monday granted a permit for a copper mine in the Skarvik valley, overruling objections from local reindeer herders.

    Halvorsen said the mine would create 400 jobs and supply metals the country needed for its green transition.

    The Sami Herders Council said it would challenge the permit in court. "This mine will destroy grazing land our families have used for centuries," council leader Inga Pavi said.

    Greenpeace Nordic called the decision "a disgrace" and accused the government of putting profits before people.

    Mining company Nordmetal welcomed the permit and said construction would start in the spring.

    Geologist Erik Dahl said the deposit was one of the largest in northern Europe.
    """

    static let stadium = """
    The city council of Port Avery voted 7-2 on Tuesday to give 150 million dollars of public money to a new football stadium for the Avery Mariners.

    Council member Denise Ortiz, who voted against the deal, said the money should go to schools and roads instead. "This is a handout to a billionaire," she said.

    Mariners owner Carl Jensen thanked the council and promised the stadium would bring thousands of visitors to the waterfront.

    The Port Avery Taxpayers Alliance said it would collect signatures to force a referendum on the subsidy.

    Mayor Stephen Bryce defended the vote, saying the stadium would pay for itself within twenty years.

    Sports historian Lena Fox said the Mariners had played in the city since 1961.
    """

    static let fresh4: [Labelled] = [
        Labelled(name: "tuition", text: tuition, pairs: [("Lim", "Osei", "disagree"), ("Haines", "Calder Student Union", "agree"), ("Lim", "Faculty Senate", "agree"), ("Quill", "Lim", "unclear")]),
        Labelled(name: "mine", text: mine, pairs: [("Halvorsen", "Pavi", "disagree"), ("Greenpeace Nordic", "Sami Herders Council", "agree"), ("Nordmetal", "Halvorsen", "agree"), ("Dahl", "Pavi", "unclear")]),
        Labelled(name: "stadium", text: stadium, pairs: [("Ortiz", "Bryce", "disagree"), ("Jensen", "Bryce", "agree"), ("Ortiz", "Port Avery Taxpayers Alliance", "agree"), ("Fox", "Jensen", "unclear")]),
    ]
}
