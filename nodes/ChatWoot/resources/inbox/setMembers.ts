import { idInBody } from '../../shared/requestBody';
import { agentIdsField, checkAgentIds } from '../agent/fields';
import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const setInboxMembers = defineOperation({
	resource: 'inbox',
	value: 'setMembers',
	name: 'Replace Members',
	action: 'Replace the agents of an inbox',
	description: "Make the given agents the inbox's whole membership: agents left out are removed. Outputs the inbox's agents.",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/inbox_members',
	access: { admin: true },
	fields: [accountIdField(), inboxLocator('The inbox whose agents to replace'), agentIdsField('Every agent the inbox should have')],
	preSend: [checkAgentIds, idInBody('inboxId', 'inbox_id', { asText: true })],
	output: withRecordFields({ inbox_id: 'inboxId' }, 'payload'),
});
