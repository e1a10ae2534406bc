import { accountIdField, booleanOption } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

export const setInboxInboundCalls = defineOperation({
	resource: 'inbox',
	value: 'setInboundCalls',
	name: 'Turn Inbound Calls On or Off',
	action: 'Turn inbound calls of an inbox on or off',
	description: 'Voice-capable inboxes: whether contacts can call in',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/set_inbound_calls',
	access: { admin: true, enterprise: true, since: '4.15.0' },
	fields: [
		accountIdField(),
		inboxLocator('The voice-capable inbox'),
		booleanOption('Inbound Calls Enabled', 'inboundCallsEnabled', 'inbound_calls_enabled', {
			description: 'Whether contacts can call the inbox',
			default: true,
		}),
	],
	output: withRecordFields({ inbox_id: 'inboxId', inbound_calls_enabled: 'inboundCallsEnabled' }),
});
