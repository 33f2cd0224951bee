/// Turns a `CommandResult` into text for one output format. The only place that knows formats.
public struct Renderer: Sendable {
    public var format: OutputFormat
    public var width: Int
    public var color: Bool
    /// Notes such as "Loaded 3 articles." go to stderr so that piped stdout holds only data;
    /// at a terminal both streams show, so they stay with the output.
    public var messagesToStandardError: Bool

    public init(format: OutputFormat, width: Int = 100, color: Bool = false, messagesToStandardError: Bool = false) {
        self.format = format; self.width = width; self.color = color
        self.messagesToStandardError = messagesToStandardError
    }

    /// The text for standard output and for standard error; in scripts, `location` (`FILE:LINE`)
    /// prefixes each warning as it does errors.
    public func render(_ result: CommandResult, location: String? = nil) -> (out: String, err: String) {
        let (out, err) = renderBody(result)
        let warnings = result.warnings.map { render(warning: $0, prefix: location.map { "\($0): " } ?? "") }.joined()
        return (out, warnings + err)
    }

    private func renderBody(_ result: CommandResult) -> (out: String, err: String) {
        if let v = result.verbatim { return (v, messages(result)) }
        switch format {
        case .json:
            return (JSONWriter.write(.object(document(result))) + "\n", "")
        case .jsonl:
            return (jsonLines(result), messages(result))
        case .csv:
            var out = merged(result.sections).map { CSVRenderer.render($0) }.joined(separator: "\n")
            if result.sections.isEmpty, let t = result.text { out += t.hasSuffix("\n") ? t : t + "\n" }
            return (out, messages(result))
        case .markdown:
            var parts: [String] = []
            if !result.fields.fields.isEmpty { parts.append(MarkdownRenderer.fields(result.fields)) }
            parts += result.sections.map { MarkdownRenderer.render($0) }
            if let t = result.text { parts.append(t.hasSuffix("\n") ? t : t + "\n") }
            return split(parts.joined(separator: "\n"), result)
        case .table:
            var parts: [String] = []
            let style = TextStyle(enabled: color)
            if !result.fields.fields.isEmpty { parts.append(TableRenderer.fields(result.fields, width: width, style: style)) }
            parts += result.sections.map { TableRenderer.render($0, width: width, style: style) }
            if let t = result.text {
                let wrapped = TableRenderer.wrapProse(t, width: max(width, 40))
                parts.append(wrapped.hasSuffix("\n") ? wrapped : wrapped + "\n")
            }
            return split(parts.joined(separator: "\n"), result)
        }
    }

    /// Body on stdout; messages after it, or on stderr when they must stay out of the data.
    private func split(_ body: String, _ result: CommandResult) -> (out: String, err: String) {
        messagesToStandardError ? (body, messages(result)) : (body + messages(result), "")
    }

    /// The JSON document of a result: its fields, then each section by key, then text/messages.
    public func document(_ result: CommandResult) -> Record {
        var doc = result.fields
        // Sections sharing a key (one table per group) form one list.
        for section in result.sections {
            var list: [Value] = []
            if case .array(let existing)? = doc[section.key] { list = existing }
            doc[section.key] = .array(list + section.records.map { .object($0) })
        }
        if let t = result.text { doc["text"] = .string(t) }
        if !result.messages.isEmpty { doc["messages"] = Value(result.messages) }
        return doc
    }

    /// One record per line. A result listing one kind of record (actors, quotes) gives the
    /// records as they are; one mixing kinds (an actor's profile, mentions and quotes) starts
    /// each line with `"section"`: the section key, or the field's name (`"actor"`).
    func jsonLines(_ result: CommandResult) -> String {
        let sections = merged(result.sections)
        let mixed = sections.count > 1 || (!sections.isEmpty && !result.fields.fields.isEmpty)
        func line(_ r: Record, type: String) -> String {
            var tagged = r
            if mixed { tagged = Record(fields: [Record.Field(key: "section", value: .string(type))] + r.fields) }
            return JSONWriter.write(.object(tagged), pretty: false) + "\n"
        }
        var out = ""
        if mixed {
            for f in result.fields.fields {
                if case .object(let inner) = f.value { out += line(inner, type: f.key) }
                else { out += line(Record(fields: [Record.Field(key: "value", value: f.value)]), type: f.key) }
            }
        }
        for section in sections {
            for r in section.records { out += line(r, type: section.key) }
        }
        if sections.isEmpty, !result.fields.fields.isEmpty || result.text != nil {
            var doc = result.fields
            if let t = result.text { doc["text"] = .string(t) }
            out += JSONWriter.write(.object(doc), pretty: false) + "\n"
        }
        return out
    }

    /// Sections sharing a key joined into one (machine formats have no titles to separate them).
    func merged(_ sections: [RecordSet]) -> [RecordSet] {
        var out: [RecordSet] = []
        for s in sections {
            if let i = out.firstIndex(where: { $0.key == s.key }) {
                out[i].records += s.records
            } else {
                var copy = s
                copy.title = nil
                out.append(copy)
            }
        }
        return out
    }

    private func messages(_ result: CommandResult) -> String {
        result.messages.map { $0 + "\n" }.joined()
    }

    /// An error as shown at a terminal or in a script (`prefix` is `FILE:LINE: ` there).
    public func render(error: DossierError, prefix: String = "") -> String {
        let style = TextStyle(enabled: color)
        var s = prefix + style.red("error: ") + error.message + "\n"
        if let hint = error.hint { s += prefix + style.dim("hint: " + hint) + "\n" }
        return s
    }

    /// A problem that did not stop the command.
    public func render(warning: DossierError, prefix: String = "") -> String {
        let style = TextStyle(enabled: color)
        var s = prefix + style.yellow("warning: ") + warning.message + "\n"
        if let hint = warning.hint { s += prefix + style.dim("hint: " + hint) + "\n" }
        return s
    }
}

/// ANSI styling that does nothing when colour is off.
public struct TextStyle: Sendable {
    public var enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }
    func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
}
