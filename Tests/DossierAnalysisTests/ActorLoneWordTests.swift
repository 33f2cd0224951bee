import Testing
@testable import DossierAnalysis

/// Capitalised words that name no person: one plain word after capitalised qualifiers or a
/// demonym ("Western Journalism", "Latino Decisions"), a name that fills a quotation (a title,
/// an award, an epithet), a pronoun with a contraction and a common word at a sentence's start
/// taken for a quote's source. Paragraphs written for these tests.
@Suite struct ActorLoneWordTests {
    func names(_ text: String) -> [String] { Analyzer().analyze(text).actors.map(\.name) }

    @Test func aPlainWordAfterQualifiersNamesABody() {
        let f = ActorFixture("""
        Turnout rises

        On Monday, Northern Ledger reported that turnout had risen. A poll released by Hispanic Findings showed the same, said Ana Ruiz, who directed it.
        """)
        #expect(!f.actorNames.contains("Ledger") && !f.actorNames.contains("Findings"), "\(f.actorNames)")
        #expect(f.actor("Northern Ledger")?.type == .organization, "\(f.actorNames)")
        #expect(f.actor("Hispanic Findings")?.type == .organization, "\(f.actorNames)")
    }

    @Test func aPlaceBeforeAKnownKindOfBodyNamesItsLocalBranch() {
        let f = ActorFixture("""
        The Harlow Chamber of Commerce endorsed Marsh, saying the toll was driving customers away. Members of the Dunmore Chamber of Commerce disagreed.
        """)
        #expect(f.actor("Harlow Chamber of Commerce")?.type == .organization, "\(f.actorNames)")
        #expect(f.actor("Dunmore Chamber of Commerce")?.type == .organization, "\(f.actorNames)")
        #expect(!f.actorNames.contains("Harlow Chamber"), "\(f.actorNames)")
    }

    @Test func aSurnameTheArticleGivesWithAFirstNameStaysAPerson() {
        let f = ActorFixture("""
        Senator Tom Avery voted against the bill. Republican Avery said on Monday that it went too far.
        """)
        #expect(f.actor("Tom Avery")?.type == .person, "\(f.actorNames)")
        #expect(!f.actorNames.contains("Republican Avery"), "\(f.actorNames)")
    }

    @Test func aNameThatFillsAQuotationIsATitleOrAnEpithet() {
        let n = names("""
        Awards night

        Actress Mara Quinn took home the show’s “Star Glow” award. Her critics called her an “Aunt Tess.” She had roles in “Harold Finch: The Long Road Home,” and more.
        """)
        for word in ["Glow", "Star Glow", "Tess", "Harold Finch"] { #expect(!n.contains(word), "\(word) in \(n)") }
        #expect(n.contains("Mara Quinn"), "\(n)")
    }

    @Test func aNicknameInQuotesBeforeTheNameIsStillTheNamedPerson() {
        let n = names("""
        Mr. Holt mocked “Lyin’ Dan” Pruitt again. Dan Pruitt said on Monday that he would not answer.
        """)
        #expect(n.contains("Dan Pruitt"), "\(n)")
    }

    @Test func aPronounWithAContractionIsNoSource() {
        let doc = Segmenter().segment(ArticleText("I'd run again. They’re not sure."))
        let s = doc.text.scalars
        #expect(ActorTable.isContractedPronoun(Span(0, 3), s, .shared))
        #expect(ActorTable.describedActor(Span(0, 3), in: doc)?.0 == nil)
        #expect(ActorTable.describedActor(Span(15, 22), in: doc)?.0 == nil)
    }

    @Test func aCommonWordAtASentenceStartIsNoSource() {
        let f = ActorFixture("""
        Exit polls found that voters were angry. Early exit data agreed.
        """)
        let words = ArticleWords(f.doc)
        #expect(ActorTable.describedActor(f.span("Exit"), in: f.doc, lowerSeen: words.lowerSeen)?.0 == nil)
        #expect(ActorTable.describedActor(f.span("Exit"), in: f.doc)?.0 == "Exit")
    }

    @Test func wordsEndingInAPlaceNameNoPerson() {
        let f = ActorFixture("""
        Voters gathered in Southeast Ohio on Monday. Keystone Ohio, a labor group, said it would spend heavily. \
        Nothing like that is in the Marsh Ohio spots, which start next week, said Ana Ruiz, who directs them.
        """)
        #expect(!f.table.actors.contains { $0.type == .person && $0.name.hasSuffix("Ohio") }, "\(f.actorNames)")
        #expect(f.actor("Keystone Ohio")?.type == .organization, "\(f.actorNames)")
        #expect(f.actor("Ana Ruiz")?.type == .person, "\(f.actorNames)")
    }
}
