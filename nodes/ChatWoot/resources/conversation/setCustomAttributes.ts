import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { conversationCustomAttributeFields, CUSTOM_ATTRIBUTES, customAttributesBody } from './customAttributes';

export const setConversationCustomAttributes = defineOperation({
	resource: 'conversation',
	value: 'setCustomAttributes',
	name: 'Replace Custom Attributes',
	action: 'Replace the custom attributes of a conversation',
	description: "Replace a conversation's custom attributes with these; keys left out are removed",
	method: 'POST',
	path: CUSTOM_ATTRIBUTES,
	access: { bot: true },
	fields: conversationCustomAttributeFields(
		'A JSON object that, with the Custom Attribute Fields, becomes all of the custom attributes: keys left out are removed, {} and no fields remove them all',
	),
	preSend: customAttributesBody,
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
