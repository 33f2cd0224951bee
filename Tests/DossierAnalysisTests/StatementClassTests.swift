import Testing
@testable import DossierAnalysis

/// Broad classes of how reporters write a position, each on a paragraph of our own: what a
/// negation reaches, an apposition between an actor and its act, the acts of lawmakers
/// (authoring, sponsoring, voting), of courts and of those who contest them, and closures.
@Suite struct StatementClassTests {
    func by(_ actor: String, in text: String) -> [SeenStatement] {
        statements(text).filter { $0.actor.contains(actor) }
    }

    @Test func aNegationAPlainVerbTookOverSaysNothingOfWhatFollows() {
        let lead = "The European Union approved sanctions against Veloria on Monday.\n\n"
        let plans = lead + "Chile's foreign ministry said it had no plans to change its travel advice for Veloria."
        #expect(by("Chile", in: plans).allSatisfy { $0.stance == .neutral }, "\(statements(plans))")
        let staff = lead + "The customs agency said it had not yet hired staff for the program."
        #expect(by("agency", in: staff).allSatisfy { $0.stance == .neutral }, "\(statements(staff))")
        // The negation still reaches an operator and a frame through a plain verb.
        let reject = by("Ortiz", in: lead + "Foreign Minister Ana Ortiz said her government would not accept the sanctions.").first
        #expect(reject?.stance == .against, "\(statements(lead + "Foreign Minister Ana Ortiz said her government would not accept the sanctions."))")
        let noTax = by("Ortiz", in: "Foreign Minister Ana Ortiz said there must be no new tariffs on steel.").first
        #expect(noTax?.stance == .against)
    }

    @Test func withoutNegatesOnlyWhatFollowsIt() {
        let second = by("Kerr", in: "Mayor Anne Kerr said the levy gave the council powers without limits and failed the families.").first
        #expect(second?.frame == "tax", "\(statements("Mayor Anne Kerr said the levy gave the council powers without limits and failed the families."))")
        #expect(second?.stance == .against, "'and failed' is the levy's second verb; 'without' does not reverse it")
        let delay = by("Kerr", in: "Mayor Anne Kerr urged the council to pass the levy without delay.").first
        #expect(delay?.stance == .pro, "\(statements("Mayor Anne Kerr urged the council to pass the levy without delay."))")
    }

    @Test func anAppositionStandsBetweenAnActorAndItsAct() {
        let lead = "The Senate passed a bill on Thursday that would cap the price of insulin.\n\n"
        let vote = by("Beck", in: lead + "Sen. Walter Beck, R-Texas, voted against the measure.").first
        #expect(vote?.stance == .against, "\(statements(lead + "Sen. Walter Beck, R-Texas, voted against the measure."))")
        let sued = lead + "The Pharmacy Trade Council, a group representing drug makers, sued to overturn the law."
        #expect(by("Pharmacy", in: sued).first?.stance == .against, "\(statements(sued))")
    }

    @Test func authorsAndSponsorsOfABillAreForIt() {
        let lead = "The Senate passed a bill on Thursday that would bar lawmakers from trading stocks.\n\n"
        let wrote = lead + "Sen. Karen Hollis, D-Minn., who wrote the bill, said voters had lost trust."
        // (Her own words, "said voters had lost trust", are a statement of hers too.)
        #expect(by("Hollis", in: wrote).contains { $0.stance == .pro }, "\(statements(wrote))")
        let cosponsor = lead + "Sen. Nina Castell broke with her party to co-sponsor the bill."
        #expect(by("Castell", in: cosponsor).first?.stance == .pro, "\(statements(cosponsor))")
        let overdue = by("Castell", in: lead + "Sen. Nina Castell called the ban long overdue.").first
        #expect(overdue?.frame == "legislation")
        #expect(overdue?.stance == .pro)
        // A vote with nothing after it is on the lead event.
        let no = lead + "Sen. Walter Brandt, a Republican from Ohio, voted no."
        #expect(by("Brandt", in: no).contains { $0.stance == .against && $0.frame == "legislation" }, "\(statements(no))")
        // A verb of saying acts only on what it takes for object: no stance on a war written about.
        let about = "Historian Mara Quint wrote about the war in a new book."
        #expect(by("Quint", in: about).allSatisfy { $0.stance == .neutral }, "\(statements(about))")
    }

