/**
 * Forged and malformed deliveries mixed with valid ones, sent concurrently to a ChatWoot Trigger
 * in a running n8n: shared by the attack mode of bench/trigger.ts and its CI-sized end-to-end
 * test (test/e2e/triggerAttack.e2e.test.ts). Each delivery names its message id in its body:
 * forged ones from FORGED_FIRST_ID on, so a forged delivery that started the workflow would show
 * as a Contact Update carrying its id.
 */
import { request } from 'http';
import { gzipSync } from 'zlib';

import { signedHeaders } from '../../test/mock-chatwoot/resources/webhooks';
import type { Rest } from '../../test/trigger/n8nSession';
import { messageCreated } from '../../test/trigger/payloads';

export const VALID_FIRST_ID = 100_000;
export const FORGED_FIRST_ID = 200_000;

/** Each way a delivery is forged or broken; all of them are sent in equal shares. */
export const ATTACKS = {
	/** Signed with a secret that is not the webhook's. */
	badSignature: 'signed with the wrong secret',
	missingSignature: 'no X-Chatwoot-Signature / Timestamp headers',
	/** A captured genuine delivery sent an hour later. */
	staleTimestamp: 'signed with the real secret, timestamp an hour old',
	/** A valid delivery of this run sent again, byte for byte, after it was answered. */
	replay: 'a valid delivery of this run sent again as it was',
	/** Bigger than n8n's N8N_PAYLOAD_SIZE_MAX (16 MB), Content-Length declared. */
	oversized: 'body over 16 MB, Content-Length declared',
	/** Small on the wire, over 16 MB once n8n inflates it. */
	gzipBomb: 'gzip body inflating past 16 MB',
	/** Signed with the real secret, as a broken sender would. */
	invalidJson: 'signed with the real secret, body not JSON',
	wrongContentType: 'text/plain, form, octet-stream, XML, multipart; wrong signature',
	/** Signed over the whole body, half of it sent (Content-Length of the half). */
	truncatedBody: 'signed over the whole body, half of it sent',
	/** Content-Length of the whole body, half of it sent, then the connection closed. */
	abortedUpload: 'half the declared body sent, then the connection closed',
} as const;

export type AttackKind = keyof typeof ATTACKS;
export type DeliveryKind = AttackKind | 'valid';

interface Planned {
	kind: DeliveryKind;
	messageId: number;
}

export interface Outcome extends Planned {
	/** The HTTP status n8n answered; undefined when the sender hung up before any answer (abortedUpload). */
	status: number | undefined;
	/** The start of n8n's answer, to tell who refused (our node's reasons, or n8n's own). */
	answer: string;
	milliseconds: number;
}

interface Wire {
	headers: Record<string, string>;
	body: Buffer;
	/** Bytes of `body` actually written before the request ends (or, with `hangUp`, is cut off). */
	sendBytes?: number;
	hangUp?: boolean;
}

const OTHER_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/xml', 'multipart/form-data; boundary=attack'];
const MEGABYTE = 1024 * 1024;

/** Deterministic shuffling, so that two runs send the same mix in the same order. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** `forged` deliveries in equal shares of every attack and `valid` ones, shuffled; a valid one comes first, so a replay always has one to copy. */
export function planAttack(forged: number, valid: number, seed = 17): Planned[] {
	const kinds = Object.keys(ATTACKS) as AttackKind[];
	const plan: Planned[] = [
		...Array.from({ length: forged }, (_, index) => ({ kind: kinds[index % kinds.length], messageId: FORGED_FIRST_ID + index })),
		...Array.from({ length: valid }, (_, index) => ({ kind: 'valid' as const, messageId: VALID_FIRST_ID + index })),
	];
	const random = seededRandom(seed);
	for (let index = plan.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[plan[index], plan[other]] = [plan[other], plan[index]];
	}
	const firstValid = plan.findIndex((entry) => entry.kind === 'valid');
	if (firstValid > 0) [plan[0], plan[firstValid]] = [plan[firstValid], plan[0]];
	return plan;
}

