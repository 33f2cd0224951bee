/// GitHub-flavoured Markdown tables.
enum MarkdownRenderer {
    static func render(_ set: RecordSet) -> String {
        var out = ""
        if let t = set.title { out += "### \(t)\n\n" }
        if set.records.isEmpty { return out + "_(none)_\n" }
        out += "| " + set.columns.map { cell($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + set.columns.map { _ in " --- |" }.joined() + "\n"
        let shown = set.preview.map { Array(set.records.prefix(max(1, $0))) } ?? set.records
        for r in shown {
            out += "| " + set.columns.map { cell($0.displayText(r)) }.joined(separator: " | ") + " |\n"
        }
        if shown.count < set.records.count {
            out += "\n_… and \(set.records.count - shown.count) more (\(set.records.count) \(set.key) in all)_\n"
        }
        return out
    }

    static func fields(_ record: Record) -> String {
        // A single object-valued field (an actor profile) is shown as its own fields.
        if record.fields.count == 1, case .object(let inner) = record.fields[0].value { return fields(inner) }
        return record.fields.filter { !isList($0.value) && $0.value != .null && $0.value != .array([]) }
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
