import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { compactProperties } from '../ChatWoot/shared/compactProperties';
import { TOKEN_TYPES } from '../ChatWoot/transport/access';
import { sendRoutedRequest } from '../ChatWoot/transport/request';
import { resources } from './resources';

/**
 * ChatWoot's Client API (`/public/api/v1/inboxes/<identifier>`): what a custom chat front-end
 * does as its contact — no token, only the API inbox's identifier and the contact's source id.
 */
export class ChatWootClient implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Client',
		name: 'chatWootClient',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: "Chat as a contact through a ChatWoot API inbox (ChatWoot's Client API)",
		defaults: { name: 'ChatWoot Client' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: TOKEN_TYPES.clientApi.credential, required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl}}',
			headers: { Accept: 'application/json' },
		},
		requestOperations: { pagination: sendRoutedRequest },
		properties: [
			// One way in; the transport reads it to pick the credential and to name it in errors.
			{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'clientApi' },
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources.map((resource) => resource.option),
				default: 'contact',
				routing: { send: { paginate: true } },
			},
			// Copies that differ only in where they show (Simplify, Output) merged, as on the ChatWoot node.
			...compactProperties(resources.flatMap((resource) => resource.properties)),
		],
	};
}
