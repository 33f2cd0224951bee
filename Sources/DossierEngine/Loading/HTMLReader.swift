import Foundation

/// Extracts an article's text from an HTML page: the `<article>` (or `<main>`, or `<body>`)
/// without tags, scripts, styles, navigation, headers, footers, asides and forms; one paragraph
/// per block element. Title, date, source and URL come from `<title>` and `<meta>`/`<link>`.
enum HTMLReader {
    static let skipped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                                       "svg", "iframe", "button", "select", "template", "figcaption", "menu"]
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "li", "ul", "ol", "blockquote", "br", "tr", "table", "pre", "hr", "dd", "dt", "figure"]

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
        var containers: [String: Int] = [:]
        var i = 0
        var titleText: String? = nil
        while i < scalars.count {
            if scalars[i] == "<", let (tag, end) = parseTag(scalars, i) {
                if !tag.closing {
                    containers[tag.name, default: 0] += 1
                    if tag.name == "meta" { meta(tag.attributes, into: &doc) }
                    if tag.name == "link", tag.attributes["rel"]?.lowercased() == "canonical", doc.url == nil {
                        doc.url = tag.attributes["href"]
                    }
                    if tag.name == "title", titleText == nil,
                       let close = find(scalars, "</title", from: end) {
                        titleText = decodeEntities(String(String.UnicodeScalarView(scalars[end..<close])))
                            .trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                }
                i = end
            } else { i += 1 }
        }
        if doc.title == nil { doc.title = titleText }
        let container = containers["article"] != nil ? "article" : containers["main"] != nil ? "main" : nil
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

    /// Text inside `container` (every occurrence), or the whole body, as paragraphs.
    static func extractText(_ s: [Unicode.Scalar], container: String?) -> String {
        var paragraphs: [String] = []
        var current = ""
        var skipDepth = 0
        var skipName: [String] = []
        var inside = container == nil ? 1 : 0
        var inHead = false
        func flush() {
            let p = collapse(decodeEntities(current))
            if !p.isEmpty { paragraphs.append(p) }
            current = ""
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if find(s, "<!--", from: i) == i, let end = find(s, "-->", from: i + 4) {
                    i = end + 3; continue
                }
                if let (tag, end) = parseTag(s, i) {
                    i = end
                    if tag.name == "head" { inHead = !tag.closing; continue }
                    if skipped.contains(tag.name) && !tag.selfClosing {
                        if !tag.closing { skipDepth += 1; skipName.append(tag.name) }
                        else if skipName.last == tag.name { skipDepth -= 1; skipName.removeLast() }
                        continue
                    }
                    if let container, tag.name == container {
                        if tag.closing { inside = max(0, inside - 1); flush() } else { inside += 1 }
                        continue
                    }
                    if blocks.contains(tag.name) { flush() }
                    continue
                }
            }
            if skipDepth == 0 && inside > 0 && !inHead { current.unicodeScalars.append(c) }
            i += 1
        }
        flush()
        return paragraphs.joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
    }

    static func parseTag(_ s: [Unicode.Scalar], _ start: Int) -> (Tag, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        var closing = false
        if s[i] == "/" { closing = true; i += 1 }
        if s[i] == "!" || s[i] == "?" {   // doctype, processing instruction
            while i < s.count, s[i] != ">" { i += 1 }
            return (Tag(name: "!", closing: false, selfClosing: true, attributes: [:]), min(i + 1, s.count))
        }
        var name = ""
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" {
            name.unicodeScalars.append(s[i]); i += 1
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
        let lname = name.lowercased()
        if ["br", "hr", "img", "meta", "link", "input"].contains(lname) { selfClosing = true }
        return (Tag(name: lname, closing: closing, selfClosing: selfClosing, attributes: attrs), min(i + 1, s.count))
    }

    static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.lowercased().unicodeScalars)
        guard !n.isEmpty, s.count >= n.count else { return nil }
        var i = from
        while i + n.count <= s.count {
            var ok = true
            for k in 0..<n.count where lowerASCII(s[i + k]) != n[k] { ok = false; break }
            if ok { return i }
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
