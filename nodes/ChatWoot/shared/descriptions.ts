import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { idDisplayName } from '../transport/path';

/**
 * A required numeric ID for the request path. Operations name it in their path template
 * (`/contacts/{contactId}`); transport/path.ts fills it in and refuses `0`, `-1` or `abc`,
 * naming the field by the same display name.
 */
export function idField(name: string, description: string, show: IDisplayOptions['show']): INodeProperties {
	return {
		displayName: idDisplayName(name),
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1',
		description,
		displayOptions: { show },
	};
}

export const accountIdField = (show: IDisplayOptions['show']): INodeProperties =>
	idField(
		'accountId',
		'The numeric ID of the ChatWoot account, the number after /accounts/ in the dashboard address',
		show,
	);
