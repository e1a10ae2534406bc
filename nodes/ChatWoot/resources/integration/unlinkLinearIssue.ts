import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberInBody, textInBody } from './fields';

export const unlinkLinearIssue = defineOperation({
	resource: 'integration',
	value: 'unlinkLinearIssue',
	name: 'Unlink Linear Issue',
	action: 'Unlink a Linear issue from a conversation',
	description: 'Remove the link between a Linear issue and a conversation',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/linear/unlink_issue',
	fields: [
		accountIdField(),
		numberInBody('Conversation ID', 'conversationId', 'conversation_id', 'The conversation number as the dashboard shows it'),
		textInBody('Link ID', 'linkId', 'link_id', 'The link ID as Get Many Linked Linear Issues shows it'),
		textInBody('Issue ID', 'issueId', 'issue_id', 'The Linear issue, e.g. ENG-42'),
	],
	output: '',
});
