/// "President of the Harbor Trust Jan Holt", "Chairman of the Joint Chiefs of Staff Gen. Joseph
/// Dunford": a title, "of the", a body's name and a person's name in one capitalised run. The
/// person is the actor, the title the role and the body the affiliation; read whole, the run
/// would be one long person's name, or a title ending at the body's first capital.
extension ChunkClassifier {
    func personAfterTitleOfBody(_ r: Range<Int>) -> NameChunk? {
        guard r.count >= 5 else { return nil }
        var k = r.lowerBound
        while k < r.upperBound, w.flags[k].contains(.cap), w.has(k, [.title, .roleModifier]), !w.has(k, [.firstName, .cue]) { k += 1 }
        guard k > r.lowerBound, (r.lowerBound..<k).contains(where: { w.has($0, .title) }), k + 3 < r.upperBound,
              w.flags[k].contains(.lower), w.key[k] == ActorWordKeys.ofKey || w.key[k] == ActorWordKeys.forKey else { return nil }
        // "Secretary of State John Kerry": without "the", the words after "of" are the office's
        // own name, unless they are a body the lexicon knows ("Director of the FBI", "CEO of Apple").
        let b = w.flags[k + 1].contains(.lower) && w.key[k + 1] == ActorWordKeys.theKey ? k + 2 : k + 1
        // The body ends with its lexicon name or its last organisation word; the person's titles
        // ("Gen.") and name follow, a first name or two capitalised words ("Mary Ellen Holt").
        // An office of the state keeps its whole title ("Secretary of the Treasury Jack Lew",
        // "Speaker of the House Paul Ryan").
        let bodyEnd: Int
        let lexiconBody = chunker.longestEntity(at: b, limit: r.upperBound) ?? entity(b..<(b + 1)).map { (b + 1, $0) }
        if let (e, entity) = lexiconBody {
            guard entity.kind == .org, !Self.officeOrNoBody.contains(lex.organizations[Int(entity.index)].kind) else { return nil }
            bodyEnd = e
        } else {
            guard b == k + 2, let c = (b..<r.upperBound).last(where: { w.has($0, .cue) && lex.cueKinds[w.key[$0]].map { !Self.officeOrNoBody.contains($0) } == true })
            else { return nil }
            bodyEnd = c + 1
        }
        var first = bodyEnd
        while first < r.upperBound, w.has(first, [.title, .courtesy]), !w.has(first, [.cue, .firstName]) { first += 1 }
        guard r.upperBound - first >= 2, (first..<r.upperBound).allSatisfy({ w.flags[$0].contains(.cap) && !w.has($0, [.cue, .title]) })
        else { return nil }
        let body = b..<bodyEnd
        var c = NameChunk(range: r, name: first..<r.upperBound, kind: .person)
        c.affiliation = body
        c.affiliationEntity = entity(body)
        c.role = roleText(Array(r.lowerBound..<k), before: k)
        c.titleHead = w.text(k - 1).lowercased()
        c.gender = w.has(first, .female) ? .female : w.has(first, .male) ? .male : .unknown
        return c
    }

    /// Kinds of name after which "Title of the …" is an office's whole title, or no body at all.
    static let officeOrNoBody: Set<String> = ["government", "legislature", "place", "event"]
}
