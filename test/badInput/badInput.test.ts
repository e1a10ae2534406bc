import nock from 'nock';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
	NodeParameterValueType,
} from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { pageRetry } from '../../nodes/ChatWoot/transport/paging';
import { isTextId } from '../../nodes/ChatWoot/shared/validation';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { tripwire } from '../support/nockChatWoot';
import type { CapturedRequest } from '../support/nockChatWoot';

/**
 * Every operation of every node, generated from the nodes' own descriptions: each field that
 * can be wrong (a required one left empty, an ID of 0, -1 or `abc`, JSON that is not JSON or not
 * the object or array asked for, a binary property the item lacks, a date that is not a date)
 * is given its bad value on item 1 of two, by expression. Item 1 must fail with a
 * NodeOperationError naming the field and item 1, having sent nothing: the requests of the run
 * are exactly those item 0 (all valid) sends alone. A new operation is covered as it is added.
 */

/** What kind of value a field takes, which decides its bad values. */
type Kind = 'locator' | 'id' | 'ids' | 'json' | 'date' | 'binary' | 'multi' | 'text' | 'number';


/** Fields an error may name otherwise than by their display name, each with its reason. */
const NAMED_AS: Record<string, string> = {
	// The field's label follows Match By: Identifier, Email or Phone Number to Match.
	matchValue: 'to Match',
};

/** Fields whose empty value is valid, each with its reason. */
const EMPTY_IS_VALID: Record<string, string> = {
	accountId: "Left empty, the node uses the token's only account (read from the profile)",
};

interface Target {
	/** Where the value goes in the parameters, e.g. ['updateFields', 'avatar']. */
	path: Array<string | number>;
	/** The name the error must use. */
	displayName: string;
	kind: Kind;
	/** Whether the field must have a value (an option of a collection need not be added). */
	required: boolean;
	valid: NodeParameterValueType;
	property: INodeProperties;
}

interface BadValue {
	label: string;
	value: NodeParameterValueType;
}

const VALID_DATE = '2024-01-02T03:04:05.000Z';
const MISSING_BINARY = 'noSuchBinaryProperty';

/** A field naming an input binary property (not, say, the prefix of the properties the output gets). */
function isBinaryName(property: INodeProperties): boolean {
	return property.name === 'binaryPropertyName' || /input binary propert/i.test(`${property.hint ?? ''} ${property.description ?? ''}`);
}

/** Names ending in Id or Ids are ID fields; bulk actions' lists are plainly `ids`. */
const isIdName = (name: string) => /(?:^ids|Ids?)$/.test(name);

/**
 * What kind of value a field (inside `collection`, if any) takes. IDs that are another system's
 * text keys (shared/validation.ts lists them with their reasons) only get "missing".
 */
function kindOf(property: INodeProperties, collection?: string): Kind | undefined {
	const { type, name } = property;
	const textId = isTextId(name, collection);
	if (type === 'resourceLocator') return 'locator';
	if (type === 'json') return 'json';
	if (type === 'dateTime') return 'date';
	if (type === 'multiOptions') return property.required ? 'multi' : undefined;
	if (type === 'string' && isBinaryName(property)) return 'binary';
	if ((type === 'string' || type === 'number') && /Id$/.test(name) && !textId) return 'id';
	if (type === 'string' && /(?:^ids|Ids)$/.test(name) && !textId) return 'ids';
	if (type === 'number') return property.required && property.typeOptions?.minValue !== undefined ? 'number' : undefined;
	if (type === 'string') return property.required ? 'text' : undefined;
	return undefined;
}

function jsonDefault(property: INodeProperties): string {
	const text = typeof property.default === 'string' ? property.default.trim() : '';
	return text || '{}';
}

/** Whether a JSON field takes an array (its default is one), else an object. */
const takesArray = (property: INodeProperties) => jsonDefault(property).startsWith('[');

