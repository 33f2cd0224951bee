import DossierAnalysis
import DossierEngine
import Foundation

/// The work behind `dossier analyze`: read, analyse in parallel, write in order.
struct BatchExport {
    let output: FileOutput
    let errors: FileOutput
    let showProgress: Bool

    func export(paths: [String], destination: String?) -> Bool {
        let started = Date()
        var files: [String] = []
        var failures = 0
        for p in paths {
            do { files += try PathExpander.expand(p) } catch let e as DossierError {
                errors.write("dossier: \(e.message)\n"); failures += 1
            } catch { errors.write("dossier: \(error)\n"); failures += 1 }
        }
        var articles = 0, words = 0, quotes = 0, actors = 0
        let chunk = 64
        var index = 0
        while index < files.count {
            let slice = Array(files[index..<min(files.count, index + chunk)])
            var docs: [SourceDocument] = []
            for f in slice {
                do { docs += try ArticleReader.read(path: f) } catch let e as DossierError {
                    errors.write((showProgress ? "\r\u{1B}[2K" : "") + "dossier: skipped: \(e.message)\n")
                    failures += 1
                } catch { failures += 1 }
            }
            let analyses = BatchAnalyzer.analyze(docs.map(\.text))
            for (doc, a) in zip(docs, analyses) {
                output.write(AnalysisExporter.line(id: doc.id ?? doc.stem, analysis: a, metadata: metadata(doc)) + "\n")
                articles += 1
                words += a.document.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
                quotes += a.quotes.count
                actors += a.actors.count
            }
            index += slice.count
            if showProgress { drawProgress(index, files.count) }
        }
        if showProgress { errors.write("\r\u{1B}[2K") }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(words) / seconds) : 0
        errors.write("Analysed \(articles) article\(articles == 1 ? "" : "s") (\(words) words, \(actors) actors, \(quotes) quotes) "
                     + "in \(String(format: "%.2f", seconds)) s, \(rate) words/s"
                     + (destination.map { " → \($0)" } ?? "") + (failures > 0 ? "; \(failures) failed" : "") + ".\n")
        return failures == 0 && articles > 0
    }

    /// JSON Lines in, JSON Lines out, one line per line, in order, a bounded batch at a time.
    func streamStandardInput() -> Bool {
        var lineNumber = 0
        var ok = true
        while true {
            var batch: [(Int, String)] = []
            while batch.count < 256, let line = readLine(strippingNewline: true) {
                lineNumber += 1
                batch.append((lineNumber, line))
            }
            if batch.isEmpty { break }
            var docs: [SourceDocument?] = []
            var failures: [Int: String] = [:]
            for (n, line) in batch {
                if line.trimmingCharacters(in: .whitespaces).isEmpty {
                    docs.append(nil); failures[docs.count - 1] = "empty line"; continue
                }
                do {
                    docs.append(try ArticleReader.jsonLine(line, stem: "line-\(n)", location: "<stdin>:\(n)"))
                } catch let e as DossierError {
                    docs.append(nil); failures[docs.count - 1] = e.message
                } catch { docs.append(nil); failures[docs.count - 1] = "\(error)" }
            }
            let present = docs.compactMap { $0 }
            let analyses = BatchAnalyzer.analyze(present.map(\.text))
            var k = 0
            for (i, doc) in docs.enumerated() {
                if let doc {
                    output.write(AnalysisExporter.line(id: doc.id ?? doc.stem, analysis: analyses[k], metadata: metadata(doc)) + "\n")
                    k += 1
                } else {
                    ok = false
                    let id = "line-\(batch[i].0)"
                    output.write(JSONWriter.write(.object(Record(["id": .string(id), "error": .string(failures[i] ?? "unreadable")])),
                                                  pretty: false) + "\n")
                    errors.write("dossier: <stdin>:\(batch[i].0): \(failures[i] ?? "unreadable")\n")
                }
            }
            output.flush()
        }
        return ok
    }

    func metadata(_ d: SourceDocument) -> Record {
        Record(["title": Value(d.title), "date": Value(d.date), "source": Value(d.source), "url": Value(d.url)])
    }

    func drawProgress(_ done: Int, _ total: Int) {
        let width = 30
        let filled = total > 0 ? width * done / total : width
        errors.write("\r\u{1B}[2K" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                     + " \(done)/\(total) files")
    }
}
