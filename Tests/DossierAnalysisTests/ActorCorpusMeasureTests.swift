import Foundation
import Testing
import DossierAnalysis

/// Measures the actor stages on the training split of ../shared/corpus/polnear-train, when
/// `DOSSIER_MEASURE=1` is set (it reads 840 articles; run it in release mode for the speed
/// figure: `swift test -c release -Xswiftc -enable-testing --filter ActorCorpusMeasureTests`).
///
/// Prints: name recall and precision against CoreNLP's NER tags (silver, not gold), coverage of
/// the gold `Source` spans (resolved to an actor by `ActorTable.speaker`), and words per second
/// of the mention finder and resolver. `DOSSIER_MEASURE_SAMPLES=N` also prints N misses of each kind.
/// The thresholds asserted are floors that catch regressions, not the targets.
@Suite struct ActorCorpusMeasureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/polnear-train")

    struct Entity { var span: Span; var tag: String }

    @Test func measureOnTrainingSplit() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["DOSSIER_MEASURE"] != nil else { return }
        let fm = FileManager.default
        let textDir = Self.root.appendingPathComponent("text")
        guard fm.fileExists(atPath: textDir.path) else { return }
        let samples = Int(env["DOSSIER_MEASURE_SAMPLES"] ?? "0") ?? 0
        let limit = Int(env["DOSSIER_MEASURE_LIMIT"] ?? "100000") ?? 100000
        let files = try fm.contentsOfDirectory(atPath: textDir.path).filter { $0.hasSuffix(".txt") }.sorted().prefix(limit)
        let annFiles = try fm.contentsOfDirectory(atPath: Self.root.appendingPathComponent("attributions").path).sorted()

        var silverByTag: [String: (total: Int, found: Int)] = [:]
        var mine = 0, mineHit = 0
        var sources = 0, covered = 0, overlapping = 0, adopted = 0
        var silverNames = 0, silverNamesInActors = 0, actorCount = 0, namedActors = 0, namedActorsSilver = 0
        var actorSamples: [String] = [], notInActors: [String] = []
        var missReasons: [String: Int] = [:]
        var pronounSamples: [String] = []
        var byKind: [String: (total: Int, resolved: Int)] = [:]
        var nameConsistent = 0, nameSources = 0
        var typeAgree = 0, typeChecked = 0
        var typeConfusion: [String: Int] = [:], typeSamples: [String] = []
        var words = 0
        var finderTime = 0.0, resolverTime = 0.0, segmentTime = 0.0
        var missSamples: [String] = [], fpSamples: [String] = [], sourceMisses: [String] = [], wrongNames: [String] = []

        for file in files {
            let id = String(file.dropLast(4))
            let text = try String(contentsOf: textDir.appendingPathComponent(file), encoding: .utf8)
            var t0 = Date()
            let doc = Segmenter().segment(ArticleText(text))
            segmentTime += Date().timeIntervalSince(t0)
            words += doc.tokens.count
            t0 = Date()
            let mentions = MentionFinder().find(doc)
            finderTime += Date().timeIntervalSince(t0)
            t0 = Date()
            let table = ActorResolver().resolve(doc, mentions: mentions)
            resolverTime += Date().timeIntervalSince(t0)

            // Names against CoreNLP's entities.
            let names = mentions.filter { $0.kind == .name || $0.kind == .acronym || $0.kind == .demonym }
            let silver = try Self.silverEntities(Self.root.appendingPathComponent("corenlp-tokens/\(id).tsv"))
            for e in silver where ["PERSON", "ORGANIZATION", "LOCATION"].contains(e.tag) {
                let hit = names.contains { $0.span.overlaps(e.span) }
                var v = silverByTag[e.tag] ?? (0, 0)
                v.total += 1; if hit { v.found += 1 }
                silverByTag[e.tag] = v
                if !hit && missSamples.count < samples && e.tag != "LOCATION" { missSamples.append("\(id): \(e.tag) \(doc.text[e.span])") }
            }
            for m in names {
                mine += 1
                if silver.contains(where: { $0.span.overlaps(m.span) && $0.tag != "O" }) { mineHit += 1 }
                else if fpSamples.count < samples { fpSamples.append("\(id): \(m.type.rawValue) \(doc.text[m.span])") }
            }

            // Actors: named ones that CoreNLP also tags, and CoreNLP person/organisation names
            // that are in some actor.
            actorCount += table.actors.count
            for a in table.actors where a.type != .group {
                let named = mentions.contains { m in (m.kind == .name || m.kind == .acronym) && a.mentions.contains(m.span) }
                guard named else { continue }
                namedActors += 1
                // Type against CoreNLP's tag of its names (person ↔ PERSON, organisation ↔ ORGANIZATION).
                if a.type == .person || a.type == .organization {
                    let tags = a.mentions.compactMap { s in silver.first { $0.span.overlaps(s) }?.tag }
                    let people = tags.filter { $0 == "PERSON" }.count, orgs = tags.filter { $0 == "ORGANIZATION" }.count
                    if people != orgs {
                        typeChecked += 1
                        let silverType = people > orgs ? "person" : "organization"
                        if silverType == a.type.rawValue { typeAgree += 1 } else {
                            typeConfusion["\(a.type.rawValue) for \(silverType)", default: 0] += 1
                            if typeSamples.count < samples { typeSamples.append("\(id): \(a.type.rawValue) \(a.name) (CoreNLP \(silverType))") }
                        }
                    }
                }
                if a.mentions.contains(where: { s in silver.contains { $0.span.overlaps(s) } }) { namedActorsSilver += 1 }
                else if actorSamples.count < samples { actorSamples.append("\(id): \(a.type.rawValue) \(a.name)") }
            }
            var seenNames: Set<String> = []
            for e in silver where e.tag == "PERSON" || e.tag == "ORGANIZATION" {
                let n = doc.text[e.span]
                guard !seenNames.contains(n) else { continue }
                seenNames.insert(n)
                silverNames += 1
                if table.actors.contains(where: { $0.mentions.contains { $0.overlaps(e.span) } }) { silverNamesInActors += 1 }
                else {
                    let found = mentions.first { $0.span.overlaps(e.span) }
                    let reason = found.map { "\($0.kind.rawValue)/\($0.type.rawValue)\($0.weak ? " weak" : "")\($0.modifier ? " modifier" : "")" } ?? "not found"
                    missReasons[e.tag + " " + reason, default: 0] += 1
                    if notInActors.count < samples { notInActors.append("\(id): \(e.tag) \(n) — \(found.map { "\($0.kind.rawValue)/\($0.type.rawValue)\($0.weak ? " weak" : "")\($0.modifier ? " modifier" : "")" } ?? "not found")") }
                }
            }
            var adopting = table

            // Gold sources.
            guard let ann = annFiles.first(where: { $0.hasPrefix(id + "_") }) else { continue }
            let annText = try String(contentsOf: Self.root.appendingPathComponent("attributions/\(ann)"), encoding: .utf8)
            for line in annText.split(separator: "\n") {
                let parts = line.split(separator: "\t")
                guard parts.count >= 3, parts[1].hasPrefix("Source") else { continue }
                let offsets = parts[1].dropFirst("Source ".count).split(separator: ";").first!.split(separator: " ")
                guard offsets.count == 2, let s = Int(offsets[0]), let e = Int(offsets[1]) else { continue }
                let span = Span(s, e)
                let written = doc.text[span]
                let kind = Self.kind(of: written)
                sources += 1
                if table.actors.contains(where: { $0.mentions.contains { $0.overlaps(span) } }) { overlapping += 1 }
                let id2 = table.speaker(for: span, in: doc)
                var v = byKind[kind] ?? (0, 0)
                v.total += 1
                if let sid = id2 {
                    covered += 1; v.resolved += 1
                    if kind != "name", sources % 97 == 0, pronounSamples.count < samples, let a = table.actors.first(where: { $0.id == sid }) {
                        let from = max(0, span.start - 160)
                        pronounSamples.append("\(id): …\(doc.text[Span(from, span.start)].replacingOccurrences(of: "\n", with: " "))[[\(written)]] → \(a.name)")
                    }
                    if kind == "name", let a = table.actors.first(where: { $0.id == sid }) {
                        nameSources += 1
                        let all = ([a.name] + a.aliases).joined(separator: " ").lowercased()
                        let capitalised = written.split(separator: " ").filter { $0.first?.isUppercase == true }
                            .map { $0.lowercased().replacingOccurrences(of: "’s", with: "").trimmingCharacters(in: .punctuationCharacters) }
                            .filter { $0.count > 2 && !["the", "mr.", "mrs.", "ms.", "sen.", "gov.", "rep.", "president"].contains($0) }
                        if capitalised.isEmpty || capitalised.contains(where: { all.contains($0) }) { nameConsistent += 1 }
                        else if wrongNames.count < samples { wrongNames.append("\(id): \(written) → \(a.name)") }
                    }
                } else {
                    if adopting.adoptSpeaker(for: span, in: doc) != nil { adopted += 1 }
                    else if sourceMisses.count < samples * 3 { sourceMisses.append("\(id): [\(kind)] \(written)") }
                }
                byKind[kind] = v
            }
        }
        var report = "ACTOR MEASUREMENT on \(files.count) articles, \(words) tokens\n"
        for (tag, v) in silverByTag.sorted(by: { $0.key < $1.key }) {
            report += "  CoreNLP \(tag): \(v.found)/\(v.total) found = \(Self.pct(v.found, v.total))\n"
        }
        let pt = silverByTag.filter { $0.key != "LOCATION" }.values.reduce((0, 0)) { ($0.0 + $1.total, $0.1 + $1.found) }
        report += "  recall PERSON+ORGANIZATION: \(Self.pct(pt.1, pt.0))\n"
        report += "  name mentions inside a CoreNLP entity (precision): \(mineHit)/\(mine) = \(Self.pct(mineHit, mine))\n"
        report += "  actors: \(actorCount); named actors with a CoreNLP entity among their mentions: \(namedActorsSilver)/\(namedActors) = \(Self.pct(namedActorsSilver, namedActors))\n"
        report += "  person/organisation type agreeing with CoreNLP: \(typeAgree)/\(typeChecked) = \(Self.pct(typeAgree, typeChecked)); " + typeConfusion.map { "\($0.key) \($0.value)" }.sorted().joined(separator: "; ") + "\n"
        report += "  distinct CoreNLP PERSON/ORGANIZATION names in an actor: \(silverNamesInActors)/\(silverNames) = \(Self.pct(silverNamesInActors, silverNames))\n"
        report += "  why CoreNLP names are in no actor: " + missReasons.sorted { $0.value > $1.value }.prefix(14).map { "\($0.key) \($0.value)" }.joined(separator: "; ") + "\n"
        report += "  gold sources adopted as new actors when nothing fits: \(adopted); resolved or adopted: \(Self.pct(covered + adopted, sources))\n"
        report += "  gold sources: \(sources); resolved by speaker(for:): \(covered) = \(Self.pct(covered, sources)); overlapping an actor mention: \(Self.pct(overlapping, sources))\n"
        for (k, v) in byKind.sorted(by: { $0.key < $1.key }) { report += "    \(k): \(v.resolved)/\(v.total) = \(Self.pct(v.resolved, v.total))\n" }
        report += "  name sources resolved to an actor with that name: \(nameConsistent)/\(nameSources) = \(Self.pct(nameConsistent, nameSources))\n"
        report += String(format: "  speed (tokens/s): segmenter %.0f, mention finder %.0f, resolver %.0f, finder+resolver %.0f\n",
                         Double(words) / segmentTime, Double(words) / finderTime, Double(words) / resolverTime,
                         Double(words) / (finderTime + resolverTime))
        if samples > 0 {
            report += "MISSED CORENLP ENTITIES\n" + missSamples.joined(separator: "\n") + "\n"
            report += "NAMES OUTSIDE CORENLP ENTITIES\n" + fpSamples.joined(separator: "\n") + "\n"
            report += "UNRESOLVED SOURCES\n" + sourceMisses.joined(separator: "\n") + "\n"
            report += "NAME SOURCES RESOLVED TO ANOTHER NAME\n" + wrongNames.joined(separator: "\n") + "\n"
            report += "PRONOUN AND DESCRIPTION SOURCES RESOLVED (every 97th)\n" + pronounSamples.joined(separator: "\n") + "\n"
            report += "CORENLP NAMES IN NO ACTOR\n" + notInActors.joined(separator: "\n") + "\n"
            report += "TYPES DISAGREEING WITH CORENLP\n" + typeSamples.joined(separator: "\n") + "\n"
            report += "NAMED ACTORS WITHOUT A CORENLP ENTITY\n" + actorSamples.joined(separator: "\n") + "\n"
        }
        print(report)
        #expect(sources == 0 || Double(covered) / Double(sources) > 0.5)
        #expect(pt.0 == 0 || Double(pt.1) / Double(pt.0) > 0.8)
    }

    static func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b)) }

    static func kind(of source: String) -> String {
        let lower = source.lowercased()
        let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "who", "which", "that", "him", "them", "its"]
        if pronouns.contains(lower) { return "pronoun" }
        if let f = source.unicodeScalars.first, f.properties.isUppercase,
           !["the ", "a ", "an ", "some ", "many ", "his ", "her ", "their ", "its "].contains(where: { lower.hasPrefix($0) }) { return "name" }
        return "description"
    }

    /// CoreNLP entities: runs of tokens with the same NER tag, within a sentence.
    static func silverEntities(_ url: URL) throws -> [Entity] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [Entity] = []
        var current: Entity?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let f = line.split(separator: "\t")
            guard f.count >= 6, let s = Int(f[0]), let e = Int(f[1]) else {
                if let c = current { out.append(c); current = nil }
                continue
            }
            let tag = String(f[5])
            guard ["PERSON", "ORGANIZATION", "LOCATION", "MISC"].contains(tag) else {
                if let c = current { out.append(c); current = nil }
                continue
            }
            if var c = current, c.tag == tag { c.span.end = e; current = c }
            else { if let c = current { out.append(c) }; current = Entity(span: Span(s, e), tag: tag) }
        }
        if let c = current { out.append(c) }
        return out
    }
}

