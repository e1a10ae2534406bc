#!/usr/bin/env node
/**
 * `npm run lint:n8n`: n8n's newest community-node rules, with ESLint 9 from this folder (the
 * package's own `npm run lint` keeps ESLint 8 and .eslintrc.js). Three legs, each must be clean
 * (no error, no warning):
 *   1. sources: package.json, nodes/ and credentials/ with config.mjs's sourceConfig;
 *   2. tarball: the extracted `npm pack` (**\/*.js, **\/*.json) with tarballConfig;
 *   3. `n8n-node lint` itself (@n8n/node-cli), run in a copy of package.json, nodes/, credentials/
 *      and icons/ that holds n8n-node's default eslint.config.mjs, so it never sees .eslintrc.js.
 * Needs dist/ (`npm run build` first) and this folder's node_modules (scripts/lib.sh installs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { withPackedPackage } from '../../scripts/pack.mjs';
import { canaries } from './canary.mjs';
import { sourceConfig, tarballConfig } from './config.mjs';

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(toolDir, '../..');

/** The canary's expected rules that `eslint` no longer reports on it (see canary.mjs). */
async function missedByCanary(eslint, cwd, canary) {
	const [result] = await eslint.lintText(canary.text, { filePath: path.join(cwd, canary.file) });
	const reported = new Set(result.messages.map((message) => message.ruleId));
	return canary.expectedRules.filter((rule) => !reported.has(rule));
}

/**
 * Lints `patterns` under `cwd` with `config`, once the planted violations of `canary` are caught;
 * prints the report and a verdict; true when clean.
 */
async function lintLeg(label, cwd, patterns, config, canary) {
	const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false });
	const missed = await missedByCanary(eslint, cwd, canary);
	if (missed.length > 0) {
		console.log(`❌ ${label}: the planted violations in ${canary.file} were not reported by ${missed.join(', ')}`);
		return false;
	}
	const results = await eslint.lintFiles(patterns);
	const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
	if (problems > 0) console.log(await (await eslint.loadFormatter('stylish')).format(results));
	console.log(`${problems === 0 ? '✅' : '❌'} ${label}: ${results.length} files, ${problems} problems`);
	return problems === 0;
}

/** Runs `n8n-node lint` in a temporary copy of the shipped sources with n8n-node's own default config. */
function n8nNodeLint() {
	const cliDir = path.join(toolDir, 'node_modules/@n8n/node-cli');
	const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-node-lint-'));
	try {
		for (const entry of ['package.json', 'nodes', 'credentials', 'icons']) {
			fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
		}
		fs.copyFileSync(
			path.join(cliDir, 'dist/template/templates/shared/default/eslint.config.mjs'),
			path.join(stage, 'eslint.config.mjs'),
		);
		// n8n-node lint runs `npm exec -- eslint .`: this makes that our ESLint 9, not the root's ESLint 8.
		fs.symlinkSync(path.join(toolDir, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
		const result = spawnSync(process.execPath, [path.join(cliDir, 'bin/n8n-node.mjs'), 'lint'], {
			cwd: stage,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
		});
		const passed = result.status === 0;
		if (!passed) console.log(`${result.stdout}${result.stderr}`.replaceAll(stage, '.'));
		console.log(`${passed ? '✅' : '❌'} n8n-node lint (@n8n/node-cli, its default config): ${passed ? 'passed' : `exit ${result.status}`}`);
		return passed;
	} finally {
		fs.rmSync(stage, { recursive: true, force: true });
	}
}

const sources = await lintLeg(
	'sources (package.json, nodes/, credentials/)',
	root,
	['package.json', 'nodes/**/*.ts', 'credentials/**/*.ts'],
	sourceConfig,
	canaries.sources,
);
const tarball = await withPackedPackage(root, (packageDir) =>
	lintLeg('tarball (npm pack: **/*.js, **/*.json)', packageDir, ['**/*.js', '**/*.json'], tarballConfig, canaries.tarball),
);
const cli = n8nNodeLint();
process.exit(sources && tarball && cli ? 0 : 1);
