#!/usr/bin/env bash
# The editor in a real browser: installs Debian's Chromium when missing (apt-get; playwright-core,
# a devDependency, never downloads a browser), builds the package, then runs test/browser/ (which
# starts `npm start` itself, in a fresh user folder) and saves screenshots to a temporary folder
# (to docs/screenshots/, the README's pictures, with UPDATE_SCREENSHOTS=1: `npm run docs:screenshots`).
# `--install-only` stops after the installs; other arguments go to jest. BROWSER_SKIP_BUILD=1 uses
# dist/ as it is (scripts/test.sh has just built it). BROWSER_TEST_TIMEOUT bounds jest (600 s).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
apt_install_missing "/usr/bin/chromium:chromium" "fc-list:fonts-dejavu-core"
[ "${1:-}" = "--install-only" ] && exit 0
use_node24
install_dependencies
[ "${BROWSER_SKIP_BUILD:-}" = 1 ] && [ -d "$ROOT/dist" ] || build_package
install_n8n "$N8N_V2_VERSION" >/dev/null
say "Browser tests: n8n $N8N_V2_VERSION's editor in headless $(/usr/bin/chromium --version 2>/dev/null)"
cd "$ROOT"
timeout "${BROWSER_TEST_TIMEOUT:-600}" npx jest --config test/browser/jest.config.js --runInBand "$@"
