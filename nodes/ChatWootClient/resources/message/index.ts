import { defineResource } from '../../../ChatWoot/shared/operation';
import { createMessage } from './create';
import { getManyMessages } from './getMany';
import { updateMessage } from './update';

export const message = defineResource(
	{ name: 'Message', value: 'message', description: "Messages of the contact's conversations" },
	[createMessage, getManyMessages, updateMessage],
);
