import Testing
@testable import DossierAnalysis

/// An outlet that only relays someone's words ("According to the Ledger, Mayor X said …") takes no
/// position from them; the person quoted does.
@Suite struct StatementRelayedTests {
    static let lead = "The city council approved a new tax on empty homes on Monday.\n\n"

    @Test func anOutletRelayingSomeonesWordsHoldsNoStatement() {
        let text = Self.lead + "According to the Harbour Ledger, Mayor Joe Okafor said the tax was a disaster for the city."
        let all = statements(text)
        #expect(!all.contains { $0.actor.contains("Ledger") }, "\(all)")
        #expect(all.contains { $0.actor.contains("Okafor") && $0.stance == .against }, "\(all)")
        // An outlet reporting something itself still holds it.
        let own = statements(Self.lead + "According to the Harbour Ledger, the tax was a disaster for the city.")
        #expect(own.contains { $0.actor.contains("Ledger") }, "\(own)")
    }
}
