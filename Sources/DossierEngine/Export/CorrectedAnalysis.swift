import DossierAnalysis

/// One article's analysis in the export format (`AnalysisExporter`), with the analyst's
/// corrections applied: dismissed quotes left out, each quote's `speaker` the local actor of
/// its corrected speaker when there is one in the article (else null), and the corrected global
/// names added as `global_name` (actors) and `speaker_name` (quotes).
enum CorrectedAnalysis {
    static func record(_ article: Article, directory: ActorDirectory) -> Record {
        var analysis = article.analysis
        var names: [String: String] = [:]
        for q in analysis.quotes { names[q.id] = directory.speaker(of: q, in: article.id)?.name }
        analysis.quotes = analysis.quotes.compactMap { q in
            if directory.isDismissed(q, in: article.id) { return nil }
            guard directory.isAttributed(q, in: article.id) else { return q }
            var c = q
            let speaker = directory.speaker(of: q, in: article.id)
            c.speaker = speaker.flatMap { s in analysis.actors.first { directory.actor(article: article.id, local: $0.id)?.id == s.id }?.id }
            return c
        }
        var r = AnalysisExporter.record(id: article.id, analysis: analysis, metadata: AnalysisExporter.metadata(of: article))
        if case .array(let actors)? = r["actors"] {
            r["actors"] = .array(actors.map { v in
                guard case .object(var a) = v, case .string(let id)? = a["id"] else { return v }
                a["global_name"] = Value(directory.actor(article: article.id, local: id)?.name)
                return .object(a)
            })
        }
        if case .array(let quotes)? = r["quotes"] {
            r["quotes"] = .array(quotes.map { v in
                guard case .object(var q) = v, case .string(let id)? = q["id"] else { return v }
                q["speaker_name"] = Value(names[id])
                return .object(q)
            })
        }
        return r
    }
}