    @Test func voicingLobbyingAndSidingAreActs() {
        let lead = "The Senate passed a bill on Thursday that would cap the price of insulin.\n\n"
        let voiced = lead + "The Nurses Guild voiced support for the bill on Friday."
        #expect(by("Guild", in: voiced).first?.stance == .pro, "\(statements(voiced))")
        let lobbied = lead + "The Drug Makers Council lobbied against the bill for months."
        #expect(by("Council", in: lobbied).first?.stance == .against, "\(statements(lobbied))")
        let slammed = lead + "Governor Ray Holt slammed the vote as reckless."
        #expect(by("Holt", in: slammed).first?.stance == .against, "\(statements(slammed))")
        let sided = "Governor Ray Holt vetoed the zoning plan on Monday. The Builders Federation sided with Holt."
        let side = by("Federation", in: sided).first
        #expect(side?.targetActor == "Ray Holt", "\(statements(sided))")
        #expect(side?.stance == .pro)
    }

    @Test func aCourtsRulingIsTheLeadActAndAnAppealContestsIt() {
        let lead = "A federal judge on Tuesday blocked an Ohio law requiring age checks on social media.\n\n"
        let judge = lead + "Judge Elena Marsh ruled that the law likely violated the First Amendment. Marsh wrote that the state had gone too far."
        let ruled = by("Marsh", in: judge).first { !$0.fromQuote }
        #expect(ruled?.frame == "legislation", "\(statements(judge))")
        #expect(ruled?.stance == .against)
        let appeal = by("Dawes", in: lead + "Attorney General Rick Dawes said he would appeal immediately.").first
        #expect(appeal?.frame == "legislation", "\(statements(lead + "Attorney General Rick Dawes said he would appeal immediately."))")
        #expect(appeal?.stance == .pro, "appealing a ruling against the law is for the law")
        let praised = by("Alliance", in: lead + "The Digital Rights Alliance praised the ruling.").first
        #expect(praised?.stance == .against)
        // "appealed for calm" is a plea, no challenge.
        let calm = "Mayor Ida Brandt appealed for calm after the protests."
        #expect(by("Brandt", in: calm).allSatisfy { $0.stance != .pro || $0.frame != "conflict" }, "\(statements(calm))")
        let charm = lead + "Governor Tom Reyes said the appeal of the law was plain."
        #expect(by("Reyes", in: charm).allSatisfy { $0.stance != .against }, "\(statements(charm))")
        let struck = by("Laurent", in: "The High Court struck down the fingerprint law on Tuesday.\n\nLawyer Ines Laurent praised the ruling.").first
        #expect(struck?.stance == .against, "struck down: the ruling is against the law")
    }

    @Test func closingAndKeepingOpenAreStancesOnAClosure() {
        let lead = "Harwood Health said on Monday that it would close Elm County Hospital in March.\n\n"
        let open = by("Fox", in: lead + "Commissioner Dee Fox said the hospital must stay open.").first
        #expect(open?.frame == "closure", "\(statements(lead + "Commissioner Dee Fox said the hospital must stay open."))")
        #expect(open?.stance == .against)
        let cannot = lead + "\"We cannot keep a hospital open for patients who go elsewhere,\" chief executive Alan Pryor said."
        #expect(by("Pryor", in: cannot).first?.stance == .pro, "\(statements(cannot))")
        // Keeping open as a subject is judged by its predicate, not by the keeping; who
        // proposed the plan is for it.
        let board = "The Milford school board voted on Monday to close three schools next June.\n\n"
            + "Superintendent Carla Reyes, who proposed the plan, said keeping half-empty buildings open would mean larger classes."
        #expect(by("Reyes", in: board).contains { $0.stance == .pro }, "\(statements(board))")
        #expect(!by("Reyes", in: board).contains { $0.stance == .against }, "\(statements(board))")
        // "a close ally", "an open letter": no closure.
        let ally = "Senator Ruth Dane, a close ally of the governor, signed an open letter."
        #expect(by("Dane", in: ally).allSatisfy { $0.frame != "closure" }, "\(statements(ally))")
        // In an article that leads with no closure, "close" is no closing ("close the gap").
        let gap = "The Senate passed a tax bill on Friday.\n\nSenator Ruth Dane said the party would close the gap and keep its options open."
        #expect(by("Dane", in: gap).allSatisfy { $0.frame != "closure" }, "\(statements(gap))")
    }
}
