import { NodeHelpers, NodeOperationError } from 'n8n-workflow';
import type {
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
	NodeParameterValueType,
} from 'n8n-workflow';

import { isTextId } from '../../nodes/ChatWoot/shared/validation';
import type { CapturedRequest } from '../support/nockChatWoot';

/**
 * The fields of a node's description that can be wrong, a valid value and the bad values of
 * each, worked out from the description alone: shared by the action nodes' bad-input test
 * (badInput.test.ts) and the triggers' (triggers.test.ts).
 */

/** What kind of value a field takes, which decides its bad values. */
export type Kind = 'locator' | 'id' | 'ids' | 'json' | 'date' | 'binary' | 'multi' | 'text' | 'number';

/** Fields an error may name otherwise than by their display name, each with its reason. */
const NAMED_AS: Record<string, string> = {
	// The field's label follows Match By: Identifier, Email or Phone Number to Match.
	matchValue: 'to Match',
};

/** Fields whose empty value is valid, each with its reason. */
const EMPTY_IS_VALID: Record<string, string> = {
	accountId: "Left empty, the node uses the token's only account (read from the profile)",
};

export interface Target {
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

export interface BadValue {
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
	if (type === 'number') return property.typeOptions?.minValue !== undefined ? 'number' : undefined;
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
export const FILES = {
	image: { mimeType: 'image/png', fileName: 'avatar.png', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
	pdf: { mimeType: 'application/pdf', fileName: 'guide.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
	audio: { mimeType: 'audio/mpeg', fileName: 'call.mp3', bytes: Buffer.from('ID3') },
	csv: { mimeType: 'text/csv', fileName: 'contacts.csv', bytes: Buffer.from('name,email\nAda,ada@example.com\n') },
};

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

export function badValues(target: Target): BadValue[] {
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
			return [...empty, { label: 'not numbers', value: 'abc' }, { label: 'zero', value: '0' }];
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

export function withValueAt(parameters: INodeParameters, path: Array<string | number>, value: NodeParameterValueType): INodeParameters {
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

export const latestVersion = (nodeType: INodeType) =>
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
export function validParameters(nodeType: INodeType, start: INodeParameters, typeVersion: number): { parameters: INodeParameters; fields: INodeProperties[] } {
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
export function targetsOf(fields: INodeProperties[], parameters: INodeParameters): Target[] {
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

export const describeRequest = (request: CapturedRequest) => `${request.method} ${request.path}`;

/**
 * What is wrong with a bad value's outcome, or nothing: it must fail with a NodeOperationError
 * naming the field and the item (none for a trigger, whose settings belong to no item).
 */
export function refusalProblem({ target, itemIndex }: { target: Target; itemIndex?: number }, error: Error | undefined): string | undefined {
	if (!error) return 'not refused';
	if (!(error instanceof NodeOperationError)) return `${error.constructor.name}: ${error.message}`;
	const context = (error.context ?? {}) as { itemIndex?: number };
	if (context.itemIndex !== itemIndex) return `error names item ${context.itemIndex}, not ${itemIndex}: ${error.message}`;
	return namingProblem(target, `${error.message} ${error.description ?? ''}`);
}

/** What is wrong with a refusal's text, or nothing: it must name the field as the user sees it. */
export function namingProblem(target: Target, text: string): string | undefined {
	// n8n's convention names a list loaded from the account "Label Names or IDs"; the message says "Labels".
	const name = NAMED_AS[target.property.name] ?? target.displayName.replace(/(?<=(s|x|ch|sh)?) Names? or IDs?$/, (_, sibilant) => (sibilant ? 'es' : 's'));
	return text.toLowerCase().includes(name.toLowerCase()) ? undefined : `does not name "${name}": ${text}`;
}
