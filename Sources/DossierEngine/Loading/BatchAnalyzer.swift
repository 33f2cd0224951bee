import Foundation
import DossierAnalysis

/// Analyses many texts on every core. Results are in input order, identical to a serial run.
/// Work goes in chunks so that `progress` (and cancellation) is handled on the caller's thread.
public enum BatchAnalyzer {
    public static func analyze(_ texts: [String], analyzer: Analyzer = Analyzer(),
                               progress: ((Int) -> Bool)? = nil) -> [Analysis] {
        analyze(texts, using: { analyzer.analyze($0) }, progress: progress)
    }

    /// The same with any analysis function (re-analysis takes the workspace's).
    public static func analyze(_ texts: [String], using analyze: @escaping @Sendable (String) -> Analysis,
                               progress: ((Int) -> Bool)? = nil) -> [Analysis] {
        let results = ResultBox<Analysis>(count: texts.count)
        let chunk = max(8, ProcessInfo.processInfo.activeProcessorCount * 4)
        var start = 0
        while start < texts.count {
            let end = min(texts.count, start + chunk)
            let base = start
            DispatchQueue.concurrentPerform(iterations: end - start) { k in
                results.set(base + k, analyze(texts[base + k]))
            }
            start = end
            if let progress, !progress(end) { break }
        }
        return results.values()
    }
}

/// Fixed-size slots written once each from concurrent iterations.
final class ResultBox<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.withLock { slots[i] = v } }
    /// The filled slots, in order (a cancelled batch returns its finished prefix).
    func values() -> [T] { lock.withLock { slots.prefix { $0 != nil }.map { $0! } } }
}
