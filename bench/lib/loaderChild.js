/**
 * One measurement for bench/load.ts of what n8n itself does with an installed community package
 * at start-up: n8n-core's LazyPackageDirectoryLoader on the package folder (n8n 1.x and 2.x load
 * every package under ~/.n8n/nodes this way). A package that ships n8n's metadata
 * (dist/known/*.json, dist/types/*.json, written by n8n-generate-metadata) is read from those
 * files; any other is required and constructed in full. Prints one JSON line.
 *
 *   node bench/lib/loaderChild.js '{"packageDir": "/abs/dir"}'
 */
'use strict';

const spec = JSON.parse(process.argv[2]);
// Inside n8n both are loaded before any package.
const { LoggerProxy } = require('n8n-workflow');
const { LazyPackageDirectoryLoader } = require('n8n-core');

LoggerProxy.init({ debug() {}, info() {}, warn() {}, error() {} });
const modulesBefore = Object.keys(require.cache).length;

(async () => {
	const started = process.hrtime.bigint();
	const cpuBefore = process.cpuUsage();
	const loader = new LazyPackageDirectoryLoader(spec.packageDir);
	await loader.loadAll();
	const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
	const cpu = process.cpuUsage(cpuBefore);
	process.stdout.write(
		`${JSON.stringify({
			preloadMs: 0,
			requireMs: totalMs,
			constructMs: 0,
			totalMs,
			cpuMs: (cpu.user + cpu.system) / 1000,
			modulesLoaded: Object.keys(require.cache).length - modulesBefore,
			lazy: loader.isLazyLoaded === true,
			classes: [],
		})}\n`,
	);
})();
