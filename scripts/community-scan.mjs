#!/usr/bin/env node
/**
 * `npm run lint:community`: the lint checks of n8n's community-package scanner
 * (@n8n/scan-community-package, the verification gate for community nodes), run offline on this
 * checkout with the scanner's own code and config (its ESLint 9, @n8n/eslint-plugin-community-nodes
 * and eslint-plugin-n8n-nodes-base, inline eslint-disable comments ignored).
 *
 * It runs both legs of the scanner's analysis, as `analyzePackageByName` does:
 *   1. source:  analyzePackage(<repository root>, SOURCE_FILE_PATTERNS)
 *               (package.json and nodes/, credentials/ sources);
 *   2. tarball: analyzePackage(<extracted `npm pack` of this package>, <every .js file, package.json>)
 *               (the compiled dist/ and the package.json that would be published).
 * It skips what needs a version published to the registry: the provenance check, the download of the
 * published tarball and of the source commit the provenance points at.
 *
 * Needs dist/ (`npm run build` first). Prints the scanner's stylish report for a failing leg and one
 * verdict line per leg; exits 1 on any violation.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withPackedPackage } from './pack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerPath = createRequire(path.join(root, 'package.json')).resolve(
	'@n8n/scan-community-package/scanner/scanner.mjs',
);
// The scanner makes a temporary folder when loaded and leaves it behind unless tmp cleans up at exit.
createRequire(scannerPath)('tmp').setGracefulCleanup();
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

function report(label, result) {
	if (result.details) console.log(result.details);
	console.log(result.passed ? `✅ ${label}: passed` : `❌ ${label}: ${result.message}`);
	return result.passed;
}

const source = report('source (package.json, nodes/, credentials/)', await analyzePackage(root, SOURCE_FILE_PATTERNS));
const tarball = await withPackedPackage(root, async (packageDir) =>
	report('tarball (npm pack: **/*.js, package.json)', await analyzePackage(packageDir, ['**/*.js', 'package.json'])),
);
process.exit(source && tarball ? 0 : 1);
