/// Helpers for matching text that writers spell with different but equivalent characters.
///
/// Loading keeps quotes as written (they are part of what the outlet published); matching code
/// folds them with these helpers instead.
public enum TextFolding {
    /// Apostrophe look-alikes: ASCII ', ’ (U+2019), ‘ (U+2018), ʼ (U+02BC), ′ (U+2032), ` and ´.
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x2032, 0x60, 0xB4: return true
        default: return false
        }
    }

    /// The scalar with every apostrophe look-alike replaced by ASCII '.
    public static func apostropheFolded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        isApostrophe(scalar) ? "'" : scalar
    }

    /// The string with every apostrophe look-alike replaced by ASCII '.
    public static func apostropheFolded(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.lazy.map { apostropheFolded($0) })
        return String(view)
    }
}
