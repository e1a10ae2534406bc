import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { hookIdField } from './fields';

export const deleteHook = defineOperation({
	resource: 'integration',
	value: 'deleteHook',
	name: 'Delete Hook',
	action: 'Delete an integration hook',
	description: 'Disconnect an integration',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/integrations/hooks/{hookId}',
	access: { admin: true },
	fields: [accountIdField(), hookIdField('The hook to delete')],
});
