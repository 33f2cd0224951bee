import Foundation

/// A logistic model over the features of a candidate attribution: the probability that the
/// rules' reading is right (content and source). Candidates below a threshold (one for quotes
/// in marks, one for mixed quotes, one for reported speech) are dropped. Trained from the training split with
/// `dossier-bench train`, shipped as `Lexicons/data/attribution_model.bin` (sparse, quantised
/// weights embedded in the binary) and decoded once per process.
public struct AttributionModel: Sendable {
    /// At most 16: indices are stored in two bytes.
    public static let tableBits = 16
    static let mask = UInt32((1 << tableBits) - 1)

    /// Dense weights, `1 << tableBits` of them.
    public var weights: [Float]
    /// Thresholds for quotations in marks, for reported speech holding a quoted phrase, and for
    /// reported speech without marks.
    public var directThreshold: Float
    public var mixedThreshold: Float
    public var indirectThreshold: Float

    public init(weights: [Float], directThreshold: Float, mixedThreshold: Float, indirectThreshold: Float) {
        precondition(weights.count == 1 << Self.tableBits)
        self.weights = weights; self.directThreshold = directThreshold; self.mixedThreshold = mixedThreshold
        self.indirectThreshold = indirectThreshold
    }

    public func threshold(for kind: QuoteKind) -> Float {
        switch kind {
        case .indirect: return indirectThreshold
        case .mixed: return mixedThreshold
        case .direct, .block: return directThreshold
        }
    }

    /// The model shipped with the analysis, or nil when none was trained.
    public static let embedded: AttributionModel? = AttributionModel(encoded: PackageResources.attribution_model_bin)

    public func probability(_ features: [UInt32]) -> Float {
        var z: Float = 0
        for f in features { z += weights[Int(f & Self.mask)] }
        return 1 / (1 + exp(-z))
    }

    /// Whether a candidate of this kind with these features is kept.
    public func keeps(_ kind: QuoteKind, _ features: [UInt32]) -> Bool {
        probability(features) >= threshold(for: kind)
    }

    // MARK: encoding: "DQAM", bits, scale, three thresholds, count, then (index: UInt16, weight: Int16) pairs.

    public func encoded() -> [UInt8] {
        var out = Array("DQAM".utf8)
        out.append(UInt8(Self.tableBits))
        let largest = weights.map { abs($0) }.max() ?? 0
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        func put32(_ v: UInt32) { for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
        put32(scale.bitPattern); put32(directThreshold.bitPattern); put32(mixedThreshold.bitPattern)
        put32(indirectThreshold.bitPattern)
        var entries: [(UInt32, Int16)] = []
        for (i, w) in weights.enumerated() {
            let q = Int16(clamping: Int((w / scale).rounded()))
            if q != 0 { entries.append((UInt32(i), q)) }
        }
        put32(UInt32(entries.count))
        for (i, q) in entries {
            out.append(UInt8(i & 0xFF)); out.append(UInt8(i >> 8))
            let u = UInt16(bitPattern: q)
            out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8))
        }
        return out
    }

    public init?(encoded b: [UInt8]) {
        guard b.count >= 25, b[0] == 0x44, b[1] == 0x51, b[2] == 0x41, b[3] == 0x4D, Int(b[4]) == Self.tableBits else {
            return nil
        }
        func get32(_ at: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(b[at + $1]) << (8 * UInt32($1)) } }
        let scale = Float(bitPattern: get32(5))
        let count = Int(get32(21))
        guard count > 0, b.count >= 25 + count * 4 else { return nil }
        var w = [Float](repeating: 0, count: 1 << Self.tableBits)
        var at = 25
        for _ in 0..<count {
            let i = Int(b[at]) | Int(b[at + 1]) << 8
            let q = Int16(bitPattern: UInt16(b[at + 2]) | UInt16(b[at + 3]) << 8)
            if i < w.count { w[i] = Float(q) * scale }
            at += 4
        }
        self.init(weights: w, directThreshold: Float(bitPattern: get32(9)), mixedThreshold: Float(bitPattern: get32(13)),
                  indirectThreshold: Float(bitPattern: get32(17)))
    }
}
