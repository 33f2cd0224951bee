extension ResolverState {
    /// "Senate Democrats … Democrats said": a bare plural after a qualified group of the same
    /// people ("Senate Democrats", "House Republicans", "Iowa Republicans") is that group, when
    /// only one such group has the word; with none it stays a group of its own (or the party,
    /// by `mergePartyPeople`).
    mutating func mergeQualifiedPeople() {
        var qualified: [String: [Int]] = [:]
        for d in drafts.indices where drafts[d].type == .group && !drafts[d].mentions.isEmpty {
            guard let name = drafts[d].names.first, Self.hasSpace(name),
                  let last = name.spaceSeparatedWords.last, last.count > 1, last.hasSuffix("s") else { continue }
            qualified[String(last).lowercased(), default: []].append(d)
        }
        guard !qualified.isEmpty else { return }
        for d in drafts.indices where drafts[d].type == .group && !drafts[d].mentions.isEmpty {
            guard let name = drafts[d].names.first, !Self.hasSpace(name),
                  let targets = qualified[name.lowercased()], targets.count == 1, targets[0] != d else { continue }
            let moved = drafts[d].mentions
            drafts[d].mentions = []
            drafts[d].nameMentions = 0
            drafts[d].names = []
            for i in moved { assign(i, to: targets[0]) }
        }
    }

    /// "“Mexico!” the audience screamed back … to cheers from the crowd": the people at the
    /// event a story reports, named by a collective noun (tag c), are one group.
    mutating func mergeCollectives() {
        var first: Int?
        for d in drafts.indices where drafts[d].type == .group && !drafts[d].mentions.isEmpty && ownerOf[d] == nil {
            guard let h = drafts[d].head, lex.wordClass(WordKey.folded(h)).contains(.collective) else { continue }
            guard let f = first else { first = d; continue }
            let (into, from) = drafts[f].first <= drafts[d].first ? (f, d) : (d, f)
            let moved = drafts[from].mentions
            let names = drafts[from].names
            drafts[from].mentions = []
            drafts[from].nameMentions = 0
            drafts[from].names = []
            for i in moved { assign(i, to: into) }
            for n in names where !drafts[into].names.contains(n) { drafts[into].names.append(n) }
            first = into
        }
    }
}
