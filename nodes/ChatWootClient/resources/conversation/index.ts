import { defineResource } from '../../../ChatWoot/shared/operation';
import { createConversation } from './create';
import { getConversation } from './get';
import { getManyConversations } from './getMany';
import { resolveConversation } from './resolve';
import { setTyping } from './setTyping';
import { updateLastSeen } from './updateLastSeen';

export const conversation = defineResource(
	{ name: 'Conversation', value: 'conversation', description: "The contact's conversations in the inbox" },
	[createConversation, getConversation, getManyConversations, resolveConversation, setTyping, updateLastSeen],
);
