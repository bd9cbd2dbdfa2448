#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer.
#
#   Scripts/sanitizers.sh [address|thread|all] [swift test flags, e.g. --filter Hostile]
#
# Each sanitizer builds in its own scratch path (.build-asan, .build-tsan) so the normal .build
# is untouched; a first run takes several minutes per sanitizer. Exits 1 if either run fails.
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

# The Swift runtime keeps caches for the life of the process: leak reports would be noise.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}

failed=()
for sanitizer in "${selected[@]}"; do
    scratch=.build-${sanitizer/address/asan}
    scratch=${scratch/thread/tsan}
    log=$scratch.log
    echo "== swift test --sanitize=$sanitizer (log: $log)" >&2
    # SwiftPM's default linker (gold) fails on some sanitizer objects; lld links them.
    swift test --sanitize="$sanitizer" --scratch-path "$scratch" -Xswiftc -use-ld=lld "$@" >"$log" 2>&1
    status=$?
    grep -E "Test run with|Executed [0-9]+ tests|ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY:" "$log" >&2 || true
    if [[ $status -ne 0 ]] || grep -qE "ERROR: AddressSanitizer|WARNING: ThreadSanitizer" "$log"; then
        failed+=("$sanitizer")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "FAILED under: ${failed[*]}" >&2
    exit 1
fi
echo "clean under: ${selected[*]}" >&2
