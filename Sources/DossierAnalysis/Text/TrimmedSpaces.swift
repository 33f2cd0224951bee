extension StringProtocol {
    /// The text without the spaces and tabs around it (`trimmingCharacters(in: .whitespaces)`
    /// without Foundation's bridging: the lexicons trim every field of every line at start-up,
    /// and that was most of their load time).
    var trimmedSpaces: String {
        let u = unicodeScalars
        var a = u.startIndex, b = u.endIndex
        while a < b, Self.isSpace(u[a]) { a = u.index(after: a) }
        while b > a, Self.isSpace(u[u.index(before: b)]) { b = u.index(before: b) }
        return String(self[a..<b])
    }

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
    }
}
