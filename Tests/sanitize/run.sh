#!/usr/bin/env bash
# `make sanitize`: builds and runs the whole test suite under AddressSanitizer (.build-asan),
# then under ThreadSanitizer (.build-tsan). The crimegraph and crimegraph-graphviz binaries the
# tests run are built with the same sanitizer, in the same folder.
#
#   Tests/sanitize/run.sh [address|thread ...]     both, in that order, when none is named
#
# A run fails when a test fails, when any process — a test binary, or a binary a test started —
# writes a sanitizer report (they are collected under SCRATCH/sanitizer-reports/ and printed), or
# when it did not run every test: the tests swift-testing ran ("Test run with N tests", less
# any skipped) plus those XCTest executed must equal the count `swift test list` gives for the
# same build, which is the count a plain run has. A crash that ends a run early, a test
# skipped only under a sanitizer and a missing tool (CI=true is set) all fail it.
#
# LeakSanitizer is off (detect_leaks=0), and no leak is suppressed instead: with Swift on Linux
# it reports memory that is still reachable through a multi-payload enum, whose case tag Swift
# keeps in a pointer's spare bits (llvm/llvm-project#56751) — every case file a test keeps in a
# `static let` shows up as "leaked" citation arrays, while the same file loaded and dropped shows
# nothing. The rest it reports is the toolchain's: Foundation's String(contentsOf:) of an empty
# file, XCTest's harness, one swift-argument-parser usage error. (Graphviz's own allocations are
# never checked either way: the worker ends with _exit.) Run with ASAN_OPTIONS=detect_leaks=1 to
# look at them. Every other AddressSanitizer check stays on.
#
# Environment: SWIFT (swift), SANITIZE_FLAGS (extra flags for swift build and swift test).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift=${SWIFT:-swift}
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)

# Swift's crash backtracer and the sanitizers' own reports get in each other's way.
export SWIFT_BACKTRACE=enable=no
# A missing tool or data set fails its test instead of skipping it, so every test runs.
export CI=true

failed=()
for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "usage: $0 [address|thread ...]" >&2; exit 64 ;;
  esac
  # shellcheck disable=SC2206
  flags=(--sanitize="$sanitizer" --scratch-path "$scratch" ${SANITIZE_FLAGS:-})
  reports="$PWD/$scratch/sanitizer-reports"
  rm -rf "$reports" && mkdir -p "$reports"
  export ASAN_OPTIONS="log_path=$reports/report:detect_leaks=0"
  export TSAN_OPTIONS="log_path=$reports/report:halt_on_error=0"
  started=$(date +%s)

  echo "::: $sanitizer: building the tests in $scratch"
  # (The linker warns about each sanitizer entry point it cannot export; that is harmless.)
  set +e
  "$swift" build --build-tests "${flags[@]}" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol"
  built=${PIPESTATUS[0]}
  set -e
  [ "$built" -eq 0 ] || { echo "!!! $sanitizer: the build failed" >&2; failed+=("$sanitizer"); continue; }

  list=$("$swift" test list --skip-build "${flags[@]}" 2>/dev/null) || { echo "!!! $sanitizer: swift test list failed" >&2; failed+=("$sanitizer"); continue; }
  listed=$(grep -c . <<<"$list" || true)

  echo "::: $sanitizer: running $listed tests"
  log="$scratch/sanitize-test.log"
  status=0
  "$swift" test --skip-build "${flags[@]}" 2>&1 | tee "$log" || status=$?
  # Swift Testing's summary counts skipped tests too; XCTest's last "Executed N tests" is its total.
  ran=$(sed -nE 's/^.* Test run with ([0-9]+) tests? .*$/\1/p' "$log" | tail -1)
  skipped=$(grep -cE '^➜ (Test|Suite) ' "$log" || true)
  xctest=$(sed -nE 's/^[[:space:]]*Executed ([0-9]+) tests?, .*$/\1/p' "$log" | tail -1)
  executed=$(( ${ran:-0} - skipped + ${xctest:-0} ))

  problems=()
  [ "$status" -eq 0 ] || problems+=("swift test exited with $status")
  [ -n "$ran" ] || problems+=("no 'Test run with N tests' line: the run ended early")
  [ "$skipped" -eq 0 ] || problems+=("$skipped skipped: $(grep -E '^➜ (Test|Suite) ' "$log" | head -5 | tr '\n' ' ')")
  [ "$executed" -eq "$listed" ] || problems+=("$executed tests ran, but the suite lists $listed (a plain run runs them all)")
  if [ -n "$(ls -A "$reports")" ]; then
    problems+=("sanitizer reports in $reports")
    for report in "$reports"/*; do echo "--- $report"; head -c 20000 "$report"; done
  fi
  minutes=$(( ($(date +%s) - started + 59) / 60 ))
  if [ ${#problems[@]} -gt 0 ]; then
    for problem in "${problems[@]}"; do echo "!!! $sanitizer: $problem" >&2; done
    failed+=("$sanitizer")
  else
    echo "::: $sanitizer: $executed of $listed tests ran and passed, no sanitizer report (${minutes} min)"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "sanitize: failed under ${failed[*]}" >&2
  exit 1
fi
echo "sanitize: the whole suite passes under ${sanitizers[*]}"
