import Foundation

/// RFC 4180 CSV of a record set's columns (header row first).
enum CSVRenderer {
    static func render(_ set: RecordSet) -> String {
        var out = set.columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
        for r in set.records {
            out += set.columns.map { field(r[$0.key]?.plainText ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}

/// GitHub-flavoured Markdown tables.
enum MarkdownRenderer {
    static func render(_ set: RecordSet) -> String {
        var out = ""
        if let t = set.title { out += "### \(t)\n\n" }
        if set.records.isEmpty { return out + "_(none)_\n" }
        out += "| " + set.columns.map { cell($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + set.columns.map { _ in " --- |" }.joined() + "\n"
        for r in set.records {
            out += "| " + set.columns.map { cell(r[$0.key]?.plainText ?? "") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func fields(_ record: Record) -> String {
        record.fields.filter { !isList($0.value) }
            .map { "- **\($0.key)**: \(cell($0.value.plainText))\n" }.joined()
    }

    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func isList(_ v: Value) -> Bool {
        if case .array(let a) = v, a.contains(where: { if case .object = $0 { return true }; return false }) { return true }
        return false
    }
}
