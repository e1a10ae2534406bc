import { defineResource } from '../../shared/operation';
import { createAgentBot } from './create';
import { deleteAgentBot } from './delete';
import { deleteAgentBotAvatar } from './deleteAvatar';
import { getAgentBot } from './get';
import { getManyAgentBots } from './getMany';
import { resetAgentBotAccessToken } from './resetAccessToken';
import { resetAgentBotSecret } from './resetSecret';
import { updateAgentBot } from './update';

export const agentBot = defineResource(
	{ name: 'Agent Bot', value: 'agentBot', description: 'Bots that answer conversations through a webhook', defaultOperation: 'getMany' },
	[
		getManyAgentBots,
		getAgentBot,
		createAgentBot,
		updateAgentBot,
		deleteAgentBot,
		deleteAgentBotAvatar,
		resetAgentBotAccessToken,
		resetAgentBotSecret,
	],
);
