import Foundation

/// Articles as JSON objects with `text` and optional `id`, `title`, `date`, `source`, `url`:
/// one object, an array of them, or JSON Lines (one per line). A bad item is reported and
/// skipped; the good ones are kept.
enum JSONArticleReader {
    static let objectHint = "an article is an object with a \"text\" field"

    static func readJSON(_ text: String, stem: String, origin: String) -> ReadOutcome {
        let obj: Any
        do { obj = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) } catch {
            return ReadOutcome(problems: [DossierError("'\(origin)' is not valid JSON", hint: objectHint)])
        }
        if let dict = obj as? [String: Any] {
            do { return ReadOutcome(documents: [try document(dict, stem: stem, origin: origin, where: "'\(origin)'")]) } catch let e as DossierError {
                return ReadOutcome(problems: [e])
            } catch { return ReadOutcome(problems: [DossierError("'\(origin)': \(error)")]) }
        }
        if let list = obj as? [Any] {
            var outcome = ReadOutcome()
            for (n, item) in list.enumerated() {
                let location = "\(origin): item \(n + 1)"
                guard let dict = item as? [String: Any] else {
                    outcome.problems.append(DossierError("\(location) is not an object", hint: objectHint))
                    continue
                }
                do {
                    outcome.documents.append(try document(dict, stem: list.count == 1 ? stem : "\(stem)-\(n + 1)",
                                                          origin: origin, where: location))
                } catch let e as DossierError { outcome.problems.append(e) } catch {}
            }
            if list.isEmpty { outcome.problems.append(DossierError("'\(origin)' is an empty list", hint: objectHint)) }
            return outcome
        }
        return ReadOutcome(problems: [DossierError("'\(origin)' holds no article object", hint: objectHint)])
    }

    static func readLines(_ text: String, stem: String, origin: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            do {
                outcome.documents.append(try parseLine(trimmed, stem: "\(stem)-\(n + 1)", origin: origin,
                                                       where: "\(origin):\(n + 1)"))
            } catch let e as DossierError { outcome.problems.append(e) } catch {}
        }
        return outcome
    }

    /// One JSON Lines record (also used by `dossier analyze -`).
    static func parseLine(_ line: String, stem: String, origin: String, where location: String) throws -> SourceDocument {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)), let dict = obj as? [String: Any] else {
            throw DossierError("\(location): not a JSON object", hint: "one article object per line, with a \"text\" field")
        }
        return try document(dict, stem: stem, origin: origin, where: location)
    }

    static func document(_ dict: [String: Any], stem: String, origin: String, where location: String) throws -> SourceDocument {
        guard let text = dict["text"] as? String else {
            throw DossierError("\(location): no \"text\" string", hint: objectHint)
        }
        if text.allSatisfy(\.isWhitespace) {
            throw DossierError("\(location): \"text\" is empty", hint: "an article needs some text")
        }
        func str(_ k: String) -> String? {
            if let s = dict[k] as? String, !s.isEmpty { return s }
            if let n = dict[k] as? NSNumber { return n.stringValue }
            return nil
        }
        return SourceDocument(stem: str("id") ?? stem, text: text, id: str("id"), title: str("title"), date: str("date"),
                              source: str("source"), url: str("url"), origin: origin)
    }
}
