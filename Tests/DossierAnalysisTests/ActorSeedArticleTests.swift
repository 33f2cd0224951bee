import Foundation
import Testing
@testable import DossierAnalysis

/// The article the product was specified with (../shared/corpus/seed, not in the repository):
/// its actors, roles and places. Skipped when ../shared is absent.
@Suite struct ActorSeedArticleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/seed/000_70e254104ba8734b.txt").path

    func fixture() -> ActorFixture? {
        guard let text = try? String(contentsOfFile: Self.path, encoding: .utf8) else { return nil }
        return ActorFixture(text)
    }

    @Test func peopleWithTheirRoles() throws {
        guard let f = fixture() else { return }
        let haftar = try #require(f.actor("Khalifa Haftar"))
        #expect(haftar.type == .person)
        #expect(haftar.roles.contains { $0.hasSuffix("commander") })
        #expect(haftar.aliases.contains("Haftar"))
        let guterres = try #require(f.actor("Antonio Guterres"))
        #expect(guterres.roles.contains("Secretary-General"))
        #expect(guterres.affiliation == "UN")
        #expect(guterres.aliases.contains("the United Nations chief"))
        #expect(guterres.aliases.contains("Guterres"))
        let peskov = try #require(f.actor("Dmitry Peskov"))
        #expect(peskov.roles == ["spokesman"])
        #expect(peskov.affiliation == "Kremlin")
    }

    @Test func groupsOrganisationsAndCountries() throws {
        guard let f = fixture() else { return }
        let five = try #require(f.table.actors.first { $0.type == .group && $0.name.hasPrefix("governments of") })
        for member in ["UAE", "France", "Italy", "UK", "US"] { #expect(five.name.contains(member)) }
        #expect(five.aliases.contains("the five governments"))
        for country in ["United Arab Emirates", "France", "Italy", "United Kingdom", "United States", "Russia"] {
            #expect(f.actor(country)?.type == .country, "\(country)")
        }
        let forces = try #require(f.table.actors.first { $0.type == .group && $0.name.hasPrefix("forces loyal to") })
        #expect(forces.affiliation == "Khalifa Haftar")
        #expect(f.table.actors.contains { $0.name.hasPrefix("press office") && $0.affiliation == "Khalifa Haftar" })
        #expect(f.actor("unity government source") != nil)
        #expect(f.actor("sources on both sides")?.type == .group)
        #expect(f.actor("UN Security Council")?.type == .organization)
        #expect(f.actor("Libyan National Army")?.type == .organization)
        // "… told AFP": the agency is only spoken to, no actor (its abbreviation's expansion is
        // checked in MentionFinderTests).
        #expect(f.actor("Agence France-Presse") == nil)
        #expect(f.table.actors.contains { $0.type == .person && $0.affiliation == "Libyan National Army" })
    }

    @Test func placesAreNotActors() throws {
        guard let f = fixture() else { return }
        for place in ["Tripoli", "Libya", "Benghazi", "Washington"] {
            #expect(f.place(place) != nil, "\(place)")
            #expect(f.actor(place) == nil, "\(place)")
        }
        #expect(!f.table.actors.contains { $0.aliases.contains("Tripoli") || $0.aliases.contains("Washington") })
    }

    @Test func sourcesOfItsQuotesResolve() throws {
        guard let f = fixture() else { return }
        #expect(f.speaker("the five governments") == f.table.actors.first { $0.name.hasPrefix("governments of") }?.name)
        #expect(f.speaker("Kremlin spokesman Dmitry Peskov") == "Dmitry Peskov")
        #expect(f.speaker("Guterres", occurrence: 3) == "Antonio Guterres")
        #expect(f.speaker("sources on both sides") == "sources on both sides")
        #expect(f.speaker("The press office of Haftar’s force")?.hasPrefix("press office") == true)
        #expect(f.speaker("Russia") == "Russia")
        #expect(f.speaker("he", occurrence: 1) == "Antonio Guterres")
    }
}
