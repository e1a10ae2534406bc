/**
 * The package as `npm publish` would ship it: `npm pack` (install scripts skipped) extracted into a
 * temporary folder. Shared by the checks that lint or scan the published files
 * (scripts/community-scan.mjs, tools/n8n-lint/lint.mjs). Needs dist/ (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
	}
	return result.stdout;
}

/** Packs the package at `root` into `workDir` and extracts it there; returns the extracted folder. */
export function packAndExtract(root, workDir) {
	const [{ filename }] = JSON.parse(
		run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], root),
	);
	const packageDir = path.join(workDir, 'package');
	fs.mkdirSync(packageDir);
	run('tar', ['-xzf', path.join(workDir, filename), '-C', packageDir, '--strip-components=1'], workDir);
	return packageDir;
}

/** Calls `use` with the extracted package of `root`, then removes the temporary folder. */
export async function withPackedPackage(root, use) {
	if (!fs.existsSync(path.join(root, 'dist', 'nodes'))) {
		throw new Error('dist/ is missing; run `npm run build` first (the published package is the built one).');
	}
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packed-package-'));
	try {
		return await use(packAndExtract(root, workDir));
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}
