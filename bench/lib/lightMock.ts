/**
 * `--mock light` for bench/throughput.ts: Contact Update only, without the contract check the
 * test mock runs on every request (about 1.2 ms of CPU each, which bounds the raw client).
 * Same state, seeding and contact rendering as test/mock-chatwoot (reused, not changed), so
 * requests and replies look the same to the clients; only the server's own cost differs.
 */
import { createServer } from 'http';
import type { Server } from 'http';
import type { AddressInfo } from 'net';

import { createChatWootMock } from '../../test/mock-chatwoot';
import type { ChatWootMock, RecordedRequest } from '../../test/mock-chatwoot';
import { render } from '../../test/mock-chatwoot/resources/contacts';

export type BenchRequest = Pick<RecordedRequest, 'method' | 'path' | 'headers' | 'body' | 'contractProblems'>;

/** What the benchmark needs from a server: ChatWootMock and LightChatWootMock both fit. */
export interface BenchServer {
	readonly requests: BenchRequest[];
	readonly accounts: ChatWootMock['accounts'];
	addUser: ChatWootMock['addUser'];
	addAccount: ChatWootMock['addAccount'];
	start(): Promise<string>;
	stop(): Promise<void>;
}

const CONTACT = /^\/api\/v1\/accounts\/(\d+)\/contacts\/(\d+)\/?$/;

export class LightChatWootMock implements BenchServer {
	readonly requests: BenchRequest[] = [];
	private readonly state = createChatWootMock();
	private server?: Server;

	get accounts() {
		return this.state.accounts;
	}

	addUser: ChatWootMock['addUser'] = (user) => this.state.addUser(user);

	addAccount: ChatWootMock['addAccount'] = (id, name) => this.state.addAccount(id, name);

	async start(): Promise<string> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const path = (req.url ?? '/').split('?')[0];
				const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)]));
				const raw = Buffer.concat(chunks).toString('utf8');
				let body: unknown;
				try {
					body = raw ? JSON.parse(raw) : undefined;
				} catch {
					body = raw;
				}
				this.requests.push({ method: req.method ?? 'GET', path, headers, body, contractProblems: [] });
				const reply = (status: number, payload: unknown) => {
					res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
					res.end(JSON.stringify(payload));
				};
				const token = headers['api-access-token'] ?? headers.api_access_token;
				const user = this.state.users.find((candidate) => candidate.accessToken === token);
				if (!user) return reply(401, { error: 'Invalid Access Token' });
				const match = CONTACT.exec(path);
				if (!match || !['PUT', 'PATCH'].includes(req.method ?? '')) return reply(404, { error: 'Resource could not be found' });
				const contact = this.state.accounts.get(Number(match[1]))?.contacts.get(Number(match[2]));
				if (!contact || !user.accountIds.includes(Number(match[1]))) return reply(404, { error: 'Resource could not be found' });
				const name = (body as { name?: unknown } | undefined)?.name;
				if (name !== undefined) contact.name = String(name ?? '');
				reply(200, { payload: render(this.state, contact) });
			});
		});
		this.server.keepAliveTimeout = 60_000;
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.state.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.state.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}
}
