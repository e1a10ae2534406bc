#!/usr/bin/env bash
# `npm run release -- <version>`: prepares a release on a clean work tree — sets package.json's
# (and package-lock.json's) version, turns CHANGELOG.md's [Unreleased] section into
# "## [<version>] - <date>" under a new empty [Unreleased], commits, and tags v<version>.
# Pushing the tag (the command is printed at the end) runs .github/workflows/publish.yml, which
# tests the tagged commit and publishes it to npm with provenance.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
fail() { echo "release: $*" >&2; exit 1; }

version="${1:-}"
[ -n "$version" ] || fail "usage: npm run release -- <version>, e.g. npm run release -- 1.2.0"
version="${version#v}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
	fail "'$version' is not a version: give MAJOR.MINOR.PATCH (optionally -prerelease), e.g. 1.2.0"

[ -z "$(git status --porcelain)" ] ||
	fail "the work tree has uncommitted changes; commit or remove them first:
$(git status --short)"
current="$(node -p "require('./package.json').version")"
[ "$version" != "$current" ] || fail "package.json is already at $version"
! git rev-parse -q --verify "refs/tags/v$version" >/dev/null || fail "tag v$version already exists"

# The changelog first: it is the check most likely to refuse, and nothing is changed until it passes.
node - "$version" "$(date -u +%F)" <<'NODE'
const fs = require('fs');
const [version, date] = process.argv.slice(2);
const text = fs.readFileSync('CHANGELOG.md', 'utf8');
const heading = /^## \[Unreleased\][^\n]*\n/m;
const match = heading.exec(text);
if (!match) {
	console.error('release: CHANGELOG.md has no "## [Unreleased]" section to release');
	process.exit(1);
}
const rest = text.slice(match.index + match[0].length);
const body = rest.slice(0, rest.search(/^## \[/m) === -1 ? rest.length : rest.search(/^## \[/m));
if (!body.trim()) {
	console.error('release: CHANGELOG.md\'s [Unreleased] section is empty: write what this release changes first');
	process.exit(1);
}
const released = `## [Unreleased]\n\n## [${version}] - ${date}\n`;
fs.writeFileSync('CHANGELOG.md', text.slice(0, match.index) + released + rest);
NODE

npm version "$version" --no-git-tag-version >/dev/null
bash "$ROOT/scripts/check-release-tag.sh" "v$version" >/dev/null

files=(package.json CHANGELOG.md)
[ -f package-lock.json ] && files+=(package-lock.json)
git add -- "${files[@]}"
git commit -q -m "Release $version"
git tag -a "v$version" -m "Release $version"
echo "Released $version: commit $(git rev-parse --short HEAD), tag v$version."
echo "Publish it (GitHub Actions tests it and runs npm publish --provenance): git push origin HEAD v$version"
