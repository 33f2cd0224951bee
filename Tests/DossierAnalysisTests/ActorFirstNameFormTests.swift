import Testing
@testable import DossierAnalysis

/// One person under another form of the first name. Paragraphs written for these tests.
@Suite struct ActorFirstNameFormTests {
    @Test func aLoneShortFormJoinsThePersonNamedInFull() throws {
        let f = ActorFixture("""
        Representative James T. Corwell said he had waited an hour in line. The governor smiled and told him: "Jim, good to see you." Corwell said the moment stayed with him.
        """)
        #expect(f.actor("James T. Corwell") != nil, "\(f.actorNames)")
        #expect(f.actor("Jim") == nil, "\(f.actorNames)")
    }

    @Test func initialsForTheFirstNameAreThePersonNamedInFull() throws {
        let f = ActorFixture("""
        The studio hired Eddie Brannock to keep its stars out of the papers. Brannock said he never lost a case. Colleagues who worked with E. J. Brannock said he knew every reporter in town.
        """)
        #expect(f.actorNames.filter { $0.contains("Brannock") }.count == 1, "\(f.actorNames)")
    }

    @Test func twoFirstNamesBeforeOneSurnameAreTwoPeopleInFull() throws {
        let f = ActorFixture("""
        The film was written and directed by Ethan and Joel Varga, who said they shot it in a month.
        """)
        #expect(f.actor("Joel Varga") != nil, "\(f.actorNames)")
        #expect(f.actor("Ethan Varga") != nil, "\(f.actorNames)")
        #expect(f.actor("Ethan") == nil, "\(f.actorNames)")
    }
}
