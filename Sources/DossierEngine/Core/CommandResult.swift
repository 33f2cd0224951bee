/// A column shown in table, CSV and Markdown output: which record field, under what header.
public struct Column: Hashable, Sendable {
    public var key: String
    public var header: String
    /// Long free text (quotes, contexts) that may wrap when the terminal is narrow.
    public var wraps: Bool
    /// An identifier the user types back (an article id): cut only when nothing else can give way.
    public var isKey: Bool
    /// Field shown in tables and Markdown when `key` is empty (a quote's unresolved speaker shows
    /// the words naming it). CSV and JSON keep the data as it is.
    public var fallback: String?

    public init(_ key: String, _ header: String? = nil, wraps: Bool = false, isKey: Bool = false, fallback: String? = nil) {
        self.key = key
        self.header = header ?? key.uppercased()
        self.wraps = wraps
        self.isKey = isKey
        self.fallback = fallback
    }

    /// The text a table shows for this column of `record`.
    func displayText(_ record: Record) -> String {
        let main = record[key]?.plainText ?? ""
        if main.isEmpty, let fallback, let alt = record[fallback]?.plainText, !alt.isEmpty { return "(\(alt))" }
        return main
    }
}

/// A list of records under one name: `actors`, `quotes`, `articles`, …
///
/// JSON output is an object keyed by `key`; a table shows `columns` under an optional title.
public struct RecordSet: Hashable, Sendable {
    public var key: String
    public var title: String?
    public var columns: [Column]
    public var records: [Record]
    /// Table and Markdown show only this many rows and say how many more there are (a load of
    /// 800 files); machine formats always have every record.
    public var preview: Int?

    public init(key: String, title: String? = nil, columns: [Column], records: [Record], preview: Int? = nil) {
        self.key = key; self.title = title; self.columns = columns; self.records = records; self.preview = preview
    }
}

/// What a command returns. It never prints: a renderer turns this into text at the edge.
public struct CommandResult: Sendable {
    /// Lists of records (most commands return one).
    public var sections: [RecordSet]
    /// Extra top-level scalar fields of the JSON document (`{"actor": {...}, "quotes": [...]}`).
    public var fields: Record
    /// Prose for humans (help, an article's text). In JSON: `{"text": ...}`.
    public var text: String?
    /// Short notes about what happened ("Loaded 3 articles."). On stderr in machine formats.
    public var messages: [String]
    /// Problems that did not stop the command (a bad file skipped among good ones). Always on
    /// standard error, in every format, so that data on standard output stays clean.
    public var warnings: [DossierError]
    /// Output already in its final format (an export to standard output): written as it is,
    /// whatever format the renderer was asked for; messages then go to standard error.
    public var verbatim: String? = nil

    public init(sections: [RecordSet] = [], fields: Record = Record(), text: String? = nil, messages: [String] = [],
                warnings: [DossierError] = []) {
        self.sections = sections; self.fields = fields; self.text = text; self.messages = messages
        self.warnings = warnings
    }

    public static func message(_ m: String) -> CommandResult { CommandResult(messages: [m]) }
    public static func text(_ t: String) -> CommandResult { CommandResult(text: t) }
    public static let empty = CommandResult()
}
