import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { CONVERSATION, conversationFields, userIdList } from './fields';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** What Set, Add and Remove Participants share: a list of agent (user) IDs sent as `user_ids`. */

export const PARTICIPANTS = `${CONVERSATION}/participants`;

export const participantFields = (verb: string, description: string): INodeProperties[] => [
	...conversationFields(`The conversation to ${verb} participants`),
	{
		displayName: 'Agent Names or IDs',
		name: 'userIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgents', ...LOADED_FROM_ACCOUNT },
		required: true,
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: `${description}. An expression may give a list or IDs separated by commas.`,
	},
];

/** The agents of this item, as the `user_ids` sent. */
export const chosenUserIds = (context: IExecuteSingleFunctions) => userIdList(context, context.getNodeParameter('userIds', []), 'Agent Names or IDs');

export async function sendUserIds(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { user_ids: chosenUserIds(this) } };
}
