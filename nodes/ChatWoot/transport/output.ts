import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
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

/** The `{ success: true }` items of bodiless answers, which Simplify and Output pass as they are. */
const successes = new WeakSet<IDataObject>();

function bodilessSuccess(): IDataObject {
	const json = { success: true };
	successes.add(json);
	return json;
}

/** A step reading ChatWoot's answer into items, as unwrap() builds and as an operation writes its own (labelsOutput). */
type AnswerStep = ((this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>) & {
	readonly records?: RecordsReader;
};

/** The output step built from a declared place, marked with the reader for the envelope contract test. */
export type UnwrapStep = AnswerStep & { readonly records: RecordsReader };

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
		if (isBodiless(body)) return [{ json: bodilessSuccess() }];
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

/**
 * Pairs every output item with the input item whose request produced it. n8n's declarative
 * engine pairs nothing itself, and n8n only guesses the pairing when the output has one item
 * or as many as the input: a Get Many over several input items would otherwise lose (or get
 * wrong) what each record came from.
 */
export function pairedWithItem(context: Pick<IExecuteSingleFunctions, 'getItemIndex'>, items: INodeExecutionData[]): INodeExecutionData[] {
	const pairedItem = { item: context.getItemIndex() };
	return items.map((item) => (item.pairedItem ? item : { ...item, pairedItem }));
}

/**
 * A value the output adds: the name of the node parameter it is read from (a resource locator
 * gives its ID; an ID comes out as a number, as in ChatWoot's payloads), or a function of the
 * item for a value that is no parameter as it is. A function's undefined adds nothing.
 */
export type AddedValue = string | ((context: IExecuteSingleFunctions) => unknown);

function addedValue(context: IExecuteSingleFunctions, value: AddedValue): unknown {
	if (typeof value === 'function') return value(context);
	const read = context.getNodeParameter(value, undefined, { extractValue: true });
	return typeof read === 'string' && /^\d+$/.test(read.trim()) ? Number(read) : read;
}

/**
 * Output of an operation on a record that ChatWoot answers with less than the record (its
 * labels, the new assignee, nothing at all): ChatWoot's answer with the record's ID and what
 * changed added under ChatWoot's own names (`conversation_id`, `priority`), so the next node
 * reads them here instead of reaching back. Added values come first and a key ChatWoot's answer
 * has keeps ChatWoot's value; `answer` reads the answer as the operation did before
 * (a declared place, or a step of its own), so its `records` still reach the envelope test.
 */
export function withRecordFields(added: Readonly<Record<string, AddedValue>>, answer: RecordsPath | AnswerStep = ''): PostReceiveAction[] {
	const read: AnswerStep = typeof answer === 'function' ? answer : unwrap(answer);
	async function addRecordFields(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const fields: IDataObject = {};
		for (const [key, value] of Object.entries(added)) {
			const found = addedValue(this, value);
			if (found !== undefined) fields[key] = found as IDataObject[string];
		}
		const records = await read.call(this, items, response);
		return records.map((item) => ({ ...item, json: { ...fields, ...item.json } }));
	}
	Object.defineProperty(addRecordFields, 'name', { value: read.name });
	return [Object.assign(addRecordFields, read.records ? { records: read.records } : {})];
}


const labelsReader = recordsReader('payload', { list: true });

/** A record's labels as one item, `{labels: [...]}`: ChatWoot answers `{payload: ["vip", …]}` (API-NOTES §9). */
export async function labelsOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { labels: readRecords(this, labelsReader, response.body) as unknown as string[] } }];
}

/**
 * What Simplify keeps of one kind of record: each output key and the dotted path of its value in
 * ChatWoot's record, so nested objects come out flat (`sender_name` ← `meta.sender.name`).
 */
export type RecordSummary = Readonly<Record<string, string>>;

/** How an operation's records are output: as ChatWoot sends them, simplified, or only some fields. */
type OutputFormat = 'raw' | 'simplified' | 'selected';

/** Dotted paths split once per item, not once per record. */
function compiledPaths(paths: readonly string[]): Array<readonly string[]> {
	return paths.map((path) => path.split('.'));
}

/**
 * A record as Simplify outputs it: the summary's keys, in its order. A value ChatWoot sends as
 * null stays null; a value whose object is missing (no assignee, no sender) is left out.
 */
function simplifier(summary: RecordSummary): (record: IDataObject) => IDataObject {
	const keys = Object.keys(summary);
	const places = compiledPaths(Object.values(summary));
	return (record) => {
		const simplified: IDataObject = {};
		places.forEach((place, index) => {
			const value = valueAt(record, place);
			if (value !== undefined) simplified[keys[index]] = value as IDataObject[string];
		});
		return simplified;
	};
}

