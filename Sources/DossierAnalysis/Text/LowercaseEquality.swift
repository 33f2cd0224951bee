extension String {
    /// `self.lowercased() == other`, for an `other` already in lower case, without building a
    /// string when `self` is ASCII (names compared against every actor of an article would
    /// otherwise allocate one lowered copy per actor per comparison).
    func lowercasedEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        var i = a.startIndex, j = b.startIndex
        while i != a.endIndex {
            let x = a[i]
            if x >= 0x80 { return lowercased() == other }   // beyond ASCII: Unicode's own case mapping
            guard j != b.endIndex else { return false }
            let lower = x >= 0x41 && x <= 0x5A ? x | 0x20 : x
            if lower != b[j] { return false }
            a.formIndex(after: &i); b.formIndex(after: &j)
        }
        return j == b.endIndex
    }
}
