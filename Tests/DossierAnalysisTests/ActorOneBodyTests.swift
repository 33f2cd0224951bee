import Testing
@testable import DossierAnalysis

/// One body named in two ways must stay one actor. Paragraphs written for these tests.
@Suite struct ActorOneBodyTests {
    @Test func aNameBeforeANounOfKindIsTheBodysOwnName() throws {
        let f = ActorFixture("""
        Ad war heats up

        The Norvale group, funded by wealthy donors, is planning to run ads across Ohio starting next week. Norvale has been hitting Senator Mark Hadley with ads in Ohio recently, and its new effort is timed to start as he campaigns there.
        """)
        let norvale = try #require(f.owner(of: "Norvale", occurrence: 2))
        #expect(f.owner(of: "The Norvale group")?.id == norvale.id)
        #expect(norvale.type == .organization)
        #expect(norvale.affiliation == nil)
        #expect(f.table.actors.filter { $0.name.contains("Norvale") }.count == 1)
    }

    @Test func aPersonsNameBeforeANounOfKindStillOwnsTheBody() throws {
        let f = ActorFixture("""
        Deal signed

        Developer Carl Mendrick signed the deal on Monday. The Mendrick company said it would build 400 homes, and Mendrick said he was pleased.
        """)
        let company = try #require(f.actor("Mendrick company"))
        #expect(company.type == .organization)
        #expect(f.owner(of: "Carl Mendrick")?.id != company.id)
    }

    @Test func theSameDescriptionWithTheIsThePersonItIntroduced() throws {
        let f = ActorFixture("""
        Archive deleted

        The inquiry began after an employee for Halden Systems deleted the archive in March. Officials said a Halden aide sent the Halden Systems employee a warning weeks before. The employee told investigators he had not seen it. Another employee said she had.
        """)
        let employee = try #require(f.owner(of: "an employee for Halden Systems"))
        #expect(f.owner(of: "The employee")?.id == employee.id)
        // "Another employee" is someone else.
        #expect(f.owner(of: "Another employee")?.id != employee.id)
    }

    @Test func anAdoptedSpeakerMisspellingASurnameIsThatPerson() throws {
        let f = ActorFixture("""
        Band back in studio

        Singer Anna Kowalski said the album was nearly done, and drummer Tom Reyes agreed.
        """)
        let anna = try #require(f.actor("Anna Kowalski"))
        #expect(f.table.misspeltSurname("Kowlaski") == anna.id)
        #expect(f.table.misspeltSurname("Kowalsky") == nil)
        #expect(f.table.misspeltSurname("Reyes") == nil)
    }
}
