import Testing
@testable import DossierAnalysis

/// A page of signed letters or readers' comments: each run of paragraphs above a line that is
/// only a name is that writer's block quote; a place line under a name and a section header
/// ("FACEBOOK.") belong to no letter; a single short line signs nothing, and names heading
/// sections ("Hillary Clinton." over a profile) sign nothing either.
@Suite struct SignedLetterTests {
    static let page = """
    Readers react to the mayor's budget.

    LETTERS.

    The budget cuts the bus service my children take to school. It is a disgrace.

    Maria Keller.

    Springfield, Ill.

    The mayor finally made hard choices. Good for him.

    Tom Avery.

    FACEBOOK.

    Nobody asked the riders.

    Ann Lowe.

    @busrider22.

    Cut the consultants, not the buses.

    Joe Marino.
    """

    @Test func eachLetterIsItsWritersBlockQuote() {
        let a = Analyzer().analyze(Self.page)
        let blocks = a.quotes.filter { $0.kind == .block }
        let seen = blocks.map { q in (q.speaker.flatMap { a.actor(id: $0)?.name } ?? "-", a.text.joined(q.content, separator: " | ")) }
        // "@busrider22." signs a comment too, but names no actor: none is made for it.
        #expect(seen.map(\.0) == ["Maria Keller", "Tom Avery", "Ann Lowe", "Joe Marino"], "\(seen)")
        #expect(seen.first?.1.hasPrefix("The budget cuts") == true, "\(seen)")
        #expect(seen.dropFirst().first?.1 == "The mayor finally made hard choices. Good for him.", "the place line is no letter: \(seen)")
        #expect(seen.last?.1 == "Cut the consultants, not the buses.", "\(seen)")
        #expect(blocks.allSatisfy { $0.cue == nil })
    }

    @Test func aSingleNameLineSignsNothing() {
        let text = "Council votes on the budget.\n\nThe council voted on Monday. The mayor said nothing.\n\nRebecca Mansour.\n"
        #expect(Analyzer().analyze(text).quotes.allSatisfy { $0.kind != .block })
    }

    @Test func namesHeadingSectionsSignNothing() {
        let text = "Where the candidates stand.\n\nHillary Clinton.\n\nShe backs the plan.\n\nBernie Sanders.\n\nHe opposes it.\n\n"
            + "Ted Cruz.\n\nHe wants a vote.\n\nJohn Kasich.\n\nHe has not said."
        #expect(Analyzer().analyze(text).quotes.allSatisfy { $0.kind != .block })
    }
}
