/**
 * The raw baseline for bench/returnAll.ts, in its own process: GET the contacts pages one after
 * another (page=1,2,…) over a keep-alive agent until a page holds fewer than 15 records, as
 * the node must. Prints one JSON line: {ms, requests, records}.
 *
 *   node bench/lib/rawPager.js <base URL> <token>
 */
'use strict';

const http = require('http');

const [baseUrl, token] = process.argv.slice(2);
const base = new URL(baseUrl);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function getPage(page) {
	return new Promise((resolve, reject) => {
		const request = http.request(
			{
				agent,
				hostname: base.hostname,
				port: base.port,
				method: 'GET',
				path: `/api/v1/accounts/1/contacts?page=${page}`,
				headers: { Accept: 'application/json', 'Api-Access-Token': token },
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
			},
		);
		request.on('error', reject);
		request.end();
	});
}

(async () => {
	const started = process.hrtime.bigint();
	let requests = 0;
	let records = 0;
	for (let page = 1; ; page++) {
		const body = await getPage(page);
		requests++;
		records += body.payload.length;
		if (body.payload.length < 15) break;
	}
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	agent.destroy();
	console.log(JSON.stringify({ ms, requests, records }));
})();
