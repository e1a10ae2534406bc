import { idInBody } from '../../shared/requestBody';
import { agentIdsField, checkAgentIds, chosenAgentIds } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const removeInboxMembers = defineOperation({
	resource: 'inbox',
	value: 'removeMembers',
	name: 'Remove Members',
	action: 'Remove agents from an inbox',
	description: "Take agents out of an inbox",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/inbox_members',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox to remove agents from'), agentIdsField('The agents to remove')],
	preSend: [checkAgentIds, idInBody('inboxId', 'inbox_id', { asText: true })],
	output: withRecordFields({ inbox_id: 'inboxId', user_ids: chosenAgentIds }),
});
