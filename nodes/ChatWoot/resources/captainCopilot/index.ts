import { defineResource } from '../../shared/operation';
import { createCopilotThread } from './createThread';
import { getCopilotMessages } from './getMessages';
import { getCopilotThreads } from './getThreads';
import { sendCopilotMessage } from './sendMessage';

export const captainCopilot = defineResource(
	{ name: 'Captain Copilot', value: 'captainCopilot', description: 'Ask Captain Copilot questions in threads of your own' },
	[createCopilotThread, getCopilotMessages, getCopilotThreads, sendCopilotMessage],
);
