#!/usr/bin/env bash
# npm run bench:queue [-- --runs N --items N --executions N --concurrency N --n8n VERSION --build]
# Prepares Node, n8n, the package, PostgreSQL and Redis (scripts/queue.sh), then runs bench/queue.ts.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"
read_bench_options "$@"

bash "$ROOT/scripts/queue.sh"
use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$BENCH_BUILD"
exec_with_n8n bench/queue.ts "$@"
