import Foundation
import Testing
@testable import DossierEngine

/// The user's first article: the commander whose offensive goes on against the Secretary-
/// General, Russia and the five governments, who agree with one another. Skipped without
/// ../shared.
@Suite(.enabled(if: seedArticlePath != nil, "needs ../shared"))
struct PositionSeedTests {
    @Test func theSeedVerdicts() throws {
        try seedVerdicts()
    }
}

/// The seed article in ../shared, nil when it is absent.
let seedArticlePath: String? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus/seed/000_70e254104ba8734b.txt")
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
}()

func seedVerdicts() throws {
        let s = Session()
        s.out("load \(seedArticlePath!)")
        let json = try s.json("compare Haftar Guterres Russia \"five governments\"")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        func relation(_ a: String, _ b: String) -> String? {
            pairs.first { ($0["a"] as? String ?? "").contains(a) && ($0["b"] as? String ?? "").contains(b) }?["relation"] as? String
        }
        #expect(relation("Haftar", "Guterres") == "disagree")
        #expect(relation("Haftar", "governments") == "disagree")
        #expect(relation("Guterres", "Russia") == "agree")
        #expect(relation("Russia", "governments") == "agree")
        #expect(relation("Guterres", "governments") == "agree")
        let reason = pairs.first { ($0["b"] as? String ?? "").contains("Guterres") }?["reason"] as? String ?? ""
        #expect(reason.contains("¶"), "\(reason)")
        let topics = try #require(s.json("topics")["topics"] as? [[String: Any]])
        #expect(topics.first?["frame"] as? String == "conflict")
        #expect(s.out("positions Russia").contains("incl. Dmitry Peskov"), "the Kremlin's spokesman speaks for Russia")
    }
