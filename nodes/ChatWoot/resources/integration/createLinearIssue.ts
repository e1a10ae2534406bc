import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberInBody, textInBody } from './fields';
import { linearIssueOptions } from './linearFields';

export const createLinearIssue = defineOperation({
	resource: 'integration',
	value: 'createLinearIssue',
	name: 'Create Linear Issue',
	action: 'Create a Linear issue from a conversation',
	description: 'Create a Linear issue linked to a conversation',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/linear/create_issue',
	fields: [
		accountIdField(),
		numberInBody('Conversation ID', 'conversationId', 'conversation_id', 'The conversation number as the dashboard shows it'),
		textInBody('Linear Team ID', 'linearTeamId', 'team_id', 'The team ID as Get Many Linear Teams shows it'),
		textInBody('Title', 'title', 'title', 'The issue title'),
		additionalFields('integrationAdditionalFields', linearIssueOptions),
	],
	output: '',
});
