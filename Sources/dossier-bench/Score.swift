import DossierAnalysis
import Foundation

/// `dossier-bench score [CORPUS_DIR]`: analyses the annotated corpus and scores the quotes
/// with the Swift re-implementation of the project's scorer (the same figures as
/// `tools/score_attributions.py`, without exporting JSON first).
enum Score {
    static let defaultCorpus = "../shared/corpus/polnear-train"

    struct Article {
        var id: String
        var text: String
        var gold: [GoldAttribution]
    }

    /// The articles of a PolNeAR folder that have annotations (first annotator by file name).
    static func load(_ corpus: String) -> [Article] {
        let fm = FileManager.default
        let annDir = corpus + "/attributions"
        guard let anns = try? fm.contentsOfDirectory(atPath: annDir),
              let texts = try? fm.contentsOfDirectory(atPath: corpus + "/text") else { return [] }
        var annFor: [String: String] = [:]
        for name in anns.sorted() where name.hasSuffix(".ann") {
            let base = String(name.dropLast(4))
            guard let us = base.lastIndex(of: "_") else { continue }
            let id = String(base[..<us])
            if annFor[id] == nil { annFor[id] = name }
        }
        return texts.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            let id = String(name.dropLast(4))
            guard let ann = annFor[id],
                  let text = try? String(contentsOfFile: corpus + "/text/" + name, encoding: .utf8),
                  let brat = try? String(contentsOfFile: annDir + "/" + ann, encoding: .utf8) else { return nil }
            return Article(id: id, text: text, gold: GoldAttribution.parse(brat: brat))
        }
    }

    static func run(corpus: String) {
        let articles = load(corpus)
        guard !articles.isEmpty else {
            FileHandle.standardError.write(Data("dossier-bench: no annotated articles under \(corpus)\n".utf8))
            exit(1)
        }
        var score = AttributionScore()
        let analyzer = Analyzer()
        for a in articles {
            let analysis = analyzer.analyze(a.text)
            score.add(text: analysis.text.scalars, gold: a.gold, predicted: analysis.quotes)
        }
        print("articles: \(articles.count)")
        print(score)
    }
}
