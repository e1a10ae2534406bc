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

const MANUAL_TRIGGER: NodeSpec = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

/** A linear workflow run by hand: Manual Trigger, then the given nodes in order. */
export function workflow(id: string, steps: NodeSpec[]) {
	return triggeredWorkflow(id, MANUAL_TRIGGER, ...steps);
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

/** Read/Write Files from Disk reading `path` into the binary property `property` (n8n's default: data). */
export function readFile(path: string, { name = 'Read Avatar', property }: { name?: string; property?: string } = {}): NodeSpec {
	return {
		name,
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1,
		parameters: { operation: 'read', fileSelector: path, options: property ? { dataPropertyName: property } : {} },
	};
}

/** A Code node that puts binary properties read by earlier nodes into one item: `{ property: node that read it }`. */
export function binariesTogether(sources: Record<string, string>): NodeSpec {
	const binary = Object.entries(sources).map(([property, node]) => `${property}: $(${JSON.stringify(node)}).first().binary.${property}`);
	return {
		name: 'Both Files',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return [{ json: {}, binary: { ${binary.join(', ')} } }];` },
	};
}

/** A ChatWoot node named `name` with the user-token credential, on account 1 unless the parameters say otherwise. */
export function chatWootNode(nodeType: string, name: string, parameters: Parameters): NodeSpec {
	return {
		name,
		type: nodeType,
		typeVersion: 1,
		parameters: { accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
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

/** The test-only chat model (test/e2e/fixtures/n8n-nodes-fake-chat-model): it answers by `script` and records what it received in `recordFile`. */
export function scriptedChatModel(script: object[], recordFile: string): NodeSpec {
	return {
		name: 'Scripted Chat Model',
		type: 'n8n-nodes-fake-chat-model.fakeChatModel',
		typeVersion: 1,
		parameters: { script: JSON.stringify(script), recordFile },
	};
}

/** The ChatWoot node as an AI-agent tool (`<package>.chatWootTool`); the agent calls it by its name, spaces made underscores. */
export function chatWootTool(nodeType: string, name: string, parameters: Parameters): NodeSpec {
	return {
		name,
		type: `${nodeType}Tool`,
		typeVersion: 1,
		parameters: { accountId: '1', ...parameters },
		credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
	};
}

export const AGENT = 'AI Agent';

/** n8n's Chat Trigger, public as an embedded chat: POST `/webhook/<webhookId>/chat` runs the workflow and answers with the last node's output. */
export function chatTrigger(webhookId: string) {
	return {
		name: 'Chat',
		type: '@n8n/n8n-nodes-langchain.chatTrigger',
		typeVersion: 1.1,
		webhookId,
		parameters: { public: true, mode: 'webhook', options: { responseMode: 'lastNode' } },
	};
}

/**
 * `trigger` → n8n's AI Agent (3.1, the default in n8n 2.x) on `prompt` (the chat message when
 * undefined), with `model` on its ai_languageModel input and `tools` on its ai_tool input. The
 * agent returns its intermediate steps, so a run shows every tool call and answer.
 */
export function agentWorkflow(
	id: string,
	prompt: string | undefined,
	model: NodeSpec,
	tools: NodeSpec[],
	trigger: { name: string } = MANUAL_TRIGGER,
) {
	const agent: NodeSpec = {
		name: AGENT,
		type: '@n8n/n8n-nodes-langchain.agent',
		typeVersion: 3.1,
		parameters: { ...(prompt === undefined ? { promptType: 'auto' } : { promptType: 'define', text: prompt }), options: { returnIntermediateSteps: true } },
	};
	const main = triggeredWorkflow(id, trigger, agent);
	const subNodes = [model, ...tools].map((node, index) => ({ id: `${id}-sub-${index}`, position: [220 + index * 220, 240], ...node }));
	const into = (type: string) => ({ [type]: [[{ node: AGENT, type, index: 0 }]] });
	return {
		...main,
		nodes: [...main.nodes, ...subNodes],
		connections: {
			...main.connections,
			[model.name]: into('ai_languageModel'),
			...Object.fromEntries(tools.map((tool) => [tool.name, into('ai_tool')])),
		},
	};
}
