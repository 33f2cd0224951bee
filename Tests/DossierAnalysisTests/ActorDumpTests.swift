import Foundation
import Testing
@testable import DossierAnalysis

/// A tool more than a test: with `DOSSIER_ACTOR_DUMP=FILE` set, prints the mentions and actors
/// found in FILE, to read the actor stages' output by eye. Does nothing otherwise.
@Suite struct ActorDumpTests {
    @Test func dumpActorsOfAFile() throws {
        let env = ProcessInfo.processInfo.environment
        guard let paths = env["DOSSIER_ACTOR_DUMP"] else { return }
        for path in paths.split(separator: ",") { try dump(String(path), mentionsToo: env["DOSSIER_ACTOR_DUMP_ACTORS_ONLY"] == nil) }
    }

    func dump(_ path: String, mentionsToo: Bool) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let doc = Segmenter().segment(ArticleText(text))
        let mentions = MentionFinder().find(doc)
        var out = "=== \(path.split(separator: "/").last ?? "")\n"
        if mentionsToo { out += "MENTIONS\n" }
        for (i, m) in mentions.enumerated() where mentionsToo {
            out += "\(i)\t\(m.kind.rawValue)\t\(m.type.rawValue)\t\(doc.text[m.span])\t→ \(m.name)"
            if let r = m.role { out += " | role: \(r)" }
            if let a = m.affiliation { out += " | aff: \(a)" }
            if let h = m.head { out += " | head: \(h)" }
            if m.acting { out += " | ACTS" }
            if m.modifier { out += " | modifier" }
            if m.locative { out += " | loc" }
            if m.quoted { out += " | quoted" }
            if let o = m.owner { out += " | owner: \(o)" }
            if !m.members.isEmpty { out += " | members: \(m.members)" }
            out += "\n"
        }
        let table = ActorResolver().resolve(doc, mentions: mentions)
        out += "ACTORS\n"
        for a in table.actors + table.places {
            out += "\(a.id)\t\(a.type.rawValue)\t\(a.name)\troles=\(a.roles)\taff=\(a.affiliation ?? "-")\taliases=\(a.aliases)\tn=\(a.mentions.count)\n"
        }
        print(out)
    }
}
