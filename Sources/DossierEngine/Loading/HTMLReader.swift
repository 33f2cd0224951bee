import Foundation

/// Extracts an article's text from an HTML page: the `<article>` (or `<main>`, or `<body>`)
/// without tags, scripts, styles, navigation, headers, footers, asides and forms; one paragraph
/// per block element. Title, date, source and URL come from `<title>` and `<meta>`/`<link>`.
///
/// A hand-written scanner rather than an XML parser because real pages are rarely well formed;
/// it makes one pass per step and never looks back, so its time is linear in the page size.
enum HTMLReader {
    /// Elements whose whole content is not article text.
    static let skipped: Set<String> = ["nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe",
                                       "button", "select", "template", "figcaption", "menu", "head", "title"]
    /// Elements whose content is raw text up to their closing tag (never parsed as tags).
    static let rawText: Set<String> = ["script", "style", "textarea"]
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "li", "ul", "ol", "blockquote", "br", "tr", "table", "pre", "hr", "dd", "dt",
                                      "figure", "body"]
    static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col"]

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [String: String]
    }

    static func read(_ html: String, stem: String, origin: String) -> SourceDocument {
        let scalars = Array(html.unicodeScalars)
        var doc = SourceDocument(stem: stem, text: "", origin: origin)
        // First pass: metadata and which container holds the article.
        var containers: Set<String> = []
        var titleText: String? = nil
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<", let (tag, end) = parseTag(scalars, i) else { i += 1; continue }
            i = end
            if tag.closing { continue }
            containers.insert(tag.name)
            switch tag.name {
            case "meta": meta(tag.attributes, into: &doc)
            case "link" where tag.attributes["rel"]?.lowercased() == "canonical":
                if doc.url == nil { doc.url = tag.attributes["href"] }
            case "title" where titleText == nil:
                let close = find(scalars, "</title", from: end) ?? scalars.count
                titleText = collapse(decodeEntities(String(String.UnicodeScalarView(scalars[end..<close]))))
                i = close
            case let name where rawText.contains(name):
                i = find(scalars, "</" + name, from: end) ?? scalars.count
            default: break
            }
        }
        if doc.title == nil, let t = titleText, !t.isEmpty { doc.title = t }
        let container = containers.contains("article") ? "article" : containers.contains("main") ? "main" : nil
        doc.text = extractText(scalars, container: container)
        return doc
    }

    static func meta(_ a: [String: String], into doc: inout SourceDocument) {
        let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
        guard let content = a["content"].map(decodeEntities), !content.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title": doc.title = doc.title ?? content
        case "article:published_time", "date", "pubdate", "datepublished", "dc.date", "publish-date": doc.date = doc.date ?? content
        case "og:site_name", "publisher", "dc.publisher": doc.source = doc.source ?? content
        case "og:url": doc.url = doc.url ?? content
        default: break
        }
    }

    /// Text inside `container` (every occurrence), or the whole page, as paragraphs.
    static func extractText(_ s: [Unicode.Scalar], container: String?) -> String {
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var skipStack: [String] = []
        var inside = container == nil ? 1 : 0
        func flush() {
            let p = collapse(decodeEntities(String(current)))
            if !p.isEmpty { paragraphs.append(p) }
            current = String.UnicodeScalarView()
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "<" else {
                if skipStack.isEmpty && inside > 0 { current.append(c) }
                i += 1
                continue
            }
            if hasPrefix(s, "<!--", at: i) {
                i = (find(s, "-->", from: i + 4).map { $0 + 3 }) ?? s.count
                continue
            }
            guard let (tag, end) = parseTag(s, i) else {
                if skipStack.isEmpty && inside > 0 { current.append(c) }
                i += 1
                continue
            }
            i = end
            if rawText.contains(tag.name) {
                if !tag.closing && !tag.selfClosing { i = find(s, "</" + tag.name, from: end) ?? s.count }
                continue
            }
            if skipped.contains(tag.name) && !tag.selfClosing {
                if !tag.closing {
                    skipStack.append(tag.name)
                } else if let k = skipStack.lastIndex(of: tag.name) {
                    skipStack.removeSubrange(k...)
                }
                continue
            }
            if let container, tag.name == container {
                flush()
                inside = tag.closing ? max(0, inside - 1) : inside + 1
                continue
            }
            if blocks.contains(tag.name) { flush() }
        }
        flush()
        return paragraphs.joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
    }

    /// The tag starting at `start` (which holds `<`), and the offset just after it; nil when
    /// the `<` does not open a tag (`a < b`).
    static func parseTag(_ s: [Unicode.Scalar], _ start: Int) -> (Tag, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        var closing = false
        if s[i] == "/" {
            closing = true
            i += 1
            guard i < s.count else { return nil }
        }
        if s[i] == "!" || s[i] == "?" {   // doctype, processing instruction
            while i < s.count, s[i] != ">" { i += 1 }
            return (Tag(name: "!", closing: false, selfClosing: true, attributes: [:]), min(i + 1, s.count))
        }
        guard s[i].properties.isAlphabetic else { return nil }
        var name = ""
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == ":" {
            name.unicodeScalars.append(lowerASCII(s[i])); i += 1
        }
        guard !name.isEmpty else { return nil }
        var attrs: [String: String] = [:]
        var selfClosing = false
        while i < s.count, s[i] != ">" {
            if s[i] == "/" { selfClosing = true; i += 1; continue }
            if s[i].properties.isWhitespace { i += 1; continue }
            var key = ""
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/" {
                key.unicodeScalars.append(s[i]); i += 1
            }
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let q = s[i]; i += 1
                    while i < s.count, s[i] != q { value.unicodeScalars.append(s[i]); i += 1 }
                    i += 1
                } else {
                    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            if key.isEmpty { i += 1 } else { attrs[key.lowercased()] = value }
        }
        if voidElements.contains(name) { selfClosing = true }
        return (Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attrs), min(i + 1, s.count))
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ needle: String, at i: Int) -> Bool {
        var k = i
        for n in needle.unicodeScalars {
            guard k < s.count, lowerASCII(s[k]) == n else { return false }
            k += 1
        }
        return true
    }

    /// First offset ≥ `from` where `needle` (lower-case ASCII) starts, ignoring ASCII case.
    static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.lowercased().unicodeScalars)
        guard let first = n.first, s.count >= n.count else { return nil }
        var i = max(0, from)
        while i + n.count <= s.count {
            if lowerASCII(s[i]) == first && hasPrefix(s, needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    static func lowerASCII(_ u: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(u) ? Unicode.Scalar(u.value + 32)! : u
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…",
        "laquo": "«", "raquo": "»", "bdquo": "„", "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "ccedil": "ç", "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "copy": "©"]

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                var rep: String? = named[String(body)]
                if body.hasPrefix("#x") || body.hasPrefix("#X"), let v = UInt32(body.dropFirst(2), radix: 16) {
                    rep = Unicode.Scalar(v).map { String(Character($0)) }
                } else if body.hasPrefix("#"), let v = UInt32(body.dropFirst()) {
                    rep = Unicode.Scalar(v).map { String(Character($0)) }
                }
                if let rep { out += rep; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}
