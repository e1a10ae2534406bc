import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { labelIdField } from './fields';

export const deleteLabel = defineOperation({
	resource: 'label',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a label',
	description: 'Delete a label from the account',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/labels/{labelId}',
	access: { admin: true },
	fields: [accountIdField(), labelIdField('The label to delete')],
});
