import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idField } from '../../../ChatWoot/shared/descriptions';
import { defineOperation } from '../../../ChatWoot/shared/operation';
import { messageSummary } from '../../../ChatWoot/shared/simplify';
import { parseJsonObject } from '../../../ChatWoot/shared/validation';
import { CONVERSATION_PATH, contactIdentifierField, conversationIdField } from '../../shared';

/** The contact's answer to an interactive message (options, form): `submitted_values` as ChatWoot reads it. */
async function parseSubmittedValues(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const submitted = this.getNodeParameter('submittedValues', '{}');
	const example = '{"name":"choice","title":"Yes","value":"yes"}';
	return { ...requestOptions, body: { submitted_values: parseJsonObject(this, submitted, 'Submitted Values', example) } };
}

export const updateMessage = defineOperation({
	resource: 'message',
	value: 'update',
	name: 'Submit Response',
	action: "Submit the contact's response to an interactive message",
	description: 'Answer an options, form or article message as the contact',
	method: 'PATCH',
	path: `${CONVERSATION_PATH}/messages/{messageId}`,
	simplify: messageSummary,
	fields: [
		contactIdentifierField,
		conversationIdField(),
		idField('messageId', 'The numeric ID of the interactive message'),
		{
			displayName: 'Submitted Values',
			name: 'submittedValues',
			type: 'json',
			default: '{}',
			required: true,
			placeholder: '{"name":"choice","title":"Yes","value":"yes"}',
			description: 'The answer as a JSON object with name, title and value',
		},
	],
	preSend: [parseSubmittedValues],
	output: '',
});
