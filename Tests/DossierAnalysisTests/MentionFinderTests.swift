import Testing
@testable import DossierAnalysis

@Suite struct MentionFinderTests {
    func names(_ text: String) -> [String] {
        let f = ActorFixture(text)
        return f.mentions.filter { $0.kind == .name || $0.kind == .acronym }.map { f.doc.text[$0.span] }
    }

    @Test func titlesAndRolesAreSplitFromNames() {
        let f = ActorFixture("""
        Kremlin spokesman Dmitry Peskov said talks would resume. UN Secretary-General Antonio Guterres welcomed the news. \
        Eastern Libyan military commander Khalifa Haftar did not comment. Former Secretary of State John Kerry also spoke.
        """)
        let peskov = f.mentions.first { $0.name == "Dmitry Peskov" }
        #expect(peskov?.role == "spokesman")
        #expect(peskov?.affiliation == "Kremlin")
        let guterres = f.mentions.first { $0.name == "Antonio Guterres" }
        #expect(guterres?.role == "Secretary-General")
        #expect(guterres?.affiliation == "UN")
        #expect(f.mentions.first { $0.name == "Khalifa Haftar" }?.role == "military commander")
        #expect(f.mentions.first { $0.name == "John Kerry" }?.role == "Former Secretary of State")
        // The affiliation is only a modifier: it does not act.
        #expect(f.mentions.first { f.doc.text[$0.span] == "Kremlin" }?.modifier == true)
    }

    @Test func appositionsGiveRoles() {
        let f = ActorFixture("Maria Sanchez, a spokeswoman for the European Commission, said the bloc was ready. Tom Hale, the Republican nominee, disagreed.")
        let maria = f.mentions.first { $0.name == "Maria Sanchez" }
        #expect(maria?.role == "spokeswoman")
        #expect(maria?.affiliation == "European Commission")
        #expect(maria?.gender == .female)
        #expect(f.mentions.first { $0.name == "Tom Hale" }?.role == "Republican nominee")
    }

    @Test func sentenceStartsMonthsDaysAndHeadlinesAreNotNames() {
        #expect(names("Senate Passes Sweeping Bill After Long Debate\nOn Friday, the Senate passed the bill. May was a busy month for lawmakers.")
                == ["Senate", "Senate"])
        #expect(names("Asked about the vote, Harris said nothing. Meanwhile Harris left for Boston in March.") == ["Harris", "Harris", "Boston"])
        #expect(names("Armed clashes broke out on Monday.") == [])
    }

    @Test func particlesInitialsAndHyphensStayInOneName() {
        #expect(names("John F. Kennedy met Bill de Blasio, Abdel Fattah al-Sisi and Jean-Claude Juncker.")
                == ["John F. Kennedy", "Bill de Blasio", "Abdel Fattah al-Sisi", "Jean-Claude Juncker"])
    }

    @Test func organisationsByCueLexiconAndAcronym() {
        let f = ActorFixture("The Ministry of Foreign Affairs, Stanford University, the New York Times, NATO and the Coastal Workers Union all responded to AFP.")
        let orgs = f.mentions.filter { $0.type == .organization }.map(\.name)
        #expect(orgs == ["Ministry of Foreign Affairs", "Stanford University", "New York Times",
                         "North Atlantic Treaty Organization", "Coastal Workers Union", "Agence France-Presse"])
        #expect(f.mentions.first { f.doc.text[$0.span] == "NATO" }?.kind == .acronym)
    }

    @Test func actingAndLocatedContexts() {
        let f = ActorFixture("Russia called for calm. Aid is flowing into Libya, and Tripoli remains without power. “It is over,” said Obama.")
        #expect(f.mentions.first { $0.name == "Russia" }?.acting == true)
        #expect(f.mentions.first { $0.name == "Libya" }?.acting == false)
        #expect(f.mentions.first { f.doc.text[$0.span] == "Tripoli" }?.type == .place)
        #expect(f.mentions.first { $0.name == "Obama" }?.acting == true)
    }

    @Test func unnamedGroupsAndDescriptions() {
        let f = ActorFixture("Sources on both sides said the talks had stalled. A unity government source said the fighting moved south. Forces loyal to Khalifa Haftar advanced.")
        let descriptions = f.mentions.filter { $0.kind == .description }
        #expect(descriptions.map(\.name) == ["Sources on both sides", "unity government source", "Forces loyal to Khalifa Haftar"])
        #expect(descriptions.map(\.type) == [.group, .person, .group])
        #expect(descriptions[2].owner.map { f.mentions[$0].name } == "Khalifa Haftar")
    }
}
