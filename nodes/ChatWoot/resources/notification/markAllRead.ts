import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

/** ChatWoot reads both halves of the actor; notifications' actors are conversations. */
async function conversationActor(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject | undefined;
	if (body?.primary_actor_id === undefined) return requestOptions;
	return { ...requestOptions, body: { ...body, primary_actor_type: 'Conversation' } };
}

export const markAllNotificationsRead = defineOperation({
	resource: 'notification',
	value: 'markAllRead',
	name: 'Mark All as Read',
	action: 'Mark all notifications as read',
	description: "Mark the token's user's notifications in the account as read, all of them or those of one conversation",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/notifications/read_all',
	fields: [
		accountIdField(),
		optionsCollection('notificationOptions', [
			{
				displayName: 'Conversation ID',
				name: 'conversationId',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Only the notifications about this conversation (its internal ID, as in notifications\' primary_actor_id)',
				routing: { send: { type: 'body', property: 'primary_actor_id' } },
			},
		]),
	],
	preSend: [conversationActor],
	output: '',
});