/** Files every item carries, one per kind a binary field may ask for. */
const FILES = {
	image: { mimeType: 'image/png', fileName: 'avatar.png', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
	pdf: { mimeType: 'application/pdf', fileName: 'guide.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
	audio: { mimeType: 'audio/mpeg', fileName: 'call.mp3', bytes: Buffer.from('ID3') },
	csv: { mimeType: 'text/csv', fileName: 'contacts.csv', bytes: Buffer.from('name,email\nAda,ada@example.com\n') },
};
const ITEM_BINARY = Object.fromEntries(
	Object.entries(FILES).map(([name, { bytes, ...metadata }]) => [name, { ...metadata, data: bytes.toString('base64') }]),
);

/** The input file a binary field's hint asks for. */
function binaryName(property: INodeProperties): keyof typeof FILES {
	const hint = property.hint ?? '';
	if (/PDF/.test(hint)) return 'pdf';
	if (/CSV/.test(hint)) return 'csv';
	if (/audio/.test(hint)) return 'audio';
	return 'image';
}

function textValue(property: INodeProperties): string {
	const { name } = property;
	if (isBinaryName(property)) return binaryName(property);
	if (isIdName(name)) return '1';
	if (/emails?$/i.test(name)) return 'agent@example.com';
	if (/url$/i.test(name) || /\bURL\b/.test(property.displayName)) return 'https://example.com/hook';
	if (/phone/i.test(name)) return '+14155552671';
	if (/locale$/i.test(name)) return 'en';
	if (/slug$/i.test(name)) return 'help';
	return typeof property.default === 'string' && property.default ? property.default : 'x';
}

function firstOption(property: INodeProperties): NodeParameterValueType {
	const options = (property.options ?? []) as INodePropertyOptions[];
	return options[0]?.value ?? '1';
}

/** A plausible valid value for a field, or its default when it need not have one. */
function validValue(property: INodeProperties): NodeParameterValueType {
	switch (property.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		case 'number':
			return typeof property.default === 'number' && property.default > 0 ? property.default : Math.max(1, Number(property.typeOptions?.minValue ?? 1));
		case 'options':
			return property.default === '' || property.default === undefined ? firstOption(property) : property.default;
		case 'multiOptions':
			return property.required ? [firstOption(property)] as NodeParameterValueType : property.default;
		case 'json':
			return jsonDefault(property);
		case 'dateTime':
			return VALID_DATE;
		case 'fixedCollection':
			return property.required ? fixedCollectionEntry(property) : property.default;
		case 'string':
			return property.required || isBinaryName(property) || isIdName(property.name) ? textValue(property) : property.default;
		default:
			return property.default;
	}
}

/** One entry of a required fixed collection, its own required fields filled. */
function fixedCollectionEntry(property: INodeProperties): INodeParameters {
	const [option] = (property.options ?? []) as INodePropertyCollection[];
	// A condition's or a row's text is needed even where the field is not marked required.
	const entry = Object.fromEntries(option.values.map((inner) => [inner.name, inner.type === 'string' && inner.default === '' ? textValue(inner) : validValue(inner)]));
	return { [option.name]: property.typeOptions?.multipleValues ? [entry] : entry } as INodeParameters;
}

function badValues(target: Target): BadValue[] {
	const empty: BadValue[] = target.required && !EMPTY_IS_VALID[target.path[0] as string] ? [{ label: 'empty', value: '' }] : [];
	const badIds: BadValue[] = [
		{ label: 'zero', value: '0' },
		{ label: 'negative', value: '-1' },
		{ label: 'not a number', value: 'abc' },
	];
	switch (target.kind) {
		case 'locator':
		case 'id':
			return [...empty, ...badIds];
		case 'ids':
			return [...empty, { label: 'not numbers', value: 'abc' }];
		case 'json':
			return [
				...empty,
				{ label: 'not JSON', value: '{"unclosed": ' },
				takesArray(target.property) ? { label: 'not an array', value: '{"a":1}' } : { label: 'not an object', value: '[1]' },
			];
		case 'date':
			return [...empty, { label: 'not a date', value: 'next someday' }];
		case 'binary':
			return [...empty, { label: 'missing binary property', value: MISSING_BINARY }];
		case 'multi':
			return [{ label: 'empty', value: [] }];
		case 'text':
			return empty;
		case 'number':
			return [{ label: 'out of range', value: Number(target.property.typeOptions?.minValue) - 1 }];
	}
}

/** A field's value per item, by expression: `values[$itemIndex]`. */
const perItem = (values: NodeParameterValueType[]) => `={{ ${JSON.stringify(values)}[$itemIndex] }}`;

function withValueAt(parameters: INodeParameters, path: Array<string | number>, value: NodeParameterValueType): INodeParameters {
	const copy = structuredClone(parameters);
	let holder = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) {
		holder[key] ??= {};
		holder = holder[key] as Record<string | number, unknown>;
	}
	const last = path[path.length - 1];
	const current = holder[last] as { __rl?: boolean } | undefined;
	holder[last] = current?.__rl ? { ...current, value } : value;
	return copy;
}

interface Operation {
	key: string;
	nodeType: INodeType;
	parameters: INodeParameters;
	targets: Target[];
	credentials?: ICredentialDataDecryptedObject;
	typeVersion: number;
}

const latestVersion = (nodeType: INodeType) =>
	nodeType.description.defaultVersion ?? Math.max(...[nodeType.description.version].flat());

/** The fields shown for the parameters so far, each name once (compacted copies share a name). */
function shownFields(nodeType: INodeType, parameters: INodeParameters, typeVersion: number): INodeProperties[] {
	const seen = new Set<string>();
	return nodeType.description.properties.filter((property) => {
		if (seen.has(property.name) || !NodeHelpers.displayParameter(parameters, property, { typeVersion }, nodeType.description)) return false;
		seen.add(property.name);
		return true;
	});
}

/** Update Fields collections: an update that changes nothing is refused, so item 0 changes one field. */
const isUpdateFields = (field: INodeProperties) => field.type === 'collection' && /UpdateFields$/.test(field.name);

function oneUpdate(field: INodeProperties): INodeParameters {
	const [first] = (field.options ?? []) as INodeProperties[];
	const value = first.type === 'string' ? textValue(first) : first.type === 'multiOptions' ? [firstOption(first)] : validValue(first);
	return { [first.name]: value as NodeParameterValueType };
}

/**
 * Valid parameters for everything shown, filled until what they show no longer changes. Each
 * record picked gets its own ID (1, 2, …): an operation on two records (Merge) needs two.
 */
function validParameters(nodeType: INodeType, start: INodeParameters, typeVersion: number): { parameters: INodeParameters; fields: INodeProperties[] } {
	const parameters = { ...start };
	let records = 0;
	for (;;) {
		const fields = shownFields(nodeType, parameters, typeVersion);
		const unset = fields.filter((field) => !(field.name in parameters) && !['notice', 'hidden'].includes(field.type));
		if (!unset.length) return { parameters, fields };
		for (const field of unset) {
			const value = isUpdateFields(field) ? oneUpdate(field) : validValue(field);
			parameters[field.name] = field.type === 'resourceLocator' ? { ...(value as INodeParameters), value: String(++records) } : value;
		}
	}
}

/** The fields that can be wrong, at the top level and inside collections and fixed collections. */
function targetsOf(fields: INodeProperties[], parameters: INodeParameters): Target[] {
	const targets: Target[] = [];
	const add = (property: INodeProperties, path: Array<string | number>, required: boolean, valid: NodeParameterValueType) => {
		const kind = kindOf(property, path.length > 1 ? String(path[0]) : undefined);
		if (kind) targets.push({ path, displayName: property.displayName, kind, required, valid, property });
	};
	for (const field of fields) {
		if (['resource', 'operation', 'authentication'].includes(field.name)) continue;
		if (field.type === 'collection') {
			for (const option of (field.options ?? []) as INodeProperties[]) add(option, [field.name, option.name], false, validValue(option));
		} else if (field.type === 'fixedCollection' && field.required) {
			const [option] = (field.options ?? []) as INodePropertyCollection[];
			const entryPath = field.typeOptions?.multipleValues ? [field.name, option.name, 0] : [field.name, option.name];
			for (const inner of option.values) if (inner.required) add(inner, [...entryPath, inner.name], true, validValue(inner));
		} else {
			const valid = field.type === 'resourceLocator' ? (parameters[field.name] as INodeParameters).value : parameters[field.name];
			add(field, [field.name], field.required === true || field.type === 'resourceLocator', valid);
		}
	}
	return targets;
}

function actionOperations(nodeType: INodeType, credentials?: ICredentialDataDecryptedObject): Operation[] {
	const typeVersion = latestVersion(nodeType);
	return nodeType.description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			((property.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
				((property.options ?? []) as INodePropertyOptions[]).map((option) => {
					const { parameters, fields } = validParameters(nodeType, { resource, operation: option.value as string }, typeVersion);
					return {
						key: `${nodeType.description.name}.${resource}.${option.value}`,
						nodeType,
						parameters,
						targets: targetsOf(fields, parameters),
						credentials,
						typeVersion,
					};
				}),
			),
		);
}

const CLIENT_CREDENTIALS = { baseUrl: BASE_URL, inboxIdentifier: 'inbox-abc', hmacToken: '' };
const ACTION_NODES: Array<{ nodeType: INodeType; credentials?: ICredentialDataDecryptedObject }> = [
	{ nodeType: new ChatWoot() },
	{ nodeType: new ChatWootPlatform() },
	{ nodeType: new ChatWootClient(), credentials: CLIENT_CREDENTIALS },
];
const OPERATIONS = ACTION_NODES.flatMap(({ nodeType, credentials }) => actionOperations(nodeType, credentials));

const describeRequest = (request: CapturedRequest) => `${request.method} ${request.path}`;

/** One bad value of one field, given to one item. */
interface BadCase {
	target: Target;
	bad: BadValue;
	itemIndex: number;
}

/**
 * The parameters that give each case's bad value to its own item (1, 2, …) and every field's
 * valid value to all other items, item 0 included: one run checks every case of an operation.
 */
function casesOf(operation: Operation): { cases: BadCase[]; parameters: INodeParameters } {
	const cases = operation.targets.flatMap((target) => badValues(target).map((bad) => ({ target, bad })));
	const indexed = cases.map((entry, index) => ({ ...entry, itemIndex: index + 1 }));
	let parameters = operation.parameters;
	for (const target of operation.targets) {
		const values = [target.valid, ...indexed.map((entry) => (entry.target === target ? entry.bad.value : target.valid))];
		parameters = withValueAt(parameters, target.path, perItem(values));
	}
	return { cases: indexed, parameters };
}

/** Runs the operation on `count` items, continuing on fail; returns each item's outcome and every request sent. */
async function run(operation: Operation, parameters: INodeParameters, count: number) {
	const sent: CapturedRequest[] = [];
	nock.cleanAll();
	tripwire(sent);
	const { items } = await executeNode({
		parameters,
		items: Array.from({ length: count }, (_, index) => ({ json: { index }, binary: structuredClone(ITEM_BINARY) })),
		nodeType: operation.nodeType,
		credentials: operation.credentials,
		typeVersion: operation.typeVersion,
		continueOnFail: true,
	});
	return { sent: sent.map(describeRequest).sort(), items };
}

/** What is wrong with a case's item, or nothing: it must fail with a NodeOperationError naming the field and the item. */
function refusalProblem({ target, itemIndex }: BadCase, error: Error | undefined): string | undefined {
	if (!error) return 'not refused';
	if (!(error instanceof NodeOperationError)) return `${error.constructor.name}: ${error.message}`;
	const context = (error.context ?? {}) as { itemIndex?: number };
	if (context.itemIndex !== itemIndex) return `error names item ${context.itemIndex}, not ${itemIndex}: ${error.message}`;
	const text = `${error.message} ${error.description ?? ''}`.toLowerCase();
	// n8n's convention names a list loaded from the account "Label Names or IDs"; the message says "Labels".
	const name = NAMED_AS[target.property.name] ?? target.displayName.replace(/(?<=(s|x|ch|sh)?) Names? or IDs?$/, (_, sibilant) => (sibilant ? 'es' : 's'));
	if (!text.includes(name.toLowerCase())) return `does not name "${name}": ${error.message}`;
	return undefined;
}

describe('bad input on every operation is refused before anything is sent, naming the field and the item', () => {
	beforeAll(() => {
		nock.disableNetConnect();
		// The tripwire answers 599, which a page retries: at once here.
		jest.spyOn(pageRetry, 'delay').mockReturnValue(0);
	});
	afterAll(() => {
		nock.cleanAll();
		// nock patches Node's http for the whole jest worker: the next test file must get it back unpatched.
		nock.restore();
	});

	test('every operation of the action nodes is covered', () => {
		for (const { nodeType } of ACTION_NODES) {
			const declared = nodeType.description.properties
				.filter((property) => property.name === 'operation')
				.reduce((count, property) => count + (property.options ?? []).length * ((property.displayOptions?.show?.resource ?? []) as string[]).length, 0);
			expect(declared).toBeGreaterThan(0);
			expect(OPERATIONS.filter((operation) => operation.nodeType === nodeType)).toHaveLength(declared);
		}
	});

	test.each(OPERATIONS.map((operation) => [operation.key, operation] as const))('%s', async (_key, operation) => {
		const { cases, parameters } = casesOf(operation);
		// Item 0 alone: the requests a valid item sends, and proof that the generated valid values pass the checks.
		const alone = await run(operation, parameters, 1);
		const aloneError = alone.items[0]?.error;
		expect({ item0: aloneError instanceof NodeOperationError ? aloneError.message : 'passes' }).toEqual({ item0: 'passes' });
		const all = await run(operation, parameters, cases.length + 1);
		const problems = cases.flatMap((entry) => {
			const problem = refusalProblem(entry, all.items[entry.itemIndex]?.error);
			return problem ? [`${entry.target.path.join('.')} ${entry.bad.label}: ${problem}`] : [];
		});
		// Sent for a bad item, whether or not it was refused afterwards.
		const extra = [...all.sent];
		// A request item 0 alone sent but the whole run did not is not an extra; splice(-1) would drop another.
		for (const request of alone.sent) if (extra.includes(request)) extra.splice(extra.indexOf(request), 1);
		expect({ problems, sentForBadItems: extra }).toEqual({ problems: [], sentForBadItems: [] });
	});
});
