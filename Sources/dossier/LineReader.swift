import Foundation

/// Reads lines from a file descriptor in chunks, holding at most one chunk and one partial line.
///
/// `analyze -` uses it to batch whatever input is already waiting (for throughput) without
/// blocking for more while it still has lines to answer, so a program that writes one line and
/// waits for the answer (a coprocess) is never left hanging.
final class LineReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to resume looking for a newline (a long line is not rescanned on every read).
    private var scanned = 0
    private var atEOF = false
    private let chunkSize: Int

    init(fd: Int32, chunkSize: Int = 1 << 16) {
        self.fd = fd
        self.chunkSize = chunkSize
    }

    /// The next line (without its `\n` or `\r\n`), blocking until one arrives; nil at the end.
    func next() -> [UInt8]? {
        while true {
            if let line = buffered() { return line }
            if atEOF {
                guard start < buffer.count else { return nil }
                let rest = Array(buffer[start...])
                start = buffer.count
                return rest
            }
            fill()
        }
    }

    /// The next line if it can be had without waiting: already read, or readable right now.
    func nextIfReady() -> [UInt8]? {
        if let line = buffered() { return line }
        if atEOF { return start < buffer.count ? next() : nil }
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) > 0 else { return nil }
        fill()
        return buffered() ?? (atEOF ? next() : nil)
    }

    private func buffered() -> [UInt8]? {
        guard let nl = buffer[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) else {
            scanned = buffer.count
            return nil
        }
        var end = nl
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<end])
        start = nl + 1
        return line
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            scanned = max(0, scanned - start)
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old, chunkSize) }
        } while n < 0 && errno == EINTR
        buffer.removeLast(chunkSize - max(n, 0))
        if n <= 0 { atEOF = true }
    }
}
