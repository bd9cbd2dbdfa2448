import Testing
@testable import ParallaxModel

/// `Claim` keeps its optional numbers in 8 bytes each; they must read back, compare and hash
/// exactly as plain `Double?` fields did.
@Suite struct CompactClaimStorageTests {
    @Test func everyKindOfNumberReadsBackUnchanged() {
        let values: [Double?] = [nil, 0, -0.0, 1e18, -12.5, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        for value in values {
            let read = CompactOptionalDouble(value).value
            #expect(read == value)
            #expect(read?.sign == value?.sign)
        }
        let nan = CompactOptionalDouble(.nan).value
        #expect(nan != nil && nan!.isNaN)
    }

    @Test func equalityAndHashingFollowOptionalDouble() {
        #expect(CompactOptionalDouble(0) == CompactOptionalDouble(-0.0))
        #expect(CompactOptionalDouble(0).hashValue == CompactOptionalDouble(-0.0).hashValue)
        #expect(CompactOptionalDouble(nil) != CompactOptionalDouble(0))
        #expect(CompactOptionalDouble(.nan) != CompactOptionalDouble(.nan))
        #expect(Set([CompactOptionalDouble(3), CompactOptionalDouble(3), CompactOptionalDouble(nil)]).count == 2)
    }

    @Test func claimFieldsCanBeSetAndCleared() {
        var claim = Claim(span: TextSpan(0, 2), text: "12", kind: .quantity, value: 12, low: 12, high: 12, sentence: 0)
        #expect(claim.value == 12 && claim.writtenValue == nil && claim.low == 12 && claim.high == 12)
        claim.value = nil
        claim.writtenValue = 7
        claim.high = 1e18
        #expect(claim.value == nil && claim.writtenValue == 7 && claim.high == 1e18)
        let same = Claim(span: TextSpan(0, 2), text: "12", kind: .quantity, writtenValue: 7, low: 12, high: 1e18, sentence: 0)
        #expect(claim == same)
        #expect(claim.hashValue == same.hashValue)
        #expect(claim != Claim(span: TextSpan(0, 2), text: "12", kind: .quantity, writtenValue: 7, low: 12, high: 13, sentence: 0))
    }

    @Test func claimIsSmallerThanWithPlainOptionals() {
        // Four `Double?` fields would take 16 bytes each; stored compactly they take 8.
        #expect(MemoryLayout<CompactOptionalDouble>.size == 8)
        #expect(MemoryLayout<Claim>.stride <= 240)
    }
}
