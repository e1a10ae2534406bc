import { checkAvatarUrl } from '../contact/fields';
import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { avatarUpload } from '../../transport/multipart';
import { agentBotIdField, agentBotOptions, parseBotConfig } from './fields';

export const updateAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	description: "Change an agent bot's name, description, outgoing URL, settings or avatar",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/agent_bots/{agentBotId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		agentBotIdField('The agent bot to update'),
		updateFields('agentBotUpdateFields', [
			...agentBotOptions,
			bodyField('Name', 'name', 'name'),
		], 'Only the fields added here are sent; the bot keeps every other value'),
	],
	preSend: [parseBotConfig, checkAvatarUrl, avatarUpload('agentBotUpdateFields')],
	output: '',
});
