import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { listSearch, loadOptions } from './listSearch';
import { resourceMapping } from './listSearch/customAttributes';
import { resources } from './resources';
import { compacted } from './shared/compactionPlan';
import { actionSubtitle } from './shared/subtitle';
import { TOKEN_TYPES } from './transport/access';
import { sendRoutedRequest } from './transport/request';

/** Every operation's fields, as the resources define them. */
export const OPERATION_FIELDS = resources.flatMap((resource) => resource.properties);

/** The fields merged where copies differ only in where they show (see compactProperties), once per process. */
const RESOURCE_PROPERTIES = compacted(OPERATION_FIELDS);

export class ChatWoot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot',
		name: 'chatWoot',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		// 1.1: sorting in its own Sort collection on Get Many (shared/sort.ts); 1 keeps it where saved workflows have it.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: actionSubtitle(resources),
		description: 'Manage contacts, conversations, messages and the rest of a ChatWoot account',
		defaults: { name: 'ChatWoot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: TOKEN_TYPES.userToken.credential,
				required: true,
				displayOptions: { show: { authentication: ['userToken'] } },
			},
			{
				name: TOKEN_TYPES.agentBotToken.credential,
				required: true,
				displayOptions: { show: { authentication: ['agentBotToken'] } },
			},
		],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl}}',
			headers: { Accept: 'application/json' },
		},
		// Routes every request through one function, where ChatWoot's errors become clear n8n errors.
		requestOperations: { pagination: sendRoutedRequest },
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'User Access Token',
						value: 'userToken',
						description: "A ChatWoot user's token (Profile Settings → Access Token): every operation",
					},
					{
						name: 'Agent Bot Token',
						value: 'agentBotToken',
						description:
							"An agent bot's token (Settings → Bots): conversations, messages, labels and assignments only",
					},
				],
				default: 'userToken',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map((resource) => resource.option),
				default: 'contact',
				routing: { send: { paginate: true } },
			},
			...RESOURCE_PROPERTIES,
		],
	};

	methods = { listSearch, loadOptions, resourceMapping };
}
