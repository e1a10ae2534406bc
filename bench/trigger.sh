#!/usr/bin/env bash
# npm run bench:trigger [-- --events N --concurrency C --build]
# Signed message_created events delivered to the ChatWoot Trigger of an active workflow in a
# running n8n 2.x; ChatWoot's side of each delivery timed, and every run counted at the mock.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"

build=0
args=()
for arg in "$@"; do
	if [ "$arg" = --build ]; then build=1; else args+=("$arg"); fi
done

use_node24
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$build"
n8n_dir="$(install_n8n "$N8N_V2_VERSION")"

cd "$ROOT"
N8N_E2E_VERSION="$N8N_V2_VERSION" N8N_E2E_NODE="$(command -v node)" N8N_E2E_DIR="$n8n_dir" N8N_E2E_ENV='{}' \
	exec npx tsx bench/trigger.ts ${args[@]+"${args[@]}"}
