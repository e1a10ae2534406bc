import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { numberInBody } from './fields';

export const getLinkedLinearIssues = defineOperation({
	resource: 'integration',
	value: 'getLinkedLinearIssues',
	name: 'Get Many Linked Linear Issues',
	action: 'Get the Linear issues linked to a conversation',
	description: 'List the Linear issues linked to a conversation',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/linear/linked_issues',
	fields: [accountIdField(), numberInBody('Conversation ID', 'conversationId', 'conversation_id', 'The conversation number as the dashboard shows it', 'query')],
	paging: wholeList(''),
});
