import DossierAnalysis

/// Staff named for the seat of an office ("White House spokesman Josh Earnest", "Kremlin
/// spokesman Dmitry Peskov") serve the one person the article gives that office ("President
/// Obama"): news writing names the president's staff by his house, not by his name. Only when
/// exactly one person of the article holds the office, and only for staff roles. Linear in the
/// actors and their refs.
enum SeatStaff {
    /// Per office holder id, the ids of the staff of its seat. `skip`: persons already folded
    /// into an actor.
    static func find(directory: ActorDirectory, skip: Set<Int>) -> [Int: [Int]] {
        var staff: [(id: Int, role: String)] = []
        for a in directory.actors where a.type == .person && !skip.contains(a.id) && a.roles.contains(where: ActorLexicon.roleServes) {
            if let aff = a.affiliation, let role = SeatsOfOffice.holderRole(of: aff) { staff.append((a.id, role)) }
        }
        guard !staff.isEmpty else { return [:] }
        let offices = Set(staff.map(\.role))
        // Per article and office, the persons who hold it there.
        var holders: [String: [String: Set<Int>]] = [:]
        for a in directory.actors where a.type == .person {
            for office in offices where a.roles.contains(where: { SeatsOfOffice.role($0, holds: office) }) {
                for r in a.refs { holders[r.article, default: [:]][office, default: []].insert(a.id) }
            }
        }
        var out: [Int: [Int]] = [:]
        for s in staff {
            var owner: Int? = nil
            for r in directory.actors[s.id].refs {
                guard let ids = holders[r.article]?[s.role], ids.count == 1, let id = ids.first, id != s.id else { continue }
                // Two articles that give the office to two people: no one.
                if let o = owner, o != id { owner = nil; break }
                owner = id
            }
            if let owner { out[owner, default: []].append(s.id) }
        }
        return out
    }
}
