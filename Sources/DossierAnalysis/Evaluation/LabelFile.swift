/// A file of hand-made labels for articles of a corpus (`Tests/Labels/*.txt`): a `## ID` line
/// opens an article, then one tab-separated record a line; blank lines and `# ` comments are
/// skipped. Labels are written by a reader who never ran the analyser, so they measure it.
public struct LabelFile: Sendable {
    public struct Section: Sendable {
        public var id: String
        public var records: [[String]]
    }

    public var sections: [Section] = []

    public init(_ text: String) {
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingTrailingSpaces()
            if line.hasPrefix("## ") {
                sections.append(Section(id: String(line.dropFirst(3)).trimmingTrailingSpaces(), records: []))
            } else if line.isEmpty || line.hasPrefix("#") || sections.isEmpty {
                continue
            } else {
                sections[sections.count - 1].records.append(line.split(separator: "\t").map { $0.trimmingTrailingSpaces() })
            }
        }
    }

    /// The actor lists: `name|alias<TAB>type` records.
    public var actorLists: [(id: String, expected: [ActorListScore.Expected])] {
        sections.map { s in
            (s.id, s.records.compactMap { r in
                guard r.count >= 2, let type = ActorType(rawValue: r[1].lowercased()) else { return nil }
                return ActorListScore.Expected(r[0], type)
            })
        }
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\r" || l == "\t" { s.removeLast() }
        while let f = s.first, f == " " { s.removeFirst() }
        return String(s)
    }
}
