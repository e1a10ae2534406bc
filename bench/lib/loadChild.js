/**
 * One measurement for bench/load.ts, in a fresh process so no module is cached: requires every
 * node and credential file given and constructs its class (`new Class()`, as n8n's loader does),
 * then prints one JSON line. Plain JavaScript, so no TypeScript loader sits in the timing.
 *
 *   node bench/lib/loadChild.js '{"files": ["/abs/X.node.js", ...], "preload": ["n8n-workflow"]}'
 *
 * `preload` modules are required before the clock starts: inside n8n, n8n-workflow is always
 * loaded already, so a package's own cost excludes it.
 */
'use strict';

const { basename } = require('path');

const spec = JSON.parse(process.argv[2]);
const preloadStarted = process.hrtime.bigint();
for (const name of spec.preload) require(name);
const preloadMs = Number(process.hrtime.bigint() - preloadStarted) / 1e6;
const modulesBefore = Object.keys(require.cache).length;

// CPU time too: on a shared machine, waiting for a core inflates wall time but not CPU time.
const cpuBefore = process.cpuUsage();
let requireNs = 0n;
let constructNs = 0n;
const instances = [];
for (const file of spec.files) {
	const className = basename(file).replace(/\.(node|credentials)\.js$/, '');
	const beforeRequire = process.hrtime.bigint();
	const exported = require(file);
	const beforeConstruct = process.hrtime.bigint();
	const Class = exported[className];
	if (typeof Class !== 'function') throw new Error(`${file} does not export a class ${className}`);
	const instance = new Class();
	const done = process.hrtime.bigint();
	requireNs += beforeConstruct - beforeRequire;
	constructNs += done - beforeConstruct;
	instances.push({ file, className, instance });
}

const cpu = process.cpuUsage(cpuBefore);

const classes = instances.map(({ file, className, instance }) => {
	const described = instance.description ?? instance;
	return {
		file,
		className,
		properties: Array.isArray(described.properties) ? described.properties.length : 0,
		descriptionBytes: JSON.stringify(described).length,
	};
});
process.stdout.write(
	`${JSON.stringify({
		preloadMs,
		requireMs: Number(requireNs) / 1e6,
		constructMs: Number(constructNs) / 1e6,
		totalMs: Number(requireNs + constructNs) / 1e6,
		cpuMs: (cpu.user + cpu.system) / 1000,
		// Modules the package's files brought in (after the preloaded ones).
		modulesLoaded: Object.keys(require.cache).length - modulesBefore,
		classes,
	})}\n`,
);
