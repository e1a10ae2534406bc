import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { captainDocumentSort } from './fields';

export const getManyDocuments = defineOperation({
	resource: 'captainDocument',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many Captain documents',
	description: 'List the knowledge documents of Captain assistants',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/documents',
	access: { enterprise: true },
	fields: [
		accountIdField(),
		filtersCollection('captainDocumentFilters', [
			{
				displayName: 'Assistant ID',
				name: 'assistantId',
				type: 'number',
				default: 0,
				description: 'Only the documents of this assistant',
				routing: { send: { type: 'query', property: 'assistant_id' } },
			},
		]),
		captainDocumentSort.field,
	],
	preSend: [captainDocumentSort.preSend],
	paging: numberedPages('payload', 25),
});
