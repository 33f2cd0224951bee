import Testing
@testable import DossierAnalysis

/// Reported acts read the right way round: in a passive the actor after "by" acts on the
/// subject ("Trump was attacked by Clinton"); paying for an actor backs it ("donated $100,000 to
/// Cruz", "funded the group").
@Suite struct StatementPassiveAndMoneyTests {
    static let cast = "Senator Ruth Ellison and Governor Tom Gaddis spoke in Ohio. The Harbor Fund ran ads.\n\n"

    @Test func thePassivesAgentActsOnItsSubject() {
        let text = Self.cast + "Gaddis was attacked by Ellison on Monday. The Harbor Fund, backed by Gaddis, ran more ads."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Harbor Fund", by: "Gaddis", in: text).first?.stance == .pro, "\(statements(text))")
        // Never the subject's own stance toward the agent.
        #expect(toward("Ellison", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
        #expect(toward("Gaddis", by: "Harbor Fund", in: text).isEmpty, "\(statements(text))")
    }

    @Test func aFeelingByTheAgentIsTheSubjectsOwn() {
        let text = Self.cast + "Gaddis was deeply troubled by Ellison’s handling of the budget."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .against, "\(statements(text))")
        let relative = Self.cast + "The Harbor Fund, which is backed by Gaddis, ran ads."
        #expect(toward("Gaddis", by: "Harbor Fund", in: relative).isEmpty, "\(statements(relative))")
        #expect(toward("Harbor Fund", by: "Gaddis", in: relative).first?.stance == .pro, "\(statements(relative))")
    }

    @Test func thePassivesAgentMayHaveATitleBeforeItsName() {
        let text = Self.cast + "Gaddis was criticized by Sen. Ruth Ellison on Monday. "
            + "The Harbor Fund, backed by Republican strategist Tom Gaddis, ran more ads."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .against, "\(statements(text))")
        #expect(toward("Harbor Fund", by: "Gaddis", in: text).first?.stance == .pro, "\(statements(text))")
    }

    @Test func aVisitIsNoAct() {
        let text = Self.cast + "Ellison stopped by the Harbor Fund on Tuesday."
        #expect(toward("Ellison", by: "Harbor Fund", in: text).isEmpty, "\(statements(text))")
    }

    @Test func payingForAnActorBacksIt() {
        let text = Self.cast + "Ellison donated $100,000 to Gaddis last month. Gaddis contributed $2.5 million to the Harbor Fund."
        #expect(toward("Gaddis", by: "Ellison", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Harbor Fund", by: "Gaddis", in: text).first?.stance == .pro, "\(statements(text))")
        // What follows "to" is no object when it is a verb.
        let verb = Self.cast + "Ellison continues to trail Gaddis in the polls."
        #expect(toward("Gaddis", by: "Ellison", in: verb).allSatisfy { $0.stance != .pro }, "\(statements(verb))")
    }
}

/// An op-ed's own argument is its author's, named in the closing line (`OpinionAuthor`).
@Suite struct StatementOpinionAuthorTests {
    static let body = "The ticket lacks principle.\n\nGovernor Tom Gaddis is a clear and present danger to our cherished institutions.\n\n"
        + "Senator Ruth Ellison has a long record in the Senate.\n\n"

    @Test func theClosingLineNamesTheAuthorWhoseArgumentItIs() {
        let text = Self.body + "Norman Pike, a delegate from California, is coordinator of the Delegates Network and a columnist."
        #expect(toward("Gaddis", by: "Pike", in: text).first?.stance == .against, "\(statements(text))")
    }

    @Test func aLastSentenceAboutSomeoneElseNamesNoAuthor() {
        let text = Self.body + "Senator Ruth Ellison is polling a distant third."
        #expect(toward("Gaddis", by: "Ellison", in: text).isEmpty, "\(statements(text))")
        // A person the article quotes is its source, not its author.
        let quoted = Self.body + "\"We will win,\" said Norman Pike.\n\nNorman Pike is president of the Delegates Network."
        #expect(toward("Gaddis", by: "Pike", in: quoted).isEmpty, "\(statements(quoted))")
    }
}
