import { downloadOptions, withAttachmentDownloads } from '../../shared/attachmentDownloads';
import { defineOperation } from '../../shared/operation';
import type { ChatWootAttachment } from '../../transport/download';
import { numberedPages } from '../../transport/paging';
import { CONVERSATION, conversationFields } from './fields';

export const getConversationAttachments = withAttachmentDownloads(
	defineOperation({
		resource: 'conversation',
		value: 'getAttachments',
		name: 'Get Attachments',
		action: 'Get the attachments of a conversation',
		description: 'List the files sent in a conversation, newest first, with their download addresses',
		method: 'GET',
		path: `${CONVERSATION}/attachments`,
		fields: [...conversationFields('The conversation whose attachments to get'), downloadOptions('conversationOptions', 'the conversation')],
		paging: numberedPages('payload', 100),
	}),
	// Each record is an attachment itself.
	(attachment) => [attachment as ChatWootAttachment],
	'conversationOptions',
);
