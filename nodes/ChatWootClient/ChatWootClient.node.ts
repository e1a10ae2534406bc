import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { compacted } from '../ChatWoot/shared/compactionPlan';
import { actionSubtitle } from '../ChatWoot/shared/subtitle';
import { TOKEN_TYPES } from '../ChatWoot/transport/access';
import { sendRoutedRequest } from '../ChatWoot/transport/request';
import { resources } from './resources';

/** Every operation's fields, as the resources define them. */
export const OPERATION_FIELDS = resources.flatMap((resource) => resource.properties);

/** The fields merged where copies differ only in where they show (see compactProperties), once per process. */
const RESOURCE_PROPERTIES = compacted(OPERATION_FIELDS);

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
		subtitle: actionSubtitle(resources),
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
			...RESOURCE_PROPERTIES,
		],
	};
}
