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

    /// JSON Lines in, JSON Lines out: one line out per line in, in order, in bounded batches.
    /// A line that cannot be read gives `{"id": "line-N", "error": "…"}` (and a note on
    /// stderr) but does not change the exit status: in Hadoop Streaming or Spark's `pipe`, a
    /// non-zero status would fail the whole task for one bad record. Returns the line counts.
    func streamStandardInput(batchSize: Int = 256) -> (lines: Int, errors: Int) {
        let reader = LineReader(fd: STDIN_FILENO)
        var lineNumber = 0, errorCount = 0
        while let first = reader.next() {
            // Take what is already waiting, up to a batch, but never wait for more.
            var batch = [first]
            while batch.count < batchSize, let line = reader.nextIfReady() { batch.append(line) }
            var docs: [Result<SourceDocument, DossierError>] = []
            for bytes in batch {
                lineNumber += 1
                docs.append(document(fromLine: bytes, number: lineNumber))
            }
            let present = docs.compactMap { try? $0.get() }
            let analyses = BatchAnalyzer.analyze(present.map(\.text))
            var k = 0
            for (i, doc) in docs.enumerated() {
                let n = lineNumber - docs.count + i + 1
                switch doc {
                case .success(let doc):
                    output.write(AnalysisExporter.line(id: doc.id ?? doc.stem, analysis: analyses[k], metadata: metadata(doc)) + "\n")
                    k += 1
                case .failure(let e):
                    errorCount += 1
                    let id = Self.declaredID(batch[i]) ?? "line-\(n)"
                    output.write(JSONWriter.write(.object(Record(["id": .string(id), "error": .string(e.message)])),
                                                  pretty: false) + "\n")
                    errors.write("dossier: \(e.message)\n")
                }
            }
            output.flush()
        }
        return (lineNumber, errorCount)
    }

    /// One JSON Lines record as an article, or why it is not one.
    private func document(fromLine bytes: [UInt8], number n: Int) -> Result<SourceDocument, DossierError> {
        guard let line = String(validating: bytes, as: UTF8.self) else {
            return .failure(DossierError("<stdin>:\(n): not valid UTF-8"))
        }
        if line.allSatisfy(\.isWhitespace) { return .failure(DossierError("<stdin>:\(n): empty line")) }
        do {
            return .success(try ArticleReader.jsonLine(line, stem: "line-\(n)", location: "<stdin>:\(n)"))
        } catch let e as DossierError {
            return .failure(e)
        } catch {
            return .failure(DossierError("\(error)"))
        }
    }

    /// The `id` a bad record gives itself, if it is an object that has one, so the error line
    /// can be joined back to it.
    static func declaredID(_ bytes: [UInt8]) -> String? {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        if let s = obj["id"] as? String, !s.isEmpty { return s }
        return (obj["id"] as? NSNumber)?.stringValue
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
