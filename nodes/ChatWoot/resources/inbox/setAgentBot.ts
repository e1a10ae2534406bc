import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readPositiveId } from '../../transport/path';
import { accountIdField } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';

/** `agent_bot`: the bot's ID, or null to disconnect the inbox's bot. */
const chosenAgentBot = (context: IExecuteSingleFunctions) => (context.getNodeParameter('detach', false) ? null : readPositiveId(context, 'agentBotId'));

async function agentBotChoice(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { agent_bot: chosenAgentBot(this) } };
}

export const setInboxAgentBot = defineOperation({
	resource: 'inbox',
	value: 'setAgentBot',
	name: 'Set Agent Bot',
	action: 'Set the agent bot of an inbox',
	description: 'Connect an agent bot to an inbox, replacing any other, or disconnect the inbox\'s bot',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}/set_agent_bot',
	access: { admin: true },
	fields: [
		accountIdField(),
		inboxLocator('The inbox to connect the bot to'),
		{
			displayName: 'Disconnect Bot',
			name: 'detach',
			type: 'boolean',
			default: false,
			description: 'Whether to disconnect the inbox\'s agent bot instead of connecting one',
		},
		{
			displayName: 'Agent Bot ID',
			name: 'agentBotId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 1',
			description: 'The agent bot to connect (Agent Bot → Get Many lists them)',
			displayOptions: { show: { detach: [false] } },
		},
	],
	preSend: [agentBotChoice],
	output: withRecordFields({ inbox_id: 'inboxId', agent_bot: chosenAgentBot }),
});
