import Testing
@testable import ParallaxTerminal

@Suite struct KeyNameTests {
    @Test func controlCharactersGetTheNamesTheKeymapUses() {
        #expect(CursesTerminal.keyName(character: 9) == "tab")
        #expect(CursesTerminal.keyName(character: 13) == "enter")
        #expect(CursesTerminal.keyName(character: 10) == "enter")
        #expect(CursesTerminal.keyName(character: 27) == "esc")
        #expect(CursesTerminal.keyName(character: 32) == "space")
        #expect(CursesTerminal.keyName(character: 127) == "backspace")
        #expect(CursesTerminal.keyName(character: 12) == "ctrl-l")
    }

    @Test func printableCharactersAreThemselvesAndOddCodesAreUnknown() {
        #expect(CursesTerminal.keyName(character: UInt32(UnicodeScalar("G").value)) == "G")
        #expect(CursesTerminal.keyName(character: 0x4E2D) == "中")
        #expect(CursesTerminal.keyName(character: 0xD800) == "unknown")
        #expect(CursesTerminal.keyName(character: 0x110000) == "unknown")
        #expect(CursesTerminal.keyName(character: 0x200B) == "unknown")
    }

    @Test func themeListingNamesTheShippedThemes() {
        let listing = ReaderApp.themeListing()
        for name in ["default (default)", "light", "high-contrast", "monochrome"] {
            #expect(listing.contains(name))
        }
    }
}
