import { defineOperation } from '../../../ChatWoot/shared/operation';
import { avatarUpload } from '../../../ChatWoot/transport/multipart';
import { agentBotFieldOptions } from './fields';
import { additionalFields, requiredBodyField } from '../../../ChatWoot/shared/descriptions';

export const createAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'create',
	name: 'Create',
	action: 'Create an agent bot',
	description: 'Create an agent bot owned by the platform app',
	method: 'POST',
	path: '/platform/api/v1/agent_bots',
	fields: [
		requiredBodyField('Name', 'name', 'name'),
		additionalFields('additionalFields', agentBotFieldOptions),
	],
	preSend: [avatarUpload('additionalFields', { createdIdAt: 'id' })],
	output: '',
});
