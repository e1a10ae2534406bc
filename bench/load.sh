#!/usr/bin/env bash
# npm run bench:load [-- --repeats N --build]
# Cold require + construction of our nodes and credentials versus @devlikeapro/n8n-nodes-chatwoot's,
# on Node 24 (what n8n 2.x runs on).
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
devlikeapro_dir="$(install_devlikeapro)"

cd "$ROOT"
BENCH_DEVLIKEAPRO_DIR="$devlikeapro_dir" exec npx tsx bench/load.ts ${args[@]+"${args[@]}"}
