import Testing
@testable import DossierAnalysis

/// An actor named again in another case ("The Washington Post said" for the actor
/// "Washington Post") is found by comparing names in lower case without building strings.
@Suite struct LowercaseEqualityTests {
    @Test func matchesWhatLowercasingMatches() {
        let pairs: [(String, String)] = [
            ("Washington Post", "washington post"), ("Washington Post", "washington posts"),
            ("NBC", "nbc"), ("", ""), ("A", ""), ("", "a"), ("Peña Nieto", "peña nieto"),
            ("PEÑA", "peña"), ("Peña", "pena"), ("O'Rourke", "o'rourke"), ("Zeta-Jones", "zeta-jones"),
        ]
        for (name, lower) in pairs {
            #expect(name.lowercasedEquals(lower) == (name.lowercased() == lower), "\(name) vs \(lower)")
        }
    }
}
