import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { readPositiveId } from '../../transport/path';
import { messageSummary } from '../../shared/simplify';
import { downloadOptions } from '../../shared/attachmentDownloads';
import { conversationFields, messageIdField, MESSAGES_PATH, oneMessage } from './fields';

/** ChatWoot's list answers `after=<id>&before=<id + 1>` with the messages whose id is in [id, id + 1): just that one. */
async function selectOneMessage(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = readPositiveId(this, 'messageId');
	return { ...requestOptions, qs: { ...requestOptions.qs, after: id, before: id + 1 } };
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
