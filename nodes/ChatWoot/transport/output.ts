import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

/**
 * Where an operation's records are in ChatWoot's answer: a dotted path (`payload`,
 * `data.payload`, `payload.webhooks`), '' for the body itself, or every place a ChatWoot
 * version has put them (test/contract/chatwoot/envelopes.tsv), tried in order.
 */
export type RecordsPath = string | readonly string[];

/** Reads the records out of one answer; undefined when none of the declared places is there. */
export interface RecordsReader {
	(body: unknown): IDataObject[] | undefined;
	/** The declared places, for error messages and the envelope contract test. */
	readonly paths: readonly string[];
}

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object';

/** The value at `keys`, or undefined when a key is missing on the way. */
function valueAt(body: unknown, keys: readonly string[]): unknown {
	let value = body;
	for (const key of keys) {
		if (!isObject(value) || Array.isArray(value) || !(key in value)) return undefined;
		value = value[key];
	}
	return value;
}

/**
 * Compiles the declared places once, so reading an answer only walks a few keys. A place
 * matches when its keys are all there; its value is the records (a list, one record, or
 * null/'' for none, which is a genuinely empty answer). With `list`, a place matches only
 * when it holds a list (or nothing), so a listing never takes a wrapper object for one record.
 */
export function recordsReader(path: RecordsPath, { list = false } = {}): RecordsReader {
	const paths: readonly string[] = typeof path === 'string' ? [path] : path;
	const places = paths.map((place) => (place ? place.split('.') : []));
	const read = (body: unknown): IDataObject[] | undefined => {
		for (const keys of places) {
			const value = valueAt(body, keys);
			if (value === undefined) continue;
			if (Array.isArray(value)) return value as IDataObject[];
			if (value === null || value === '') return keys.length ? [] : undefined;
			// The body itself must be JSON records; a value inside it may be one id or label.
			if (!list && (isObject(value) || keys.length)) return [value as IDataObject];
		}
		return undefined;
	};
	return Object.assign(read, { paths });
}

/** What came back, in a few words and without values (an answer may hold tokens). */
function describeAnswer(body: unknown): string {
	if (Array.isArray(body)) return `a list of ${body.length}`;
	if (isObject(body)) {
		const keys = Object.keys(body);
		return keys.length ? `an object with ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}` : 'an empty object';
	}
	return typeof body === 'string' ? `text of ${body.length} characters` : `a ${typeof body}`;
}

/**
 * The error for an answer none of the declared places matches: ChatWoot moved its records
 * (a version the node does not know yet) or something else answered. Outputting nothing
 * would pass for an empty result, so the item fails with what was expected and what came.
 */
export function unknownShapeError(context: IExecuteSingleFunctions, reader: RecordsReader, body: unknown): NodeOperationError {
	const expected = reader.paths.map((place) => (place ? `\`${place}\`` : 'the body itself')).join(' or ');
	return new NodeOperationError(context.getNode(), "ChatWoot's answer is not in a shape this operation knows", {
		itemIndex: context.getItemIndex(),
		description: `Expected the records at ${expected}; the answer is ${describeAnswer(body)}. Your ChatWoot may be a version this node does not know yet.`,
	});
}

/** The records of an answer at a declared place, or the unknown-shape error. */
export function readRecords(context: IExecuteSingleFunctions, reader: RecordsReader, body: unknown): IDataObject[] {
	const records = reader(body);
	if (records === undefined) throw unknownShapeError(context, reader, body);
	return records;
}

/**
 * The records at `path` of a response body, always as a list; nothing when the path is not
 * there. For steps that look into an answer on their own (labels, upsert), not for output.
 */
export function recordsAt(body: unknown, path: string): IDataObject[] {
	return recordsReader(path)(body) ?? [];
}

const isBodiless = (body: unknown) =>
	body === undefined || body === null || body === '' || (Buffer.isBuffer(body) && body.length === 0);

/** The output step built from a declared place, marked with the reader for the envelope contract test. */
export type UnwrapStep = PostReceiveAction & { readonly records: RecordsReader };

/**
 * Output of an operation: the records themselves, one item per record, without ChatWoot's
 * envelope. A bodiless success (ChatWoot's DELETEs answer 200 with nothing) becomes
 * `{ success: true }`, so the item still carries on through the workflow.
 */
export function unwrap(path: RecordsPath): UnwrapStep {
	const reader = recordsReader(path);
	async function unwrapRecords(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		if (isBodiless(body)) return [{ json: { success: true } }];
		return readRecords(this, reader, body).map((json) => ({ json }));
	}
	return Object.assign(unwrapRecords, { records: reader });
}

/** An operation's `output` as n8n's postReceive steps: a declared place, or steps of its own. */
export function outputSteps(output: RecordsPath | PostReceiveAction[]): PostReceiveAction[] {
	return typeof output === 'string' || (output.length > 0 && output.every((step) => typeof step === 'string'))
		? [unwrap(output as RecordsPath)]
		: (output as PostReceiveAction[]);
}

/**
 * Output of an operation that answers with one record. ChatWoot's jbuilders differ per action
 * and per version (automation rule create renders the bare rule, update and clone wrap it in
 * `payload`), so the record is taken from `payload` when the body has one, else the body itself.
 * An empty body (a DELETE's `head :ok`) becomes `{ success: true }`.
 */
export const singleRecord = unwrap(['payload', '']);

const labelsReader = recordsReader('payload', { list: true });

/** A record's labels as one item, `{labels: [...]}`: ChatWoot answers `{payload: ["vip", …]}` (API-NOTES §9). */
export async function labelsOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { labels: readRecords(this, labelsReader, response.body) as unknown as string[] } }];
}
