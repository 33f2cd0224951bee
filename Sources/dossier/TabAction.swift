import DossierEngine

/// What one Tab press does with the engine's candidates.
enum TabAction: Equatable {
    case beep
    case replace(String)
    case list([String])

    /// One candidate: take it (with a space after a finished word). Several: extend the typed
    /// word to their longest common prefix (ignoring case) when it still starts with what was
    /// typed; otherwise show them.
    static func decide(typed: String, completion: Completion) -> TabAction {
        let candidates = completion.candidates
        guard let first = candidates.first else { return .beep }
        if candidates.count == 1 {
            let word = first + (completion.isFinal ? " " : "")
            return word == typed ? .beep : .replace(word)
        }
        var common = Array(first)
        for c in candidates.dropFirst() {
            let other = Array(c)
            var n = 0
            while n < common.count, n < other.count, common[n].lowercased() == other[n].lowercased() { n += 1 }
            common.removeLast(common.count - n)
        }
        let prefix = String(common)
        if prefix.count > typed.count, prefix.lowercased().hasPrefix(typed.lowercased()) { return .replace(prefix) }
        return .list(candidates)
    }

    /// Candidates laid out in columns across the terminal; past `limit`, a count of the rest
    /// (840 article ids would scroll the line being typed off the screen).
    static func columns(_ all: [String], width: Int, limit: Int = 60) -> String {
        let items = Array(all.prefix(limit))
        let w = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(w, 1))
        var out = ""
        for (i, item) in items.enumerated() {
            out += item.padding(toLength: w, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 && i + 1 < items.count {
                while out.hasSuffix(" ") { out.removeLast() }
                out += "\n"
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        if all.count > items.count { out += "\n… and \(all.count - items.count) more: type more letters to narrow them" }
        return out
    }
}
