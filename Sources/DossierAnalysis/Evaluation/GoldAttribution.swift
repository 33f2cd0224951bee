/// One hand-annotated attribution of the PolNeAR corpus (brat standoff): content, cue and
/// source spans. Used to measure the attributor (tests, `dossier-bench score` and `train`);
/// the analysis itself never reads annotations.
public struct GoldAttribution: Sendable {
    public var content: [Span]
    public var cue: [Span]
    public var source: [Span]

    public init(content: [Span], cue: [Span], source: [Span]) {
        self.content = content; self.cue = cue; self.source = source
    }

    /// Parses a brat `.ann` file the way the project's scorer does: `T` lines are spans (parts
    /// separated by `;`), `E` lines tie a content, cue and source together.
    public static func parse(brat text: String) -> [GoldAttribution] {
        var spans: [String: [Span]] = [:]
        var relations: [[String: [String]]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            let id = parts[0]
            if id.hasPrefix("T") {
                let head = parts[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                var list: [Span] = []
                for range in head[1].split(separator: ";") {
                    let ab = range.split(separator: " ")
                    if ab.count == 2, let a = Int(ab[0]), let b = Int(ab[1]) { list.append(Span(a, b)) }
                }
                spans[String(id)] = list
            } else if id.hasPrefix("E") {
                var roles: [String: [String]] = [:]
                for item in parts[1].split(separator: " ") {
                    guard let colon = item.firstIndex(of: ":") else { continue }
                    let role = String(item[..<colon]).trimmingCharacters(in: "0123456789")
                    roles[role, default: []].append(String(item[item.index(after: colon)...]))
                }
                relations.append(roles)
            }
        }
        return relations.compactMap { roles in
            func collect(_ role: String) -> [Span] { (roles[role] ?? []).flatMap { spans[$0] ?? [] } }
            let content = collect("Content")
            return content.isEmpty ? nil : GoldAttribution(content: content, cue: collect("Cue"), source: collect("Source"))
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in digits: String) -> String {
        var s = Substring(self)
        while let last = s.last, digits.contains(last) { s.removeLast() }
        return String(s)
    }
}
