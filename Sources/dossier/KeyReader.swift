import CEditLine
import Foundation

/// libedit's key source (EL_GETCFN): one character from the terminal, decoded from UTF-8.
///
/// libedit's own reader blocks in read(2) and relies on a signal interrupting it, so a Ctrl-C
/// that lands between two reads is noticed only at the next key. This one waits on the
/// terminal and on the signal pipe together (see `ShellSignals`):
/// - Ctrl-C pending: returns -1 (EINTR), el_gets returns, the shell drops the line;
/// - resumed after Ctrl-Z: keeps the line, returns -1, and the shell starts el_gets again with
///   the line pushed back, which redraws it and re-arms libedit's signal handlers;
/// - window resized: tells libedit and keeps reading.
enum KeyReader {
    static let function: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { el, out in
        KeyReader.readCharacter(el, into: out)
    }

    static func readCharacter(_ el: OpaquePointer?, into out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        var bytes: [UInt8] = []
        var expected = 1
        while true {
            if ShellSignals.interrupted { errno = EINTR; return -1 }
            if ShellSignals.resumed, let el {
                InteractiveShell.from(el)?.keepLineForRedraw(el)
                errno = EINTR
                return -1
            }
            if ShellSignals.takeResize(), let el { el_resize(el) }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: ShellSignals.wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, ShellSignals.wakeFD >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }      // the flags above say why
                return -1
            }
            if fds[1].revents != 0 { ShellSignals.drainWakeups(); continue }
            if fds[0].revents == 0 { continue }
            var b: UInt8 = 0
            let n = read(STDIN_FILENO, &b, 1)
            if n == 0 { return 0 }                  // end of input (the terminal hung up)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if !bytes.isEmpty && b >> 6 != 0b10 { bytes = [] }   // broken sequence: restart at this byte
            if bytes.isEmpty {
                expected = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
                if expected == 0 { continue }       // a stray continuation or invalid byte: drop it
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
