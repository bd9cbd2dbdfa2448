/// Writes one JSON object field by field to a sink, in the exact layout of `JSONValue.serialized`,
/// so a large document (a story of thousands of articles and millions of links) never has to
/// exist whole in memory: each field, or each item of an array field, is built and written alone.
public struct JSONObjectStream {
    private let pretty: Bool
    private let sink: (String) -> Void
    private var buffer = ""
    private var fields = 0
    /// Written text is handed to the sink in pieces of about this many bytes.
    private let pieceSize: Int

    /// Starts the object; `sink` receives the text in order, in pieces.
    public init(pretty: Bool = true, pieceSize: Int = 1 << 16, sink: @escaping (String) -> Void) {
        self.pretty = pretty
        self.pieceSize = pieceSize
        self.sink = sink
        buffer = "{"
    }

    /// Writes one field whose value is small enough to build whole.
    public mutating func field(_ key: String, _ value: JSONValue) {
        startField(key)
        value.write(into: &buffer, indent: 1, pretty: pretty)
        flushIfFull()
    }

    /// Writes a field whose value is an array, building one item at a time.
    public mutating func arrayField<Items: Sequence>(_ key: String, _ items: Items) where Items.Element == JSONValue {
        startField(key)
        var iterator = items.makeIterator()
        // The serialiser may keep an array of up to four scalars on one line: a short array is left
        // to it whole, a longer one never goes on one line in pretty output.
        var head: [JSONValue] = []
        while head.count < 5, let item = iterator.next() { head.append(item) }
        if head.count <= 4 {
            JSONValue.array(head).write(into: &buffer, indent: 1, pretty: pretty)
            flushIfFull()
            return
        }
        buffer += "["
        var index = 0
        func item(_ value: JSONValue) {
            if index > 0 { buffer += "," }
            if pretty { JSONValue.newline(&buffer, 2) }
            value.write(into: &buffer, indent: 2, pretty: pretty)
            index += 1
            flushIfFull()
        }
        for value in head { item(value) }
        while let value = iterator.next() { item(value) }
        if pretty { JSONValue.newline(&buffer, 1) }
        buffer += "]"
    }

    /// Closes the object and hands over what is left.
    public mutating func finish() {
        if pretty && fields > 0 { JSONValue.newline(&buffer, 0) }
        buffer += "}"
        sink(buffer)
        buffer = ""
    }

    private mutating func startField(_ key: String) {
        if fields > 0 { buffer += "," }
        if pretty { JSONValue.newline(&buffer, 1) }
        JSONValue.writeString(key, into: &buffer)
        buffer += pretty ? ": " : ":"
        fields += 1
    }

    private mutating func flushIfFull() {
        guard buffer.utf8.count >= pieceSize else { return }
        sink(buffer)
        buffer = ""
    }
}
