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
