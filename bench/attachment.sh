#!/usr/bin/env bash
# npm run bench:attachment [-- --runs N --mb N --only streamed,blob,form-data --modes default,filesystem --n8n VERSION --build]
# Peak memory of n8n sending a large message attachment; see bench/attachment.ts.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$ROOT/bench/lib/setup.sh"

version="$N8N_V2_VERSION"
build=0
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	case "${args[$i]}" in
	--n8n) version="${args[$((i + 1))]:-}" ;;
	--build) build=1 ;;
	esac
done

use_node24
NODE24="$(command -v node)"
[ -d "$ROOT/node_modules" ] || install_dependencies
prepare_package "$build"
case "$version" in
2.*) n8n_node="$NODE24" n8n_env='{}' ;;
1.*) n8n_node="$SYSTEM_NODE" n8n_env='{"N8N_EXPRESSION_ENGINE":"legacy"}' ;;
*) echo "Unsupported --n8n version: $version" >&2 && exit 2 ;;
esac
n8n_dir="$(install_n8n "$version")"

cd "$ROOT"
N8N_E2E_VERSION="$version" N8N_E2E_NODE="$n8n_node" N8N_E2E_DIR="$n8n_dir" N8N_E2E_ENV="$n8n_env" exec npx tsx bench/attachment.ts "$@"
