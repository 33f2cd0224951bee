import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier-bench labels [FILE…] [--verbose]`: scores the analysis against hand-made labels of
/// training-split articles (`Tests/Labels/actors-*.txt`: actor lists, `positions-*.txt`: pair
/// relations), reading the texts from the corpus. Without files, every file in Tests/Labels.
enum Labels {
    static let folder = "Tests/Labels"

    static func run(files: [String], corpus: String, verbose: Bool) {
        let paths = files.isEmpty
            ? ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
            : files
        for path in paths {
            guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { print("\(path): cannot read"); continue }
            let file = LabelFile(raw)
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("positions") {
                var score = PairLabelScore()
                for (id, pairs) in file.pairLists {
                    guard let text = text(id, corpus) else { continue }
                    score.add(article: id, analysis: Analyzer().analyze(text), pairs: pairs)
                }
                if verbose { print(score.lines.joined(separator: "\n")) }
                print("\(name): \(score.summary)")
            } else {
                var score = ActorListScore()
                for (id, expected) in file.actorLists {
                    guard let text = text(id, corpus) else { continue }
                    score.add(article: id, actors: Analyzer().analyze(text).actors, expected: expected)
                }
                if verbose {
                    print("MISSED:\n  " + score.misses.joined(separator: "\n  "))
                    print("EXTRA:\n  " + score.extras.joined(separator: "\n  "))
                    print("TYPE:\n  " + score.mistyped.joined(separator: "\n  "))
                }
                print("\(name): \(score.summary)")
            }
        }
    }

    static func text(_ id: String, _ corpus: String) -> String? {
        let t = try? String(contentsOfFile: corpus + "/text/" + id + ".txt", encoding: .utf8)
        if t == nil { print("\(id): not in \(corpus)") }
        return t
    }
}
