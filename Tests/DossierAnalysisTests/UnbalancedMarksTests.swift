import Testing
@testable import DossierAnalysis

/// A long text full of marks that never close, close without opening, or mismatch: every quote
/// stays inside its paragraph (or a chain of paragraphs that each open with a mark), so one
/// stray mark can never swallow the article. Timings are measured by dossier-bench, not here.
@Suite struct UnbalancedMarksTests {
    static let pieces = [
        "The senator said “we will not yield and then left the room. ",
        "Officials’ statements were unclear” according to aides who said ‘nothing and ",
        "\"Nobody knows, the mayor told reporters, ‘it’s the ’90s again” she added. ",
        "« Rien » said the minister „so what‘ he asked '' again '' and ",
    ]

    func text(paragraphs: Int) -> String {
        (0..<paragraphs).map { n in (0..<5).map { Self.pieces[($0 + n) % Self.pieces.count] }.joined() }
            .joined(separator: "\n\n")
    }

    @Test func quotesStayInTheirParagraphs() {
        let text = self.text(paragraphs: 400)
        let doc = Segmenter().segment(ArticleText(text))
        let spans = QuoteDetector().detect(doc)
        #expect(!spans.isEmpty)
        for q in spans {
            for part in q.content {
                guard let p = doc.paragraphIndex(at: part.start) else { continue }
                #expect(doc.paragraphs[p].span.contains(Span(part.start, part.end)))
            }
        }
    }

    @Test func analysisFinishesAndAttributesOnlyWithinParagraphs() {
        let analysis = Analyzer().analyze(text(paragraphs: 300))
        #expect(analysis.document.paragraphs.count == 300)
        #expect(analysis.quotes.allSatisfy { q in !q.content.contains { analysis.text[$0].contains("\n") } })
    }
}
