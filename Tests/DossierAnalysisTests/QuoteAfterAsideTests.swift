import Testing
@testable import DossierAnalysis

/// A quotation reached past an aside between its cue and it, and a source phrase that stops at
/// a modal's verb.
@Suite struct QuoteAfterAsideTests {
    @Test func aTimeClauseBeforeTheColon() {
        let q = quote("The inquiry falls to the minister, who told Parliament when asked last week about the audit: \"That matter is in the hands of the auditors.\"",
                      containing: "auditors")
        #expect(q?.source == "the minister, who", "\(String(describing: q))")
        #expect(q?.cue == "told", "\(String(describing: q))")
        #expect(q?.kind == .direct, "\(String(describing: q))")
    }

    @Test func aReasonClauseBeforeTheComma() {
        let q = quote("Ms. Reyes said because the mayor is popular with young voters, \"he is the best help she could get.\"",
                      containing: "best help")
        #expect(q?.source == "Ms. Reyes", "\(String(describing: q))")
        #expect(q?.content.hasPrefix("\"he is the best help") == true, "\(String(describing: q))")
    }

    @Test func aSecondPrepositionalPhraseBeforeTheQuote() {
        let q = quote("Last week she announced on her website, in bold letters, \"I am leaving the race and backing my rival!\"",
                      containing: "leaving the race")
        #expect(q?.source == "she", "\(String(describing: q))")
        #expect(q?.cue == "announced", "\(String(describing: q))")
    }

    @Test func aQuoteWithItsOwnAttributionAfterTheAsideIsNotTaken() {
        let q = quote("He spoke when the hall was full, \"We will win,\" a voter recalled.", containing: "We will win")
        #expect(q?.source == "a voter", "\(String(describing: q))")
    }

    @Test func theVerbAfterAModalIsNotPartOfTheSource() {
        let q = quote("Any deal would involve Finance Minister Carla Diaz, who told reporters: \"We are not there yet.\"", containing: "not there")
        #expect(q?.source == "Finance Minister Carla Diaz, who", "\(String(describing: q))")
        let r = quote("Any deal would probably need Finance Minister Carla Diaz, who told reporters: \"We are not there yet.\"", containing: "not there")
        #expect(r?.source == "Finance Minister Carla Diaz, who", "\(String(describing: r))")
    }
}

@Suite struct WritersAsideTests {
    @Test func andIQuoteIsTheWritersAside() {
        let q = quote("The governor said, and I quote, \"We will not raise a single tax this year.\"", containing: "single tax")
        #expect(q?.source == "The governor", "\(String(describing: q))")
        #expect(q?.cue == "said", "\(String(describing: q))")
        #expect(attributions("The governor said, and I quote, \"We will not raise a single tax this year.\"").count == 1)
    }
}

/// "Another source speaking to a newspaper said": the speaker is the phrase before the participle.
@Suite struct ParticipleAfterSourceTests {
    @Test func theSpeakerComesBeforeTheParticiplePhrase() {
        let q = quote("Another intelligence source speaking to the Ledger said, “The agents are looking at the donations.”", containing: "agents")
        #expect(q?.source == "Another intelligence source", "\(String(describing: q))")
        let r = quote("A senior official speaking on condition of anonymity said the talks had stalled.", containing: "talks")
        #expect(r?.source == "A senior official", "\(String(describing: r))")
    }

    @Test func anIngNounAfterAnAdjectiveIsNoParticiple() {
        let found = attributions("The lopsided spending by super PACs underscores their outsized role in the race.")
        #expect(found.allSatisfy { $0.source != "The lopsided" }, "\(found)")
    }
}

/// "And after the court refused to …, X blamed …": a cue in a fronted clause keeps its content
/// inside that clause, also after the sentence's opening conjunction.
@Suite struct FrontedClauseAfterConjunctionTests {
    @Test func theFrontedClauseEndsAtItsComma() {
        let text = "And after the court refused to reinstate the law, Gov. Ann Lee blamed the court’s “four liberal justices who blocked the protections.”"
        let q = quote(text, containing: "liberal justices")
        #expect(q?.source == "Gov. Ann Lee", "\(String(describing: q))")
        #expect(attributions(text).allSatisfy { !($0.content.contains("reinstate") && $0.content.contains("justices")) })
    }
}

/// "the parents of two Americans killed in the 2012 attacks on …": a cue word after a
/// determiner and a year is a noun, so the description reports nothing.
@Suite struct CueNounAfterYearTests {
    @Test func aCueWordAfterTheAndAYearIsANoun() {
        let found = attributions("Ann Poe and Carl Reyes, the parents of two soldiers killed in the 2012 attacks on a base in Kandahar, have filed a lawsuit against the ministry.")
        #expect(found.allSatisfy { $0.cue != "attacks" }, "\(found)")
    }
}

/// "“…,” she went on.": going on is speaking only next to a quotation.
@Suite struct WentOnCueTests {
    @Test func wentOnAfterAQuotationIsItsCue() {
        let q = quote("The mayor pointed to the budget.\n\n“And it worries me because it would end every program we run, the buses, the libraries, the pools,” she went on.",
                      containing: "worries me")
        #expect(q?.source == "she", "\(String(describing: q))")
        #expect(q?.cue == "went on", "\(String(describing: q))")
    }

    @Test func wentOnWithoutAQuotationReportsNothing() {
        let found = attributions("As the day went on, the roads cleared. The senator went on national television to defend the bill.")
        #expect(found.allSatisfy { $0.cue != "went on" }, "\(found)")
    }
}

/// "the report, which notes, “…”" and "X joked, again using an accent, “…”": the comma before a
/// quotation is not the end of a relative clause, and a participle phrase may stand before it.
@Suite struct RelativeCueQuoteTests {
    @Test func aRelativeClauseCueTakesTheQuotationAfterItsComma() {
        let q = quote("The group cited the report, which says, “More than half the people who met with her were donors.”", containing: "donors")
        #expect(q?.source == "the report, which", "\(String(describing: q))")
        #expect(q?.cue == "says", "\(String(describing: q))")
    }

    @Test func aParticiplePhraseBeforeTheQuotation() {
        let q = quote("The host joked, again using a thick accent, “Amen, brother! Come on up!”", containing: "Amen")
        #expect(q?.source == "The host", "\(String(describing: q))")
        let r = quote("The spokesman said no meeting was planned, adding: “If one is proposed we will consider it.”", containing: "proposed")
        #expect(r?.cue == "adding", "\(String(describing: r))")
    }
}
