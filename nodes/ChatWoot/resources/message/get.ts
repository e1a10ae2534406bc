import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { messageSummary } from '../../shared/simplify';
import { downloadOptions } from '../../shared/attachmentDownloads';
import { conversationFields, messageIdField, MESSAGES_PATH, oneMessage } from './fields';

/** ChatWoot's list answers `after=<id>&before=<id + 1>` with the messages whose id is in [id, id + 1): just that one. */
async function selectOneMessage(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const text = String(this.getNodeParameter('messageId', '')).trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		throw new NodeOperationError(this.getNode(), text ? `Message ID must be a positive whole number, not "${text}"` : 'Message ID is required', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the numeric ID of the message, e.g. the `id` of a message from Get Many.',
		});
	}
	return { ...requestOptions, qs: { ...requestOptions.qs, after: Number(text), before: Number(text) + 1 } };
}

export const getMessage = defineOperation({
	resource: 'message',
	value: 'get',
	name: 'Get',
	action: 'Get a message',
	description: 'Get one message of a conversation, optionally with its attachments downloaded as binary data',
	method: 'GET',
	path: MESSAGES_PATH,
	simplify: messageSummary,
	fields: [...conversationFields('the message is in'), messageIdField('to get'), downloadOptions('messageOptions', 'the message')],
	preSend: [selectOneMessage],
	output: [oneMessage],
});
