import Testing
@testable import ParallaxModel

@Suite struct TOMLTests {
    @Test func readsKeysInFileOrderWithComments() throws {
        let table = try TOML.parse("""
        # theme
        name = "dusk"   # trailing comment
        inherits = 'base'
        "quoted key" = 1
        'literal key' = 2
        bare-key_2 = true

        """)
        #expect(table.keys == ["name", "inherits", "quoted key", "literal key", "bare-key_2"])
        #expect(table["name"]?.string == "dusk")
        #expect(table["inherits"]?.string == "base")
        #expect(table["quoted key"]?.int == 1)
        #expect(table["bare-key_2"]?.bool == true)
    }

    @Test func dottedKeysAndHeadersBuildNestedTables() throws {
        let table = try TOML.parse("""
        site.name = "x"
        site."home page".url = "y"
        [palette]
        red = "#ff0000"
        [ui.status . bar]
        fg = "red"
        [ui]
        bg = "black"
        """)
        #expect(table["site"]?["name"]?.string == "x")
        #expect(table["site"]?["home page"]?["url"]?.string == "y")
        #expect(table["palette"]?.table?["red"]?.string == "#ff0000")
        #expect(table.value(at: ["ui", "status", "bar", "fg"])?.string == "red")
        #expect(table["ui"]?["bg"]?.string == "black")
        #expect(table["ui"]?.table?.keys == ["status", "bg"])
    }

    @Test func arraysOfTablesAppendAndTakeSubTables() throws {
        let table = try TOML.parse("""
        [[alias]]
        name = "Kyiv"
        [alias.meta]
        note = "capital"
        [[alias]]
        name = "Odesa"
        """)
        let aliases = try #require(table["alias"]?.array)
        #expect(aliases.count == 2)
        #expect(aliases[0]["name"]?.string == "Kyiv")
        #expect(aliases[0]["meta"]?["note"]?.string == "capital")
        #expect(aliases[1]["name"]?.string == "Odesa")
        #expect(aliases[1]["meta"] == nil)
    }

