import DossierAnalysis
import Foundation

/// Words per second per core on a folder of articles, peak memory, and the stress case of a
/// long article full of unbalanced quotation marks.
enum Benchmark {
    static let defaultCorpus = "../shared/corpus/polnear-train/text"

    static func run(directory: String, rounds: Int, stressMB: Int) {
        // First use of the embedded data: the candidate model, then the lexicons (one tiny analysis).
        let loadStart = Clock.now
        let modelLoaded = AttributionModel.embedded != nil
        let modelSeconds = Clock.seconds(since: loadStart)
        _ = Analyzer().analyze("He said “yes.”")
        let dataSeconds = Clock.seconds(since: loadStart)
        let texts = Corpus.load(directory)
        guard !texts.isEmpty else {
            FileHandle.standardError.write(Data("dossier-bench: no .txt files in \(directory)\n".utf8))
            exit(1)
        }
        let analyzer = Analyzer()
        var words = 0
        var quotes = 0
        for t in texts {
            let a = analyzer.analyze(t)   // warm-up round, also counts
            words += a.document.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
            quotes += a.quotes.count
        }
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = Clock.now
            for t in texts { _ = analyzer.analyze(t) }
            best = min(best, Clock.seconds(since: start))
        }
        let rate = Double(words) / best
        let corpusRSS = Machine.maxRSSMegabytes

        let stress = StressText.unbalancedMarks(megabytes: stressMB)
        let stressStart = Clock.now
        let stressAnalysis = analyzer.analyze(stress)
        let stressSeconds = Clock.seconds(since: stressStart)

        print("""
        ## Analysis speed (dossier-bench)

        | measure | value |
        | --- | --- |
        | machine | \(Machine.description) |
        | date | \(Machine.date) |
        | corpus | \(texts.count) articles, \(words) words (\(directory)) |
        | embedded data load | model \(modelLoaded ? String(format: "%.1f ms", modelSeconds * 1000) : "absent"), model and lexicons \(String(format: "%.1f ms", dataSeconds * 1000)) |
        | speed, one core | \(Int(rate)) words/s (best of \(max(1, rounds)) rounds, \(String(format: "%.3f", best)) s) |
        | quotes found | \(quotes) |
        | stress: \(stressMB) MB, unbalanced marks | \(String(format: "%.3f", stressSeconds)) s (\(String(format: "%.3f", stressSeconds / Double(max(1, stressMB)))) s/MB), \(stressAnalysis.quotes.count) quotes |
        | peak memory (maxrss) | \(corpusRSS) MB after the corpus (all texts held), \(Machine.maxRSSMegabytes) MB after the stress case |
        """)
        // Quality, when the folder is the text/ of an annotated corpus.
        let corpus = (directory as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: corpus + "/attributions") {
            var score = AttributionScore()
            for a in Score.load(corpus) {
                let analysis = analyzer.analyze(a.text)
                score.add(text: analysis.text.scalars, gold: a.gold, predicted: analysis.quotes)
            }
            func row(_ name: String, _ c: AttributionScore.Counts) -> String {
                String(format: "| %@ | %.3f | %.3f | %.3f |", name, c.precision, c.recall, c.f1)
            }
            print("""

            Attribution on the same articles (the scorer's matching; the candidate model was trained
            on them, so cross-validated figures from `dossier-bench train` are the honest estimate):

            | subset (attributed) | P | R | F1 |
            | --- | --- | --- | --- |
            \(row("direct quotes", score.direct))
            \(row("all attributions", score.all))
            """)
        }
    }
}

enum Corpus {
    static func load(_ directory: String) -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOfFile: directory + "/" + $0, encoding: .utf8)
        }
    }
}

enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func seconds(since start: UInt64) -> Double { Double(now - start) / 1e9 }
}

enum Machine {
    static var description: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    static var date: String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.locale = Locale(identifier: "en_US_POSIX")
        return f.string(from: Date())
    }

    static var maxRSSMegabytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024   // kilobytes on Linux
    }
}

enum StressText {
    /// About `megabytes` MB of text: paragraphs of news-like sentences riddled with quotation
    /// marks that never close, close without opening, or mismatch, plus apostrophes.
    static func unbalancedMarks(megabytes: Int) -> String {
        let pieces = [
            "The senator said “we will not yield and then left the room. ",
            "Officials’ statements were unclear” according to aides who said ‘nothing and ",
            "\"Nobody knows, the mayor told reporters, ‘it’s the ’90s again” she added. ",
            "« Rien » said the minister „so what‘ he asked '' again '' and ",
            "He said that the plan was “a disaster and the voters’ anger grew. ",
        ]
        var out = ""
        let target = megabytes * 1_000_000
        out.reserveCapacity(target + 200)
        var n = 0
        while out.utf8.count < target {
            out += pieces[n % pieces.count]
            n += 1
            if n % 7 == 0 { out += "\n\n" }
        }
        return out
    }
}
