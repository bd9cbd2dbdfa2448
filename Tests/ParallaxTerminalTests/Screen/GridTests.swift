import Testing
@testable import ParallaxTerminal

@Suite struct GridTests {
    @Test func wideGlyphThatWouldCrossTheLimitBecomesABlank() {
        var grid = Grid(size: Size(width: 6, height: 1))
        let end = grid.put("ab中", x: 0, y: 0, style: .plain, limit: 3)
        #expect(end == 4)
        #expect(grid.lines[0] == "ab    ")
        #expect(grid[2, 0].text == " ")
    }

    @Test func wideGlyphTakesACellAndAContinuation() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("中x", x: 0, y: 0, style: .plain)
        #expect(grid[0, 0].width == 2)
        #expect(grid[1, 0].isContinuation)
        #expect(grid.lines[0] == "中x ")
    }

    @Test func outOfRangeWritesAreIgnored() {
        var grid = Grid(size: Size(width: 2, height: 2))
        grid.set(-1, 0, Cell(text: "x"))
        grid.set(5, 5, Cell(text: "x"))
        grid.put("hello", x: 1, y: 9, style: .plain)
        grid.fill(x: -3, y: -3, width: 100, height: 1, style: .plain, text: "#")
        #expect(grid.lines == ["  ", "  "])
    }

    @Test func emptyGridHasNoLines() {
        let grid = Grid(size: Size(width: 0, height: 0))
        #expect(grid.lines.isEmpty)
        #expect(Size(width: -5, height: -1) == Size(width: 0, height: 0))
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 6, height: 3))
        for row in 0..<3 { grid.put("中文中", x: 0, y: row, style: .plain) }
        // A box edge on a right half, a letter on a left half, a fill ending on a left half.
        grid.set(1, 0, Cell(text: "|"))
        grid.put("x", x: 2, y: 1, style: .plain)
        grid.fill(x: 0, y: 2, width: 3, height: 1, style: .plain, text: "#")
        #expect(grid.lines == [" |文中", "中x 中", "### 中"])
        for y in 0..<3 {
            for x in 0..<6 where grid[x, y].width == 2 { #expect(grid[x + 1, y].isContinuation, "\(x),\(y)") }
            for x in 0..<6 where grid[x, y].isContinuation { #expect(x > 0 && grid[x - 1, y].width == 2, "\(x),\(y)") }
        }
    }
}
