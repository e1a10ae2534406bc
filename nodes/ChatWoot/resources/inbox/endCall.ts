import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { conferenceFields, conversationIdInBody } from './conference';

export const endInboxCall = defineOperation({
	resource: 'inbox',
	value: 'endCall',
	name: 'End Call',
	action: 'End a call of a voice inbox',
	description: "End a call's conference in a voice inbox",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/conference',
	access: { enterprise: true },
	fields: [accountIdField(), inboxLocator('The voice inbox'), ...conferenceFields],
	preSend: [conversationIdInBody],
	output: '',
});
