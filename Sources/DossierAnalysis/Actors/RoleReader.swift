/// Reads the role and affiliation of a named person from the words around the name: before it
/// ("Kremlin spokesman Dmitry Peskov", "Eastern Libyan military commander Khalifa Haftar",
/// "former Secretary of State Hillary Clinton") or in an apposition after it ("Dmitry Peskov,
/// the Kremlin spokesman," / "Peskov, a spokesman for the Kremlin,").
struct RoleReader {
    let w: ArticleWords

    struct Found {
        var role: String?
        var affiliation: Int?         // chunk index
        var gender: Mention.Gender = .unknown
        var titleHead: String?
    }

    /// Role words before chunk `ci`, walking back over lower-case role words and qualifying
    /// names; the word right before the name must be a title noun unless the chunk has a title.
    func before(_ ci: Int, in sc: inout SentenceChunks) -> Found? {
        let c = sc.chunks[ci]
        var k = c.range.lowerBound - 1
        guard k >= sc.start else { return nil }
        let adjacentTitle = w.flags[k].contains(.lower) && w.has(k, .title)
        guard adjacentTitle || (c.role != nil && w.flags[k].contains(.lower) && w.has(k, .roleModifier)) else { return nil }
        var roleTokens: [Int] = []
        var found = Found()
        var consumed: [Int] = []
        while k >= sc.start {
            // "Opposition leader Martin Kowalski": a sentence's first word no name took.
            let lowerOrFirst = w.flags[k].contains(.lower) || k == sc.start && w.flags[k].contains(.initial) && sc.ending(at: k) == nil
            if lowerOrFirst && w.has(k, [.title, .personNoun, .roleModifier, .orgNoun]) && !w.has(k, [.det, .poss, .verb]) {
                if w.has(k, .title) && found.titleHead == nil { found.titleHead = w.text(k).lowercased() }
                if w.has(k, .male) { found.gender = .male } else if w.has(k, .female) { found.gender = .female }
                roleTokens.append(k); k -= 1; continue
            }
            if let pi = sc.ending(at: k) {
                let p = sc.chunks[pi]
                switch p.kind {
                case .modifier, .demonym:
                    let own = p.kind == .demonym ? p.name : (p.affiliation ?? p.range.upperBound..<p.range.upperBound)
                    roleTokens.append(contentsOf: p.range.reversed().filter { !own.contains($0) })
                    if p.kind == .demonym || p.affiliationEntity != nil { found.affiliation = found.affiliation ?? pi }
                case .organization, .country, .seat, .capital, .place, .single:
                    if found.affiliation == nil { found.affiliation = pi }
                case .person where p.weak && p.role == nil:
                    // "Quiet Skies chair Maria Delgado": a name with no first name or title
                    // before a role is the body the role belongs to.
                    if found.affiliation == nil { found.affiliation = pi }
                case .title:
                    roleTokens.append(contentsOf: p.range.reversed())
                default:
                    break
                }
                guard p.kind != .person || p.weak && p.role == nil, p.kind != .people && p.kind != .other else { break }
                consumed.append(pi)
                k = p.range.lowerBound - 1
                continue
            }
            // "Haftar’s spokesman Ahmed Mismari": the owner is the affiliation.
            if w.flags[k].contains(.possessive), let pi = sc.ending(at: k - 1), sc.chunks[pi].isNamed || sc.chunks[pi].kind == .country {
                if found.affiliation == nil { found.affiliation = pi }
                consumed.append(pi)
            }
            break
        }
        guard !roleTokens.isEmpty else { return nil }
        for t in roleTokens { sc.use(t) }
        for pi in consumed { sc.chunks[pi].consumed = true }
        found.role = text(roleTokens.sorted(), in: sc)
        return found
    }

    /// "Priya Raman of the campaign group Friends of Kestrel Bay": the organisation a person is
    /// from, with no role; for one the article titles (`titled`), a place or country too ("Sen.
    /// Bernie Sanders of Vermont", "President Tomas Ferreira of Chile"): the state or country
    /// they serve, which tells apart the officials a description names by place ("the Vermont
    /// senator"). Returns it and the end of the phrase.
    func of(_ ci: Int, in sc: inout SentenceChunks, end: Int, titled: Bool = false) -> (Found, Int)? {
        let c = sc.chunks[ci]
        var k = c.range.upperBound
        guard c.affiliation == nil, k + 1 < end, w.flags[k].contains(.lower), w.key[k] == ActorWordKeys.ofKey else { return nil }
        k += 1
        if w.lowerWord(k, .det) { k += 1 }
        var nouns: [Int] = []
        while k < end && nouns.count < 3 && w.flags[k].contains(.lower) && w.has(k, [.orgNoun, .roleModifier]) && !w.has(k, [.det, .poss]) {
            nouns.append(k); k += 1
        }
        guard let pi = sc.starting(at: k) else { return nil }
        let kind = sc.chunks[pi].kind
        guard kind == .organization || titled && nouns.isEmpty && [.place, .country, .capital, .seat].contains(kind) else { return nil }
        for t in nouns { sc.use(t) }
        sc.chunks[pi].consumed = true
        return (Found(affiliation: pi), sc.chunks[pi].range.upperBound)
    }

