import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier-bench train [CORPUS_DIR] [--folds K] [--out FILE]`: trains the candidate model on
/// the annotated corpus. Every reading of the rules is a candidate, labelled by whether the
/// scorer would count it as attributed; a logistic model over the candidates' features is
/// cross-validated by article (K folds) to choose the two thresholds and to report honest
/// figures, then trained on every article and written to FILE (default: the embedded model
/// file in the analysis library's data folder). With `TRAIN_DUMP=PATH` every candidate is also
/// written to PATH as a tab-separated line (label, S when always kept, out-of-fold probability,
/// kind, reading, source, cue, content, article) for looking at what the model keeps and drops.
enum Train {
    static let defaultOutput = "Sources/DossierAnalysis/Lexicons/data/attribution_model.bin"

    struct Article {
        var candidates: [AttributionCandidate]
        var labels: [Bool]
        var prepared: AttributionScore.Prepared
    }

    /// Weights smaller than this are dropped, to keep the embedded model (and its compile time) small.
    static let pruneBelow: Float = 0.2

    static func run(corpus: String, folds: Int, output: String) {
        let loaded = Score.load(corpus)
        guard !loaded.isEmpty else {
            FileHandle.standardError.write(Data("dossier-bench: no annotated articles under \(corpus)\n".utf8))
            exit(1)
        }
        let rules = Attributor(model: nil)
        let articles: [Article] = loaded.map { a in
            let doc = Segmenter().segment(ArticleText(a.text))
            let candidates = rules.candidates(doc, quotes: QuoteDetector().detect(doc))
            let prepared = AttributionScore.Prepared(text: doc.text.scalars, gold: a.gold, predicted: candidates.map(\.quote))
            return Article(candidates: candidates, labels: prepared.attributedPredictions, prepared: prepared)
        }
        let total = articles.reduce(0) { $0 + $1.candidates.count }
        let positive = articles.reduce(0) { $0 + $1.labels.filter { $0 }.count }
        print("articles: \(articles.count), candidates: \(total), attributed: \(positive)")

        // Out-of-fold probabilities.
        var probability = articles.map { [Float](repeating: 0, count: $0.candidates.count) }
        for fold in 0..<folds {
            let model = fit(articles.indices.filter { $0 % folds != fold }.map { articles[$0] })
            for i in articles.indices where i % folds == fold {
                probability[i] = articles[i].candidates.map { model.probability($0.features) }
            }
        }
        if let dump = ProcessInfo.processInfo.environment["TRAIN_DUMP"] {
            // Every out-of-fold candidate: label, probability, kind, reading, source / cue / content.
            var lines = ""
            for (i, a) in articles.enumerated() {
                let text = ArticleText(loaded[i].text)
                for (k, c) in a.candidates.enumerated() {
                    let q = c.quote
                    let content = text.joined(q.content, separator: " | ").replacingOccurrences(of: "\n", with: " ")
                    lines += "\(a.labels[k] ? 1 : 0)\(c.isSure ? "S" : "")\t\(String(format: "%.3f", probability[i][k]))\t\(q.kind.rawValue)\t\(c.reading)\t"
                        + "\(q.source.map { text[$0] } ?? "-")\t\(q.cue.map { text[$0] } ?? "-")\t\(content.prefix(200))\t\(loaded[i].id)\n"
                }
            }
            try? OutputFile.write(lines, to: dump)
        }
        let rulesOnly = score(articles) { _, _ in true }
        let thresholds = chooseThresholds(articles, probability)
        let crossValidated = score(articles) { i, k in
            articles[i].candidates[k].isSure || probability[i][k] >= thresholds.threshold(for: articles[i].candidates[k].quote.kind)
        }
        print("""
        thresholds: direct \(thresholds.directThreshold), mixed \(thresholds.mixedThreshold), indirect \(thresholds.indirectThreshold)
        rules only (\(articles.count) articles):
        \(rulesOnly)
        rules + model, \(folds)-fold cross-validated by article:
        \(crossValidated)
        """)

        var final = fit(articles)
        final.directThreshold = thresholds.directThreshold
        final.mixedThreshold = thresholds.mixedThreshold
        final.indirectThreshold = thresholds.indirectThreshold
        let bytes = final.encoded()
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            print("model: \(bytes.count) bytes → \(output)")
        } catch {
            FileHandle.standardError.write(Data("dossier-bench: cannot write \(output): \(error)\n".utf8))
            exit(1)
        }
    }

    static func score(_ articles: [Article], keep: (Int, Int) -> Bool) -> AttributionScore {
        var s = AttributionScore()
        for (i, a) in articles.enumerated() {
            s.add(a.prepared, keep: a.candidates.indices.map { keep(i, $0) })
        }
        return s
    }

    /// The direct and mixed thresholds that maximise direct F1, then the indirect one that
    /// maximises the F1 of all attributions, on the out-of-fold probabilities (each curve
    /// smoothed over neighbouring thresholds: a lone spike is noise; near-ties go to the
    /// higher threshold).
    static func chooseThresholds(_ articles: [Article], _ p: [[Float]]) -> AttributionModel {
        let grid = stride(from: Float(0), through: 0.8, by: 0.025).map { $0 }
        var t = AttributionModel(weights: [Float](repeating: 0, count: 1 << AttributionModel.tableBits),
                                 directThreshold: 0, mixedThreshold: 0, indirectThreshold: 0)
        func f1(_ m: AttributionModel, direct: Bool) -> Double {
            let s = score(articles) { i, k in
                articles[i].candidates[k].isSure || p[i][k] >= m.threshold(for: articles[i].candidates[k].quote.kind)
            }
            return direct ? s.direct.f1 : s.all.f1
        }
        // Among thresholds within 0.0005 of the best smoothed F1 (indistinguishable), the highest:
        // fewer, surer quotes.
        func best(_ f: (Float) -> Double) -> Float {
            let values = grid.map(f)
            let smoothed = values.indices.map { k -> Double in
                let window = values[max(0, k - 1)...min(values.count - 1, k + 1)]
                return window.reduce(0, +) / Double(window.count)
            }
            let top = smoothed.max() ?? 0
            return grid[smoothed.lastIndex { $0 >= top - 0.0005 } ?? 0]
        }
        t.directThreshold = best { var m = t; m.directThreshold = $0; m.mixedThreshold = $0; return f1(m, direct: true) }
        t.mixedThreshold = best { var m = t; m.mixedThreshold = $0; return f1(m, direct: true) }
        t.directThreshold = best { var m = t; m.directThreshold = $0; return f1(m, direct: true) }
        t.indirectThreshold = best { var m = t; m.indirectThreshold = $0; return f1(m, direct: false) }
        return t
    }

    /// Logistic regression by stochastic gradient descent with L2 regularisation, the weights
    /// averaged over the epochs; the order of examples is shuffled with a fixed seed, so training
    /// is deterministic.
    static func fit(_ articles: [Article], epochs: Int = 12, rate: Float = 0.1, l2: Float = 1e-5) -> AttributionModel {
        var examples: [([UInt32], Float)] = []
        for a in articles {
            for (c, l) in zip(a.candidates, a.labels) { examples.append((c.features, l ? 1 : 0)) }
        }
        let mask = UInt32((1 << AttributionModel.tableBits) - 1)
        var w = [Float](repeating: 0, count: 1 << AttributionModel.tableBits)
        var order = Array(examples.indices)
        var seed: UInt64 = 0x2545F4914F6CDD1D
        // Averaged SGD: the mean of the weights over every step generalises better than the last.
        var sum = [Double](repeating: 0, count: w.count)
        var steps = 0.0
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                order.swapAt(i, Int(seed >> 33) % (i + 1))
            }
            let lr = rate / (1 + Float(epoch) * 0.5)
            for n in order {
                let (features, y) = examples[n]
                var z: Float = 0
                for f in features { z += w[Int(f & mask)] }
                let g = 1 / (1 + exp(-z)) - y
                for f in features {
                    let j = Int(f & mask)
                    w[j] -= lr * (g + l2 * w[j])
                }
            }
            // Summed once per epoch: cheap, and close to the per-step mean.
            for j in w.indices where w[j] != 0 { sum[j] += Double(w[j]) }
            steps += 1
        }
        for j in w.indices { w[j] = Float(sum[j] / steps) }
        for j in w.indices where abs(w[j]) < pruneBelow { w[j] = 0 }
        return AttributionModel(weights: w, directThreshold: 0.5, mixedThreshold: 0.5, indirectThreshold: 0.5)
    }
}
