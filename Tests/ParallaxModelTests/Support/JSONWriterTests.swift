import Testing
@testable import ParallaxModel

@Suite struct JSONWriterTests {
    @Test func escapesControlCharactersAndQuotes() {
        let value = JSONValue.string("a\"b\\c\n\u{1B}[31m")
        #expect(value.serialized() == #""a\"b\\c\n\u001b[31m""#)
    }

    @Test func keepsKeyOrderAndFormatsNumbers() {
        let value = JSONValue.object([("z", .number(50000)), ("a", .number(1.5)), ("n", .null), ("big", .number(1e18))])
        #expect(value.serialized(pretty: false) == #"{"z":50000,"a":1.5,"n":null,"big":1e+18}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(JSONValue.number(.infinity).serialized() == "null")
        #expect(JSONValue.number(.nan).serialized() == "null")
    }
}
