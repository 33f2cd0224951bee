/// Bodies named after the country they belong to: "the Bank of Japan … Japan's central bank" is
/// one bank, keyed like "the Clinton campaign … her campaign" by the owner's name word and the
/// body noun (ResolverState+OwnedBodies), the owner a country the article names in one word.
extension ResolverState {
    /// The folded one-word names of the countries the article mentions.
    func countryOwnerWords() -> Set<UInt64> {
        var out = Set<UInt64>()
        for d in drafts.indices where drafts[d].type == .country && !drafts[d].mentions.isEmpty {
            if let w = countryOwnerWord(d) { out.insert(w) }
        }
        return out
    }

    /// The folded name of country draft `d` when it is one word ("Japan"), else nil.
    func countryOwnerWord(_ d: Int) -> UInt64? {
        let name = drafts[d].bestName
        guard !name.isEmpty, !Self.hasSpace(name) else { return nil }
        return WordKey.folded(name)
    }
}
