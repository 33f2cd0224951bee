import Testing
@testable import DossierAnalysis

/// The statement stage on the ways reporters word a stance that single cue words miss: a cue's
/// object judged after it, "it" for the thing named before, a noun of the lead verb ("the cap"
/// after "a bill capping …"), phrasal verbs (drive away, put at risk, pay for), harm verbs and
/// a purpose "to" after a verb that is no cue.
@Suite struct StatementPhraseTests {
    func by(_ actor: String, in text: String) -> [SeenStatement] {
        statements(text).filter { $0.actor.contains(actor) }
    }

    @Test func anObjectJudgedAfterTheCueKeepsTheCuesSign() {
        let text = "The ministry denounced the sanctions as \"illegal interference\" on Friday."
        let s = by("ministry", in: text).first
        #expect(s?.frame == "sanctions", "\(statements(text))")
        #expect(s?.stance == .against)
    }

    @Test func itAfterANamedThingIsThatThing() {
        let text = "\"The new tax is unfair and it will hurt families,\" opposition leader Rosa Vance said."
        let s = by("Vance", in: text).first
        #expect(s?.frame == "tax", "\(statements(text))")
        #expect(s?.stance == .against)
    }

    @Test func theLeadEventJudgedByANounIsTheLeadActsFrame() {
        let lead = "Norvania suspended its participation in the fisheries treaty on Tuesday.\n\n"
        let called = by("Estrelia", in: lead + "Estrelia's government called the suspension a serious breach of international law.").first
        #expect(called?.frame == "treaty", "\(statements(lead + "Estrelia's government called the suspension a serious breach of international law."))")
        #expect(called?.stance == .pro, "against suspending the treaty is for it")
        let it = by("Moreno", in: lead + "\"This decision is reckless and it endangers decades of cooperation,\" Foreign Minister Carla Moreno said.").first
        #expect(it?.frame == "treaty")
        #expect(it?.stance == .pro)
        let failed = by("Lund", in: lead + "Foreign Minister Henrik Lund said the treaty had failed to protect fish stocks.").first
        #expect(failed?.frame == "treaty")
        #expect(failed?.stance == .against)
    }

    @Test func aNounOfTheLeadVerbIsTheLeadAct() {
        let lead = "The Senate passed a bill capping the price of insulin on Thursday.\n\n"
        let text = lead + "The Drug Makers Council said the cap would stifle innovation."
        let s = by("Council", in: text).first
        #expect(s?.frame == "legislation", "\(statements(text))")
        #expect(s?.stance == .against)
        // Who acts in the lead is no act: "the board" after "The board voted to …".
        let board = "The education board voted on Tuesday to close three schools.\n\nConsultant Peter Lowe said the board would save two million pounds."
        #expect(by("Lowe", in: board).first?.stance != .pro, "\(statements(board))")
    }

    @Test func phrasalVerbsArgue() {
        let away = by("Ferreira", in: "Union leader Ana Ferreira said the fare rise would drive passengers away.").first
        #expect(away?.frame == "tax", "\(String(describing: away))")
        #expect(away?.stance == .against)
        let risk = by("Ferreira", in: "Union leader Ana Ferreira said the new tax would put thousands of jobs at risk.").first
        #expect(risk?.stance == .against, "\(String(describing: risk))")
        let pays = by("Becker", in: "Governor Tom Becker said the toll paid for the bridge's repairs.").first
        #expect(pays?.frame == "tax", "\(String(describing: pays))")
        #expect(pays?.stance == .pro)
        let paysNothing = by("Becker", in: "Governor Tom Becker said the toll paid out nothing.").first
        #expect(paysNothing?.stance != .pro, "'paid' without 'for' credits nothing")
        let suffers = by("Wojcik", in: "Union leader Tomasz Wojcik said his members would be the ones who pay for this delay.").first
        #expect(suffers?.stance != .pro, "\(String(describing: suffers))")
    }

    @Test func feelingsAboutTheLeadEventAreStances() {
        let lead = "The High Court struck down the fingerprint law on Tuesday.\n\n"
        // The ruling is the lead act, striking the law down: delight in it is against the law.
        let pleased = by("Laurent", in: lead + "Lawyer Ines Laurent said she was delighted by the ruling.").first
        #expect(pleased?.frame == "legislation", "\(statements(lead + "Lawyer Ines Laurent said she was delighted by the ruling."))")
        #expect(pleased?.stance == .against)
        let dismayed = by("Sandor", in: lead + "Interior Minister Viktor Sandor said he was dismayed by the ruling.").first
        #expect(dismayed?.frame == "legislation")
        #expect(dismayed?.stance == .pro)
    }

    @Test func aNameGivenToTheLeadEventJudgesIt() {
        let lead = "Environment Minister Josef Halvorsen on Monday granted a permit for a copper mine.\n\n"
        let granted = by("Halvorsen", in: lead).first
        #expect(granted?.frame == "development", "\(statements(lead))")
        #expect(granted?.stance == .pro)
        let disgrace = by("Greenpeace", in: lead + "Greenpeace Nordic called the decision \"a disgrace\".").first
        #expect(disgrace?.frame == "development", "\(statements(lead + "Greenpeace Nordic called the decision \"a disgrace\"."))")
        #expect(disgrace?.stance == .against)
        // A name no lexicon knows is no call for what it names.
        let unknown = lead + "Greenpeace Nordic called the decision \"a tangerine\"."
        #expect(by("Greenpeace", in: unknown).allSatisfy { $0.stance != .pro }, "\(statements(unknown))")
        let reconsider = lead + "Governor Ann Kiel urged the minister to reconsider."
        #expect(by("Kiel", in: reconsider).first?.stance == .against, "\(statements(reconsider))")
    }

    @Test func aPurposeToCarriesTheAction() {
        let text = "The Senate passed the bill on Thursday.\n\nSenator Janet Cole broke with her party to vote for the bill."
        let s = by("Cole", in: text).first
        #expect(s?.frame == "legislation", "\(statements(text))")
        #expect(s?.stance == .pro)
        let failed = "The Senate passed the bill on Thursday.\n\nSenator Janet Cole failed to block the bill."
        #expect(by("Cole", in: failed).first?.stance != .against, "\(statements(failed))")
    }
}

/// "spoke out in favor of X": the whole phrase is the cue, and it sides with X; "spoke out" alone
/// is only a say.
@Suite struct StatementSpokeOutInFavorTests {
    @Test func speakingOutInFavorOfAnActorBacksIt() {
        let text = "Senator Ruth Ellison and Colonel Mark Dorsey spoke in Ohio.\n\n"
            + "Dorsey, a Republican, spoke out in favor of Democratic nominee Ruth Ellison on Friday."
        #expect(toward("Ellison", by: "Dorsey", in: text).first?.stance == .pro, "\(statements(text))")
    }
}
