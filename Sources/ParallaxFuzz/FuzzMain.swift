/// `ParallaxFuzz TARGET FILE...` replays inputs; built by Scripts/fuzz.sh it is a libFuzzer binary.
@main
enum FuzzMain {
    static func main() {
        #if PARALLAX_LIBFUZZER
        LibFuzzerEntry.run()
        #else
        ReplayCommand.run()
        #endif
    }
}
