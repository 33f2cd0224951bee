import Foundation

/// A word list read from an embedded data file: one entry per line, `#` starts a comment.
struct Lexicon: Sendable {
    let entries: [String]
    init(bytes: [UInt8]) {
        entries = String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { line in
                let l = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                return l.trimmingCharacters(in: .whitespaces)
            }
            .filter { !$0.isEmpty }
    }
}

enum Lexicons {
    static let speechVerbs = Lexicon(bytes: PackageResources.speech_verbs_txt)
}
