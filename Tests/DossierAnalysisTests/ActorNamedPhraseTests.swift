import Testing
@testable import DossierAnalysis

/// How a described body or group is named and when a place acts: where a named body sits does
/// not rename it, an owner named by a common noun stays in the group's name, and a town after
/// "to" is where someone goes. Paragraphs written for these tests.
@Suite struct ActorNamedPhraseTests {
    @Test func whereANamedBodySitsDoesNotRenameIt() {
        let f = ActorFixture("""
        Councillor Ann Pike, who leads the four-member Green group on the council, said the vote had been rushed.
        """)
        #expect(f.actor("Green group") != nil, "\(f.actorNames)")
        #expect(!f.actorNames.contains("Green group on the council"), "\(f.actorNames)")
    }

    @Test func aTownsOwnAdvisersKeepTheirOwner() {
        let f = ActorFixture("""
        Councillor Ann Pike accused the majority of ignoring the city's own advisers, who had warned that the loss could not be offset.
        """)
        #expect(f.actor("city's own advisers")?.type == .group, "\(f.actorNames)")
        #expect(!f.actorNames.contains("own advisers"), "\(f.actorNames)")
    }

    @Test func aTownAfterToIsWhereSomeoneGoes() {
        let f = ActorFixture("""
        Mayor Ann Pike said the shipping lines considering a move to Port Hallam would not wait much longer.
        """)
        #expect(f.actor("Port Hallam") == nil, "\(f.actorNames)")
    }

    @Test func aTitleOfABodyBeforeANameIsThePersonsRoleAndAffiliation() {
        let f = ActorFixture("""
        President of the Harbor Trust Mary Ellen Holt said the plan would fail. Chairman of the Joint Chiefs of Staff Gen. Tom Avery said it would not.
        """)
        #expect(f.actor("Mary Ellen Holt")?.roles == ["President"], "\(f.actorNames)")
        #expect(f.actor("Mary Ellen Holt")?.affiliation == "Harbor Trust", "\(f.actorNames)")
        #expect(f.actor("Tom Avery")?.roles == ["Chairman"], "\(f.actorNames)")
        #expect(f.actorNames.count == 2, "\(f.actorNames)")
    }

    @Test func anOfficeOfTheStateKeepsItsWholeTitle() {
        let f = ActorFixture("Secretary of State Ann Pike said the plan would fail.")
        #expect(f.actor("Ann Pike")?.roles == ["Secretary of State"], "\(f.actorNames)")
    }

    @Test func aSpeakerNamedByABodysNameAndAKindOfEventIsTheBody() {
        // Adopted as a quote's source, so read through the whole analysis.
        let actors = Analyzer().analyze("The Kestrel Tour said on Tuesday that it would move the tournament.").actors
        #expect(actors.first { $0.name == "Kestrel Tour" }?.type == .organization, "\(actors.map(\.name))")
    }

    @Test func aNameAloneInQuotationMarksIsATitleOrANicknameNotAnActor() {
        let n = Analyzer().analyze("""
        Senator defends the plan

        Sen. Mara Quill said during an interview on WKXT’s “State of the Union” Sunday that the bill would pass. The senator's allies launched a “Party of Quill” campaign, and her aide, Dale “Butch” Rowan, agreed.
        """).actors.map(\.name)
        for title in ["State of the Union", "Party of Quill", "Butch"] { #expect(!n.contains(title), "\(title) in \(n)") }
        #expect(n.contains("Mara Quill"), "\(n)")
    }
}
