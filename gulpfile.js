const { cpSync, existsSync, mkdirSync, renameSync, rmSync } = require('fs');
const { join } = require('path');
const esbuild = require('esbuild');
const { src, dest, series } = require('gulp');

const ROOT = __dirname;
// Outside dist/, so a build that fails half-way leaves nothing npm pack would ship; one per build
// running, as several may run at once in one checkout.
const WORK_DIR = join(ROOT, '.cache', 'build', String(process.pid));
const manifest = require('./package.json');

// n8n resolves `file:` icons relative to the built node and credential files.
function buildIcons() {
	return src(['icons/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

/**
 * Each node and credential in one file, with n8n-workflow left to n8n. Built as 586 modules, the
 * ChatWoot node cost every n8n process ≈170 ms at first use, about half of it resolving, reading
 * and wrapping the modules; one file is read and compiled at once (bench/README.md, First use).
 */
const BUNDLE_OPTIONS = {
	bundle: true,
	platform: 'node',
	// n8n 1.x runs on Node 20.
	target: 'node20',
	format: 'cjs',
	external: ['n8n-workflow'],
	sourcemap: 'linked',
	sourcesContent: false,
	logLevel: 'warning',
};

/**
 * The compaction plan (nodes/ChatWoot/shared/compactionPlan.ts) of each source that exports
 * OPERATION_FIELDS, from the sources as they are now: { 'nodes/ChatWoot/ChatWoot.node': plan }.
 */
async function compactionPlans(sources) {
	const script = join(WORK_DIR, 'compactionPlans.js');
	await esbuild.build({
		...BUNDLE_OPTIONS,
		sourcemap: false,
		stdin: {
			contents: [
				"import { compactProperties } from './nodes/ChatWoot/shared/compactProperties';",
				"import { planCompaction } from './nodes/ChatWoot/shared/compactionPlan';",
				...sources.map((source, index) => `import * as source${index} from './${source}';`),
				'const sources = {',
				...sources.map((source, index) => `\t${JSON.stringify(source)}: source${index},`),
				'};',
				'module.exports = Object.fromEntries(',
				'\tObject.entries(sources)',
				"\t\t.filter(([, exported]) => 'OPERATION_FIELDS' in exported)",
				'\t\t.map(([source, { OPERATION_FIELDS }]) => [source, planCompaction(OPERATION_FIELDS, compactProperties(OPERATION_FIELDS))]),',
				');',
			].join('\n'),
			resolveDir: ROOT,
			loader: 'ts',
		},
		outfile: script,
	});
	return require(script);
}

/** Replaces the plan's placeholder module (shared/builtCompactionPlan.ts) with the plan of the node bundled. */
function withCompactionPlan(plan) {
	return {
		name: 'built-compaction-plan',
		setup(build) {
			build.onLoad({ filter: /[\\/]nodes[\\/]ChatWoot[\\/]shared[\\/]builtCompactionPlan\.ts$/ }, () => ({
				contents: `export const BUILT_COMPACTION_PLAN = ${JSON.stringify(plan)};`,
				loader: 'js',
			}));
		},
	};
}

/**
 * The files package.json's "n8n" section lists, each bundled from its TypeScript source, with the
 * nodes' codex files beside them. Written to a staging folder first, then swapped in: the other
 * users of dist/ (tests, n8n instances) never see it half written.
 */
async function bundle() {
	const staging = join(WORK_DIR, 'dist');
	rmSync(staging, { recursive: true, force: true });
	const sources = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((file) => file.replace(/^dist\/(.*)\.js$/, '$1'));
	const plans = await compactionPlans(sources);
	// One build per file: each node's bundle carries its own plan only.
	for (const source of sources) {
		await esbuild.build({
			...BUNDLE_OPTIONS,
			entryPoints: [{ in: `${source}.ts`, out: source }],
			outdir: staging,
			plugins: [withCompactionPlan(plans[source])],
		});
	}
	for (const codex of sources.map((source) => `${source}.json`).filter((codex) => existsSync(join(ROOT, codex)))) {
		cpSync(join(ROOT, codex), join(staging, codex));
	}
	mkdirSync(join(ROOT, 'dist'), { recursive: true });
	for (const folder of ['nodes', 'credentials']) {
		const current = join(ROOT, 'dist', folder);
		const old = `${current}.old`;
		rmSync(old, { recursive: true, force: true });
		try {
			renameSync(current, old);
		} catch (error) {
			if (error.code !== 'ENOENT') throw error;
		}
		renameSync(join(staging, folder), current);
		rmSync(old, { recursive: true, force: true });
	}
	rmSync(WORK_DIR, { recursive: true, force: true });
}

exports.build = series(bundle, buildIcons);
