import Foundation

/// Markdown articles: an optional `---` front matter block (`title`, `date`, `source`, `url`)
/// followed by the body, kept as written so offsets point into the body text.
enum MarkdownReader {
    static func read(_ text: String, stem: String, origin: String) -> SourceDocument {
        var doc = SourceDocument(stem: stem, text: text, origin: origin)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) })
        else { return doc }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            if value.isEmpty { continue }
            switch key {
            case "title": doc.title = value
            case "date": doc.date = value
            case "source", "publisher": doc.source = value
            case "url", "link": doc.url = value
            case "id": doc.id = value
            default: break
            }
        }
        var body = lines[(close + 1)...].joined(separator: "\n")
        while body.hasPrefix("\n") { body.removeFirst() }
        doc.text = body
        if let id = doc.id { doc.stem = id }
        return doc
    }
}
