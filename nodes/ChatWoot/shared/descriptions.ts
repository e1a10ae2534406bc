import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { requirePositiveId } from './validation';

/**
 * A required numeric ID that also goes into the request path. It checks itself before the
 * request is sent, so every operation using it refuses `0`, `-1` or `abc` the same way.
 */
export function idField(
	name: string,
	displayName: string,
	description: string,
	show: IDisplayOptions['show'],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1',
		description,
		displayOptions: { show },
		routing: { send: { preSend: [requirePositiveId(name, displayName)] } },
	};
}

export const accountIdField = (show: IDisplayOptions['show']): INodeProperties =>
	idField(
		'accountId',
		'Account ID',
		'The numeric ID of the ChatWoot account, the number after /accounts/ in the dashboard address',
		show,
	);
