#!/usr/bin/env bash
# npm run bench:return-all [-- --runs N --contacts N --latency 0,50]: Return All of 10,000 contacts in real n8n 2.x, ours vs the HTTP Request node.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"
read_bench_options "$@"

use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package 0
exec_with_n8n bench/returnAll.ts "$@"
