/**
 * Loading a package: ours (dist/) versus @devlikeapro/n8n-nodes-chatwoot, each measurement in
 * a fresh Node process, repeated and interleaved. Three variants:
 * - "n8n start-up" (the target): what n8n does with an installed community package when it
 *   starts, n8n-core's LazyPackageDirectoryLoader (bench/lib/loaderChild.js). Ours ships n8n's
 *   metadata (n8n-generate-metadata, in `npm run build`), so n8n reads descriptions from JSON
 *   and requires a node's code only when a workflow uses it; a package without it is required
 *   and constructed in full.
 * - "first use of the ChatWoot node" (the target): `require` + `new Class()` of the package's
 *   action node and its credential (the first each lists) with n8n-workflow loaded
 *   (bench/lib/loadChild.js): what the first workflow that runs the ChatWoot node pays once per
 *   n8n process.
 * - "first use, all nodes": the same for every node and credential of the package (ours has five
 *   nodes and four credentials, @devlikeapro one of each): a process whose workflows use them all.
 * - "cold": the same with nothing loaded (context only: it includes n8n-workflow itself).
 * Run it through bench/load.sh (npm run bench:load). Options: --repeats N (10).
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

import { parseArgs, positiveInteger, summarize, table, triple, writeResults } from './lib/stats';
import type { Summary } from './lib/stats';

const ROOT = join(__dirname, '..');
const TARGET_OURS_OVER_THEIRS_AT_MOST = 0.1;
/** Issue 17: the first workflow run in a process loads the node no slower than @devlikeapro's. */
const FIRST_USE_TARGET_AT_MOST = 1;

interface PackageUnderTest {
	key: 'ours' | 'devlikeapro';
	label: string;
	dir: string;
	files: string[];
	/** The action node and its credential, the first node and credential package.json lists. */
	actionNodeFiles: string[];
}

interface ChildResult {
	preloadMs: number;
	requireMs: number;
	constructMs: number;
	totalMs: number;
	/** CPU time of the same span: what a shared, busy machine inflates least. */
	cpuMs: number;
	modulesLoaded: number;
	/** n8n's loader read the package's metadata instead of requiring its code. */
	lazy?: boolean;
	classes: Array<{ file: string; className: string; properties: number; descriptionBytes: number }>;
}

const VARIANTS = [
	{ key: 'n8nStartup', label: "n8n start-up (n8n's package loader)", preload: [] as string[] },
	{ key: 'firstUse', label: 'first use of the ChatWoot node (require + new, n8n-workflow loaded)', preload: ['n8n-workflow'] },
	{ key: 'firstUseAll', label: 'first use, all nodes and credentials (require + new, n8n-workflow loaded)', preload: ['n8n-workflow'] },
	{ key: 'cold', label: 'cold (require + new, nothing loaded)', preload: [] as string[] },
] as const;
type Variant = (typeof VARIANTS)[number];

function packageUnderTest(key: PackageUnderTest['key'], root: string): PackageUnderTest {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		name: string;
		version: string;
		n8n: { nodes?: string[]; credentials?: string[] };
	};
	const nodes = (manifest.n8n.nodes ?? []).map((file) => join(root, file));
	const credentials = (manifest.n8n.credentials ?? []).map((file) => join(root, file));
	return { key, label: `${manifest.name} ${manifest.version}`, dir: root, files: [...nodes, ...credentials], actionNodeFiles: [nodes[0], credentials[0]] };
}

function measure(pkg: PackageUnderTest, variant: Variant): ChildResult {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
	delete env.NODE_OPTIONS;
	delete env.NODE_COMPILE_CACHE;
	const [script, spec] =
		variant.key === 'n8nStartup'
			? ['loaderChild.js', { packageDir: pkg.dir }]
			: ['loadChild.js', { files: variant.key === 'firstUse' ? pkg.actionNodeFiles : pkg.files, preload: variant.preload }];
	const child = spawnSync(process.execPath, [join(__dirname, 'lib', script), JSON.stringify(spec)], {
		env,
		encoding: 'utf8',
		timeout: 60_000,
	});
	if (child.status !== 0) throw new Error(`loading ${pkg.label} (${variant.label}) failed (${child.status}):\n${child.stderr}`);
	return JSON.parse(child.stdout.trim()) as ChildResult;
}

