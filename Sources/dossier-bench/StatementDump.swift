import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier-bench statements OUT.tsv [CORPUS_DIR]`: every statement of every article of the
/// corpus, one line each (article, speaker, meaning, stance, target, sentence), so that two runs
/// can be compared with `diff` to see what a change to the statement stage does.
enum StatementDump {
    static func run(output: String, corpus: String) {
        var lines: [String] = []
        for a in Score.load(corpus) {
            let r = Analyzer().analyze(a.text)
            let names = Dictionary(uniqueKeysWithValues: r.actors.map { ($0.id, $0.name) })
            for s in r.statements {
                let whom = s.targetActor.flatMap { names[$0] } ?? s.target ?? "-"
                let evidence = r.text[s.evidence].replacingOccurrences(of: "\n", with: " ")
                lines.append([a.id, names[s.actor] ?? "-", s.meaning.rawValue, s.stance.rawValue, whom, String(evidence.prefix(160))]
                    .joined(separator: "\t"))
            }
        }
        try! OutputFile.write(lines.joined(separator: "\n") + "\n", to: output)
        print("\(lines.count) statements → \(output)")
    }
}
