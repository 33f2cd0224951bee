import DossierAnalysis
import Foundation

// dossier-bench: speed and memory of the analysis, single-threaded (run it in release mode).
//
//   dossier-bench [CORPUS_TEXT_DIR] [--rounds N] [--stress-mb M]
//   dossier-bench probe [FILE]        print the quotes of one text (stdin without FILE)
//   dossier-bench export OUT [CORPUS] [--rules-only]   quotes as JSON Lines for the scorer
//   dossier-bench statements OUT [CORPUS]             every statement, one TSV line each, for diffing runs
//   dossier-bench stages [DIR] [--rounds N]   time each stage of the pipeline
//   dossier-bench analyze [DIR] [--rounds N]  the whole analysis only (for callgrind and perf)
//   dossier-bench score [CORPUS]      attributed P/R/F1 against the corpus annotations
//   dossier-bench train [CORPUS] [--folds K] [--out FILE]   train the candidate model (see Train.swift)
//   dossier-bench labels [FILE…] [--verbose]   actor lists and pair relations against hand-made labels
//   dossier-bench sessions [N]        save/open a synthetic N-article session (see SessionBenchmark.swift)
//
// The default corpus is ../shared/corpus/polnear-train/text. The report is Markdown, ready to
// paste into the README.

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return value }
    return v
}

func positional(after skip: Int) -> [String] {
    var out: [String] = []
    var i = skip
    while i < arguments.count {
        if arguments[i].hasPrefix("--") { i += 2; continue }
        out.append(arguments[i]); i += 1
    }
    return out
}

switch arguments.first {
case "sessions":
    _ = SessionBenchmark.run(arguments: CommandLine.arguments)
case "probe":
    Probe.run(path: positional(after: 1).first)
case "score":
    Score.run(corpus: positional(after: 1).first ?? Score.defaultCorpus)
case "train":
    Train.run(corpus: positional(after: 1).first ?? Score.defaultCorpus, folds: option("--folds", default: 10),
              output: arguments.firstIndex(of: "--out").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
                  ?? Train.defaultOutput)
case "export":
    let rest = positional(after: 1)
    Export.run(output: rest.first ?? "/tmp/dossier-export.jsonl", corpus: rest.count > 1 ? rest[1] : Score.defaultCorpus,
               rulesOnly: arguments.contains("--rules-only"))
case "statements":
    let rest = positional(after: 1)
    StatementDump.run(output: rest.first ?? "/tmp/dossier-statements.tsv", corpus: rest.count > 1 ? rest[1] : Score.defaultCorpus)
case "labels":
    Labels.run(files: arguments.dropFirst().filter { !$0.hasPrefix("--") }, corpus: Score.defaultCorpus,
               verbose: arguments.contains("--verbose"))
case "mentions":
    MentionDump.run(path: positional(after: 1).first ?? "")
case "stages":
    StageTimer.run(directory: positional(after: 1).first ?? Benchmark.defaultCorpus, rounds: option("--rounds", default: 1))
case "analyze":
    AnalyzeLoop.run(directory: positional(after: 1).first ?? Benchmark.defaultCorpus, rounds: option("--rounds", default: 1))
default:
    let dir = positional(after: 0).first ?? Benchmark.defaultCorpus
    Benchmark.run(directory: dir, rounds: option("--rounds", default: 3), stressMB: option("--stress-mb", default: 10))
}