/** The field names of Output → Selected Fields: comma-separated, dotted paths allowed (`meta.sender.name`). */
function selectedFieldNames(text: string): string[] {
	return [...new Set(text.split(',').map((name) => name.trim()).filter(Boolean))];
}

/**
 * Only the named fields of a record, nested as in ChatWoot's record so expressions written
 * against the raw output still read them (`meta.sender.name` stays `meta.sender.name`).
 */
function selectFields(record: IDataObject, places: ReadonlyArray<readonly string[]>): IDataObject {
	const selected: IDataObject = {};
	for (const keys of places) {
		const value = valueAt(record, keys);
		if (value === undefined) continue;
		let target = selected;
		for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as IDataObject;
		target[keys[keys.length - 1]] = value as IDataObject[string];
	}
	return selected;
}

/**
 * The output format an item asks for: Output when the node runs as an AI tool, else the
 * Simplify toggle. Both default to the raw records, so saved workflows keep their output.
 */
function outputFormatOf(context: IExecuteSingleFunctions): OutputFormat {
	const format = context.getNodeParameter('outputFormat', 'raw') as OutputFormat;
	if (format !== 'raw') return format;
	return context.getNodeParameter('simplify', false) ? 'simplified' : 'raw';
}

/**
 * Whether the node's saved parameters ask for the raw records, read as saved (n8n's
 * `rawExpressions`: a lookup, no expression evaluated): the common case, Simplify off and no
 * Output, costs the step two lookups per item. An expression in either goes through outputFormatOf.
 */
function plainlyRaw(context: IExecuteSingleFunctions): boolean {
	const saved = (name: string, fallback: unknown) => context.getNodeParameter(name, fallback, { rawExpressions: true });
	const simplify = saved('simplify', false);
	const outputFormat = saved('outputFormat', 'raw');
	return simplify === false && outputFormat === 'raw';
}

/**
 * Output → Selected Fields with no field named is refused before the request, with the item:
 * the preSend of every operation that has Simplify.
 */
export async function checkOutputFields(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (plainlyRaw(this) || outputFormatOf(this) !== 'selected') return requestOptions;
	if (!selectedFieldNames(String(this.getNodeParameter('outputFields', ''))).length) {
		throw new NodeOperationError(this.getNode(), 'Fields is empty', {
			itemIndex: this.getItemIndex(),
			description: 'With Output set to Selected Fields, name the fields to return, separated by commas (for example `id, name, meta.sender.name`).',
		});
	}
	return requestOptions;
}

/** The step that turns an operation's records into the output format the item asks for. */
export type OutputShaper = (this: IExecuteSingleFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

/**
 * The Simplify / Output step of an operation whose records `summary` describes. It runs after
 * the records are unwrapped (and every page read) and maps each item's record in place, so
 * items keep their pairing; a bodiless `{ success: true }` passes as it is.
 */
export function outputShaper(summary: RecordSummary): OutputShaper {
	const simplify = simplifier(summary);
	return async function shapeOutput(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (plainlyRaw(this)) return items;
		const format = outputFormatOf(this);
		if (format === 'raw') return items;
		const places = format === 'selected' ? compiledPaths(selectedFieldNames(String(this.getNodeParameter('outputFields', '')))) : [];
		const shape = format === 'simplified' ? simplify : (record: IDataObject) => selectFields(record, places);
		return items.map((item) => (successes.has(item.json) ? item : { ...item, json: shape(item.json) }));
	};
}

/** What thenShaped adds to a step: the step before shaping and the shaping, for steps that must run in between. */
interface Shaping<Step> {
	readonly unshaped: Step;
	readonly shape: OutputShaper;
}

/**
 * A step that reads the records (unwrap, a pager, steps of an operation's own) followed by the
 * Simplify / Output step, as one function with the reader's name and `records`, which the
 * envelope contract test reads.
 */
export function thenShaped<Context extends IExecuteSingleFunctions, Args extends unknown[]>(
	step: ((this: Context, ...args: Args) => Promise<INodeExecutionData[]>) & { records?: RecordsReader },
	shape: OutputShaper,
): typeof step {
	async function shaped(this: Context, ...args: Args): Promise<INodeExecutionData[]> {
		return await shape.call(this, await step.apply(this, args));
	}
	Object.defineProperty(shaped, 'name', { value: step.name });
	const shaping: Shaping<typeof step> = { unshaped: step, shape };
	return Object.assign(shaped, step.records ? { records: step.records } : {}, shaping);
}

/**
 * A step as it reads the records, and its Simplify / Output step if it has one: for wrappers
 * that need ChatWoot's own records before they are shaped (attachment downloads).
 */
export function shapingOf<Step extends (...args: never[]) => unknown>(step: Step): { unshaped: Step; shape?: OutputShaper } {
	const shaping = step as Step & Partial<Shaping<Step>>;
	return { unshaped: shaping.unshaped ?? step, shape: shaping.shape };
}
