#!/usr/bin/env bash
# Fuzzes the model with libFuzzer (+ AddressSanitizer) for a given time per target.
#
#   Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags...]
#
# Targets: loader loader-txt loader-md loader-html loader-json loader-jsonl sentences claims analysis reader
# The corpus grows in fuzz-out/corpus/TARGET (git-ignored) starting from the seeds in Fuzz/seeds;
# a crash, hang or broken invariant is saved in fuzz-out/crashes/TARGET/ and the script exits 1.
# Replay a saved input with: .build/debug/ParallaxFuzz TARGET FILE   (see docs/fuzzing.md)
set -euo pipefail

cd "$(dirname "$0")/.."
TARGETS=(loader loader-txt loader-md loader-html loader-json loader-jsonl sentences claims analysis reader)

usage() {
    echo "usage: Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags...]" >&2
    echo "targets: ${TARGETS[*]}" >&2
    exit 2
}
[[ $# -ge 2 ]] || usage
choice=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [[ $choice == all ]]; then
    selected=("${TARGETS[@]}")
elif [[ " ${TARGETS[*]} " == *" $choice "* ]]; then
    selected=("$choice")
else
    usage
fi

# The fuzz build lives in its own scratch path so the normal .build keeps its flags.
# SwiftPM's linker (gold) crashes on the sanitizer objects; lld links them.
echo "building the fuzz binary (release, -sanitize=fuzzer,address)..." >&2
swift build -c release --product ParallaxFuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPARALLAX_LIBFUZZER -Xswiftc -use-ld=lld \
    2>&1 | { grep -v "prohibited flag" || true; } >&2
binary=.build-fuzz/release/ParallaxFuzz

# The Swift runtime keeps caches for the life of the process: leak reports would be noise.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}
# Swift's own crash backtracer reads the crashed stack from a helper thread, which ASan reports
# as a stack-buffer-underflow after the real finding; libFuzzer prints the stack anyway.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

seeds_for() {
    case $1 in
        loader*) echo Fuzz/seeds/loader ;;
        sentences) echo Fuzz/seeds/sentences ;;
        *) echo Fuzz/seeds/analysis Fuzz/seeds/sentences Fuzz/seeds/loader ;;
    esac
}
dictionary_for() {
    case $1 in
        loader*) echo Fuzz/dict/loader.dict ;;
        *) echo Fuzz/dict/text.dict ;;
    esac
}

failed=()
for target in "${selected[@]}"; do
    corpus=fuzz-out/corpus/$target crashes=fuzz-out/crashes/$target
    mkdir -p "$corpus" "$crashes"
    echo "== $target for ${seconds}s" >&2
    # shellcheck disable=SC2046
    if ! PARALLAX_FUZZ_TARGET=$target "$binary" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -dict="$(dictionary_for "$target")" -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$@" "$corpus" $(seeds_for "$target") 2>"fuzz-out/$target.log"; then
        failed+=("$target")
    fi
    grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|^#[0-9]+ *DONE" "fuzz-out/$target.log" >&2 || true
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FOUND PROBLEMS in: ${failed[*]} (inputs in fuzz-out/crashes/, logs in fuzz-out/*.log)" >&2
    exit 1
fi
echo "clean: ${selected[*]}" >&2
