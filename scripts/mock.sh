#!/usr/bin/env bash
# `npm run mock`: the local ChatWoot mock on http://127.0.0.1:${MOCK_PORT:-3000}, for trying the
# node in `npm start`'s editor without a ChatWoot server. It prints the Base URL and token to use.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_node24
install_dependencies
cd "$ROOT"
exec npx tsx test/mock-chatwoot/cli.ts "${MOCK_PORT:-3000}"
