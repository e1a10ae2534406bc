#!/usr/bin/env bash
# The checks .github/workflows/publish.yml runs before it tests and publishes a tag:
# - the tag is "v" + package.json's version: `npm publish` takes the version from package.json, so
#   a tag v1.2.4 on a commit whose package.json says 1.2.3 would publish 1.2.3 under the wrong tag;
# - with a second argument (the repository the workflow runs in), package.json's repository.url
#   names it: npm refuses a provenance statement from a repository other than the one package.json
#   names, and n8n's verification compares the two as well.
# Usage: scripts/check-release-tag.sh <tag> [https://github.com/<owner>/<name>]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tag="${1:-}"
repository="${2:-}"
if [ -z "$tag" ]; then
	echo "Usage: scripts/check-release-tag.sh <tag> [repository URL], e.g. v1.2.3" >&2
	exit 2
fi
read_package() { node -p "const p = require(process.argv[1]); $1" "$ROOT/package.json"; }
version="$(read_package 'p.version')"
if [ "$tag" != "v$version" ]; then
	echo "Release tag $tag does not match package.json's version $version: tag the commit v$version, or set the version with 'npm run release -- <version>'." >&2
	exit 1
fi
echo "Release tag $tag matches package.json's version $version."
[ -n "$repository" ] || exit 0

# npm accepts git+https://…/name.git as well as https://…/name; GitHub names are case-insensitive.
normalise() { sed -E 's#^git\+##; s#\.git$##; s#/+$##' <<<"$1" | tr '[:upper:]' '[:lower:]'; }
declared="$(read_package "(p.repository && p.repository.url) || p.repository || ''")"
if [ "$(normalise "$declared")" != "$(normalise "$repository")" ]; then
	echo "package.json's repository.url is '$declared', but this is published from $repository: npm would refuse the provenance statement. Set repository.url (and homepage, bugs) to $repository." >&2
	exit 1
fi
echo "package.json's repository is $repository."
