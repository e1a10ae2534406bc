import { accountIdField, additionalFields, bodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberInBody, textInBody } from './fields';

export const linkLinearIssue = defineOperation({
	resource: 'integration',
	value: 'linkLinearIssue',
	name: 'Link Linear Issue',
	action: 'Link a Linear issue to a conversation',
	description: 'Link an existing Linear issue to a conversation',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/linear/link_issue',
	fields: [
		accountIdField(),
		numberInBody('Conversation ID', 'conversationId', 'conversation_id', 'The conversation number as the dashboard shows it'),
		textInBody('Issue ID', 'issueId', 'issue_id', 'The Linear issue, e.g. ENG-42'),
		additionalFields('integrationAdditionalFields', [
			bodyField('Title', 'title', 'title', { description: 'The link title shown in Linear' }),
		]),
	],
	output: '',
});
