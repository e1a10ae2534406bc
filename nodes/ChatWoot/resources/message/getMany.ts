import { downloadOptions, withAttachmentDownloads } from '../../shared/attachmentDownloads';
import { defineOperation } from '../../shared/operation';
import { messageSummary } from '../../shared/simplify';
import { messageCursor } from '../../transport/paging';
import { conversationFields, messageAttachments, MESSAGES_PATH } from './fields';

export const getManyMessages = withAttachmentDownloads(
	defineOperation({
		resource: 'message',
		value: 'getMany',
		name: 'Get Many',
		action: 'Get many messages',
		description:
			"List a conversation's messages, oldest first, including private notes and activity messages (Limit keeps the oldest)",
		method: 'GET',
		path: MESSAGES_PATH,
		simplify: messageSummary,
		fields: [...conversationFields('whose messages to get'), downloadOptions('messageOptions', 'each message')],
		// `after` pages hold up to 100 messages (API-NOTES §4).
		paging: messageCursor('payload', 100),
	}),
	messageAttachments,
	'messageOptions',
);
