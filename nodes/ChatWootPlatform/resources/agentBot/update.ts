import { defineOperation } from '../../../ChatWoot/shared/operation';
import { avatarUpload } from '../../../ChatWoot/transport/multipart';

import { agentBotFieldOptions, agentBotIdField } from './fields';
import { bodyField, updateFields } from '../../../ChatWoot/shared/descriptions';
import { byDisplayName } from '../../../ChatWoot/shared/alphabetical';

export const updateAgentBot = defineOperation({
	resource: 'agentBot',
	value: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	description: "Change an agent bot's name, outgoing URL, description or avatar",
	method: 'PATCH',
	path: '/platform/api/v1/agent_bots/{agentBotId}',
	fields: [
		agentBotIdField(),
		updateFields('updateFields', [...agentBotFieldOptions, bodyField('Name', 'name', 'name')].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: [avatarUpload('updateFields')],
	output: '',
});
