import Foundation
import Testing
@testable import DossierEngine

/// How statements group into topics across articles.
@Suite struct PositionTopicTests {
    @Test func aNameMostArticlesShareLinksNoTopics() throws {
        let folder = TemporaryFolder()
        let s = Session()
        let places = ["Valmora", "Ostrik", "Danbury", "Celesta", "Morvain"]
        var paths: [String] = []
        for (i, place) in places.enumerated() {
            paths.append(folder.write("war\(i).txt", """
            Governor Ann Lee\(i) said on Monday that the war in \(place) must stop, a view Hillary Clinton shares.
            """))
        }
        s.out("load " + paths.joined(separator: " "))
        let json = try s.json("topics")
        let topics = try #require(json["topics"] as? [[String: Any]], "\(json)")
        // Five wars in five places: "Hillary Clinton", named in every article, ties none of them.
        #expect(topics.count == 5, "\(topics.map { $0["topic"] ?? "?" })")
    }

    @Test func thePlanAndTheDecisionAreOneTopicWhenTheArticleNamesNoOther() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("plan.txt", """
        The council of Dunmere approved on Monday a plan to allow taller houses near the station.

        The Station Neighbours Group opposed the plan.

        Builder Omar Haddad praised the decision.
        """) + " " + folder.write("other.txt", """
        The council of Ravensby rejected on Friday a plan to sell the old library.

        Librarian Ellen Moss welcomed the decision.
        """))
        let json = try s.json("topics")
        let topics = try #require(json["topics"] as? [[String: Any]], "\(json)")
        #expect(topics.count == 2, "one per article: \(topics.map { $0["topic"] ?? "?" })")
        let r = try s.json("compare \"Station Neighbours Group\" Haddad")
        let pair = try #require((r["pairs"] as? [[String: Any]])?.first)
        #expect(pair["relation"] as? String == "disagree", "\(pair)")
    }
}
