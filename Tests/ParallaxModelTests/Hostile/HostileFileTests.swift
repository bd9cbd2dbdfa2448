import Foundation
import Testing
@testable import ParallaxModel

/// Files a reader may point the program at by mistake or on purpose. Each is loaded, skipped
/// or refused with a reason, and the good article next to it always loads.
@Suite struct HostileFileTests {
    /// Loads `paths` plus an ordinary article, checks the ordinary one loaded, returns the report.
    private func loadBeside(_ scratch: ScratchDirectory, _ paths: [String], options: LoadOptions = LoadOptions()) throws -> LoadReport {
        let good = try scratch.write("good.txt", ordinaryArticle)
        let report = ArticleLoader(options: options).load(paths: paths + [good])
        #expect(report.articles.contains { $0.path == good && $0.text.contains("40 homes") })
        #expect(!report.articles.contains(where: Hostile.hasTerminalControl))
        return report
    }

    private func problem(_ report: LoadReport, for path: String) -> String? {
        report.problems.first { $0.path == path }?.reason
    }

    @Test func emptyFileIsRefusedWithAReason() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let empty = try scratch.write("empty.txt", "")
        let report = try loadBeside(scratch, [empty])
        #expect(problem(report, for: empty) == "empty file")
    }

    @Test func whitespaceOnlyFileIsRefusedWithAReason() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let blank = try scratch.write("blank.txt", " \n\t\r\n\u{00A0}\u{2003}\u{202F}\n   \u{200B}\u{FEFF}\n")
        let report = try loadBeside(scratch, [blank])
        #expect(problem(report, for: blank)?.contains("no text") == true)
    }

    @Test func ideographicSpaceOnlyFileIsRefusedWithAReason() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let blank = try scratch.write("blank.txt", "\u{3000}\n \u{1680}\n")
        let report = try loadBeside(scratch, [blank])
        #expect(problem(report, for: blank)?.contains("no text") == true)
    }

    @Test func binaryFileIsRefusedAsBinary() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        var generator = SplitMix(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let binary = try scratch.write("image.txt", Data(bytes))
        let report = try loadBeside(scratch, [binary])
        #expect(problem(report, for: binary)?.hasPrefix("binary file") == true)
    }

    @Test func invalidUTF8IsRepairedAndReported() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        var bytes = Array("The mayor said the bridge would reopen in spring.".utf8)
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xE2, 0x82], at: 10)
        let file = try scratch.write("broken.txt", Data(bytes))
        let report = try loadBeside(scratch, [file])
        let article = try #require(report.articles.first { $0.path == file })
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.text.hasSuffix("reopen in spring."))
        #expect(article.warnings.contains { $0.hasPrefix("invalid UTF-8 replaced") })
    }

    @Test(arguments: [true, false]) func utf16WithAndWithoutByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let text = "Les équipes ont rouvert la route. 北京 reported 12 cases."
        let units = Array(text.utf16)
        func encode(_ units: [UInt16]) -> [UInt8] {
            units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
        let marked = try scratch.write("marked.txt", Data(encode([0xFEFF] + units)))
        let unmarked = try scratch.write("unmarked.txt", Data(encode(units)))
        let report = try loadBeside(scratch, [marked, unmarked])
        for path in [marked, unmarked] {
            let article = try #require(report.articles.first { $0.path == path })
            #expect(article.text == text)
        }
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let paragraph = String(repeating: "Crews counted 1,204 sandbags along the levee on Friday. ", count: 8) + "\n\n"
        let chunk = String(repeating: paragraph, count: 2048)
        let big = try scratch.write("big.txt", "")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        while try handle.offset() < 20 << 20 { handle.write(Data(chunk.utf8)) }
        try handle.close()
        let report = try loadBeside(scratch, [big], options: LoadOptions(maxFileBytes: 16 << 20))
        #expect(problem(report, for: big)?.hasPrefix("file too large (20 MB") == true)
    }

    @Test func aFiveMegabyteSingleLineLoadsAsOneParagraph() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let sentence = "Officials said 3,100 people had left the valley. "
        let line = String(repeating: sentence, count: (5 << 20) / sentence.utf8.count)
        let file = try scratch.write("one-line.txt", line)
        let report = try loadBeside(scratch, [file])
        let article = try #require(report.articles.first { $0.path == file })
        #expect(article.paragraphs.count == 1)
        #expect(article.sentences.count > 100_000)
    }

    @Test func tenThousandSmallFilesInOneDirectoryAllLoadInNameOrder() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let directory = try scratch.makeDirectory("many")
        // Plain POSIX writes: FileManager.createFile writes atomically and syncs, 10,000 times over.
        for index in 0..<10_000 {
            let name = String(repeating: "0", count: 5 - String(index).count) + "\(index).txt"
            let descriptor = open(directory + "/" + name, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
            try #require(descriptor >= 0)
            let body = Array("Item \(index) was filed.\n".utf8)
            _ = body.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let report = ArticleLoader().load(paths: [directory])
        #expect(report.articles.count == 10_000)
        #expect(report.problems.isEmpty)
        #expect(report.articles.first?.text == "Item 0 was filed.")
        #expect(report.articles.last?.text == "Item 9999 was filed.")
    }

    @Test func directoryWithNoArticleSaysSo() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let directory = try scratch.makeDirectory("photos")
        try scratch.write("photos/cover.jpg", Data([0xFF, 0xD8, 0xFF]))
        _ = try scratch.makeDirectory("photos/raw")
        let report = try loadBeside(scratch, [directory])
        #expect(problem(report, for: directory)?.hasPrefix("no article in this directory") == true)
    }

    @Test func symlinkLoopsAreReportedAndRecursionEnds() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let first = scratch.path + "/loop-a.txt", second = scratch.path + "/loop-b.txt"
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        let tree = try scratch.makeDirectory("tree/inner")
        try "Water rose two metres overnight.".write(toFile: tree + "/note.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: tree + "/back", withDestinationPath: scratch.path + "/tree")
        let report = try loadBeside(scratch, [first, scratch.path + "/tree"], options: LoadOptions(recursive: true))
        #expect(problem(report, for: first)?.contains("symbolic links") == true)
        #expect(report.articles.filter { $0.text == "Water rose two metres overnight." }.count == 1)
    }

    @Test(.enabled(if: getuid() != 0, "runs as root: root reads files whatever their mode"))
    func unreadableFileIsRefusedAsPermissionDenied() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let locked = try scratch.write("locked.txt", ordinaryArticle)
        chmod(locked, 0)
        let report = try loadBeside(scratch, [locked])
        #expect(problem(report, for: locked) == "permission denied")
    }

    /// What is testable as root too: a mode-000 file and directory never stop the others.
    @Test func unreadableFileAndDirectoryNeverStopTheOthers() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let locked = try scratch.write("locked.txt", "The levee held.")
        let lockedDirectory = try scratch.makeDirectory("locked-dir")
        try "The levee held.".write(toFile: lockedDirectory + "/inside.txt", atomically: false, encoding: .utf8)
        chmod(locked, 0)
        chmod(lockedDirectory, 0)
        defer { chmod(lockedDirectory, 0o700) }
        let report = try loadBeside(scratch, [locked, lockedDirectory])
        for path in [locked, lockedDirectory] {
            let loaded = report.articles.contains { $0.path.hasPrefix(path) }
            #expect(loaded || problem(report, for: path) == "permission denied")
        }
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let fifo = scratch.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = try loadBeside(scratch, [fifo, scratch.path])
        #expect(problem(report, for: fifo)?.contains("FIFO") == true)
    }

    @Test func fileNameWithNonUTF8BytesDoesNotStopTheDirectory() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        var name = Array((scratch.path + "/caf").utf8)
        name += [0xE9, 0xFF] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600) }
        }
        #expect(descriptor >= 0)
        let body = Array("The café reopened on Monday.".utf8)
        _ = body.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let report = try loadBeside(scratch, [scratch.path])
        let odd = report.articles.contains { $0.text == "The café reopened on Monday." }
        #expect(odd || report.problems.contains { $0.path.contains("caf") })
    }

    @Test func theSameFileGivenTwiceLoadsOnce() throws {
        let scratch = try ScratchDirectory(); defer { scratch.remove() }
        let file = try scratch.write("story.txt", "The council voted 7 to 2.")
        let link = scratch.path + "/alias.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        let dotted = scratch.path + "/./story.txt"
        let report = try loadBeside(scratch, [file, dotted, link])
        #expect(report.articles.filter { $0.text == "The council voted 7 to 2." }.count == 1)
        #expect(problem(report, for: dotted)?.contains("more than once") == true)
        #expect(problem(report, for: link)?.contains("more than once") == true)
    }

    @Test func standardInputGivenTwiceIsReadOnce() {
        let data = Data(ordinaryArticle.utf8)
        let report = ArticleLoader().load(paths: ["-", "-"], standardInput: { data })
        #expect(report.articles.count == 1)
        #expect(report.problems.first?.reason.contains("more than once") == true)
    }
}

/// A small deterministic generator, so "random" test input is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
