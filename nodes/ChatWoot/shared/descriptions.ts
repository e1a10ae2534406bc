import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

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
	// The lint takes locator modes for parameters; modes have no default.
	const modes: NonNullable<INodeProperties['modes']> = [
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: kind.searchListMethod, searchable: kind.searchable ?? true },
		},
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1',
			validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a number, e.g. 42' } }],
		},
	];
	if (kind.urlSegment) {
		const pattern = `/${kind.urlSegment}/(\\d+)`;
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		modes.push({
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
		});
	}
	return {
		displayName: label,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes,
	};
}

/** The account every application-API path starts with, chosen from the accounts of the token's user. */
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
