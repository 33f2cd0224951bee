import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier-bench export OUT.jsonl [CORPUS_DIR] [--rules-only]`: the quotes of every article of
/// the corpus in the export format the scorer reads, with or without the candidate model, for
/// error analysis with the project's scorer.
enum Export {
    static func run(output: String, corpus: String, rulesOnly: Bool) {
        let attributor = Attributor(model: rulesOnly ? nil : AttributionModel.embedded)
        var lines: [String] = []
        for a in Score.load(corpus) {
            let doc = Segmenter().segment(ArticleText(a.text))
            let quotes = attributor.attribute(doc, quotes: QuoteDetector().detect(doc), actors: ActorTable())
            let items = quotes.map { q -> [String: Any] in
                var o: [String: Any] = ["content": q.content.map { [$0.start, $0.end] }, "kind": q.kind.rawValue,
                                        "direct": q.direct]
                o["cue"] = q.cue.map { [$0.start, $0.end] } ?? NSNull()
                o["source"] = q.source.map { [$0.start, $0.end] } ?? NSNull()
                return o
            }
            let data = try! JSONSerialization.data(withJSONObject: ["id": a.id, "quotes": items])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try! OutputFile.write(lines.joined(separator: "\n") + "\n", to: output)
        print("\(lines.count) articles → \(output)")
    }
}
