import Foundation

/// Markdown articles: an optional `---` front matter block (`title`, `date`, `source`, `url`)
/// followed by the body, with the Markdown syntax that is not article text removed: heading
/// marks, `>` block-quote marks, emphasis, link targets, images and code fences. Paragraphs and
/// line breaks are kept; a `- Name, Title` line (a block quote's attribution) stays as written.
enum MarkdownReader {
    static func read(_ text: String, stem: String, origin: String) -> SourceDocument {
        var doc = SourceDocument(stem: stem, text: text, origin: origin)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        var bodyStart = 0
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) {
            for line in lines[1..<close] { frontMatter(line, into: &doc) }
            bodyStart = close + 1
        }
        doc.text = plainText(lines[bodyStart...].map(String.init))
        if let id = doc.id { doc.stem = id }
        return doc
    }

    static func frontMatter(_ line: Substring, into doc: inout SourceDocument) {
        guard let colon = line.firstIndex(of: ":") else { return }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
            value = String(value.dropFirst().dropLast())
        }
        if value.isEmpty { return }
        switch key {
        case "title": doc.title = value
        case "date": doc.date = value
        case "source", "publisher": doc.source = value
        case "url", "link": doc.url = value
        case "id": doc.id = value
        default: break
        }
    }

    /// The body's lines without Markdown syntax, blank lines at either end dropped.
    static func plainText(_ lines: [String]) -> String {
        var out: [String] = []
        for raw in lines {
            var line = Substring(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { continue }
            if trimmed.count >= 3, let c = trimmed.first, "-*_".contains(c),
               trimmed.allSatisfy({ $0 == c || $0 == " " }) {
                out.append("")   // a horizontal rule separates paragraphs
                continue
            }
            // Block-quote marks, possibly nested ("> > text").
            while let first = line.first(where: { $0 != " " }), first == ">" {
                line = line.drop(while: { $0 == " " }).dropFirst()
                if line.first == " " { line = line.dropFirst() }
            }
            // Heading marks ("## Title" → "Title").
            let hashes = line.prefix { $0 == "#" }
            if (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " {
                line = line.dropFirst(hashes.count + 1)
                while line.hasSuffix("#") || line.hasSuffix(" ") { line = line.dropLast() }
            }
            out.append(inline(String(line)))
        }
        while out.first?.allSatisfy(\.isWhitespace) == true { out.removeFirst() }
        while out.last?.allSatisfy(\.isWhitespace) == true { out.removeLast() }
        return out.joined(separator: "\n") + (out.isEmpty ? "" : "\n")
    }

    /// Inline syntax: `![alt](url)` → nothing, `[text](url)` → text, `**b**`/`__b__`/`*i*` →
    /// the words, `` `code` `` → code, `\*` → `*`.
    static func inline(_ s: String) -> String {
        guard s.contains(where: { "[]*_`\\!".contains($0) }) else { return s }
        let c = Array(s)
        var out = ""
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count, "\\`*_[]()#!>-".contains(c[i + 1]) {
                out.append(c[i + 1]); i += 2; continue
            }
            if ch == "!" || ch == "[", let (label, end) = link(c, at: ch == "!" ? i + 1 : i) {
                if ch == "[" { out += inline(label) }
                i = end
                continue
            }
            if ch == "`" { i += 1; continue }
            if ch == "*" || ch == "_" {
                var n = 0
                while i + n < c.count, c[i + n] == ch { n += 1 }
                let before = i > 0 ? c[i - 1] : " "
                let after = i + n < c.count ? c[i + n] : " "
                // An emphasis mark touches a word on one side only; `snake_case` and `2 * 3` stay.
                let opens = !after.isWhitespace && (before.isWhitespace || before.isPunctuation)
                let closes = !before.isWhitespace && (after.isWhitespace || after.isPunctuation)
                if n <= 3 && opens != closes && (ch == "*" || !(before.isLetter && after.isLetter)) {
                    i += n; continue
                }
                out += String(repeating: ch, count: n); i += n; continue
            }
            out.append(ch)
            i += 1
        }
        return out
    }

    /// `[label](target)` starting at `i`: the label and the offset after `)`.
    static func link(_ c: [Character], at i: Int) -> (String, Int)? {
        guard i < c.count, c[i] == "[" else { return nil }
        // Bounded scans keep a line full of stray brackets linear.
        let limit = min(c.count, i + 1000)
        var j = i + 1, depth = 1
        while j < limit, depth > 0 {
            if c[j] == "[" { depth += 1 } else if c[j] == "]" { depth -= 1 }
            if depth > 0 { j += 1 }
        }
        guard j + 1 < limit, c[j] == "]", c[j + 1] == "(" else { return nil }
        guard let close = c[(j + 2)..<min(c.count, j + 2000)].firstIndex(of: ")") else { return nil }
        return (String(c[(i + 1)..<j]), close + 1)
    }
}
