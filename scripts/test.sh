#!/usr/bin/env bash
# Every test in the repo: type checks, lints (publint, attw, schema validation, staleness checks) and test suites,
# then one closing line with the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
turbo run typecheck lint test --continue --concurrency=2 "$@"
status=$?
node scripts/test-summary.mjs || status=1
exit $status
