import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { firstNonId, listEntries } from '../../shared/lists';
import { booleanOption } from '../../shared/descriptions';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** What agent operations, team members and inbox members share: agents' fields and lists of agent IDs. */

export const ROLE_OPTIONS = [
	{ name: 'Administrator', value: 'administrator' },
	{ name: 'Agent', value: 'agent' },
];

const AVAILABILITY_OPTIONS = [
	{ name: 'Busy', value: 'busy' },
	{ name: 'Offline', value: 'offline' },
	{ name: 'Online', value: 'online' },
];

/** Online, busy or offline: an agent's setting, and what a user sets for themselves in Profile. */
export const availabilityField: INodeProperties = {
	displayName: 'Availability',
	name: 'availability',
	type: 'options',
	options: AVAILABILITY_OPTIONS,
	default: 'online',
	routing: { send: { type: 'body', property: 'availability' } },
};

/** An agent's optional settings, as options of a collection. */
export const agentSettingOptions: INodeProperties[] = [
	booleanOption('Auto Offline', 'autoOffline', 'auto_offline', {
		description: 'Whether ChatWoot sets the agent offline when they close the dashboard',
		default: true,
	}),
	availabilityField,
];

/** Several agents, picked from the account's agents or given as IDs by an expression. */
export function agentIdsField(hint: string): INodeProperties {
	return {
		displayName: 'Agent Names or IDs',
		name: 'agentIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgents', ...LOADED_FROM_ACCOUNT },
		default: [],
		required: true,
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: `${hint}; an expression may give an array or comma-separated IDs`,
		routing: { send: { type: 'body', property: 'user_ids' } },
	};
}

/** Agent IDs as ChatWoot's `user_ids[]`: whole numbers from a list, an array or comma-separated text. */
/** The agents of this item's Agent Names or IDs, as the `user_ids` sent (checkAgentIds refuses anything else). */
export const chosenAgentIds = (context: IExecuteSingleFunctions) => listEntries(context.getNodeParameter('agentIds', [])).map(Number);

export async function checkAgentIds(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const given = body.user_ids;
	const entries = listEntries(given);
	const wrong = firstNonId(entries);
	if (!entries.length || wrong !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			wrong === undefined ? 'Agents: choose at least one agent' : `Agents: "${wrong}" is not an agent ID`,
			{
				itemIndex: this.getItemIndex(),
				description: 'Pick agents from the list, or give their numeric IDs as an array or comma-separated text, e.g. 1,2,3.',
			},
		);
	}
	return { ...requestOptions, body: { ...body, user_ids: entries.map(Number) } };
}
