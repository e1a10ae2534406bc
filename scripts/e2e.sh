#!/usr/bin/env bash
# End-to-end tests: the built package inside real n8n processes, against the ChatWoot mock.
# Runs on n8n 2.x (Node 24) and on the newest n8n 1.x (the machine's own Node, 20 here).
# N8N_E2E_VERSIONS picks a subset, e.g. N8N_E2E_VERSIONS=2.41.1.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Arguments go to jest, e.g. a test path pattern.
JEST_ARGS=("$@")

source "$ROOT/bench/lib/setup.sh"

use_node24
NODE24="$(command -v node)"
install_dependencies
[ -d "$ROOT/dist" ] || build_package
# The other ChatWoot package, installed next to ours to prove the two coexist (credential names).
export N8N_E2E_DEVLIKEAPRO_DIR="$(DEVLIKEAPRO_VERSION="${DEVLIKEAPRO_VERSION:-1.0.2}" install_devlikeapro)"

run_suite() {
	local version="$1" node_binary="$2" extra_env="$3"
	local dir
	dir="$(install_n8n "$version")"
	say "End-to-end tests on n8n $version ($("$node_binary" --version))"
	N8N_E2E_VERSION="$version" N8N_E2E_NODE="$node_binary" N8N_E2E_DIR="$dir" N8N_E2E_ENV="$extra_env" \
		npx --prefix "$ROOT" jest --config "$ROOT/jest.e2e.config.js" --rootDir "$ROOT" "${JEST_ARGS[@]}"
}

for version in ${N8N_E2E_VERSIONS:-$N8N_V2_VERSION $N8N_V1_VERSION}; do
	case "$version" in
	2.*) run_suite "$version" "$NODE24" '{}' ;;
	# n8n 1.x supports Node 20 to 24; its isolated-vm does not build for Node 20, hence the legacy engine.
	1.*) run_suite "$version" "$SYSTEM_NODE" '{"N8N_EXPRESSION_ENGINE":"legacy"}' ;;
	esac
done
