# Shared set-up for bench/*.sh: sourced after scripts/lib.sh, not run.

DEVLIKEAPRO_PACKAGE="@devlikeapro/n8n-nodes-chatwoot"
BENCH_CACHE="$CACHE_ROOT/bench"

# Installs @devlikeapro/n8n-nodes-chatwoot (the registry's latest, or $DEVLIKEAPRO_VERSION)
# with its own dependencies but without its peer n8n-workflow (n8n brings its own) into
# the cache, once per version, and prints the folder. Offline, it falls back to the newest
# version already cached.
install_devlikeapro() {
	local version="${DEVLIKEAPRO_VERSION:-}"
	[ -n "$version" ] || version="$(npm view "$DEVLIKEAPRO_PACKAGE@latest" version 2>/dev/null || true)"
	if [ -z "$version" ]; then
		local cached
		cached="$(ls -d "$BENCH_CACHE"/devlikeapro-*/ 2>/dev/null | sort -V | tail -n 1)"
		[ -n "$cached" ] || { echo "Cannot resolve $DEVLIKEAPRO_PACKAGE's version and none is cached" >&2; return 1; }
		echo "${cached%/}"
		return 0
	fi
	local dir="$BENCH_CACHE/devlikeapro-$version"
	if [ ! -f "$dir/.installed" ]; then
		say "Installing $DEVLIKEAPRO_PACKAGE@$version into $dir"
		rm -rf "$dir" && mkdir -p "$dir"
		echo '{"name":"bench-devlikeapro","private":true}' >"$dir/package.json"
		(cd "$dir" && npm install --ignore-scripts --omit=peer --no-audit --no-fund "$DEVLIKEAPRO_PACKAGE@$version" >&2)
		touch "$dir/.installed"
	fi
	echo "$dir"
}

# Our package's dist/ is built only when missing (or with --build): nodes/ may be mid-edit.
prepare_package() {
	local build="$1"
	if [ "$build" = 1 ] || [ ! -f "$ROOT/dist/nodes/ChatWoot/ChatWoot.node.js" ]; then build_package; fi
}

build_minimal_node() {
	say "Building bench/minimal-node"
	rm -rf "$ROOT/bench/minimal-node/dist"
	(cd "$ROOT" && npx tsc -p bench/minimal-node/tsconfig.json >&2)
}

# The options the n8n benchmarks' wrappers read before the script does (the script sees them
# too): --n8n VERSION (BENCH_N8N_VERSION, default n8n 2.x) and --build (BENCH_BUILD=1).
read_bench_options() {
	BENCH_N8N_VERSION="$N8N_V2_VERSION"
	BENCH_BUILD=0
	local args=("$@") i
	for ((i = 0; i < ${#args[@]}; i++)); do
		case "${args[$i]}" in
		--n8n) BENCH_N8N_VERSION="${args[$((i + 1))]:-}" ;;
		--build) BENCH_BUILD=1 ;;
		esac
	done
}

# Runs a benchmark script (then its arguments) with n8n $BENCH_N8N_VERSION, as the end-to-end
# tests run it: n8n 2.x on Node 24 ($NODE24), n8n 1.x on the machine's own Node (20 here) with
# the legacy expression engine.
exec_with_n8n() {
	local script="$1" n8n_node n8n_env n8n_dir
	shift
	case "$BENCH_N8N_VERSION" in
	2.*) n8n_node="$NODE24" n8n_env='{}' ;;
	1.*) n8n_node="$SYSTEM_NODE" n8n_env='{"N8N_EXPRESSION_ENGINE":"legacy"}' ;;
	*) echo "Unsupported --n8n version: $BENCH_N8N_VERSION" >&2 && exit 2 ;;
	esac
	n8n_dir="$(install_n8n "$BENCH_N8N_VERSION")"
	cd "$ROOT"
	N8N_E2E_VERSION="$BENCH_N8N_VERSION" N8N_E2E_NODE="$n8n_node" N8N_E2E_DIR="$n8n_dir" N8N_E2E_ENV="$n8n_env" \
		exec npx tsx "$script" "$@"
}
