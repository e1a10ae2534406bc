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
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerPath = createRequire(path.join(root, 'package.json')).resolve(
	'@n8n/scan-community-package/scanner/scanner.mjs',
);
// The scanner makes a temporary folder when loaded and leaves it behind unless tmp cleans up at exit.
createRequire(scannerPath)('tmp').setGracefulCleanup();
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

if (!fs.existsSync(path.join(root, 'dist', 'nodes'))) {
	console.error('community-scan: dist/ is missing; run `npm run build` first (the tarball leg scans the built package).');
	process.exit(1);
}

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
	}
	return result.stdout;
}

/** Packs the package as `npm publish` would and extracts it, as the scanner does with the download. */
function packAndExtract(workDir) {
	const [{ filename }] = JSON.parse(
		run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], root),
	);
	const packageDir = path.join(workDir, 'package');
	fs.mkdirSync(packageDir);
	run('tar', ['-xzf', path.join(workDir, filename), '-C', packageDir, '--strip-components=1'], workDir);
	return packageDir;
}

function report(label, result) {
	if (result.details) console.log(result.details);
	console.log(result.passed ? `✅ ${label}: passed` : `❌ ${label}: ${result.message}`);
	return result.passed;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'community-scan-'));
let passed;
try {
	const source = report('source (package.json, nodes/, credentials/)', await analyzePackage(root, SOURCE_FILE_PATTERNS));
	const tarball = report(
		'tarball (npm pack: **/*.js, package.json)',
		await analyzePackage(packAndExtract(workDir), ['**/*.js', 'package.json']),
	);
	passed = source && tarball;
} finally {
	fs.rmSync(workDir, { recursive: true, force: true });
}
process.exit(passed ? 0 : 1);
