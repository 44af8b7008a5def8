#!/usr/bin/env bash
# Every test: lint, unit and database tests (vitest, real PostgreSQL), build, the test of several
# app servers (tests/cluster: Debian's nginx and redis-server, installed when missing), types,
# then the browser tests (Playwright on Debian's Chromium against `next start` on the embedded database).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's Chromium (Playwright cannot download browsers here)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== lint"
npx eslint .
echo "== unit and database tests"
npx vitest run
echo "== build"
npx next build
echo "== several app servers (nginx, redis-server, two app servers, one PostgreSQL)"
npx vitest run --config vitest.cluster.config.ts
echo "== types"
npx tsc --noEmit
echo "== browser tests"
rm -rf .data/e2e-*
npx playwright test
