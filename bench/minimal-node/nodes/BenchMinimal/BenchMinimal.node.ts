import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

/**
 * Benchmark only: the least a declarative node can do to send ChatWoot's Contact Update,
 * `PUT /api/v1/accounts/{accountId}/contacts/{contactId}` with `{"name": …}`. No preSend, no
 * postReceive, no pagination hook: what is left per item is n8n's own routing work.
 */
export class BenchMinimal implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Minimal ChatWoot',
		name: 'benchMinimal',
		group: ['transform'],
		version: 1,
		description: 'Benchmark floor: one declarative Contact Update request',
		defaults: { name: 'Bench Minimal' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'benchMinimalChatWootApi', required: true }],
		requestDefaults: { baseURL: '={{$credentials.baseUrl}}' },
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Update Contact',
						value: 'update',
						action: 'Update a contact',
						routing: {
							request: {
								method: 'PUT',
								url: '=/api/v1/accounts/{{$parameter.accountId}}/contacts/{{$parameter.contactId}}',
							},
						},
					},
				],
				default: 'update',
			},
			{ displayName: 'Account ID', name: 'accountId', type: 'string', default: '' },
			{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '' },
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'name' } },
			},
		],
	};
}
