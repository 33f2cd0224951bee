import DossierAnalysis

/// The analysis of one article in the export format of `ANALYSIS-FORMAT.md`, the format the
/// corpus scorer reads: actors with mentions, quotes with content, cue, source and speaker.
public enum AnalysisExporter {
    public static func record(id: String, analysis: Analysis, metadata: Record = Record()) -> Record {
        func span(_ s: Span?) -> Value { s.map { .array([.int($0.start), .int($0.end)]) } ?? .null }
        let actors: [Value] = analysis.actors.map { a in
            .object(Record(["id": .string(a.id), "name": .string(a.name), "type": .string(a.type.rawValue),
                            "roles": Value(a.roles), "affiliation": Value(a.affiliation), "aliases": Value(a.aliases),
                            "mentions": .array(a.mentions.map { span($0) })]))
        }
        let quotes: [Value] = analysis.quotes.map { q in
            .object(Record(["id": .string(q.id), "content": .array(q.content.map { span($0) }), "cue": span(q.cue),
                            "source": span(q.source), "speaker": Value(q.speaker), "direct": .bool(q.direct),
                            "kind": .string(q.kind.rawValue), "paragraph": .int(q.paragraph + 1)]))
        }
        var r = Record(["id": .string(id)])
        for f in metadata.fields where f.value != .null { r[f.key] = f.value }
        r["analyzer"] = .string(Analyzer.version)
        r["actors"] = .array(actors)
        r["quotes"] = .array(quotes)
        return r
    }

    /// One line of JSON Lines.
    public static func line(id: String, analysis: Analysis, metadata: Record = Record()) -> String {
        JSONWriter.write(.object(record(id: id, analysis: analysis, metadata: metadata)), pretty: false)
    }

    public static func metadata(of a: Article) -> Record {
        Record(["title": Value(a.title), "date": Value(a.date), "source": Value(a.source), "url": Value(a.url)])
    }
}
