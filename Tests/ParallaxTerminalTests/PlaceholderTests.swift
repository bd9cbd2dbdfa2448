import Testing
@testable import ParallaxTerminal

@Suite struct ThemeListingTests {
    @Test func listsAtLeastOneTheme() {
        #expect(!ReaderApp.themeListing().isEmpty)
    }
}
