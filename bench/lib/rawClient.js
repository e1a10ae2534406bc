/**
 * The raw baseline for bench/throughput.ts, run in its own process (its own event loop, as n8n
 * has): PUT /api/v1/accounts/1/contacts/<id> with {"name": "<name>"} for every row, over
 * node's http.Agent with keepAlive and a fixed number of sockets, `concurrency` requests in
 * flight. Prints one JSON line: {ms, requests, failures}.
 *
 *   node bench/lib/rawClient.js <base URL> <token> <concurrency> <rows JSON file>
 */
'use strict';

const http = require('http');
const { readFileSync } = require('fs');

const [baseUrl, token, concurrencyText, rowsFile] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
/** @type {Array<{id: number, name: string}>} */
const rows = JSON.parse(readFileSync(rowsFile, 'utf8'));
const base = new URL(baseUrl);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function put(row) {
	const body = JSON.stringify({ name: row.name });
	return new Promise((resolve, reject) => {
		const request = http.request(
			{
				agent,
				hostname: base.hostname,
				port: base.port,
				method: 'PUT',
				path: `/api/v1/accounts/1/contacts/${row.id}`,
				headers: {
					Accept: 'application/json',
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(body),
					'Api-Access-Token': token,
				},
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')).payload;
					const ok = response.statusCode === 200 && payload && payload.name === row.name;
					resolve(ok ? undefined : `${row.id}: ${response.statusCode}`);
				});
				response.on('error', reject);
			},
		);
		request.on('error', reject);
		request.end(body);
	});
}

async function main() {
	const failures = [];
	let next = 0;
	const started = process.hrtime.bigint();
	const worker = async () => {
		while (next < rows.length) {
			const failure = await put(rows[next++]);
			if (failure) failures.push(failure);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	agent.destroy();
	process.stdout.write(`${JSON.stringify({ ms, requests: rows.length, failures })}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
