import { ErrorReporter, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { createRunExecutionData, Workflow } from 'n8n-workflow';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { ChatWootAgentBotApi } from '../../credentials/ChatWootAgentBotApi.credentials';
import { ChatWootClientApi } from '../../credentials/ChatWootClientApi.credentials';
import { ChatWootPlatformApi } from '../../credentials/ChatWootPlatformApi.credentials';
import { ChatWootTokenApi } from '../../credentials/ChatWootTokenApi.credentials';
import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { TestCredentialsHelper } from './credentialsHelper';

export const BASE_URL = 'https://chat.example.com';
export const ACCESS_TOKEN = 'tok-SECRET-7f3a9c';

export interface NodeRun {
	/** The node's output items (an item of a failed one carries `error` with continue-on-fail). */
	items: INodeExecutionData[];
	/** The error that stopped the node, when it did. */
	error?: ExecutionError;
	/** Everything n8n keeps of the run, for checks that nothing secret leaked into it. */
	runData: unknown;
	/** The errors n8n reported (logged) during the run, serialized with all their own properties. */
	logs: string[];
}

export interface ExecuteOptions {
	parameters: INodeParameters;
	items?: INodeExecutionData[];
	credentials?: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	nodeType?: INodeType;
	/** The node version the workflow saved; 1 unless a test needs a later one (the Sort collections are 1.1+). */
	typeVersion?: number;
}

const NODE_NAME = 'ChatWoot';

/** Each run is its own execution, as in n8n: what the nodes keep per execution does not carry over. */
let executions = 0;

/**
 * Runs one node through n8n-core's real WorkflowExecute: the same routing, preSend,
 * postReceive, credential and error handling as in an n8n instance.
 */
export async function executeNode({
	parameters,
	items = [{ json: {} }],
	credentials = { baseUrl: BASE_URL, accessToken: ACCESS_TOKEN },
	continueOnFail = false,
	nodeType = new ChatWoot(),
	typeVersion = 1,
}: ExecuteOptions): Promise<NodeRun> {
	// Whichever credential the node (and its Authentication) picks gets the same test data.
	const credentialTypes = [new ChatWootTokenApi(), new ChatWootAgentBotApi(), new ChatWootPlatformApi(), new ChatWootClientApi()];
	const node: INode = {
		id: 'node-under-test',
		name: NODE_NAME,
		type: 'n8n-nodes-chatwoot-api.chatWoot',
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(
			credentialTypes.map((type, index) => [type.name, { id: String(index + 1), name: type.displayName }]),
		),
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, active: false, nodeTypes });
	const executionId = `test-execution-${++executions}`;
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(
			Object.fromEntries(credentialTypes.map((type) => [type.name, type])),
			Object.fromEntries(credentialTypes.map((type) => [type.name, credentials])),
		),
		hooks: new ExecutionLifecycleHooks('manual', executionId, { nodes: [node], connections: {} } as never),
		executionId,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('not used by these tests');
		},
		startRunnerTask: async () => {
			throw new Error('not used by these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [items] }, source: null }],
		},
	});
	// n8n hands node errors to its ErrorReporter, which logs them (and sends them to Sentry when
	// configured): capture what it is given instead of printing it.
	const logs: string[] = [];
	const reporter = jest.spyOn(ErrorReporter.prototype, 'error').mockImplementation((error: unknown) => {
		logs.push(JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})));
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData)
		.processRunExecutionData(workflow)
		.finally(() => reporter.mockRestore());
	const task = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		items: task?.data?.main?.[0] ?? [],
		error: task?.error ?? run.data.resultData.error,
		runData: run.data,
		logs,
	};
}
