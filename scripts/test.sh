#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test through CTest.
# Extra arguments go to ctest (e.g. ./scripts/test.sh -R seed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

./scripts/deps.sh

# The client tests' npm packages (tests/clients), exactly as package-lock.json pins them. npm ci
# runs only when node_modules does not match the lockfile (a stamp of its hash, kept inside
# node_modules so that npm ci's own wipe of the folder also removes it).
clients="$root/tests/clients"
stamp="$clients/node_modules/.package-lock.sha256"
lock_hash="$(sha256sum "$clients/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  (cd "$clients" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
fi

# The suite runs in one build: clang with AddressSanitizer + UBSan at -O1 (preset `sanitizers`),
# which also builds the libFuzzer targets (label `fuzz`, a few seconds each). Every test, the
# GUI, npm-client and packaging ones included, so runs instrumented: a memory error or undefined
# behaviour anywhere fails it. Then the concurrency stress test runs under ThreadSanitizer
# (preset `tsan`, only that target; FOUNDRY_TSAN=0 skips it). FOUNDRY_SANITIZERS=0 runs the
# suite in the plain gcc `dev` build instead (quicker to iterate; not what CI runs).
if [ "${FOUNDRY_SANITIZERS:-1}" = 0 ]; then
  cmake --preset dev >/dev/null
  cmake --build --preset dev
  ctest --test-dir build/dev --output-on-failure --parallel "$(nproc)" "$@"
  exit 0
fi

supp="$root/tests/sanitizers"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp"
asan="abort_on_error=1:detect_stack_use_after_return=0"
cmake --preset sanitizers >/dev/null
cmake --build --preset sanitizers
if [ "$#" -gt 0 ]; then # a subset asked for: just that, without leak detection
  ASAN_OPTIONS="$asan:detect_leaks=0" ctest --test-dir build/sanitizers --output-on-failure \
    --parallel "$(nproc)" "$@"
  exit 0
fi
# Leak detection for the non-GUI robustness and fuzz tests; the others (GUI ones among them,
# where Qt's plugins and fontconfig keep allocations for the process's life, and the programs
# the client and packaging tests start) run without it.
leak_checked='^(fuzz_.*|test_robustness_(network_abuse|bad_input|secrets|atomic_save|fuzz_regressions|concurrency))$'
ASAN_OPTIONS="$asan:detect_leaks=0" ctest --test-dir build/sanitizers --output-on-failure \
  --parallel "$(nproc)" -E "$leak_checked"
ASAN_OPTIONS="$asan:detect_leaks=1" ctest --test-dir build/sanitizers --output-on-failure \
  --parallel "$(nproc)" -R "$leak_checked"
# ThreadSanitizer: the stress test edits the model in one thread while three load the server.
if [ "${FOUNDRY_TSAN:-1}" = 1 ]; then
  cmake --preset tsan >/dev/null
  cmake --build build/tsan --target test_robustness_concurrency
  ctest --test-dir build/tsan --output-on-failure -R '^test_robustness_concurrency$'
fi
