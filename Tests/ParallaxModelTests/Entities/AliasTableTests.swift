import Testing
@testable import ParallaxModel

@Suite("Alias file")
struct AliasTableTests {
    @Test func parsesMergeAndSplitGroupsWithComments() throws {
        let table = try AliasTable.parse("""
        # corrections for the flood story
        [[merge]]
        names = ["Oleksandr Syrskyi", "Alexander Syrsky"]   # same general

        [[split]]
        names = ["Washington", "Washington Post", "Hash # inside"]
        """)
        #expect(table.merges == [["Oleksandr Syrskyi", "Alexander Syrsky"]])
        #expect(table.splits == [["Washington", "Washington Post", "Hash # inside"]])
    }

    @Test func emptyFileIsAnEmptyTable() throws {
        #expect(try AliasTable.parse("").isEmpty)
        #expect(try AliasTable.parse("# nothing yet\n").isEmpty)
    }

    @Test(arguments: [
        ("names = [\"A\", \"B\"]", 1),
        ("[[merge]]\nnames = [\"A\"]", 2),
        ("[[merge]]\nnames = \"A\"", 2),
        ("[[merge]]\n\n[[split]]\nnames = [\"A\", \"B\"]", 1),
        ("[[merge]]\nnames = [\"A\", \"B\"]\n[[mystery]]", 3),
        ("[[merge]]\nnames = [\"A\", \"B]", 2),
        ("[[merge]]\nnames = [\"A\", \"B\"]\nnames = [\"C\", \"D\"]", 3),
        ("[[merge]]\nnames = [\"A\", \"\"]", 2),
        ("[[split]]\nlabels = [\"A\", \"B\"]", 2),
    ])
    func badFilesNameTheLine(source: String, line: Int) {
        #expect(throws: AliasFileError.self) { try AliasTable.parse(source) }
        do {
            _ = try AliasTable.parse(source)
        } catch {
            #expect(error.line == line)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func escapedQuotesAreKept() throws {
        let table = try AliasTable.parse("[[merge]]\nnames = [\"The \\\"Firm\\\"\", \"Firm\"]")
        #expect(table.merges == [["The \"Firm\"", "Firm"]])
    }
}
