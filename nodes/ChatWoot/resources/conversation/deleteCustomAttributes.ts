import { attributeKeysBody, attributeKeysField } from '../../shared/customAttributes';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

/** ChatWoot 4.17 added the route (PR #15119); it answers `{custom_attributes}`, the ones left. Agent bot tokens may not call it. */
export const deleteConversationCustomAttributes = defineOperation({
	resource: 'conversation',
	value: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a conversation',
	description: "Remove some of a conversation's custom attribute keys, keeping the others",
	method: 'POST',
	path: `${CONVERSATION}/destroy_custom_attributes`,
	access: { since: '4.17.0' },
	fields: [...conversationFields('The conversation whose custom attributes are removed'), attributeKeysField],
	preSend: [attributeKeysBody],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
