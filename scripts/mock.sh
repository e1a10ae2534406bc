#!/usr/bin/env bash
# `npm run mock`: the local ChatWoot mock on http://127.0.0.1:${MOCK_PORT:-3000}, for trying the
# nodes in `npm start`'s editor without a ChatWoot server. It seeds the demo account
# (test/mock-chatwoot/demo.ts) and prints what to enter in each credential and node
# (`npm run mock -- --json`: one JSON line instead, for scripts). MOCK_CONTACTS sets how many contacts,
# MOCK_CHATWOOT_VERSION the ChatWoot release it answers as (default 4.15.1).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_node24
install_dependencies
cd "$ROOT"
exec npx tsx test/mock-chatwoot/cli.ts "${MOCK_PORT:-3000}" "$@"
