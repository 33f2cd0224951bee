import Testing
@testable import DossierAnalysis

/// The quotation-mark stage alone, on paragraphs written for the test.
@Suite struct QuoteDetectorTests {
    /// The text of each detected quote, parts joined by " | ".
    func quotes(_ text: String) -> [String] {
        let doc = Segmenter().segment(ArticleText(text))
        return QuoteDetector().detect(doc).map { doc.text.joined($0.content, separator: " | ") }
    }

    func spans(_ text: String) -> [QuoteSpan] {
        QuoteDetector().detect(Segmenter().segment(ArticleText(text)))
    }

    @Test func pairsEveryStyleOfMark() {
        #expect(quotes("He said “we will win” today.") == ["“we will win”"])
        #expect(quotes("He said \"we will win\" today.") == ["\"we will win\""])
        #expect(quotes("Il a dit « nous gagnerons » hier.") == ["« nous gagnerons »"])
        #expect(quotes("Er sagte „wir gewinnen“ gestern.") == ["„wir gewinnen“"])
        #expect(quotes("She called it ‘a mess’ on Friday.") == ["‘a mess’"])
        #expect(quotes("''It's embarrassing,'' Mr. Rubel said.") == ["''It's embarrassing,''"])
    }

    @Test func apostrophesAreNotClosingMarks() {
        #expect(quotes("Clinton’s aides said the ’90s were over and the voters’ anger grew.").isEmpty)
        #expect(quotes("He called it ‘the voters’ choice’ twice.") == ["‘the voters’ choice’"])
        #expect(quotes("“It’s Trump’s party now,” he said.") == ["“It’s Trump’s party now,”"])
    }

    @Test func singleQuotesInsideDoubleQuotesStayInside() {
        #expect(quotes("“He told me ‘never again,’ and left,” she said.") == ["“He told me ‘never again,’ and left,”"])
        #expect(quotes("''I tell them, 'Sorry,''' said Mr. Meyer.") == ["''I tell them, 'Sorry,'''"])
    }

    @Test func mismatchedPairsCloseWithoutSwallowingTheText() {
        // Opened with ‘, closed with ”.
        #expect(quotes("‘At this moment, it will only risk chaos,” the governments said. Later they left.")
                == ["‘At this moment, it will only risk chaos,”"])
        // A quote that never closes ends with its paragraph; the next paragraph is untouched.
        let qs = spans("He said “we will win and left.\n\nThe next day was calm. “Good,” she said.")
        #expect(qs.count == 2)
        #expect(qs[0].closed == false && qs[0].paragraph == 0)
        #expect(qs[1].paragraph == 1)
    }

    @Test func aQuoteOverSeveralParagraphsIsOneQuote() {
        let text = "“The first part goes on,\n\n“and the second part too,\n\n“and it ends here,” she said."
        let qs = spans(text)
        #expect(qs.count == 1)
        #expect(qs[0].content.count == 3)
        #expect(qs[0].paragraph == 0)
        let doc = Segmenter().segment(ArticleText(text))
        #expect(doc.text[qs[0].content[2]] == "“and it ends here,”")
    }

    @Test func anUnclosedQuoteDoesNotContinueIntoAPlainParagraph() {
        let qs = spans("“The first part has no end.\n\nThe mayor left early.")
        #expect(qs.count == 1)
        #expect(qs[0].content.count == 1)
    }

    @Test func blockQuoteIsAttributedOnTheLineUnderIt() {
        let text = "The envoy left.\n\nWe leave with a heavy heart and hope for peace in the region\n\n- UN envoy Jane Doe\n\nTalks resume today."
        let qs = spans(text)
        #expect(qs.count == 1)
        #expect(qs[0].kind == .block)
        let doc = Segmenter().segment(ArticleText(text))
        #expect(doc.text[qs[0].content[0]] == "We leave with a heavy heart and hope for peace in the region")
        #expect(qs[0].byline.map { doc.text[$0] } == "UN envoy Jane Doe")
    }

    @Test func aCreditLineIsNotABlockQuoteByline() {
        let qs = spans("The talks ended late on Friday night.\n\n— Associated Press writer John Smith contributed.")
        #expect(qs.isEmpty)
    }

    @Test func offsetsIncludeTheMarks() {
        let text = "Émile said “héllo” 👋."
        let doc = Segmenter().segment(ArticleText(text))
        let q = QuoteDetector().detect(doc)
        #expect(q.count == 1)
        #expect(q[0].content == [Span(11, 18)])
    }

    @Test func anInvisibleFormatCharacterBeforeAMarkIsNotThere() {
        // A left-to-right embedding (U+202A) pasted before a closing-style mark at a paragraph's start.
        let text = "Readers answered her post.\n\n\u{202A}”Thanks Sarah, you said it well!!” wrote Pete Hidalgo."
        let doc = Segmenter().segment(ArticleText(text))
        let quotes = QuoteDetector().detect(doc)
        #expect(quotes.contains { doc.text[$0.content[0]].contains("Thanks Sarah") }, "\(quotes)")
    }
}
