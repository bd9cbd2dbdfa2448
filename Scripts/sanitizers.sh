#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer.
#
#   Scripts/sanitizers.sh [address|thread|all] [swift test flags, e.g. --filter Hostile]
#
# Each sanitizer builds in its own scratch path (.build-asan, .build-tsan) so the normal .build
# is untouched; a first run takes several minutes per sanitizer. The end-to-end tests run that
# sanitized build of the reader in tmux. Sanitizer reports are written to .build-asan-reports/ and
# .build-tsan-reports/. Exits 1 if either run fails or reports anything.
set -uo pipefail

cd "$(dirname "$0")/.."
choice=${1:-all}
[[ $# -gt 0 ]] && shift
case $choice in
    address) selected=(address) ;;
    thread) selected=(thread) ;;
    all) selected=(address thread) ;;
    *) echo "usage: Scripts/sanitizers.sh [address|thread|all] [swift test flags...]" >&2; exit 2 ;;
esac

failed=()
for sanitizer in "${selected[@]}"; do
    scratch=.build-${sanitizer/address/asan}
    scratch=${scratch/thread/tsan}
    log=$scratch.log
    # Reports go to files: the end-to-end tests run the sanitized reader inside tmux, where its
    # stderr would be lost with the pane.
    reports=$PWD/$scratch-reports
    rm -rf "$reports" && mkdir -p "$reports"
    # The Swift runtime keeps caches for the life of the process: leak reports would be noise.
    export ASAN_OPTIONS=${PARALLAX_ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}:log_path=$reports/asan
    export TSAN_OPTIONS=${PARALLAX_TSAN_OPTIONS:-halt_on_error=1}:log_path=$reports/tsan
    # The end-to-end tests drive this build's reader, not the plain one in .build.
    export PARALLAX_E2E_BINARY=$PWD/$scratch/debug/parallax
    echo "== swift test --sanitize=$sanitizer (log: $log, reports: $reports)" >&2
    # SwiftPM's default linker (gold) fails on some sanitizer objects; lld links them.
    started=$SECONDS
    # Wall-clock bounds mean nothing under a sanitizer's slowdown (a 5 MB line: 15 s in a plain debug build,
    # 143 s under ASan, on 2 busy cores); the test still runs in every plain `swift test`.
    swift test --sanitize="$sanitizer" --scratch-path "$scratch" -Xswiftc -use-ld=lld \
        --skip hugeLinesAndWordsStayFast "$@" >"$log" 2>&1
    status=$?
    echo "   $((SECONDS - started)) s, swift test exit status $status" >&2
    grep -E "Test run with|Executed [0-9]+ tests" "$log" >&2 || true
    if compgen -G "$reports/*" >/dev/null; then
        grep -hE "ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY:" "$reports"/* >&2 || true
        failed+=("$sanitizer")
    elif [[ $status -ne 0 ]]; then
        failed+=("$sanitizer")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FAILED under: ${failed[*]}" >&2
    exit 1
fi
echo "clean under: ${selected[*]}" >&2
