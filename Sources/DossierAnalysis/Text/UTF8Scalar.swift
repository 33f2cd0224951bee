/// Decoding one scalar from valid UTF-8 (what a `String` holds): the lead byte says the length.
enum UTF8Scalar {
    /// The scalar at `p`, moving `p` past it.
    @inline(__always) static func next(_ p: inout UnsafePointer<UInt8>) -> Unicode.Scalar {
        let b = UInt32(p.pointee)
        if b < 0x80 { p += 1; return Unicode.Scalar(UInt8(truncatingIfNeeded: b)) }
        let v: UInt32
        if b < 0xE0 {
            v = (b & 0x1F) << 6 | UInt32(p[1] & 0x3F); p += 2
        } else if b < 0xF0 {
            v = (b & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F); p += 3
        } else {
            v = (b & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
            p += 4
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
