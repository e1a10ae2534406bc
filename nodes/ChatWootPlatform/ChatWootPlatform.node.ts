import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { compactProperties } from '../ChatWoot/shared/compactProperties';
import { TOKEN_TYPES } from '../ChatWoot/transport/access';
import { sendRoutedRequest } from '../ChatWoot/transport/request';
import { resources } from './resources';

/**
 * ChatWoot's Platform API (`/platform/api/v1`): what an installation's platform app does —
 * provision accounts, users, memberships and agent bots. Its own node, because its own
 * credential reaches nothing of the application API and vice versa.
 */
export class ChatWootPlatform implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Platform',
		name: 'chatWootPlatform',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Provision ChatWoot accounts, users and agent bots with a platform app token',
		defaults: { name: 'ChatWoot Platform' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: TOKEN_TYPES.platformToken.credential, required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl}}',
			headers: { Accept: 'application/json' },
		},
		requestOperations: { pagination: sendRoutedRequest },
		properties: [
			// One way in; the transport reads it to pick the credential and to name it in errors.
			{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'platformToken' },
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map((resource) => resource.option),
				default: 'account',
				routing: { send: { paginate: true } },
			},
			// Copies that differ only in where they show (Simplify, Output) merged, as on the ChatWoot node.
			...compactProperties(resources.flatMap((resource) => resource.properties)),
		],
	};
}