    @Test func basicStringsDecodeEscapes() throws {
        let table = try TOML.parse(#"s = "tab\tquote\"slash\\nl\nu\u00E9U\U0001F600e\e""#)
        #expect(table["s"]?.string == "tab\tquote\"slash\\nl\nu\u{E9}U\u{1F600}e\u{1B}")
    }

    @Test func literalStringsKeepBackslashes() throws {
        let table = try TOML.parse(#"path = 'C:\Users\news'"#)
        #expect(table["path"]?.string == #"C:\Users\news"#)
    }

    @Test func multiLineStrings() throws {
        let table = try TOML.parse("""
        a = \"\"\"
        Roses
        are red\"\"\"
        b = \"\"\"one \\
              two\"\"\"
        c = '''
        raw \\n text'''
        d = \"\"\"She said "hi"\"\"\"\"
        """)
        #expect(table["a"]?.string == "Roses\nare red")
        #expect(table["b"]?.string == "one two")
        #expect(table["c"]?.string == "raw \\n text")
        #expect(table["d"]?.string == "She said \"hi\"\"")
    }

    @Test func integersInEveryBase() throws {
        let table = try TOML.parse("""
        a = 42
        b = -17
        c = +5
        d = 1_000_000
        e = 0xDEAD_beef
        f = 0o755
        g = 0b1010
        h = 0
        max = 9223372036854775807
        """)
        #expect(table["a"]?.int == 42)
        #expect(table["b"]?.int == -17)
        #expect(table["c"]?.int == 5)
        #expect(table["d"]?.int == 1_000_000)
        #expect(table["e"]?.int == 0xDEADBEEF)
        #expect(table["f"]?.int == 0o755)
        #expect(table["g"]?.int == 10)
        #expect(table["h"]?.int == 0)
        #expect(table["max"]?.int == Int.max)
    }

    @Test func floatsIncludingExponentsAndSpecials() throws {
        let table = try TOML.parse("""
        a = 3.14
        b = -0.5
        c = 6.02e23
        d = 1E-3
        e = 1_000.5
        f = inf
        g = -inf
        h = nan
        i = 2
        """)
        #expect(table["a"]?.double == 3.14)
        #expect(table["b"]?.double == -0.5)
        #expect(table["c"]?.double == 6.02e23)
        #expect(table["d"]?.double == 0.001)
        #expect(table["e"]?.double == 1000.5)
        #expect(table["f"]?.double == .infinity)
        #expect(table["g"]?.double == -.infinity)
        #expect(table["h"]?.double?.isNaN == true)
        #expect(table["i"]?.double == 2)
        #expect(table["a"]?.int == nil)
    }

    @Test func booleans() throws {
        let table = try TOML.parse("yes = true\nno = false")
        #expect(table["yes"]?.bool == true)
        #expect(table["no"]?.bool == false)
    }

    @Test func multiLineArraysWithCommentsAndTrailingComma() throws {
        let table = try TOML.parse("""
        keys = [
          "j",  # down
          "k",
          [1, 2.5, 'x'],
        ]
        empty = []
        """)
        let keys = try #require(table["keys"]?.array)
        #expect(keys.count == 3)
        #expect(keys[0].string == "j")
        #expect(keys[2][1]?.double == 2.5)
        #expect(table["keys"]?[5] == nil)
        #expect(table["empty"]?.array?.isEmpty == true)
    }

    @Test func inlineTables() throws {
        let table = try TOML.parse("""
        heading = { fg = "yellow", bold = true, pad.left = 2 }
        none = {}
        """)
        #expect(table["heading"]?.table?.keys == ["fg", "bold", "pad"])
        #expect(table["heading"]?["fg"]?.string == "yellow")
        #expect(table["heading"]?["pad"]?["left"]?.int == 2)
        #expect(table["none"]?.table?.isEmpty == true)
    }

    @Test func windowsLineEndingsAndByteOrderMark() throws {
        let table = try TOML.parse("\u{FEFF}a = 1\r\n[t]\r\nb = \"x\"\r\n")
        #expect(table["a"]?.int == 1)
        #expect(table["t"]?["b"]?.string == "x")
    }

    @Test func emptyDocumentIsAnEmptyTable() throws {
        #expect(try TOML.parse("").isEmpty)
        #expect(try TOML.parse("\n# only a comment\n\n").isEmpty)
    }

    // MARK: Errors

    private func failure(_ text: String) -> TOMLError? {
        do {
            _ = try TOML.parse(text)
            return nil
        } catch let error as TOMLError {
            return error
        } catch {
            return nil
        }
    }

    @Test func missingEqualsSaysWhereAndWhat() {
        let error = failure("a = 1\n\n\nname \"x\"")
        #expect(error == TOMLError(line: 4, column: 6, message: "expected '=' after key"))
        #expect(error?.description == "line 4, column 6: expected '=' after key")
    }

    @Test func duplicateKeysAreErrors() {
        #expect(failure("a = 1\na = 2")?.message == "duplicate key 'a'")
        #expect(failure("a.b = 1\na.b = 2")?.message == "duplicate key 'a.b'")
        #expect(failure("t = { x = 1, x = 2 }")?.message == "duplicate key 'x'")
        #expect(failure("a = 1\na.b = 2")?.message == "key 'a' already holds a value, not a table")
    }

    @Test func tablesDefinedTwiceAreErrors() {
        #expect(failure("[a]\n[a]")?.message == "table [a] is defined twice")
        #expect(failure("[a]\nb.c = 1\n[a.b]")?.message == "table [a.b] was already defined by dotted keys")
        #expect(failure("[[a]]\n[a]")?.message == "[a] is an array of tables; use [[a]]")
        #expect(failure("a = [1]\n[[a]]")?.message == "'a' is already defined and is not an array of tables")
        #expect(failure("a = {}\n[a.b]") != nil)
        #expect(failure("[a.b]\nx = 1\n[a]\nb.y = 2") != nil)
    }

    @Test func badStringsAreErrors() {
        #expect(failure("s = \"open")?.message == "unterminated string")
        #expect(failure("s = 'open")?.message == "unterminated literal string")
        #expect(failure("s = \"\"\"open")?.message == "unterminated multi-line string")
        #expect(failure(#"s = "\q""#)?.message == "invalid escape '\\q'")
        #expect(failure(#"s = "\u12""#)?.message == "\\u needs 4 hex digits")
        #expect(failure(#"s = "\uD800""#)?.message == "\\uD800 is not a Unicode scalar value")
        #expect(failure("s = \"a\u{01}b\"")?.message == "control character U+0001 in a string; use an escape")
    }

    @Test func badNumbersAreErrors() {
        #expect(failure("n = 1__0")?.message == "invalid number '1__0'")
        #expect(failure("n = _1")?.message == "expected a value")
        #expect(failure("n = 012")?.message == "invalid number '012'")
        #expect(failure("n = 1.")?.message == "invalid number '1.'")
        #expect(failure("n = 0xG")?.message == "invalid number '0xG'")
        #expect(failure("n = 9223372036854775808")?.message == "integer '9223372036854775808' is too large")
        #expect(failure("n = 0xFFFFFFFFFFFFFFFFFF")?.message == "integer '0xFFFFFFFFFFFFFFFFFF' is too large")
        #expect(failure("n = 1e999")?.message == "float '1e999' is too large")
        #expect(failure("d = 1979-05-27")?.message == "dates and times are not supported (found '1979-05-27'); write them as strings")
    }

    @Test func structuralErrors() {
        #expect(failure("a = ")?.message == "expected a value at the end of the file")
        #expect(failure("a = yes")?.message == "expected a value")
        #expect(failure("a = none")?.message == "expected a value (strings need quotes)")
        #expect(failure("a = \n1")?.message == "expected a value")
        #expect(failure("a = 1 b = 2")?.message == "expected a newline after the value")
        #expect(failure("[a")?.message == "expected ']' to close the table header")
        #expect(failure("[[a]")?.message == "expected ']]' to close the array-of-tables header")
        #expect(failure("a = [1 2]")?.message == "expected ',' or ']' in the array")
        #expect(failure("a = [1, 2")?.message == "unterminated array: expected ']'")
        #expect(failure("a = { b = 1")?.message == "unterminated inline table: expected '}'")
        #expect(failure("= 1")?.message == "expected a key")
        #expect(failure("a.= 1")?.message == "expected a key")
    }

    @Test func randomFragmentsNeverTrap() {
        let pieces = ["a", "b.c", " = ", "\n", "[", "]", "[[", "]]", "{", "}", ",", "\"", "'", "\"\"\"", "'''", "\\",
                      "\\u00", "1", "0x", "_", "-", "+", "inf", "1e", ".", "#", "true", "\r\n", "é", "😀", "\u{0}", " "]
        var state: UInt64 = 42
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) + 2 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            do {
                _ = try TOML.parse(text)
            } catch let error as TOMLError {
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty)
            } catch {
                Issue.record("unexpected error type for \(text.debugDescription)")
            }
        }
    }

    @Test func hostileInputFailsCleanly() {
        #expect(failure(String(repeating: "[", count: 100_000)) != nil)
        #expect(failure("a = " + String(repeating: "[", count: 100_000))?.message == "arrays and inline tables are nested too deeply")
        #expect(failure("a = " + String(repeating: "{b=", count: 5_000)) != nil)
        #expect(failure("a = \"\u{0}\"") != nil)
        #expect(failure("🎉 = 1")?.message == "expected a key")
        #expect((try? TOML.parse("\"🎉\" = '日本'"))?["🎉"]?.string == "日本")
    }
}
