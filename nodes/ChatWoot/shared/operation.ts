import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { registerAccess } from '../transport/access';
import type { Access } from '../transport/access';
import { routingStep } from '../transport/errors';
import { checkOutputFields, outputShaper, outputSteps, thenShaped } from '../transport/output';
import type { OutputShaper, RecordSummary, RecordsPath } from '../transport/output';
import { pager } from '../transport/paging';
import type { PageStrategy } from '../transport/paging';
import { registerVersionNeeds, sinceLabel, sinceNote } from '../transport/version';
import type { ChatWootVersion, FieldSince } from '../transport/version';
import { returnAllFields } from './descriptions';
import { checkFields, takesFiles } from './validation';
import { byName } from './alphabetical';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends an operation's request in place of n8n's routing, after the preSends ran (see `OperationSpec.send`). */
export type RequestStep = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * One operation of the node, as its file declares it: what the user picks, the request it
 * sends (a path template whose `{names}` are the ID fields, filled in transport/path.ts), its
 * fields, and how the response becomes items.
 */
export interface OperationSpec {
	resource: string;
	/** The operation's parameter value, e.g. `get`. */
	value: string;
	/** The name in the Operation list, e.g. `Get`. */
	name: string;
	/** What an AI agent or the node panel reads, e.g. `Get a contact`. */
	action: string;
	description: string;
	method: HttpMethod;
	/** e.g. `/api/v1/accounts/{accountId}/contacts/{contactId}`. */
	path: string;
	access?: Access;
	/** The operation's fields; they are shown for this resource and operation only. */
	fields?: INodeProperties[];
	/**
	 * Fields that need a newer ChatWoot than the route, by parameter name (`name`, or
	 * `collection.name` for a field of a collection) → first release, e.g. `{ merge: '4.17.0' }`.
	 * Their descriptions say so, and an item that sets one is refused on an older server.
	 */
	fieldsSince?: Record<string, ChatWootVersion>;
	/** Steps that shape the request before it is sent (body from fields, checks, multipart). */
	preSend?: PreSendAction[];
	/**
	 * Fields the operation's own steps check with a message that knows more than the field's name
	 * (`Email to Match is required`); the shared check (shared/validation.ts) leaves them alone.
	 */
	checkedBySteps?: string[];
	/**
	 * Where the records are in the response body (`payload`, `payload.webhooks`, '' for the
	 * body itself; a list when ChatWoot versions differ), or postReceive steps of its own.
	 * Default: `payload`.
	 */
	output?: RecordsPath | PostReceiveAction[];
	/** For listing endpoints: how they page. Adds Return All and Limit. */
	paging?: PageStrategy;
	/**
	 * For operations that are more than one exchange (read, then write): the step that sends
	 * them. It should send through `sendRoutedRequest` (transport/request.ts), so paths are
	 * checked, errors translated and the output steps run as for any other operation. n8n
	 * calls it where it would page, so it cannot be combined with `paging`.
	 */
	send?: RequestStep;
	/**
	 * For operations that output wide records (contacts, conversations, messages…): the fields
	 * Simplify keeps (shared/simplify.ts). Adds the Simplify toggle, and the Output option for
	 * the node used as an AI agent's tool.
	 */
	simplify?: RecordSummary;
}

/**
 * Simplify, and for the node used as an AI tool (n8n names its tool variant `<node>Tool`, which
 * `@tool` tests) Output and its fields. The same three properties on every operation, so
 * compactProperties merges each into one: n8n resolves each once per item, not once per operation.
 */
const outputProperties: INodeProperties[] = [
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		displayOptions: { hide: { '@tool': [true] } },
	},
	{
		displayName: 'Output',
		name: 'outputFormat',
		type: 'options',
		default: 'raw',
		options: [
			{ name: 'Raw', value: 'raw', description: 'Every field ChatWoot returns' },
			{ name: 'Simplified', value: 'simplified', description: 'The few fields a workflow or an agent most needs, flattened' },
			{ name: 'Selected Fields', value: 'selected', description: 'Only the fields you name' },
		],
		description: 'What the tool returns to the agent',
		displayOptions: { show: { '@tool': [true] } },
	},
	{
		displayName: 'Fields',
		name: 'outputFields',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'name, email, meta.sender.name',
		description: 'The fields to return, separated by commas; a dotted name reads inside an object (meta.sender.name)',
		displayOptions: { show: { '@tool': [true], outputFormat: ['selected'] } },
	},
];

/** The properties that say what the output looks like, which every operation shows last (compactProperties). */
export const outputPropertyNames = outputProperties.map((property) => property.name);

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

/** What the description adds for routes that need more than a member's token, or a newer ChatWoot. */
function accessNotes({ admin, enterprise, since, bot }: Access): string[] {
	const botSince = typeof bot === 'string' ? `An agent bot token needs ChatWoot ${sinceLabel(bot)}.` : '';
	return [enterprise ? 'Needs ChatWoot Enterprise.' : '', admin ? 'Needs an administrator.' : '', since ? sinceNote(since) : '', botSince].filter(Boolean);
}

