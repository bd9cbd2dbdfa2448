import Foundation
import Testing
@testable import ParallaxModel

@Suite struct ArticleLoaderTests {
    @Test func hostileFileNextToGoodFilesGivesCleanTextAndOneClearProblem() throws {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let good = LoadingFixtures.write("Plain \u{1B}[2J\u{1B}]0;pwned\u{07}text\r\nwith \u{202E}reversed\u{202C} bits.\r\n", to: directory, name: "good.txt")
        let bad = LoadingFixtures.write(Array("Evil\u{1B}[31m".utf8) + [0, 0, 0x0D] + Array("\u{202E}more".utf8), to: directory, name: "bad.txt")
        let other = LoadingFixtures.path("text/syndicated.txt")
        let report = ArticleLoader().load(paths: [good, bad, other])
        #expect(report.articles.map(\.path) == [good, other])
        #expect(report.problems == [LoadProblem(path: bad, reason: "binary file (contains NUL bytes)")])
        let cleaned = try #require(report.articles.first)
        #expect(cleaned.paragraphTexts == ["Plain text", "with reversed bits."])
        #expect(cleaned.warnings.contains("2 terminal escape sequences removed"))
        #expect(cleaned.warnings.contains("2 bidirectional control characters removed"))
        for article in report.articles {
            #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func missingPathIsAProblemAndOthersStillLoad() {
        let report = ArticleLoader().load(paths: ["/no/such/place.txt", LoadingFixtures.path("text/syndicated.txt")])
        #expect(report.problems == [LoadProblem(path: "/no/such/place.txt", reason: "no such file or directory")])
        #expect(report.articles.count == 1)
        #expect(report.warnings.first == "/no/such/place.txt: no such file or directory")
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func unreadableFileIsPermissionDenied() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write("secret words in a file", to: directory, name: "locked.txt")
        chmod(path, 0)
        #expect(ArticleLoader().load(paths: [path]).problems.first?.reason == "permission denied")
    }

    @Test func fifoIsRefusedWithoutOpeningIt() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = directory + "/pipe.txt"
        #expect(mkfifo(path, 0o600) == 0)
        let report = ArticleLoader().load(paths: [path])
        #expect(report.problems == [LoadProblem(path: path, reason: "is a FIFO — not a regular file")])
    }

    @Test func deviceIsRefused() {
        #expect(ArticleLoader().load(paths: ["/dev/null"]).problems.first?.reason == "is a device — not a regular file")
    }

    @Test func emptyAndWhitespaceOnlyFilesAreClearProblems() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let empty = LoadingFixtures.write("", to: directory, name: "empty.txt")
        let blank = LoadingFixtures.write(" \n\t\r\n\u{00A0}\n", to: directory, name: "blank.txt")
        let report = ArticleLoader().load(paths: [empty, blank])
        #expect(report.articles.isEmpty)
        #expect(report.problems.map(\.reason) == ["empty file", "no text (only white space)"])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let text = "Zürich reports 1,200 new flats — “a record”."
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let report = ArticleLoader().load(paths: [
            LoadingFixtures.write(little, to: directory, name: "le.txt"),
            LoadingFixtures.write(big, to: directory, name: "be.txt"),
        ])
        #expect(report.problems.isEmpty)
        #expect(report.articles.map(\.text) == [text, text])
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedWithAWarning() throws {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let text = "A plain English sentence saved as UTF-16 by an old editor."
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let report = ArticleLoader().load(paths: [LoadingFixtures.write(bytes, to: directory, name: "old.txt")])
        let loaded = try #require(report.articles.first)
        #expect(loaded.text == text)
        #expect(loaded.warnings.contains("no byte-order mark: read as UTF-16LE"))
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write([0xEF, 0xBB, 0xBF] + Array("Text after a BOM.".utf8), to: directory, name: "bom.txt")
        #expect(ArticleLoader().load(paths: [path]).articles.first?.text == "Text after a BOM.")
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write(Array("Caf".utf8) + [0xE9] + Array(" and more text, then a bad pair ".utf8) + [0xC0, 0xAF], to: directory, name: "latin.txt")
        let loaded = try #require(ArticleLoader().load(paths: [path]).articles.first)
        #expect(loaded.text == "Caf\u{FFFD} and more text, then a bad pair \u{FFFD}\u{FFFD}")
        #expect(loaded.warnings.contains("invalid UTF-8 replaced (3 bytes)"))
    }

