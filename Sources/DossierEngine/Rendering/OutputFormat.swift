/// How results are rendered. Chosen at the edge: per command with `--format`, or with `set format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv, markdown

    /// Formats meant for programs: stdout holds only data, messages go to stderr.
    public var isMachineReadable: Bool { self != .table && self != .markdown }
}