function main() {
	const options = parseArgs(process.argv.slice(2), ['repeats']);
	const repeats = positiveInteger(options.repeats, 10, 'repeats');
	const devlikeaproDir = process.env.BENCH_DEVLIKEAPRO_DIR;
	if (!devlikeaproDir) throw new Error('BENCH_DEVLIKEAPRO_DIR is not set: run bench/load.sh (npm run bench:load)');
	const packages = [
		packageUnderTest('ours', ROOT),
		packageUnderTest('devlikeapro', join(devlikeaproDir, 'node_modules', '@devlikeapro', 'n8n-nodes-chatwoot')),
	];

	const results: Record<string, ChildResult[]> = {};
	for (let repeat = 0; repeat < repeats; repeat++) {
		for (const variant of VARIANTS) {
			for (const pkg of repeat % 2 ? [...packages].reverse() : packages) {
				(results[`${pkg.key}/${variant.key}`] ??= []).push(measure(pkg, variant));
			}
		}
	}

	const summaries: Record<string, { totalMs: Summary; cpuMs: Summary; requireMs: Summary; constructMs: Summary; modulesLoaded: number }> = {};
	for (const [key, list] of Object.entries(results)) {
		summaries[key] = {
			totalMs: summarize(list.map((result) => result.totalMs)),
			cpuMs: summarize(list.map((result) => result.cpuMs)),
			requireMs: summarize(list.map((result) => result.requireMs)),
			constructMs: summarize(list.map((result) => result.constructMs)),
			modulesLoaded: list[0].modulesLoaded,
		};
	}
	const ratio = (variant: Variant, measure: 'totalMs' | 'cpuMs') =>
		summaries[`ours/${variant.key}`][measure].median / summaries[`devlikeapro/${variant.key}`][measure].median;
	const ratios = Object.fromEntries(VARIANTS.map((variant) => [variant.key, ratio(variant, 'totalMs')]));
	const cpuRatios = Object.fromEntries(VARIANTS.map((variant) => [variant.key, ratio(variant, 'cpuMs')]));

	console.log(`Loading each package, ${repeats} fresh processes per variant, Node ${process.version}\n`);
	const rows = VARIANTS.flatMap((variant) =>
		packages.map((pkg) => {
			const summary = summaries[`${pkg.key}/${variant.key}`];
			return [
				pkg.label,
				variant.key === 'n8nStartup' ? `${variant.label}: ${results[`${pkg.key}/${variant.key}`][0].lazy ? 'metadata' : 'code'}` : variant.label,
				triple(summary.totalMs, 1),
				triple(summary.cpuMs, 1),
				summary.requireMs.median.toFixed(1),
				summary.constructMs.median.toFixed(2),
				String(summary.modulesLoaded),
			];
		}),
	);
	console.log(table(['package', 'variant', 'total ms (min / median / max)', 'CPU ms (min / median / max)', 'require ms (median)', 'new ms (median)', 'modules loaded'], rows));
	console.log('');
	// Targets: what n8n does at start-up, and first use; cold is context.
	for (const variant of VARIANTS) {
		const value = ratios[variant.key];
		const verdict =
			variant.key === 'n8nStartup'
				? `target ≤ ${TARGET_OURS_OVER_THEIRS_AT_MOST}: ${value <= TARGET_OURS_OVER_THEIRS_AT_MOST ? 'met' : 'MISSED'}`
				: variant.key === 'firstUse'
					? `target ≤ ${FIRST_USE_TARGET_AT_MOST} (paid once per n8n process, when a workflow first runs the node): ${value <= FIRST_USE_TARGET_AT_MOST ? 'met' : 'MISSED'}`
					: variant.key === 'firstUseAll'
						? 'context: our five nodes and four credentials against their one and one'
						: 'context only: includes loading n8n-workflow, which n8n has loaded before any node';
		console.log(
			`ours / devlikeapro, ${variant.label}: ${value.toFixed(3)} (${value < 1 ? `1/${(1 / value).toFixed(1)}` : `${value.toFixed(1)}×`}), CPU ${cpuRatios[variant.key].toFixed(3)}, ${verdict}`,
		);
	}
	for (const pkg of packages) {
		const classes = results[`${pkg.key}/cold`][0].classes;
		console.log(`${pkg.label}: ${classes.map((c) => `${c.className} (${c.properties} properties, ${(c.descriptionBytes / 1024).toFixed(0)} KB description)`).join(', ')}`);
	}

	writeResults(ROOT, 'load', {
		repeats,
		variants: VARIANTS,
		packages,
		summaries,
		ratios,
		cpuRatios,
		target: { oursOverTheirsAtMost: TARGET_OURS_OVER_THEIRS_AT_MOST, firstUseAtMost: FIRST_USE_TARGET_AT_MOST },
		results,
	});
}

try {
	main();
} catch (error) {
	console.error(`\nBENCHMARK FAILED: ${(error as Error).message}`);
	process.exit(1);
}
