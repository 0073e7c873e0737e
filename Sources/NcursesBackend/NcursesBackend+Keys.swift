import CNcursesw
import TerminalUI

extension NcursesBackend {
    /// The keys for curses key codes (`get_wch` returned `KEY_CODE_YES`), except `KEY_RESIZE`.
    static func makeKeyCodes() -> [UInt32: Key] {
        var codes: [Int32: Key] = [
            recall_key_up(): .up, recall_key_down(): .down, recall_key_left(): .left,
            recall_key_right(): .right, recall_key_home(): .home, recall_key_end(): .end,
            recall_key_page_up(): .pageUp, recall_key_page_down(): .pageDown,
            recall_key_backspace(): .backspace, recall_key_delete(): .delete,
            recall_key_insert(): .insert, recall_key_enter(): .enter, recall_key_back_tab(): .backTab,
        ]
        for number in 1...24 {
            codes[recall_key_f0() + Int32(number)] = .function(number)
        }
        var result: [UInt32: Key] = [:]
        for (code, key) in codes { result[UInt32(bitPattern: code)] = key }
        return result
    }
}
