import Foundation

/// Aligned text tables that fit the terminal: long text columns wrap, other columns are cut
/// with an ellipsis only when there is no other way to fit.
enum TableRenderer {
    static let gap = 2

    static func render(_ set: RecordSet, width: Int, style: TextStyle) -> String {
        var out = ""
        if let t = set.title { out += style.bold(style.cyan(t)) + "\n" }
        if set.records.isEmpty { return out + style.dim("(no \(set.key))") + "\n" }
        let cols = set.columns
        let shown = set.preview.map { Array(set.records.prefix(max(1, $0))) } ?? set.records
        let cells = shown.map { r in cols.map { clean($0.displayText(r)) } }
        var widths = cols.indices.map { c in
            max(displayWidth(cols[c].header), cells.map { displayWidth($0[c]) }.max() ?? 0)
        }
        fit(&widths, cols: cols, total: max(width, 40))
        out += style.bold(line(cols.map(\.header), widths: widths, wraps: Array(repeating: false, count: cols.count)).first!) + "\n"
        let wraps = cols.map(\.wraps)
        for row in cells {
            for l in line(row, widths: widths, wraps: wraps) { out += l + "\n" }
        }
        if shown.count < set.records.count {
            out += style.dim("… and \(set.records.count - shown.count) more (\(set.records.count) \(set.key) in all)") + "\n"
        }
        return out
    }

    /// A record's scalar fields as `key: value` lines (an actor's profile header).
    static func fields(_ record: Record, width: Int, style: TextStyle) -> String {
        // A single object-valued field (an actor profile) is shown as its own fields.
        if record.fields.count == 1, case .object(let inner) = record.fields[0].value {
            return fields(inner, width: width, style: style)
        }
        let shown = record.fields.filter { !MarkdownRenderer.isList($0.value) && $0.value != .null && $0.value != .array([]) }
        let keyWidth = shown.map { displayWidth($0.key) }.max() ?? 0
        var out = ""
        for f in shown {
            let pad = String(repeating: " ", count: keyWidth - displayWidth(f.key))
            let lines = wrap(clean(f.value.plainText), width: max(20, width - keyWidth - 2))
            out += style.bold(f.key) + pad + "  " + (lines.first ?? "") + "\n"
            for l in lines.dropFirst() { out += String(repeating: " ", count: keyWidth + 2) + l + "\n" }
        }
        return out
    }

    /// Shrinks column widths until the row fits `total` characters: narrow columns are capped
    /// at 30; then the widest column gives way one character at a time (wrapping ones count
    /// double, since they only grow taller) while text stays readable (24 columns) and
    /// identifiers stay whole; then identifiers are cut down to 16; then anything, down to 6.
    static func fit(_ widths: inout [Int], cols: [Column], total: Int) {
        let available = total - gap * (widths.count - 1)
        var sum = widths.reduce(0, +)
        guard sum > available else { return }
        for i in widths.indices where !cols[i].wraps && !cols[i].isKey && widths[i] > 30 {
            sum -= widths[i] - 30; widths[i] = 30
        }
        let natural = widths
        let readable = widths.indices.map { i in cols[i].wraps ? min(natural[i], 24) : 6 }
        let floors: [[Int]] = [
            widths.indices.map { i in cols[i].isKey ? natural[i] : readable[i] },
            widths.indices.map { i in cols[i].isKey ? min(natural[i], 16) : readable[i] },
            widths.map { min($0, 6) },
        ]
        for limit in floors {
            while sum > available {
                let shrinkable = widths.indices.filter { widths[$0] > limit[$0] }
                guard let i = shrinkable.max(by: { score(widths[$0], cols[$0]) < score(widths[$1], cols[$1]) }) else { break }
                widths[i] -= 1
                sum -= 1
            }
        }
    }

    private static func score(_ w: Int, _ c: Column) -> Int { c.wraps ? w * 2 : w }

    static func line(_ cells: [String], widths: [Int], wraps: [Bool]) -> [String] {
        let parts: [[String]] = cells.indices.map { i in
            wraps[i] ? wrap(cells[i], width: widths[i]) : [truncate(cells[i], widths[i])]
        }
        let height = parts.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var s = ""
            for i in parts.indices {
                let text = row < parts[i].count ? parts[i][row] : ""
                let last = i == parts.count - 1
                s += text
                if !last { s += String(repeating: " ", count: widths[i] - displayWidth(text) + gap) }
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
    }

    static func clean(_ s: String) -> String {
        s.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
    }

    static func truncate(_ s: String, _ width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = charWidth(ch)
            if w + cw > width - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }

    /// Prose (help) wrapped to the width: a long line continues under its own indentation, or
    /// under its text when it is a `  label   text` line.
    static func wrapProse(_ text: String, width: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard displayWidth(line) > width else { out.append(line); continue }
            let lead = line.prefix { $0 == " " }.count
            var hang = lead
            if lead > 0, let gap = line.dropFirst(lead).range(of: "  ") {
                let body = line[gap.upperBound...].prefix { $0 == " " }
                hang = line.distance(from: line.startIndex, to: gap.upperBound) + body.count
            }
            if line.hasPrefix("usage: ") { hang = 7 }
            if hang > width / 2 { hang = lead }
            let head = String(line.prefix(hang)), rest = String(line.dropFirst(hang))
            let pieces = wrap(rest, width: max(10, width - hang))
            out.append(head + (pieces.first ?? ""))
            for p in pieces.dropFirst() { out.append(String(repeating: " ", count: hang) + p) }
        }
        return out.joined(separator: "\n")
    }

    /// Greedy word wrap; words longer than the width are cut.
    static func wrap(_ s: String, width: Int) -> [String] {
        guard displayWidth(s) > width else { return [s] }
        var lines: [String] = []
        var cur = "", curW = 0
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var ww = displayWidth(word)
            while ww > width {
                if !cur.isEmpty { lines.append(cur); cur = ""; curW = 0 }
                let head = truncate(word, width + 1)
                var cut = String(head.dropLast())
                if cut.isEmpty, let first = word.first { cut = String(first) }   // a glyph wider than the column
                lines.append(cut)
                word = String(word.dropFirst(cut.count))
                ww = displayWidth(word)
            }
            if curW == 0 { cur = word; curW = ww }
            else if curW + 1 + ww <= width { cur += " " + word; curW += 1 + ww }
            else { lines.append(cur); cur = word; curW = ww }
        }
        if !cur.isEmpty || lines.isEmpty { lines.append(cur) }
        return lines
    }
}

/// Terminal columns a string takes: wide East Asian characters count two, combining marks none.
func displayWidth(_ s: String) -> Int { s.reduce(0) { $0 + charWidth($1) } }

func charWidth(_ ch: Character) -> Int {
    guard let u = ch.unicodeScalars.first?.value else { return 0 }
    if u < 0x1100 { return 1 }
    if (0x1100...0x115F).contains(u) || (0x2E80...0xA4CF).contains(u) || (0xAC00...0xD7A3).contains(u)
        || (0xF900...0xFAFF).contains(u) || (0xFE30...0xFE4F).contains(u) || (0xFF00...0xFF60).contains(u)
        || (0xFFE0...0xFFE6).contains(u) || (0x1F300...0x1FAFF).contains(u) || (0x20000...0x3FFFD).contains(u) {
        return 2
    }
    return 1
}
