/// Dropping the actors that only a common noun names and that say nothing.
extension ActorTable {
    /// Removes actors known only by a lone common noun ("members", "the panel", "someone", "her
    /// son") that are the speaker of no quote: words like these name an actor when it speaks
    /// ("Campaigners said …"), otherwise they are just part of what others say or do.
    /// `speakers` are the ids of the quotes' speakers.
    public mutating func dropSilentGenericActors(speakers: Set<String>) {
        var keep = [Bool](repeating: true, count: actors.count)
        for i in actors.indices where i < profiles.count && profiles[i].generic && !speakers.contains(actors[i].id) { keep[i] = false }
        guard keep.contains(false) else { return }
        keepOnly(keep)
    }

    /// Keeps the actors `keep` marks, with their owners, profiles and mention refs renumbered;
    /// returns each old index's new one (-1 when dropped). Ids are left as they were.
    @discardableResult mutating func keepOnly(_ keep: [Bool]) -> [Int] {
        var newIndex = [Int](repeating: -1, count: actors.count)
        var n = 0
        for i in actors.indices where keep[i] { newIndex[i] = n; n += 1 }
        actors = actors.indices.filter { keep[$0] }.map { actors[$0] }
        let keptOwners = owners.indices.filter { keep[$0] }.map { owners[$0] }
        owners = keptOwners.map { o in o.flatMap { newIndex[$0] >= 0 ? newIndex[$0] : nil } }
        profiles = profiles.indices.filter { keep[$0] }.map { profiles[$0] }
        refs = refs.compactMap { r in
            let a = newIndex[Int(r.actor)]
            guard a >= 0 else { return nil }
            var r = r
            r.actor = Int32(a)
            return r
        }
        return newIndex
    }
}
