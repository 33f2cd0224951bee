/// Seats of an office that news writing names for its holder's staff ("White House spokesman",
/// "Kremlin aide"): `seats_of_office.txt`. The positions model puts such staff on the side of
/// the person the article gives the office ("President Obama"), as it does staff whose
/// affiliation names their principal.
public enum SeatsOfOffice {
    /// Seat (lowercase) -> the role of its holder (lowercase).
    static let table: [String: String] = {
        var out: [String: String] = [:]
        for (seat, tags) in ActorLexiconBuilder.fields(PackageResources.seats_of_office_txt) {
            if let role = tags.first, !role.isEmpty { out[seat.lowercased()] = role.lowercased() }
        }
        return out
    }()

    /// The role whose holder the staff of this seat serve ("president" for "White House"),
    /// nil when the affiliation is no seat of office.
    public static func holderRole(of affiliation: String) -> String? {
        var a = affiliation.lowercased()
        if a.hasPrefix("the ") { a.removeFirst(4) }
        return table[a]
    }

    /// Whether a role names the holder of that office itself: "President", "U.S. President",
    /// "Russian President"; not a deputy ("Vice President") or a former holder.
    public static func role(_ role: String, holds office: String) -> Bool {
        let r = role.lowercased()
        guard r == office || r.hasSuffix(" " + office) else { return false }
        let before = r.dropLast(office.count).split(separator: " ")
        return !before.contains { notHolder.contains(String($0)) }
    }

    static let notHolder: Set<String> = ["vice", "vice-", "deputy", "former", "ex", "acting", "assistant", "late"]
}
