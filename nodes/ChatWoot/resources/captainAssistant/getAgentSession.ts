import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { messageIdField } from '../message/fields';

/** captain/agent_sessions_controller.rb, ChatWoot 4.16.1+ (PR #15078): looked up by the message, 404 when Captain did not write it. */
export const getAgentSession = defineOperation({
	resource: 'captainAssistant',
	value: 'getAgentSession',
	name: 'Get Agent Session',
	action: 'Get how Captain wrote a message',
	description: 'For a reply Captain wrote: the model, credits used, steps taken, FAQs cited and scenarios applied',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/agent_sessions/{messageId}',
	access: { enterprise: true, since: '4.16.1' },
	fields: [accountIdField(), messageIdField('Captain wrote')],
	output: '',
});
