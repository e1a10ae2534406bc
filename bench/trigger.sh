#!/usr/bin/env bash
# npm run bench:trigger [-- --events N --concurrency C --build]
# npm run bench:trigger -- --attack [--forged N --valid N --concurrency C]
# Signed message_created events delivered to the ChatWoot Trigger of an active workflow in a
# running n8n 2.x; ChatWoot's side of each delivery timed, and every run counted at the mock.
# --attack: forged and malformed deliveries mixed with valid ones; refusals, runs and n8n's memory.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"
read_bench_options "$@"
# --build is the wrapper's alone: bench/trigger.ts does not take it.
args=()
for arg in "$@"; do
	[ "$arg" = --build ] || args+=("$arg")
done

use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$BENCH_BUILD"
exec_with_n8n bench/trigger.ts ${args[@]+"${args[@]}"}