    @Test func mostlyUndecodableBytesAreBinary() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write((0..<200).map { UInt8(0x80 + $0 % 100) }, to: directory, name: "blob.dat")
        #expect(ArticleLoader().load(paths: [path]).problems.first?.reason.hasPrefix("binary file") == true)
    }

    @Test func directoryLoadsSupportedFilesSortedByNameWithJoinedPaths() {
        let directory = LoadingFixtures.path("directory")
        let report = ArticleLoader().load(paths: [directory])
        #expect(report.articles.map(\.path) == [directory + "/a.md", directory + "/b.txt"])
        #expect(report.problems.isEmpty)
        let withSlash = ArticleLoader().load(paths: [directory + "/"])
        #expect(withSlash.articles.first?.path == directory + "/a.md")
    }

    @Test func recursiveDirectoryLoadsSubdirectories() {
        let directory = LoadingFixtures.path("directory")
        let report = ArticleLoader(options: LoadOptions(recursive: true)).load(paths: [directory])
        #expect(report.articles.map(\.path) == [directory + "/a.md", directory + "/b.txt", directory + "/sub/c.txt"])
    }

    @Test func directoryWithoutArticlesIsAProblem() {
        let directory = LoadingFixtures.path("directory/empty")
        let report = ArticleLoader().load(paths: [directory])
        #expect(report.articles.isEmpty)
        #expect(report.problems.first?.path == directory)
        #expect(report.problems.first?.reason.hasPrefix("no article in this directory") == true)
    }

    @Test func directoryWhoseOnlyArticleFailsReportsThatFileOnly() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write([0x41, 0, 0x42], to: directory, name: "broken.txt")
        #expect(ArticleLoader().load(paths: [directory]).problems == [LoadProblem(path: path, reason: "binary file (contains NUL bytes)")])
    }

    @Test func symlinkLoopDoesNotHang() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        _ = LoadingFixtures.write("A file inside a looping directory tree.", to: directory, name: "one.txt")
        try? FileManager.default.createSymbolicLink(atPath: directory + "/loop", withDestinationPath: directory)
        try? FileManager.default.createSymbolicLink(atPath: directory + "/self.txt", withDestinationPath: directory + "/self.txt")
        let report = ArticleLoader(options: LoadOptions(recursive: true)).load(paths: [directory, directory + "/self.txt"])
        #expect(report.articles.map(\.path) == [directory + "/one.txt"])
        #expect(report.problems.map(\.reason) == ["too many levels of symbolic links (a link loop?)"])
    }

    @Test func sameFileTwiceLoadsOnceWithAWarning() {
        let path = LoadingFixtures.path("text/syndicated.txt")
        let report = ArticleLoader().load(paths: [path, path])
        #expect(report.articles.count == 1)
        #expect(report.problems == [LoadProblem(path: path, reason: "given more than once; loaded once")])
    }

    @Test func fileReachedThroughASymlinkCountsAsTheSameFile() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let real = LoadingFixtures.write("The same article under two names.", to: directory, name: "real.txt")
        let alias = directory + "/alias.txt"
        try? FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: real)
        let report = ArticleLoader().load(paths: [alias, real])
        #expect(report.articles.map(\.path) == [alias])
        #expect(report.problems == [LoadProblem(path: real, reason: "given more than once; loaded once")])
    }

    @Test func standardInputIsSniffed() {
        let json = ArticleLoader().load(paths: ["-"], standardInput: { Data(#"{"title": "From a pipe", "text": "Piped text body."}"#.utf8) })
        #expect(json.articles.first?.title == "From a pipe")
        #expect(json.articles.first?.path == "-")
        let html = ArticleLoader().load(paths: ["-"], standardInput: { Data("<html><body><p>Piped page text.</p></body></html>".utf8) })
        #expect(html.articles.first?.text == "Piped page text.")
        let text = ArticleLoader().load(paths: ["-"], standardInput: { Data("Just some text on standard input.".utf8) })
        #expect(text.articles.first?.source == "stdin")
    }

    @Test func unknownExtensionIsReadAsText() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let path = LoadingFixtures.write("An article saved with an odd extension.", to: directory, name: "story.article")
        #expect(ArticleLoader().load(paths: [path]).articles.first?.text == "An article saved with an odd extension.")
    }

    /// A hang guard, not a speed test (speed is `parallax-bench loading`): anything quadratic in
    /// a 5 MB line takes hours, so a bound far above a loaded debug build's time still catches it.
    @Test func hugeLinesAndWordsDoNotHang() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let line = String(repeating: "Troops massed near the border, officials said. ", count: 110_000)
        let word = String(repeating: "x", count: 100_000)
        let marks = "e" + String(repeating: "\u{0301}", count: 10_000)
        let path = LoadingFixtures.write(line + "\n" + word + "\n" + marks + "\n", to: directory, name: "huge.txt")
        let start = Date()
        let report = ArticleLoader().load(paths: [path])
        #expect(Date().timeIntervalSince(start) < 180)
        #expect(report.articles.first?.paragraphs.count == 3)
        #expect(report.articles.first?.warnings.contains("\(10_000 - 16) excess combining marks removed") == true)
    }
}
