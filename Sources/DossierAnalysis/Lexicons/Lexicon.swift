import Foundation

/// A word list read from an embedded data file: one entry per line, `#` starts a comment,
/// surrounding spaces are ignored.
public struct Lexicon: Sendable {
    public let entries: [String]
    public let set: Set<String>

    public init(bytes: [UInt8]) {
        var out: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            var l = Substring(line)
            if let hash = l.firstIndex(of: "#") { l = l[..<hash] }
            let t = l.trimmedSpaces
            if !t.isEmpty { out.append(t) }
        }
        entries = out
        set = Set(out)
    }

    public func contains(_ word: String) -> Bool { set.contains(word) }
}

/// The embedded word lists, parsed once per process.
public enum Lexicons {
    public static let abbreviations = Lexicon(bytes: PackageResources.abbreviations_txt)
    public static let speechVerbs = Lexicon(bytes: PackageResources.speech_verbs_txt)
}
