import CEditLine
import Foundation

/// libedit's key source (EL_GETCFN): one character from the terminal, decoded from UTF-8.
///
/// libedit's own reader blocks in read(2) and relies on the signal interrupting it, so a
/// Ctrl-C that lands between two reads is noticed only at the next key. This one waits on the
/// terminal and on the interrupt pipe together: -1 (EINTR) as soon as Ctrl-C is pending, which
/// makes el_gets return and the shell drop the line.
enum KeyReader {
    static let function: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { _, out in
        KeyReader.readCharacter(into: out)
    }

    static func readCharacter(into out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        var bytes: [UInt8] = []
        var expected = 1
        while true {
            if Interrupts.pending { errno = EINTR; return -1 }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: Interrupts.wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, Interrupts.wakeFD >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }      // a resize or a resume: wait again
                return -1
            }
            if fds[1].revents != 0 && Interrupts.pending { errno = EINTR; return -1 }
            if fds[0].revents == 0 { continue }
            var b: UInt8 = 0
            let n = read(STDIN_FILENO, &b, 1)
            if n == 0 { return 0 }                  // end of input (terminal hung up)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if bytes.isEmpty {
                expected = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
                if expected == 0 { continue }       // a stray continuation or invalid byte: drop it
            } else if b >> 6 != 0b10 {
                bytes = []                          // broken sequence: start over from this byte
                expected = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
                if expected == 0 { continue }
            }
            bytes.append(b)
            if bytes.count < expected { continue }
            guard let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first else {
                bytes = []
                continue
            }
            out?.pointee = wchar_t(bitPattern: scalar.value)
            return 1
        }
    }
}
