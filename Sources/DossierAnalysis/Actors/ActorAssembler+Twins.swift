/// One owner's body or group met twice under the same name ("Trump's supporters … his
/// supporters", "Clinton's advisers … her advisers") may reach the assembler as two drafts when
/// the resolver could not join the mentions in between; they are one actor.
extension ActorAssembler {
    /// For each draft in `actorDrafts` (sorted by first mention), the earlier draft it is a twin
    /// of: same type, same owner and the same name. Drafts without an owner are left apart,
    /// since bare words ("officials", "voters") may mean different people in one article.
    func ownedTwins(_ actorDrafts: [(Int, ActorType)]) -> [Int: Int] {
        var firstOf: [String: Int] = [:]
        var twinOf: [Int: Int] = [:]
        for (d, type) in actorDrafts {
            guard let owner = state.ownerOf[d] else { continue }
            let name = state.drafts[d].bestName.lowercased()
            guard !name.isEmpty else { continue }
            let key = "\(type)|\(owner)|\(name)"
            if let first = firstOf[key] { twinOf[d] = first } else { firstOf[key] = d }
        }
        return twinOf
    }
}
