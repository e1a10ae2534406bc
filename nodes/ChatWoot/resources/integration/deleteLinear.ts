import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteLinear = defineOperation({
	resource: 'integration',
	value: 'deleteLinear',
	name: 'Disconnect Linear',
	action: 'Disconnect Linear',
	description: 'Remove the Linear integration from the account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/integrations/linear',
	fields: [accountIdField()],
});
