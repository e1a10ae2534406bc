import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { CONVERSATION, conversationFields } from './fields';

/** The address the transcript goes to, as sent. */
const transcriptAddress = (context: IExecuteSingleFunctions) => String(context.getNodeParameter('email', '')).trim();

/** ChatWoot queues the mail and answers 200 whatever the address, so a wrong one must be refused here. */
async function checkTranscriptEmail(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const email = transcriptAddress(this);
	if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
		throw new NodeOperationError(this.getNode(), `Email must be an email address, not "${email}"`, {
			itemIndex: this.getItemIndex(),
			description: 'Enter the address the transcript goes to, e.g. name@example.com.',
		});
	}
	return { ...requestOptions, body: { email } };
}

export const sendConversationTranscript = defineOperation({
	resource: 'conversation',
	value: 'sendTranscript',
	name: 'Email Transcript',
	action: 'Email the transcript of a conversation',
	description: "Email a conversation's messages to an address. ChatWoot refuses it on plans without email transcripts (402) or over the account's email quota (429).",
	method: 'POST',
	path: `${CONVERSATION}/transcript`,
	fields: [
		...conversationFields('The conversation to send'),
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			routing: { send: { type: 'body', property: 'email' } },
		},
	],
	preSend: [checkTranscriptEmail],
	output: withRecordFields({ conversation_id: 'conversationId', email: transcriptAddress }),
});
