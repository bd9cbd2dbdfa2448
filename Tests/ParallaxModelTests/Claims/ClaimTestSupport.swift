import Foundation
@testable import ParallaxModel

/// Extracts claims from one sentence of test text.
func claims(in text: String, mentions: [Mention] = []) -> [Claim] {
    ClaimExtractor().extract(from: ClaimAnnotations.article(for: text), mentions: mentions)
}

/// The only quantity claim in a sentence (nil when there is not exactly one).
func quantity(in text: String) -> Claim? {
    let found = claims(in: text).filter { $0.kind == .quantity }
    return found.count == 1 ? found[0] : nil
}

/// The fixture folder copied into the test bundle.
func claimFixtures() -> URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Claims")
}
