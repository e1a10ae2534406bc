import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';
import { assistantIdField } from '../captainAssistant/fields';
import { copilotMessageFields } from './fields';

export const createCopilotThread = defineOperation({
	resource: 'captainCopilot',
	value: 'createThread',
	name: 'Start Thread',
	action: 'Start a Copilot thread',
	description: 'Ask Copilot a first question; it answers in the background, read the answer with Get Messages',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/copilot_threads',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant Copilot answers as'),
		...copilotMessageFields,
	],
	preSend: [idInBody('assistantId', 'assistant_id')],
	output: '',
});
