import Testing
@testable import DossierAnalysis

/// Subjects separated from their verb by an aside: a relative clause between commas (", who
/// was honored with an award,"), an aside between dashes; plural nouns for bodies that act
/// ("state legislatures"); a place's name that "who" follows. Paragraphs written for these tests.
@Suite struct ActorAsideTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aSubjectActsPastARelativeClauseBetweenCommas() {
        let n = names("""
        The gala went on until midnight. Meanwhile Zarina, who was honored with the prestigious Pioneer award, spoke about the importance of mentors.
        """)
        #expect(n.contains("Zarina"), "\(n)")
    }

    @Test func aSubjectActsPastAnAsideBetweenDashes() {
        let n = names("""
        The amendment had passed both houses, and 35 state legislatures - only three shy of the number required - had approved it.
        """)
        #expect(n.contains("state legislatures"), "\(n)")
    }

    @Test func pluralBodiesThatActAreAGroup() {
        let n = names("""
        Big banks opposed the rule on Monday, and the television networks said they would not air the ads.
        """)
        #expect(n.contains("Big banks") || n.contains("banks"), "\(n)")
        #expect(n.contains("television networks"), "\(n)")
    }

    @Test func aPlacesNameThatWhoFollowsIsAPerson() {
        let a = Analyzer().analyze("""
        Jeremy Dover moved here from Washington. "You get your house ready," Dover, who used to work on Capitol Hill, said. Later, Paris, who runs the group, said it was ready.
        """).actors
        #expect(!a.contains { $0.type == .country }, "\(a.map { ($0.name, $0.type) })")
    }

    @Test func aPlaceBeforeAPeopleNounQualifiesTheDescription() {
        let a = Analyzer().analyze("""
        Gov. Tom Brand campaigned in Iowa on Monday. "We will win," the Ohio governor said. Iowa voters said they were undecided.
        """).actors
        let n = a.map(\.name)
        #expect(!n.contains("Ohio governor") && !n.contains("Ohio"), "\(n)")
        #expect(a.first { $0.name == "Tom Brand" }?.aliases.contains("the Ohio governor") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(n.contains("Iowa voters"), "\(n)")
    }

    @Test func aSubjectAfterAsOpeningAClauseActs() {
        let f = ActorFixture("""
        Even as Senate Democrats tried to revive the bill, Lena Marsh worked to stop it.
        """)
        #expect(f.table.actors.first { $0.name == "Senate Democrats" } != nil, "\(f.actorNames)")
    }

    @Test func theSourceOfAnActActsPastQuantitiesAndQualifiers() {
        let n = names("""
        The plan drew criticism from all Senate Democrats on Monday.
        """)
        #expect(n.contains("Senate Democrats"), "\(n)")
    }
}
