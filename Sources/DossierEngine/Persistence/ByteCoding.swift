/// A compact binary writer: unsigned LEB128 varints, zig-zag signed ints, length-prefixed
/// UTF-8 strings. Used for the per-article analysis blob, which must decode fast enough to
/// open a 10,000-article session in about a second.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func uint(_ v: Int) {
        var x = UInt64(truncatingIfNeeded: v)
        while x >= 0x80 {
            bytes.append(UInt8(x & 0x7F) | 0x80)
            x >>= 7
        }
        bytes.append(UInt8(x))
    }

    mutating func int(_ v: Int) { uint(Int(bitPattern: UInt((v << 1) ^ (v >> 63)))) }
    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }
    mutating func double(_ d: Double) { uint(Int(bitPattern: UInt(d.bitPattern))) }

    mutating func string(_ s: String) {
        let u = Array(s.utf8)
        uint(u.count)
        bytes.append(contentsOf: u)
    }

    mutating func optionalString(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }

    mutating func strings(_ list: [String]) {
        uint(list.count)
        for s in list { string(s) }
    }
}

/// Reads what `ByteWriter` wrote; throws `DecodeError` on truncated or malformed input
/// instead of trapping, so a corrupt session is refused cleanly.
struct ByteReader {
    struct DecodeError: Error {}
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset >= bytes.count }

    mutating func uint() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw DecodeError() }
            let b = bytes[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(truncatingIfNeeded: result)
    }

    /// A count or offset: non-negative and not absurdly large for the data left.
    mutating func count(max: Int = 1 << 31) throws -> Int {
        let n = try uint()
        guard n >= 0, n <= max else { throw DecodeError() }
        return n
    }

    mutating func int() throws -> Int {
        let u = UInt(bitPattern: try uint())
        return Int(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count else { throw DecodeError() }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func double() throws -> Double { Double(bitPattern: UInt64(UInt(bitPattern: try uint()))) }

    mutating func string() throws -> String {
        let n = try count(max: bytes.count - offset)
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    mutating func strings() throws -> [String] {
        let n = try count(max: bytes.count - offset)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
}
