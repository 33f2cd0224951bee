import Foundation

/// Articles as JSON objects with `text` and optional `id`, `title`, `date`, `source`, `url`:
/// one object, an array of them, or JSON Lines (one per line).
enum JSONArticleReader {
    static func readJSON(_ text: String, stem: String, origin: String) throws -> [SourceDocument] {
        let obj: Any
        do { obj = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            throw DossierError("'\(origin)' is not valid JSON", hint: "an article is an object with a \"text\" field")
        }
        if let dict = obj as? [String: Any] {
            return [try document(dict, stem: stem, origin: origin, where: origin)]
        }
        if let list = obj as? [Any] {
            return try list.enumerated().map { n, item in
                guard let dict = item as? [String: Any] else {
                    throw DossierError("\(origin): item \(n + 1) is not an object", hint: "each article is an object with a \"text\" field")
                }
                return try document(dict, stem: list.count == 1 ? stem : "\(stem)-\(n + 1)", origin: origin,
                                    where: "\(origin): item \(n + 1)")
            }
        }
        throw DossierError("'\(origin)' holds no article object", hint: "an article is an object with a \"text\" field")
    }

    static func readLines(_ text: String, stem: String, origin: String) throws -> [SourceDocument] {
        var out: [SourceDocument] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            out.append(try parseLine(trimmed, stem: "\(stem)-\(n + 1)", origin: origin, where: "\(origin):\(n + 1)"))
        }
        return out
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
            throw DossierError("\(location): no \"text\" string", hint: "an article object needs a \"text\" field")
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
