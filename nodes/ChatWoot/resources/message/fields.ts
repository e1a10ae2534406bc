import { NodeOperationError } from 'n8n-workflow';
import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { accountIdField, idField } from '../../shared/descriptions';
import { conversationLocator } from '../../shared/locators';
import { itemWithFiles } from '../../shared/attachmentDownloads';
import type { AttachmentsOf } from '../../shared/attachmentDownloads';
import type { ChatWootAttachment } from '../../transport/download';
import { recordsAt } from '../../transport/output';

/** What the message operations share: where a message is, and downloading its attachments. */

export const MESSAGES_PATH = '/api/v1/accounts/{accountId}/conversations/{conversationId}/messages';
export const MESSAGE_PATH = `${MESSAGES_PATH}/{messageId}`;

/** Account and conversation, the start of every message path. */
export const conversationFields = (action: string): INodeProperties[] => [
	accountIdField(),
	conversationLocator(`The conversation ${action}, by the number ChatWoot shows for it (its display ID)`),
];

export const messageIdField = (action: string): INodeProperties =>
	idField('messageId', `The ID of the message ${action}, as in the \`id\` of a message from Get Many`);

/** A message's files are in its `attachments`. */
export const messageAttachments: AttachmentsOf = (message) => (message.attachments ?? []) as ChatWootAttachment[];

/**
 * Get's output: ChatWoot has no route for one message, so Get asks the list for the id range
 * [id, id + 1) and this picks the message out of the page, downloading its files when asked.
 */
export async function oneMessage(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const messageId = String(this.getNodeParameter('messageId', '')).trim();
	const message = recordsAt(response.body, 'payload').find((record) => String(record.id) === messageId);
	if (!message) {
		throw new NodeOperationError(this.getNode(), `Message ${messageId} is not in this conversation`, {
			itemIndex: this.getItemIndex(),
			description: 'Check the Message ID and the Conversation: message IDs are global, and a message is found only in its own conversation.',
		});
	}
	return [await itemWithFiles(this, message, messageAttachments, 'messageOptions')];
}
