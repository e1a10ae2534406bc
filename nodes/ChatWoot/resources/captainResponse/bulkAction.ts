import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { bulkFields, sendBulkIds } from './fields';

export const bulkActionResponses = defineOperation({
	resource: 'captainResponse',
	value: 'bulkAction',
	name: 'Approve or Delete Many',
	action: 'Approve or delete many Captain FAQ responses',
	description: 'Approve pending responses, or delete responses, by their IDs in one request',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/bulk_actions',
	access: { admin: true, enterprise: true },
	fields: [accountIdField(), ...bulkFields],
	preSend: [sendBulkIds],
	output: '',
});
