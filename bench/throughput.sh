#!/usr/bin/env bash
# npm run bench:throughput [-- --runs N --items N --concurrency N --only a,b --env K=V --diagnose --n8n VERSION --build]
# Prepares Node, n8n and the packages compared, then runs bench/throughput.ts.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"

read_bench_options "$@"

use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$BENCH_BUILD"
build_minimal_node
devlikeapro_dir="$(install_devlikeapro)"

export BENCH_DEVLIKEAPRO_DIR="$devlikeapro_dir"
exec_with_n8n bench/throughput.ts "$@"
