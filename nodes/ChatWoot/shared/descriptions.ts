import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { EMPTY_ACCOUNT_HINT } from '../transport/account';
import { idDisplayName } from '../transport/path';

/**
 * A required numeric ID for the request path. Operations name it in their path template
 * (`/contacts/{contactId}`); transport/path.ts fills it in and refuses `0`, `-1` or `abc`,
 * naming the field by the same display name.
 */
export function idField(name: string, description: string, show?: IDisplayOptions['show']): INodeProperties {
	return {
		displayName: idDisplayName(name),
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1',
		description,
		...(show ? { displayOptions: { show } } : {}),
	};
}

/** Where a resource locator's list comes from and how its dashboard URL is recognised. */
interface LocatorKind {
	/** The listSearch method of the node that lists the choices. */
	searchListMethod: string;
	/** Whether the list filters as the user types (a ChatWoot search), or only locally. */
	searchable?: boolean;
	/** The path segment before the ID in a ChatWoot dashboard address, e.g. `contacts`. */
	urlSegment?: string;
	/** An example dashboard address for the URL mode's placeholder. */
	urlExample?: string;
}

/**
 * A required ID chosen From List, By ID or By URL (a ChatWoot dashboard address copied from
 * the browser). Operations use it like `idField`: the path template names it and transport/path.ts
 * reads the extracted ID.
 */
export function locatorField(name: string, description: string, kind: LocatorKind): INodeProperties {
	const label = idDisplayName(name).replace(/ ID$/, '');
	const pattern = `/${kind.urlSegment}/(\\d+)`;
	const field: INodeProperties = {
		displayName: label,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		// Written inside `modes`: n8n's lint knows locator modes (which have no default) only there.
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: kind.searchListMethod, searchable: kind.searchable ?? true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a number, e.g. 42' } }],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: kind.urlExample,
				validation: [
					{
						type: 'regex',
						properties: { regex: `.*${pattern}.*`, errorMessage: `Paste a ChatWoot address containing /${kind.urlSegment}/<number>` },
					},
				],
				extractValue: { type: 'regex', regex: pattern },
			},
		],
	};
	// A record whose dashboard address has no ID of its own (an agent) has no By URL.
	if (!kind.urlSegment) field.modes = field.modes?.filter((mode) => mode.name !== 'url');
	return field;
}

/**
 * The account every application-API path starts with, chosen from the accounts of the token's
 * user. Optional: left empty, transport/account.ts uses the token's only account.
 */
export const accountIdField = (show?: IDisplayOptions['show']): INodeProperties => ({
	...locatorField(
		'accountId',
		'The ChatWoot account, the number after /accounts/ in the dashboard address',
		{
			searchListMethod: 'searchAccounts',
			searchable: false,
			urlSegment: 'accounts',
			urlExample: 'e.g. https://app.chatwoot.com/app/accounts/1/dashboard',
		},
	),
	displayName: 'Account',
	required: false,
	hint: EMPTY_ACCOUNT_HINT,
	...(show ? { displayOptions: { show } } : {}),
});

/** Return All and Limit, added to every listing operation by defineOperation. */
export const returnAllFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * Field builders for the shapes most operations repeat. Each takes the field's display name, its
 * parameter name and the body property it is sent as, so a call still reads as what it sends;
 * `extra` adds what differs (description, placeholder).
 */
type FieldExtra = Pick<INodeProperties, 'description' | 'placeholder'>;

function sentAs(property: string): INodeProperties['routing'] {
	return { send: { type: 'body', property } };
}

/** A text field sent as `property` of the body (dotted for a nested one, e.g. `company.name`). */
export function bodyField(displayName: string, name: string, property: string, extra: FieldExtra & { default?: string } = {}): INodeProperties {
	return { displayName, name, type: 'string', default: '', ...extra, routing: sentAs(property) };
}

/** A text field the operation cannot go without, sent as `property` of the body. */
export function requiredBodyField(displayName: string, name: string, property: string, extra: FieldExtra = {}): INodeProperties {
	return { ...bodyField(displayName, name, property, extra), required: true };
}

/** A JSON-object field sent as `property`; parse it before sending with `parseJsonAt` (shared/requestBody.ts). */
export function jsonOption(displayName: string, name: string, property: string, extra: FieldExtra = {}): INodeProperties {
	return { displayName, name, type: 'json', default: '{}', ...extra, routing: sentAs(property) };
}

/** A yes/no option sent as `property`, off unless `extra.default` says otherwise. */
export function booleanOption(
	displayName: string,
	name: string,
	property: string,
	extra: FieldExtra & { default?: boolean } = {},
): INodeProperties {
	return { displayName, name, type: 'boolean', default: false, ...extra, routing: sentAs(property) };
}

/*
 * The collections below take their parameter name: the ChatWoot node names them after their
 * resource (`teamUpdateFields`, `conversationOptions`), because n8n's declarative engine resolves,
 * for every item, the value of every top-level property of a name once per property that has
 * it (twice in n8n 2.x): with one `updateFields` per resource, an expression in one resource's
 * Update Fields was evaluated once for each resource that has them. Contact keeps the plain
 * names its saved workflows use (`updateFields`, `additionalFields`, `options`).
 */

/** The optional fields of a create: only the ones added are sent. */
export function additionalFields(name: string, options: INodeProperties[]): INodeProperties {
	return { displayName: 'Additional Fields', name, type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/** The fields of an update: only the ones added are sent, so the record keeps every other value. */
export function updateFields(name: string, options: INodeProperties[], description?: string): INodeProperties {
	return {
		displayName: 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...(description ? { description } : {}),
		options,
	};
}

/** Options that shape a listing or a search (sort, filters), sent only when added. */
export function optionsCollection(name: string, options: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name, type: 'collection', placeholder: 'Add Option', default: {}, options };
}

/** Filters of a listing, sent as query parameters only when added. */
export function filtersCollection(name: string, options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name, type: 'collection', placeholder: 'Add Filter', default: {}, options };
}
