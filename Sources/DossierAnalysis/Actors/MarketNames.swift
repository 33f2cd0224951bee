/// Names of what markets reports measure, from market_names.txt: stock indices ("the Dow",
/// "the S.&P. 500"), commodities and benchmark prices ("Brent crude", "Silver rose 15
/// cents"). Written with capitals, they look like names, but a price that rises or an index
/// that closes down is no actor, so they make no mention.
struct MarketNames {
    enum Tag { case index, commodity, alsoBody }

    /// Names by folded key (hashed without allocating the chunk's text), and the index words.
    static let table: (names: [UInt64: Tag], indexWords: KeySet) = {
        var names: [UInt64: Tag] = [:]
        var words = KeySet(capacity: 16)
        for (name, tags) in ActorLexiconBuilder.fields(PackageResources.market_names_txt) {
            switch tags.first {
            case "i": names[WordKey.folded(name)] = .index
            case "c": names[WordKey.folded(name)] = .commodity
            case "o": names[WordKey.folded(name)] = .alsoBody
            case "w": words.insert(WordKey.folded(name))
            default: continue
            }
        }
        return (names, words)
    }()

    /// The chunk names an index, a commodity or a benchmark price.
    static func names(_ c: NameChunk, in w: ArticleWords) -> Bool {
        guard c.role == nil, c.affiliation == nil, !c.name.isEmpty else { return false }
        let span = w.span(c.name)
        guard let tag = table.names[WordKey.folded(w.s, span.start..<span.end)] else { return false }
        switch tag {
        case .index:
            return true
        case .commodity:
            // "Nate Silver said": the word is a surname in this article.
            return c.name.count == 1 && !w.surnameSeen.contains(w.key[c.name.lowerBound])
        case .alsoBody:
            // "the S.&P. 500", "the Dow Jones industrial average": not the rating agency or publisher.
            var k = c.name.upperBound
            if k < w.count, w.flags[k].contains(.possessive) || w.isPunct(k, "'") || w.isPunct(k, "’") { k += 1 }
            guard k < w.count, w.sentence[k] == w.sentence[c.name.lowerBound] else { return false }
            return w.t(k).kind == .number || table.indexWords.contains(w.key[k])
        }
    }
}
