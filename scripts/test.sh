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

cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --test-dir build/dev --output-on-failure --parallel "$(nproc)" "$@"

# Sanitizers (issue 9), with FOUNDRY_SANITIZERS=1 and no subset asked for: every test
# executable under ASan+UBSan (clang -O1; the fuzz targets run a few seconds each there), then
# the concurrency stress test under TSan. Opt-in until the whole suite has been seen clean under
# ASan from a clean clone and the stage fits CI's time budget (it roughly doubles the run). Neither build includes bench or packaging. Leak
# detection is on for the non-GUI robustness and fuzz tests; the others (GUI ones among them,
# where Qt's plugins and fontconfig keep allocations for the process's life) run without it.
if [ "$#" -eq 0 ] && [ "${FOUNDRY_SANITIZERS:-0}" = 1 ]; then
  supp="$root/tests/sanitizers"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp"
  asan="abort_on_error=1:detect_stack_use_after_return=0"
  cmake --preset sanitizers >/dev/null
  cmake --build build/sanitizers --target foundry_test_executables foundry_fuzz_targets
  leak_checked='^(fuzz_.*|test_robustness_(network_abuse|bad_input|secrets|atomic_save|fuzz_regressions|concurrency))$'
  ASAN_OPTIONS="$asan:detect_leaks=1" ctest --test-dir build/sanitizers --output-on-failure \
    --parallel "$(nproc)" -R "$leak_checked"
  ASAN_OPTIONS="$asan:detect_leaks=0" ctest --test-dir build/sanitizers --output-on-failure \
    --parallel "$(nproc)" -E "$leak_checked" -LE 'clients|packaging'
  cmake --preset tsan >/dev/null
  cmake --build build/tsan --target test_robustness_concurrency
  ctest --test-dir build/tsan --output-on-failure -R '^test_robustness_concurrency$'
fi