/** A JSON body of `megabytes`, an event with padding, built once and shared by every oversized delivery. */
function paddedEvent(megabytes: number): Buffer {
	const head = '{"event":"message_created","padding":"';
	const tail = '"}';
	const body = Buffer.alloc(Math.ceil(megabytes * MEGABYTE), ' ');
	body.write(head, 0);
	body.write(tail, body.length - tail.length);
	return body;
}

/** Builds each delivery's bytes and sends it; `send` resolves with n8n's answer. */
export class Attacker {
	private readonly oversizedBody: Buffer;
	private readonly gzipBody: Buffer;
	/** The valid deliveries sent so far, as they went out, for replays to copy. */
	private readonly sentValid: Array<Promise<Answered & { wire: Wire }>> = [];

	constructor(
		private readonly url: string,
		private readonly secret: string,
		oversizedMegabytes = 20,
	) {
		this.oversizedBody = paddedEvent(oversizedMegabytes);
		this.gzipBody = gzipSync(this.oversizedBody);
	}

	async send({ kind, messageId }: Planned): Promise<Outcome> {
		const started = performance.now();
		let wire: Wire;
		if (kind === 'replay') {
			// The copied delivery was handed out earlier, so it is in flight or answered: waiting cannot deadlock.
			const copied = this.sentValid[messageId % this.sentValid.length];
			wire = (await copied).wire;
		} else {
			wire = this.wire(kind, messageId);
		}
		const sending = post(this.url, wire).then((answered) => ({ ...answered, wire }));
		if (kind === 'valid') this.sentValid.push(sending);
		const { status, answer } = await sending;
		return { kind, messageId, status, answer, milliseconds: performance.now() - started };
	}

	private wire(kind: Exclude<DeliveryKind, 'replay'>, messageId: number): Wire {
		const json = JSON.stringify(messageCreated({ id: messageId, sender: { id: 1, name: 'Ann', type: 'contact' } }));
		const body = Buffer.from(json);
		const forgedHeaders = (payload: string | Buffer) => signedHeaders('not-the-secret', payload.toString());
		switch (kind) {
			case 'valid':
				return { headers: signedHeaders(this.secret, json), body };
			case 'badSignature':
				return { headers: forgedHeaders(json), body };
			case 'missingSignature':
				return { headers: { 'Content-Type': 'application/json' }, body };
			case 'staleTimestamp':
				return { headers: signedHeaders(this.secret, json, Math.floor(Date.now() / 1000) - 3600), body };
			case 'oversized':
				// Signing 20 MB per delivery would measure this process; the signature is wrong anyway.
				return { headers: { ...forgedHeaders(''), 'Content-Length': String(this.oversizedBody.length) }, body: this.oversizedBody };
			case 'gzipBomb':
				return { headers: { ...forgedHeaders(''), 'Content-Encoding': 'gzip' }, body: this.gzipBody };
			case 'invalidJson': {
				const broken = `${json.slice(0, -1)},}`;
				return { headers: signedHeaders(this.secret, broken), body: Buffer.from(broken) };
			}
			case 'wrongContentType': {
				const contentType = OTHER_CONTENT_TYPES[messageId % OTHER_CONTENT_TYPES.length];
				const payload = contentType.startsWith('multipart/') ? `--attack\r\nContent-Disposition: form-data; name="event"\r\n\r\n${json}\r\n--attack--\r\n` : json;
				return { headers: { ...forgedHeaders(payload), 'Content-Type': contentType }, body: Buffer.from(payload) };
			}
			case 'truncatedBody':
				return { headers: signedHeaders(this.secret, json), body, sendBytes: Math.floor(body.length / 2) };
			case 'abortedUpload':
				return { headers: signedHeaders(this.secret, json), body, sendBytes: Math.floor(body.length / 2), hangUp: true };
		}
	}
}

