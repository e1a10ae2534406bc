#!/usr/bin/env bash
# `npm test`: everything from a fresh clone — Node 24, dependencies, build, type check, lint,
# unit tests, then the end-to-end suite in real n8n 2.x and 1.x.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_node24
install_dependencies
build_package
cd "$ROOT"
say "Type-checking (sources, tests, benchmarks)"
npx tsc --noEmit -p tsconfig.json
say "Linting (n8n's community-node rules)"
npm run --silent lint
say "Unit tests (n8n-core execution, nock)"
npx jest
say "End-to-end tests (real n8n against the ChatWoot mock)"
bash "$ROOT/scripts/e2e.sh"
