import { idInBody } from '../../shared/requestBody';
import { agentIdsField, checkAgentIds } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const addInboxMembers = defineOperation({
	resource: 'inbox',
	value: 'addMembers',
	name: 'Add Members',
	action: 'Add agents to an inbox',
	description: "Add agents to an inbox; agents already in it stay. Outputs the inbox's agents.",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inbox_members',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox to add agents to'), agentIdsField('The agents to add')],
	preSend: [checkAgentIds, idInBody('inboxId', 'inbox_id')],
	output: withRecordFields({ inbox_id: 'inboxId' }, 'payload'),
});
