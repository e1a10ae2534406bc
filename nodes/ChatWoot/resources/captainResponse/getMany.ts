import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { faqSearchFilter } from './fields';

export const getManyResponses = defineOperation({
	resource: 'captainResponse',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many Captain FAQ responses',
	description: 'List the questions and answers Captain assistants use, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistant_responses',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		filtersCollection('captainResponseFilters', [
			{
				displayName: 'Assistant ID',
				name: 'assistantId',
				type: 'number',
				default: 0,
				routing: { send: { type: 'query', property: 'assistant_id' } },
			},
			{
				displayName: 'Document ID',
				name: 'documentId',
				type: 'number',
				default: 0,
				description: 'Only the responses generated from this document',
				routing: { send: { type: 'query', property: 'document_id' } },
			},
			faqSearchFilter,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'Pending', value: 'pending' },
				],
				default: 'approved',
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
	paging: numberedPages('payload', 25),
});