/** A description followed by its notes, as sentences: `Merge the keys. Needs ChatWoot 4.17+.` */
function withNotes(description: string | undefined, notes: string[]): string {
	if (!notes.length) return description ?? '';
	return [description?.replace(/\.?\s*$/, '.'), ...notes].filter(Boolean).join(' ');
}

/**
 * The fields with their "Needs ChatWoot X+." notes, and what the transport checks before sending.
 * A name in `fieldsSince` that is no field of the operation is a mistake, caught at load time.
 */
function markFieldsSince(spec: OperationSpec): { fields: INodeProperties[]; fieldsSince: FieldSince[] } {
	const fieldsSince: FieldSince[] = [];
	const noted = (field: INodeProperties, parameter: string): INodeProperties => {
		const since = spec.fieldsSince?.[parameter];
		if (!since) return field;
		fieldsSince.push({ parameter, displayName: field.displayName, since, default: field.default });
		return { ...field, description: withNotes(field.description, [sinceNote(since)]) };
	};
	const fields = (spec.fields ?? []).map((field) => {
		const outer = noted(field, field.name);
		if (field.type !== 'collection' || !field.options) return outer;
		return { ...outer, options: (field.options as INodeProperties[]).map((inner) => noted(inner, `${field.name}.${inner.name}`)) };
	});
	const unknown = Object.keys(spec.fieldsSince ?? {}).filter((parameter) => !fieldsSince.some((field) => field.parameter === parameter));
	if (unknown.length) throw new Error(`${spec.resource}/${spec.value}: fieldsSince names no field of the operation: ${unknown.join(', ')}`);
	return { fields, fieldsSince };
}

/**
 * The output steps with the Simplify / Output step folded into the last one, so an operation
 * still reads its answer with one step (the envelope contract test reads that step's `records`).
 */
function shapedSteps(steps: PostReceiveAction[], shape: OutputShaper | undefined): PostReceiveAction[] {
	if (!shape) return steps;
	const last = steps[steps.length - 1];
	if (typeof last !== 'function') return [...steps, shape];
	return [...steps.slice(0, -1), thenShaped(last, shape)];
}

export function defineOperation(spec: OperationSpec): Operation {
	const access = spec.access ?? {};
	registerAccess(spec.method, spec.path, access);
	const marked = markFieldsSince(spec);
	registerVersionNeeds(spec.method, spec.path, { since: access.since, bot: access.bot, action: spec.action, fields: marked.fieldsSince });
	const show = { resource: [spec.resource], operation: [spec.value] };
	const fields = [...marked.fields, ...(spec.paging ? returnAllFields : []), ...(spec.simplify ? outputProperties : [])];
	const properties = fields.map((field) => ({
		...field,
		displayOptions: { ...field.displayOptions, show: { ...show, ...field.displayOptions?.show } },
	}));
	const output = spec.output ?? 'payload';
	// The Simplify / Output step follows whichever step reads the records: the pager or the output steps.
	const shape = spec.simplify ? outputShaper(spec.simplify) : undefined;
	const pathParameters = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
	const shared = [checkFields(fields, [...pathParameters, ...(spec.checkedBySteps ?? [])])];
	const own = [...(spec.simplify ? [checkOutputFields] : []), ...(spec.preSend ?? [])];
	// The shared checks come after the operation's own, whose messages know the field best, except
	// where a step uploads a file: it may send (the record first, then the file) before the request.
	const preSend = (takesFiles(fields) ? [...shared, ...own] : [...own, ...shared]).map(routingStep);
	const option: INodePropertyOptions = {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: withNotes(spec.description, accessNotes(access)),
		routing: {
			request: { method: spec.method, url: spec.path },
			...(preSend.length ? { send: { preSend } } : {}),
			...(spec.paging
				? { operations: { pagination: routingStep(shape ? thenShaped(pager(spec.paging), shape) : pager(spec.paging)) } }
				: { output: { postReceive: shapedSteps(outputSteps(output), shape) } }),
			...(spec.send ? { operations: { pagination: routingStep(spec.send) } } : {}),
		},
	};
	return { option, properties };
}

/** A resource: its entry in the Resource list, its Operation list and every operation's fields. */
export function defineResource(
	resource: Pick<INodePropertyOptions, 'name' | 'description'> & { value: string; defaultOperation?: string },
	operations: Operation[],
): { option: INodePropertyOptions; properties: INodeProperties[] } {
	const options = operations.map((operation) => operation.option).sort(byName);
	// Saved workflows omit parameters equal to their default, so a resource's default operation never changes.
	const defaultOperation = resource.defaultOperation ?? options[0]?.value ?? '';
	return {
		option: { name: resource.name, value: resource.value, description: resource.description },
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: [resource.value] } },
				options,
				default: defaultOperation,
			},
			...operations.flatMap((operation) => operation.properties),
		],
	};
}