interface Answered {
	status: number | undefined;
	answer: string;
}

/**
 * One POST with node:http, which (unlike fetch) can send fewer bytes than it declares and hang
 * up. Resolves with the answer; its status is undefined when none came (the request hung up, or
 * n8n closed the connection without one).
 */
async function post(url: string, { headers, body, sendBytes = body.length, hangUp = false }: Wire): Promise<Answered> {
	return await new Promise((resolve) => {
		const outgoing = request(url, { method: 'POST', headers: { 'Content-Length': String(hangUp ? body.length : sendBytes), ...headers } });
		// Long enough for n8n's answer on a machine this benchmark saturates; ChatWoot itself would give up after 5 s.
		outgoing.setTimeout(120_000, () => outgoing.destroy());
		outgoing.on('response', (response) => {
			let answer = '';
			response.on('data', (chunk: Buffer) => (answer += chunk.toString()));
			const answered = () => resolve({ status: response.statusCode, answer: answer.slice(0, 200) });
			response.on('end', answered);
			response.on('error', answered);
		});
		// n8n may answer and close before reading a big body: the write then fails after the answer, which wins.
		outgoing.on('error', () => setTimeout(() => resolve({ status: undefined, answer: '' }), 50));
		outgoing.write(body.subarray(0, sendBytes));
		if (hangUp) setTimeout(() => outgoing.destroy(), 200);
		else outgoing.end();
	});
}

/** Sends the plan `concurrency` at a time, in its order. */
export async function runAttack(attacker: Attacker, plan: Planned[], concurrency: number): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < plan.length) outcomes.push(await attacker.send(plan[next++]));
		}),
	);
	return outcomes;
}

/** Every status each kind got, e.g. `{ badSignature: { 401: 100 } }`; `none` for no answer. */
export function statusesByKind(outcomes: Outcome[]): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const { kind, status } of outcomes) {
		const byStatus = (counts[kind] ??= {});
		const key = String(status ?? 'none');
		byStatus[key] = (byStatus[key] ?? 0) + 1;
	}
	return counts;
}

/**
 * What went wrong, if anything: a valid delivery not answered 200 or not run exactly once, a
 * forged one answered other than a refusal or run. n8n refuses a body over its size limit with
 * 500 (raw-body's error, unmapped), before any node sees it: a refusal too. Only the sender that
 * hangs up may get no answer.
 * `runIds` are the message ids the workflow's Contact Updates carried.
 */
export function attackProblems(outcomes: Outcome[], runIds: number[]): string[] {
	const problems: string[] = [];
	for (const { kind, messageId, status } of outcomes) {
		if (kind === 'valid' && status !== 200) problems.push(`valid message ${messageId} was answered ${status ?? 'nothing'}`);
		const refused = status === undefined ? kind === 'abortedUpload' : status >= 400;
		if (kind !== 'valid' && !refused) problems.push(`${kind} delivery (message ${messageId}) was answered ${status ?? 'nothing'}`);
	}
	const runs = new Map<number, number>();
	for (const id of runIds) runs.set(id, (runs.get(id) ?? 0) + 1);
	for (const { kind, messageId } of outcomes) {
		const count = runs.get(messageId) ?? 0;
		if (kind === 'valid' && count !== 1) problems.push(`valid message ${messageId} ran ${count} times`);
		if (kind !== 'valid' && kind !== 'replay' && count) problems.push(`${kind} delivery (message ${messageId}) started the workflow`);
	}
	return problems;
}

/** How many executions of the workflow n8n saved (each run, succeeded or failed). */
export async function savedExecutions(rest: Rest, workflowId: string): Promise<number> {
	const { status, text } = await rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=1`);
	if (status !== 200) throw new Error(`n8n's execution list answered ${status}: ${text.slice(0, 300)}`);
	return (JSON.parse(text) as { data: { count: number } }).data.count;
}
