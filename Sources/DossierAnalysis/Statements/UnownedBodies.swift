/// Names of bodies that news writing leaves unowned when the article follows one candidate
/// ("the campaign told USA TODAY"): `unowned_bodies.txt`. The positions model gives such a
/// body to the person the article is about, so that what it says counts as that person's.
public enum UnownedBodies {
    static let names: Set<String> = Set(Lexicon(bytes: PackageResources.unowned_bodies_txt).entries.map { $0.lowercased() })

    /// Whether an actor's name is such a body ("campaign", "the campaign", "Campaign").
    public static func contains(_ name: String) -> Bool {
        var n = name.lowercased()
        if n.hasPrefix("the ") { n.removeFirst(4) }
        return names.contains(n)
    }
}
