import Testing
@testable import DossierAnalysis

/// Guards the attribution quality on the training split: a fixed quarter of the articles
/// (every 2nd in name order, to keep the debug-build run short) is analysed and scored with
/// the scorer's own matching rules. The test fails when an F1 falls more than 0.01 below the
/// figure recorded here; raise the recorded figures when the analysis improves.
/// Skipped without ../shared.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared"))
struct TrainingSplitScoreTests {
    /// Last recorded figures on the subset (attributed F1).
    static let recordedDirectF1 = 0.864
    static let recordedAllF1 = 0.648
    static let stride = 2

    @Test func attributedF1DoesNotRegress() {
        let articles = SharedCorpus.trainingArticles(stride: Self.stride)
        #expect(articles.count >= 400)
        var score = AttributionScore()
        let analyzer = Analyzer()
        for a in articles {
            let analysis = analyzer.analyze(a.text)
            score.add(text: analysis.text.scalars, gold: a.gold, predicted: analysis.quotes)
        }
        print("training subset (\(articles.count) articles):\n\(score)")
        #expect(score.direct.f1 >= Self.recordedDirectF1 - 0.01, "\(score)")
        #expect(score.all.f1 >= Self.recordedAllF1 - 0.01, "\(score)")
    }
}
