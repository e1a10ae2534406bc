import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { conferenceFields, conversationIdInBody } from './conference';

export const joinInboxCall = defineOperation({
	resource: 'inbox',
	value: 'joinCall',
	name: 'Join Call',
	action: 'Join a call of a voice inbox',
	description: "Add the token's user to a call's conference in a voice inbox",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/conference',
	access: { enterprise: true },
	fields: [accountIdField(), inboxLocator('The voice inbox'), ...conferenceFields],
	preSend: [conversationIdInBody],
	output: '',
});
