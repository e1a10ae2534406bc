/** Workflow and credential JSON in the shape `n8n import:*` takes, built for the tests. */

export const CREDENTIAL_ID = 'cwMockCredential';
export const BAD_CREDENTIAL_ID = 'cwBadTokenCredential';

export function credential(id: string, baseUrl: string, accessToken: string) {
	return { id, name: `ChatWoot ${id}`, type: 'chatWootTokenApi', data: { baseUrl, accessToken } };
}

type Parameters = Record<string, unknown>;
interface NodeSpec {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Parameters;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

/** A linear workflow run by hand: Manual Trigger, then the given nodes in order. */
export function workflow(id: string, steps: NodeSpec[]) {
	return triggeredWorkflow(id, { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }, ...steps);
}

/** Items from JSON: Edit Fields puts the array in one item, Split Out makes one item per element. */
export function itemsFrom(rows: object[]): NodeSpec[] {
	return [
		{
			name: 'Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
		},
		{
			name: 'One Item Per Row',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
	];
}

export function readFile(path: string): NodeSpec {
	return {
		name: 'Read Avatar',
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1,
		parameters: { operation: 'read', fileSelector: path, options: {} },
	};
}

export function chatWootUpdate(
	nodeType: string,
	parameters: Parameters,
	{ credentialId = CREDENTIAL_ID, continueOnFail = false, retryOnFail = false } = {},
): NodeSpec {
	return {
		name: 'ChatWoot',
		type: nodeType,
		typeVersion: 1,
		parameters: { resource: 'contact', operation: 'update', ...parameters },
		credentials: { chatWootTokenApi: { id: credentialId, name: `ChatWoot ${credentialId}` } },
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		...(retryOnFail ? { retryOnFail: true, maxTries: 2, waitBetweenTries: 100 } : {}),
	};
}

/** A workflow started by a trigger node (activated, not run by hand), then the given nodes in order. */
export function triggeredWorkflow<Trigger extends { name: string }, Step extends { name: string }>(id: string, trigger: Trigger, ...steps: Step[]) {
	const nodes = [trigger, ...steps].map((node, index) => ({ id: `${id}-${index}`, position: [index * 220, 0], ...node }));
	const connections = Object.fromEntries(
		nodes.slice(0, -1).map((node, index) => [node.name, { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] }]),
	);
	return { id, name: id, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** The ChatWoot Trigger on account 1's `message_created` webhooks (registered with the user token `credentialId`). */
export function accountWebhookTrigger(nodeType: string, webhookId: string, credentialId = CREDENTIAL_ID) {
	return {
		name: 'ChatWoot Trigger',
		type: `${nodeType}Trigger`,
		typeVersion: 1,
		webhookId,
		parameters: { source: 'accountWebhook', accountId: 1, events: ['message_created'] },
		credentials: { chatWootTokenApi: { id: credentialId, name: `ChatWoot ${credentialId}` } },
	};
}

/** The ChatWoot Trigger taking an agent bot's `message_created` events, signed with `secret`. */
export function botTrigger(nodeType: string, webhookId: string, secret: string) {
	return {
		name: 'ChatWoot Bot Trigger',
		type: `${nodeType}Trigger`,
		typeVersion: 1,
		webhookId,
		parameters: { source: 'botOrInbox', secret, botEvents: ['message_created'] },
	};
}

/** A Contact Update naming Ann after the message that started the workflow: the run shows at the mock. */
export function renameAfterMessage(nodeType: string) {
	return chatWootUpdate(nodeType, { accountId: '1', contactId: '={{ $json.contactId }}', updateFields: { name: '={{ "Ann (message " + $json.messageId + ")" }}' } });
}

/** The ChatWoot node answering in the triggering event's conversation as an agent bot (its credential `credentialId`). */
export function botReply(nodeType: string, content: string, credentialId: string) {
	return {
		name: 'Reply As Bot',
		type: nodeType,
		typeVersion: 1,
		parameters: {
			authentication: 'agentBotToken',
			resource: 'message',
			operation: 'create',
			accountId: '={{ $json.accountId }}',
			conversationId: '={{ $json.conversationId }}',
			content,
		},
		credentials: { chatWootAgentBotApi: { id: credentialId, name: 'ChatWoot bot' } },
	};
}
