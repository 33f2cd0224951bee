import Testing
@testable import DossierAnalysis

@Suite struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        let doc = Segmenter().segment(ArticleText(text))
        return doc.sentences.map { doc.text[$0.span] }
    }

    func tokens(_ text: String) -> [String] {
        let doc = Segmenter().segment(ArticleText(text))
        return doc.tokens.map { doc.text[$0.span] }
    }

    @Test func paragraphsAreLines() {
        let doc = Segmenter().segment(ArticleText("First one.\n\n  Second one.  \nThird.\n"))
        #expect(doc.paragraphs.map { doc.text[$0.span] } == ["First one.", "Second one.", "Third."])
    }

    @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        #expect(sentences("Mr. Smith met Gov. Jerry Brown on Jan. 5 in the U.S. capital. It cost 3.5 million.")
                == ["Mr. Smith met Gov. Jerry Brown on Jan. 5 in the U.S. capital.", "It cost 3.5 million."])
        #expect(sentences("John F. Kennedy spoke. Then he left.") == ["John F. Kennedy spoke.", "Then he left."])
        #expect(sentences("He lives in the U.S. The country is big.") == ["He lives in the U.S.", "The country is big."])
    }

    @Test func quotesEndingSentencesStayWithThem() {
        #expect(sentences("“We will win.” He left. “Really?” she asked.")
                == ["“We will win.”", "He left.", "“Really?” she asked."])
        #expect(sentences("“It is over,” he said. No more.") == ["“It is over,” he said.", "No more."])
    }

    @Test func tokensKeepNamesAndSplitPossessives() {
        #expect(tokens("Clinton’s pro-government U.S. aide, 1,000.5 ’90s don't") ==
                ["Clinton", "’s", "pro-government", "U.S.", "aide", ",", "1,000.5", "’90s", "don't"])
        #expect(tokens("“Yes,” said Peskov.") == ["“", "Yes", ",", "”", "said", "Peskov", "."])
    }

    @Test func offsetsAreCodePoints() {
        let text = "Émile said “héllo” 👋 today."
        let doc = Segmenter().segment(ArticleText(text))
        let today = doc.tokens.first { doc.text[$0.span] == "today" }!
        #expect(today.span == Span(21, 26))
    }

    @Test func theTextIsDecodedScalarForScalar() {
        // One-, two-, three- and four-byte UTF-8, a combining mark, a flag and a lone BOM.
        let text = "A é ñ “q” — 中文 👋🏽 🇫🇷 e\u{301} \u{FEFF}z"
        #expect(ArticleText(text).scalars == Array(text.unicodeScalars))
        // Nothing at all, and only spaces: no scalar lost or made up, no token.
        #expect(ArticleText("").scalars.isEmpty)
        #expect(Analyzer().analyze("").document.tokens.isEmpty)
        #expect(Analyzer().analyze("   \n\n ").document.tokens.isEmpty)
        // A name's key from its String is the key of its scalars in the text.
        let words = ["Peña", "Erdoğan", "Zoë", "Ünal"]
        for w in words { #expect(WordKey.folded(w) == WordKey.folded(Array(w.unicodeScalars), 0..<w.unicodeScalars.count)) }
    }

    @Test func partyLabelsAndDottedAcronymsAreOneToken() {
        #expect(tokens("Rep. Steve Israel (D-N.Y.) said") == ["Rep.", "Steve", "Israel", "(", "D-N.Y.", ")", "said"])
        #expect(sentences("Rep. Ann Lee (R-S.C.) spoke. Then she left.") == ["Rep. Ann Lee (R-S.C.) spoke.", "Then she left."])
        #expect(tokens("the U.S.A. team") == ["the", "U.S.A.", "team"])
    }

    @Test func pluralTitlesEndNoSentence() {
        #expect(sentences("Sens. Ted Cruz and Marco Rubio spoke. Govs. Jeb Bush and Chris Christie left.")
                == ["Sens. Ted Cruz and Marco Rubio spoke.", "Govs. Jeb Bush and Chris Christie left."])
    }

    @Test func invisibleFormatCharactersMakeNoToken() {
        let text = "\u{202A}”Thanks\u{200B} Sarah!!” he wrote."
        let doc = Segmenter().segment(ArticleText(text))
        #expect(doc.tokens.map { doc.text[$0.span] } == ["”", "Thanks", "Sarah", "!", "!", "”", "he", "wrote", "."])
        // Offsets stay exact: the mark is the second code point.
        #expect(doc.tokens.first?.span == Span(1, 2))
    }
}
