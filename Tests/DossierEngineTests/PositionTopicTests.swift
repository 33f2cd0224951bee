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
}
