import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

/** ChatWoot answers with the bare number; the item names it. */
async function unreadCountItem(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { unread_count: Number(response.body) } }];
}

export const getNotificationUnreadCount = defineOperation({
	resource: 'notification',
	value: 'getUnreadCount',
	name: 'Get Unread Count',
	action: 'Get the number of unread notifications',
	description: "How many of the token's user's notifications in the account are unread",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/notifications/unread_count',
	fields: [accountIdField()],
	output: [unreadCountItem],
});
