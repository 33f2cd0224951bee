import Foundation

/// libedit keeps the line as wide characters and measures and draws them with the C library's
/// multibyte functions: in the C locale it drops or garbles every non-ASCII character. Use the
/// user's locale, and C.UTF-8 when that is not UTF-8.
enum TerminalLocale {
    static func ensureUTF8() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