    /// ", the UN secretary-general," / ", a spokesman for the Kremlin," after chunk `ci`.
    func after(_ ci: Int, in sc: inout SentenceChunks, end: Int) -> Found? {
        let c = sc.chunks[ci]
        var k = c.range.upperBound
        guard k < end, w.flags[k].contains(.comma) else { return nil }
        k += 1
        if k < end, w.lowerWord(k, .det) { k += 1 }
        var roleTokens: [Int] = []
        var consumed: [Int] = []
        var found = Found()
        var head: Int?
        while k < end {
            if let pi = sc.starting(at: k), head == nil {
                let p = sc.chunks[pi]
                guard [.modifier, .demonym, .organization, .country, .seat, .capital, .title].contains(p.kind) else { return nil }
                if p.kind == .modifier || p.kind == .title { roleTokens.append(contentsOf: p.range) }
                else { found.affiliation = found.affiliation ?? pi }
                if p.kind == .title { head = p.range.upperBound - 1; found.titleHead = p.titleHead }
                consumed.append(pi)
                k = p.range.upperBound
                continue
            }
            // ", the institute's director": the owner before the role is no part of it.
            if w.flags[k].contains(.possessive), head == nil, !roleTokens.isEmpty || found.affiliation != nil, k + 1 < end, w.flags[k + 1].contains(.lower) {
                roleTokens.removeAll(); k += 1; continue
            }
            // Words the lexicons do not know may qualify the head ("chief human resources executive").
            let unknown = w.cls[k].isEmpty && w.flags[k].contains(.word) && !ActorContext.looksLikePast(w, k) && !ActorContext.looksLikeAdverb(w, k)
            if w.flags[k].contains(.lower) && (w.has(k, [.personNoun, .roleModifier, .orgNoun]) || unknown) && !w.has(k, [.det, .poss, .verb, .groupNoun]) {
                roleTokens.append(k)
                if w.has(k, .personNoun) { head = k }
                if w.has(k, .male) { found.gender = .male } else if w.has(k, .female) { found.gender = .female }
                k += 1; continue
            }
            break
        }
        guard let h = head, roleTokens.last.map({ $0 >= h }) ?? false else { return nil }
        if found.titleHead == nil { found.titleHead = w.text(h).lowercased() }
        // "for the Kremlin", "of the Libyan National Army", "at Goldman Sachs".
        if k < end, w.lowerWord(k, .prep) {
            var j = k + 1
            if j < end, w.lowerWord(j, .det) { j += 1 }
            // "for the campaign group Friends of Kestrel Bay": what the body is, before its name.
            var n = j
            while n < end && n - j < 3 && w.flags[n].contains(.lower) && w.has(n, [.orgNoun, .roleModifier]) && !w.has(n, [.det, .poss]) { n += 1 }
            if n > j, sc.starting(at: n) != nil { j = n }
            if let pi = sc.starting(at: j), [.organization, .country, .seat, .capital, .single, .person].contains(sc.chunks[pi].kind) {
                found.affiliation = found.affiliation ?? pi
                consumed.append(pi)
                k = sc.chunks[pi].range.upperBound
                // "… of the Coastal Ecology Institute at the University of Carrick": further
                // bodies the first belongs to.
                while k + 1 < end, w.lowerWord(k, .prep) {
                    var m = k + 1
                    if m < end, w.lowerWord(m, .det) { m += 1 }
                    guard let qi = sc.starting(at: m), [.organization, .country, .seat, .capital, .place].contains(sc.chunks[qi].kind) else { break }
                    // "Friends of Kestrel Bay": joined by "of" right after, one name.
                    if m == k + 1, w.key[k] == ActorWordKeys.ofKey, sc.chunks[pi].kind == .single || sc.chunks[pi].kind == .organization {
                        sc.chunks[pi].name = sc.chunks[pi].name.lowerBound..<sc.chunks[qi].range.upperBound
                    }
                    consumed.append(qi)
                    k = sc.chunks[qi].range.upperBound
                }
            } else {
                // ", a WHO adviser on respiratory diseases,", ", a professor of economics,": a
                // field in common words, up to the comma that closes the apposition.
                var n = k + 1
                // Right after the preposition a word is a noun ("in charge"), whatever else it can be.
                while n < end && n - k <= 4 && w.flags[n].contains(.lower) && !w.has(n, [.det, .poss, .pronoun, .prep])
                        && (n == k + 1 || !w.has(n, .verb)) && !ActorContext.looksLikePast(w, n) { n += 1 }
                // ", the NBC executive in charge of 'Today,'": the field takes one more
                // preposition and its object, a name or common words, up to the comma.
                if n > k + 1, n + 1 < end, w.lowerWord(n, .prep), !w.flags[n].contains(.comma) {
                    var m = n + 1
                    while m < end && m - n <= 5 && !w.flags[m].contains(.comma)
                            && (w.t(m).kind == .quoteMark || w.flags[m].contains(.word) && !w.has(m, [.pronoun, .poss, .prep])
                                && (!w.lowerWord(m, .verb) || w.lowerWord(m - 1, [.det, .prep])) && !ActorContext.looksLikePast(w, m)) { m += 1 }
                    if m > n + 1, m < end, w.flags[m].contains(.comma) { n = m }
                }
                guard n > k + 1, n < end, w.flags[n].contains(.comma) else { return nil }
                k = n
            }
        }
        guard k >= end || w.flags[k].contains(.comma) || w.flags[k].contains(.period) || w.flags[k].contains(.closeParen)
                || w.t(k).kind == .quoteMark || w.has(k, .verb) || w.key[k] == ActorWordKeys.andKey && w.flags[k].contains(.lower) else { return nil }
        for t in roleTokens { sc.use(t) }
        for pi in consumed { sc.chunks[pi].consumed = true }
        found.role = text(roleTokens.filter { $0 <= h }, in: sc)
        return found
    }

    /// Role words joined as written, without direction words and without names of places,
    /// countries or organisations (those are the affiliation).
    private func text(_ tokens: [Int], in _: SentenceChunks) -> String? {
        var parts: [String] = []
        for k in tokens where !w.has(k, .dropModifier) {
            if w.has(k, .courtesy), w.lex.titles[w.key[k]]?.role == nil { continue }
            parts.append(w.text(k))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