/// Speed of the actor stages alone, on the training split held in memory, when
/// `DOSSIER_ACTOR_SPEED=N` is set (N passes; run in release mode). Timed in thread CPU time,
/// so that other processes on a shared machine do not count.
@Suite struct ActorSpeedTests {
    static func cpuTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    @Test func actorStagesSpeed() throws {
        guard let n = ProcessInfo.processInfo.environment["DOSSIER_ACTOR_SPEED"].flatMap(Int.init) else { return }
        let dir = ActorCorpusMeasureTests.root.appendingPathComponent("text")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        let docs = try files.filter { $0.hasSuffix(".txt") }.sorted().map {
            Segmenter().segment(ArticleText(try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)))
        }
        let words = docs.reduce(0) { $0 + $1.tokens.filter { $0.kind == .word || $0.kind == .number }.count }
        var finder = 0.0, resolver = 0.0, actors = 0
        for _ in 0..<n {
            for doc in docs {
                let t0 = Self.cpuTime()
                let mentions = MentionFinder().find(doc)
                let t1 = Self.cpuTime()
                let table = ActorResolver().resolve(doc, mentions: mentions)
                resolver += Self.cpuTime() - t1
                finder += t1 - t0
                actors += table.actors.count
            }
        }
        let total = Double(words * n)
        print(String(format: "ACTOR SPEED: %d words × %d passes; finder %.2f M words/s, resolver %.2f M words/s, both %.2f M words/s (%d actors)",
                     words, n, total / finder / 1e6, total / resolver / 1e6, total / (finder + resolver) / 1e6, actors / n))
        #expect(actors > 0)
    }
}
