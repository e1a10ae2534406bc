import { defineResource } from '../../../ChatWoot/shared/operation';
import { createAgentBot } from './create';
import { deleteAgentBot } from './delete';
import { deleteAgentBotAvatar } from './deleteAvatar';
import { getAgentBot } from './get';
import { getManyAgentBots } from './getMany';
import { updateAgentBot } from './update';

export const agentBot = defineResource(
	{ name: 'Agent Bot', value: 'agentBot', description: 'Bots that answer conversations through their outgoing URL' },
	[createAgentBot, getAgentBot, getManyAgentBots, updateAgentBot, deleteAgentBot, deleteAgentBotAvatar],
);
