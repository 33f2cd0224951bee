/// Fast character classes over Unicode scalars (an ASCII table, Unicode properties beyond).
enum CharClass {
    @inline(__always) static func isSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x3000 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F
    }

    @inline(__always) static func isNewline(_ u: Unicode.Scalar) -> Bool {
        u == "\n" || u == "\r" || u.value == 0x2028 || u.value == 0x2029
    }

    @inline(__always) static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        // Latin-1 and Latin Extended-A letters, and the general punctuation block (’ “ ” — …),
        // without a Unicode property lookup.
        if v >= 0xC0 && v < 0x180 { return v != 0xD7 && v != 0xF7 }
        if v >= 0x2000 && v < 0x2070 { return false }
        return Slow.isLetter(u)
    }

    @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return v >= 48 && v <= 57 }
        if v < 0x660 || (v >= 0x2000 && v < 0x2070) { return false }   // no decimal digits there
        return Slow.isDigit(u)
    }

    @inline(__always) static func isUpper(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return v >= 65 && v <= 90 }
        return Slow.isUpper(u)
    }

    @inline(__always) static func isLower(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return v >= 97 && v <= 122 }
        return Slow.isLower(u)
    }

    @inline(__always) static func isAlnum(_ u: Unicode.Scalar) -> Bool { isLetter(u) || isDigit(u) }

    /// Marks that can open or close a quotation (the apostrophe-like ’ and ' included).
    @inline(__always) static func isQuoteMark(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A,
             0x300C, 0x300D, 0x300E, 0x300F, 0x2033:
            return true
        default:
            return false
        }
    }

    /// ’ and ' may be apostrophes inside or at the edge of words.
    @inline(__always) static func isApostrophe(_ u: Unicode.Scalar) -> Bool { u == "'" || u.value == 0x2019 }

    /// Zero-width and direction format characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
    /// U+FEFF): present in pasted text, invisible to a reader.
    @inline(__always) static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v >= 0x200B && v <= 0x200F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2060 && v <= 0x2064) || v == 0xFEFF
    }

    @inline(__always) static func isDash(_ u: Unicode.Scalar) -> Bool {
        u == "-" || (u.value >= 0x2010 && u.value <= 0x2015) || u.value == 0x2212
    }

    @inline(__always) static func isSentenceEnd(_ u: Unicode.Scalar) -> Bool {
        u == "." || u == "!" || u == "?" || u.value == 0x2026
    }

    @inline(__always) static func isClosingBracket(_ u: Unicode.Scalar) -> Bool { u == ")" || u == "]" || u == "}" }

    /// The Unicode property lookups, kept out of line: `Unicode.Scalar.Properties` is a
    /// resilient type, and a function that inlines a use of it sets up stack space for it on
    /// every call, whether or not the scalar is ASCII. The tokenizer and the word readers call
    /// these classes for every character, so only the rare non-ASCII letters pay.
    enum Slow {
        @inline(never) static func isLetter(_ u: Unicode.Scalar) -> Bool {
            u.properties.isAlphabetic || u.properties.generalCategory == .nonspacingMark
        }
        @inline(never) static func isDigit(_ u: Unicode.Scalar) -> Bool { u.properties.numericType == .decimal }
        @inline(never) static func isUpper(_ u: Unicode.Scalar) -> Bool { u.properties.isUppercase }
        @inline(never) static func isLower(_ u: Unicode.Scalar) -> Bool { u.properties.isLowercase }
        @inline(never) static func lowercaseFirst(_ u: Unicode.Scalar) -> Unicode.Scalar {
            u.properties.lowercaseMapping.unicodeScalars.first ?? u
        }
        /// The first scalar of the lower-case mapping of an upper-case letter, else nil.
        @inline(never) static func lowercased(_ u: Unicode.Scalar) -> UInt32? {
            guard u.properties.isUppercase else { return nil }
            return u.properties.lowercaseMapping.unicodeScalars.first?.value
        }
    }
}
