import { HookContext, PollContext, WebhookContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { ChatWootTokenApi } from '../../credentials/ChatWootTokenApi.credentials';
import { TestCredentialsHelper } from './credentialsHelper';
import { ACCESS_TOKEN, BASE_URL } from './executeNode';

/**
 * Runs a trigger node's functions through n8n-core's real contexts, as n8n's active-workflow
 * manager, webhook server and poller call them: `webhookMethods` with a HookContext, `webhook`
 * with a WebhookContext around an HTTP request, `poll` with a PollContext. Static data lives
 * in the Workflow object, as in n8n; `restarted()` carries it over to a fresh one, as a
 * restart reloads it from the database.
 */

export const WEBHOOK_BASE_URL = 'https://n8n.example.com/webhook';
export const WEBHOOK_ID = '6f1c9a52-trigger';
const NODE_NAME = 'ChatWoot Trigger';

export interface TriggerOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: ICredentialDataDecryptedObject;
	staticData?: IDataObject;
	/** n8n's production webhook address (`WEBHOOK_URL` + `webhook`); WEBHOOK_BASE_URL unless given. */
	webhookBaseUrl?: string;
	/** The node version the workflow saved; 1 unless a test needs a later one (the Account picker is 1.1+). */
	typeVersion?: number;
}

/** What the webhook answered ChatWoot and what it started. */
export interface WebhookCall {
	/** The HTTP status ChatWoot receives: the node's own answer, or n8n's 200 once it takes the event. */
	status: number;
	responseBody: unknown;
	/** The items the workflow starts with; undefined when nothing starts. */
	items?: INodeExecutionData[];
	result: IWebhookResponseData;
}

export interface IncomingDelivery {
	/** Sent as given; Node's HTTP server would lower-case the names, so the harness does too. */
	headers: Record<string, string>;
	/** The raw body, exactly as ChatWoot sent it. */
	body: string;
}

function additionalDataFor(credentials: ICredentialDataDecryptedObject, webhookBaseUrl: string): IWorkflowExecuteAdditionalData {
	const credentialType = new ChatWootTokenApi();
	return {
		credentialsHelper: new TestCredentialsHelper({ [credentialType.name]: credentialType }, { [credentialType.name]: credentials }),
		restApiUrl: 'https://n8n.example.com/rest',
		instanceBaseUrl: 'https://n8n.example.com/',
		webhookBaseUrl,
		webhookTestBaseUrl: 'https://n8n.example.com/webhook-test',
		webhookWaitingBaseUrl: 'https://n8n.example.com/webhook-waiting',
		formWaitingBaseUrl: 'https://n8n.example.com/form-waiting',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export class TriggerHarness {
	readonly node: INode;
	readonly workflow: Workflow;
	private readonly credentials: ICredentialDataDecryptedObject;

	constructor(private readonly options: TriggerOptions) {
		this.credentials = options.credentials ?? { baseUrl: BASE_URL, accessToken: ACCESS_TOKEN };
		this.node = {
			id: 'trigger-under-test',
			name: NODE_NAME,
			type: `n8n-nodes-chatwoot-api.${options.nodeType.description.name}`,
			typeVersion: options.typeVersion ?? 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters: options.parameters,
			credentials: { chatWootTokenApi: { id: '1', name: 'ChatWoot account' } },
		};
		const nodeTypes: INodeTypes = {
			getByName: () => options.nodeType,
			getByNameAndVersion: () => options.nodeType,
			getKnownTypes: () => ({}),
		};
		this.workflow = new Workflow({
			id: 'wfTrigger',
			name: 'Reply to customers',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject,
		});
	}

	/** The node's static data, as the trigger left it. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** The production URL n8n gives the trigger, which it registers in ChatWoot. */
	get webhookUrl(): string {
		return `${this.options.webhookBaseUrl ?? WEBHOOK_BASE_URL}/${WEBHOOK_ID}/webhook`;
	}

	/** The same workflow after an n8n restart: its parameters, and its static data as saved to the database (JSON). */
	restarted(parameters: INodeParameters = this.options.parameters): TriggerHarness {
		return new TriggerHarness({ ...this.options, parameters, staticData: JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject });
	}

	private additionalData(): IWorkflowExecuteAdditionalData {
		return additionalDataFor(this.credentials, this.options.webhookBaseUrl ?? WEBHOOK_BASE_URL);
	}

	private webhookData(): IWebhookData {
		const webhookDescription = this.options.nodeType.description.webhooks![0];
		return {
			httpMethod: 'POST',
			node: NODE_NAME,
			path: `${WEBHOOK_ID}/webhook`,
			webhookDescription,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
			isTest: false,
		} as IWebhookData;
	}

	/** Calls `webhookMethods.default[method]` as n8n does on activation (checkExists, create) and deactivation (delete). */
	async hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		const context = new HookContext(this.workflow, this.node, this.additionalData(), 'trigger', 'activate', this.webhookData());
		return await this.options.nodeType.webhookMethods!.default![method].call(context);
	}

	/** n8n's activation: checkExists, then create when it says there is nothing to adopt. */
	async activate(): Promise<void> {
		if (!(await this.hook('checkExists'))) await this.hook('create');
	}

	/** One HTTP delivery to the trigger's webhook, answered the way n8n's webhook server answers. */
	async deliver({ headers, body }: IncomingDelivery): Promise<WebhookCall> {
		let answered: { status: number; body: unknown } | undefined;
		const response = {
			status(code: number) {
				answered = { status: code, body: undefined };
				return response;
			},
			json(content: unknown) {
				answered = { status: answered?.status ?? 200, body: content };
				return response;
			},
			send(content: unknown) {
				return response.json(content);
			},
			end() {
				return response;
			},
		};
		const request = {
			method: 'POST',
			headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
			body: JSON.parse(body) as IDataObject,
			rawBody: Buffer.from(body),
			query: {},
			params: {},
		};
		const additionalData = { ...this.additionalData(), httpRequest: request, httpResponse: response } as unknown as IWorkflowExecuteAdditionalData;
		const context = new WebhookContext(this.workflow, this.node, additionalData, 'webhook', this.webhookData(), [], null);
		const result = await this.options.nodeType.webhook!.call(context);
		if (result.noWebhookResponse) {
			return { status: answered?.status ?? 200, responseBody: answered?.body, items: undefined, result };
		}
		// responseMode onReceived: n8n answers 200 with the node's webhookResponse, or its own message.
		const started = result.workflowData?.[0];
		return {
			status: 200,
			responseBody: result.webhookResponse ?? { message: started ? 'Workflow was started' : 'Webhook call received' },
			items: started,
			result,
		};
	}

	/** One poll as n8n's poller runs it ('trigger'), or the editor's test button ('manual'). */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[]> {
		const context = new PollContext(this.workflow, this.node, this.additionalData(), mode, 'activate');
		const result = await this.options.nodeType.poll!.call(context);
		return result?.[0] ?? [];
	}
}
