#!/usr/bin/env bash
# npm run bench:return-all [-- --runs N --contacts N]: Return All of 10,000 contacts in real n8n 2.x vs a raw client.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
use_node24
[ -d "$ROOT/node_modules" ] || install_dependencies
[ -f "$ROOT/dist/nodes/ChatWoot/ChatWoot.node.js" ] || build_package
n8n_dir="$(install_n8n "$N8N_V2_VERSION")"
cd "$ROOT"
N8N_E2E_VERSION="$N8N_V2_VERSION" N8N_E2E_NODE="$(command -v node)" N8N_E2E_DIR="$n8n_dir" N8N_E2E_ENV='{}' \
	exec npx tsx bench/returnAll.ts "$@"
