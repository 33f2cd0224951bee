import Testing
@testable import DossierAnalysis

/// The statement stage on judgements that name no frame ("it is long overdue", "a step
/// backwards"): they judge the article's lead event, with the lead act's sign; a subject before
/// "but" is what the judgement after it is about; "would cost" argues, "had cost" reports.
@Suite struct StatementJudgementTests {
    func by(_ actor: String, in text: String) -> [SeenStatement] {
        statements(text).filter { $0.actor.contains(actor) }
    }

    static let lead = "The city council approved a new tax on empty homes on Monday.\n\n"

    @Test func aJudgementWithNoFrameJudgesTheLeadEvent() {
        let pro = by("Okafor", in: Self.lead + "\"It is long overdue,\" housing campaigner Ada Okafor said.").first
        #expect(pro?.frame == "tax", "\(statements(Self.lead))")
        #expect(pro?.stance == .pro)
        let against = by("Okafor", in: Self.lead + "\"This is a step backwards,\" housing campaigner Ada Okafor said.").first
        #expect(against?.frame == "tax")
        #expect(against?.stance == .against)
        let welcome = by("Okafor", in: Self.lead + "\"This is a welcome step,\" housing campaigner Ada Okafor said.").first
        #expect(welcome?.stance == .pro, "\(String(describing: welcome))")
        let negated = by("Okafor", in: Self.lead + "\"We cannot accept this,\" housing campaigner Ada Okafor said.").first
        #expect(negated?.stance == .against, "\(String(describing: negated))")
    }

    @Test func theLeadActsSignCarriesOver() {
        // Blocking the bill is against it: being disappointed by that is for it.
        let text = "Members of parliament blocked a bill on rents on Tuesday.\n\nHousing Minister Lea Storm said she was deeply disappointed."
        let s = by("Storm", in: text).first
        #expect(s?.frame == "legislation", "\(statements(text))")
        #expect(s?.stance == .pro)
    }

    @Test func noLeadEventNoJudgedTarget() {
        let s = by("Okafor", in: "\"It is long overdue,\" housing campaigner Ada Okafor said.").first
        #expect(s?.frame == nil)
        #expect(s?.stance == .neutral)
    }

    @Test func aJudgementOfSomethingNamedIsNotOfTheLeadEvent() {
        let named = by("Okafor", in: Self.lead + "\"The convention was a failure,\" housing campaigner Ada Okafor said.").first
        #expect(named?.frame != "tax", "\(String(describing: named))")
        let person = by("Okafor", in: Self.lead + "Housing campaigner Ada Okafor called Mayor Brent's remarks \"reckless\".").first
        #expect(person?.frame != "tax", "\(String(describing: person))")
    }

    @Test func aSubjectBeforeButIsWhatTheJudgementAfterItJudges() {
        let s = by("Marr", in: "Board chair Gillian Marr said the closures were painful but unavoidable.").first
        #expect(s?.frame == "closure", "\(String(describing: s))")
        #expect(s?.stance == .pro)
    }

    @Test func wouldCostArguesHadCostReports() {
        let argues = by("Pratt", in: "Party whip Gordon Pratt said the bill would cost small businesses thousands of jobs.").first
        #expect(argues?.frame == "legislation")
        #expect(argues?.stance == .against)
        let reports = by("Lund", in: "Trade Minister Pia Lund said the fighting had cost the region its harvest.").first
        #expect(reports?.stance != .against, "\(String(describing: reports))")
    }
}
