/** Small helpers shared by the benchmarks: summaries, tables, run metadata. */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { cpus } from 'os';

export interface Summary {
	min: number;
	median: number;
	max: number;
	values: number[];
}

export function summarize(values: number[]): Summary {
	if (!values.length) throw new Error('nothing to summarize');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { min: sorted[0], median, max: sorted[sorted.length - 1], values };
}

/** `min / median / max` with a fixed number of decimals. */
export function triple(summary: Summary, decimals: number, scale = 1): string {
	return [summary.min, summary.median, summary.max].map((value) => (value * scale).toFixed(decimals)).join(' / ');
}

/** A plain-text table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
	return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Reads `--name value` options; `flags` lists the options that take no value. */
export function parseArgs(argv: string[], known: string[], flags: string[] = []): Record<string, string> {
	const options: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const name = argv[i].replace(/^--/, '');
		if (!argv[i].startsWith('--') || ![...known, ...flags].includes(name)) {
			throw new Error(`Unknown argument "${argv[i]}". Options: ${[...known, ...flags].map((option) => `--${option}`).join(' ')}`);
		}
		if (flags.includes(name)) {
			options[name] = 'true';
			continue;
		}
		const value = argv[++i];
		if (value === undefined) throw new Error(`--${name} needs a value`);
		options[name] = value;
	}
	return options;
}

export function positiveInteger(text: string | undefined, fallback: number, name: string): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, not "${text}"`);
	return value;
}

function git(root: string, args: string[]): string {
	try {
		return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

/** Where and on what a result was measured, so figures from different runs can be compared. */
export function machineInfo(root: string) {
	return {
		date: new Date().toISOString(),
		node: process.version,
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		gitHead: git(root, ['rev-parse', '--short', 'HEAD']),
		uncommittedSourceFiles: git(root, ['status', '--porcelain', '--', 'nodes', 'credentials'])
			.split('\n')
			.filter(Boolean),
	};
}

export function timestamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Writes a benchmark's results to bench/results/<name>-<timestamp>.json (git-ignored), with the
 * command that produced them and the machine they were measured on, and says where.
 */
export function writeResults(root: string, name: string, results: Record<string, unknown>): void {
	const resultsDir = join(root, 'bench', 'results');
	mkdirSync(resultsDir, { recursive: true });
	const file = join(resultsDir, `${name}-${timestamp()}.json`);
	const command = `npm run bench:${name} -- ${process.argv.slice(2).join(' ')}`.trim();
	writeFileSync(file, JSON.stringify({ benchmark: name, command, machine: machineInfo(root), ...results }, null, 2));
	console.log(`\nResults: ${file}`);
}
