import Foundation
import Testing
@testable import DossierEngine

/// Loading the shared training corpus (840 articles) through the `load` command. Skipped when
/// ../shared is not beside the repository.
@Suite struct CorpusLoadTests {
    static let folder: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("shared/corpus/polnear-train/text").path
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: folder) }

    @Test(.enabled(if: available, "needs ../shared/corpus/polnear-train/text"))
    func theWholeTrainingFolderLoads() throws {
        let s = Session()
        let start = Date()
        let r = s.run("load \(Self.folder)")
        let seconds = Date().timeIntervalSince(start)
        #expect(r.ok, "\(r.err)")
        #expect(!r.err.contains("warning"), "no file of the corpus is refused: \(r.err.prefix(500))")
        #expect(r.out.isEmpty, "loading prints no data, only a note")
        #expect(r.err.contains("Loaded 840 articles"))
        #expect(s.workspace.articles.count == 840)
        #expect(Set(s.workspace.articles.map(\.id)).count == 840)
        #expect(s.data("articles --format jsonl").split(separator: "\n").count == 840)
        print("loaded 840 corpus articles in \(String(format: "%.2f", seconds)) s (debug build)")
        // The analysis commands run over all of them.
        #expect(s.run("actors --format jsonl").ok)
        #expect(s.run("quotes --format jsonl").ok)
    }
}
