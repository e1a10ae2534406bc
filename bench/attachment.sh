#!/usr/bin/env bash
# npm run bench:attachment [-- --runs N --mb N --only streamed,blob,form-data --modes default,filesystem --n8n VERSION --build]
# Peak memory of n8n sending a large message attachment; see bench/attachment.ts.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"
read_bench_options "$@"

use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$BENCH_BUILD"
exec_with_n8n bench/attachment.ts "$@"
