import Foundation

/// Buffered writes to a file descriptor (stdout, stderr or a file). Swift 6 code cannot touch
/// the C `stdout`, and unbuffered `FileHandle` writes cost a system call each.
final class FileOutput {
    let fd: Int32
    private var buffer: [UInt8] = []
    private let flushEveryWrite: Bool

    init(fd: Int32, flushEveryWrite: Bool? = nil) {
        self.fd = fd
        self.flushEveryWrite = flushEveryWrite ?? (isatty(fd) == 1)
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if flushEveryWrite || buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, buffer.count - offset) }
            if n < 0 { if errno == EINTR { continue }; break }   // EPIPE: the reader left; drop the rest
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
