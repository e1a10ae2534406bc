import { defineResource } from '../../shared/operation';
import { createMessage } from './create';
import { deleteMessage } from './delete';
import { getMessage } from './get';
import { getManyMessages } from './getMany';
import { retryMessage } from './retry';
import { translateMessage } from './translate';
import { updateMessageStatus } from './updateStatus';

export const message = defineResource(
	{ name: 'Message', value: 'message', description: 'Messages and private notes of a conversation', defaultOperation: 'create' },
	[createMessage, deleteMessage, getMessage, getManyMessages, retryMessage, translateMessage, updateMessageStatus],
);
