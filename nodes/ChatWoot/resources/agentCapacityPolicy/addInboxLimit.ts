import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';
import { capacityPolicyIdField, conversationLimitField } from './fields';

export const addCapacityPolicyInboxLimit = defineOperation({
	resource: 'agentCapacityPolicy',
	value: 'addInboxLimit',
	name: 'Add Inbox Limit',
	action: 'Add an inbox limit to an agent capacity policy',
	description: 'Cap the open conversations of one inbox per agent',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_capacity_policies/{capacityPolicyId}/inbox_limits',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), capacityPolicyIdField('The policy'), inboxLocator('The inbox to limit'), conversationLimitField],
	preSend: [idInBody('inboxId', 'inbox_id')],
	output: '',
});
