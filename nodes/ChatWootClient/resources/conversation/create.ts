import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientConversationSummary } from '../../../ChatWoot/shared/simplify';
import { CONTACT_PATH, contactIdentifierField, parseCustomAttributes } from '../../shared';

export const createConversation = defineOperation({
	resource: 'conversation',
	value: 'create',
	name: 'Start',
	action: 'Start a conversation',
	description: 'Start a conversation for the contact in this inbox',
	method: 'POST',
	path: `${CONTACT_PATH}/conversations`,
	simplify: clientConversationSummary,
	fields: [
		contactIdentifierField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Custom Attributes',
					name: 'customAttributes',
					type: 'json',
					default: '{}',
					description: 'A JSON object stored on the conversation',
					routing: { send: { type: 'body', property: 'custom_attributes' } },
				},
			],
		},
	],
	preSend: [parseCustomAttributes],
	output: '',
});
