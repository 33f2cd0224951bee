import Foundation
@testable import DossierAnalysis

/// The read-only material at `../shared` from the project root; tests that need it skip
/// cleanly when it is absent.
enum SharedCorpus {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("corpus").path) }

    static func text(_ relative: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    struct Article { var id: String; var text: String; var gold: [GoldAttribution] }

    /// The annotated training articles (first annotator by file name, as the scorer does),
    /// keeping every `stride`-th one in name order.
    static func trainingArticles(stride: Int = 1) -> [Article] {
        let base = root.appendingPathComponent("corpus/polnear-train")
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: base.appendingPathComponent("text").path),
              let anns = try? fm.contentsOfDirectory(atPath: base.appendingPathComponent("attributions").path)
        else { return [] }
        var annFor: [String: String] = [:]
        for a in anns.sorted() where a.hasSuffix(".ann") {
            let stem = String(a.dropLast(4))
            guard let us = stem.lastIndex(of: "_") else { continue }
            if annFor[String(stem[..<us])] == nil { annFor[String(stem[..<us])] = a }
        }
        let ids = names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.filter { annFor[$0] != nil }.sorted()
        return ids.enumerated().filter { $0.offset % stride == 0 }.compactMap { _, id in
            guard let t = try? String(contentsOf: base.appendingPathComponent("text/\(id).txt"), encoding: .utf8),
                  let ann = try? String(contentsOf: base.appendingPathComponent("attributions/\(annFor[id]!)"), encoding: .utf8)
            else { return nil }
            return Article(id: id, text: t, gold: GoldAttribution.parse(brat: ann))
        }
    }
}
