import { checkAvatarUrl } from '../contact/fields';
import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { avatarUpload } from '../../transport/multipart';
import { agentBotOptions, parseBotConfig } from './fields';

export const createAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'create',
	name: 'Create',
	action: 'Create an agent bot',
	description: 'Create a bot that can answer conversations of the inboxes it is connected to',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/agent_bots',
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name'),
		additionalFields('agentBotAdditionalFields', agentBotOptions),
	],
	preSend: [parseBotConfig, checkAvatarUrl, avatarUpload('agentBotAdditionalFields', { createdIdAt: 'id' })],
	output: '',
});
