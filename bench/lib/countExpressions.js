/**
 * Diagnostic preload for `bench/throughput.ts --diagnose` (NODE_OPTIONS=--require ...): wraps
 * n8n-workflow's Expression.prototype.resolveSimpleParameterValue in the n8n process, counts
 * the expressions it evaluates (by expression text) and the time spent in them, and writes
 * the totals to $BENCH_EXPRESSION_REPORT at exit. Timing runs never load it: it slows n8n down.
 */
'use strict';

const Module = require('module');
const { writeFileSync } = require('fs');

const reportFile = process.env.BENCH_EXPRESSION_REPORT;
const counts = new Map();
let total = 0;
let totalNs = 0n;
const patched = new Set();

function patch(exports, filename) {
	const Expression = exports && exports.Expression;
	if (!Expression || patched.has(filename)) return;
	patched.add(filename);
	const original = Expression.prototype.resolveSimpleParameterValue;
	Expression.prototype.resolveSimpleParameterValue = function resolveSimpleParameterValue(value, ...rest) {
		if (typeof value !== 'string' || value.charAt(0) !== '=') return original.call(this, value, ...rest);
		const started = process.hrtime.bigint();
		try {
			return original.call(this, value, ...rest);
		} finally {
			totalNs += process.hrtime.bigint() - started;
			total++;
			counts.set(value, (counts.get(value) || 0) + 1);
		}
	};
}

const load = Module._load;
Module._load = function benchLoad(request, parent, isMain) {
	const exports = load.call(this, request, parent, isMain);
	if (typeof request === 'string' && /(^|\/)expression(\.js)?$/.test(request) && exports && exports.Expression) {
		let filename = request;
		try {
			filename = Module._resolveFilename(request, parent, isMain);
		} catch {
			// keep the request as the key
		}
		if (/n8n-workflow\/dist\/(cjs\/)?expression\.js$/.test(filename)) patch(exports, filename);
	}
	return exports;
};

process.on('exit', () => {
	if (!reportFile || !patched.size) return;
	const byExpression = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([expression, count]) => ({ expression, count }));
	writeFileSync(
		`${reportFile}.${process.pid}.json`,
		JSON.stringify({ pid: process.pid, patched: [...patched], total, totalMs: Number(totalNs) / 1e6, byExpression }),
	);
});
