import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { labelIdField } from './fields';
import { singleRecord } from '../../transport/output';

export const getLabel = defineOperation({
	resource: 'label',
	value: 'get',
	name: 'Get',
	action: 'Get a label',
	description: 'Get one label by its ID',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/labels/{labelId}',
	access: { admin: true },
	fields: [accountIdField(), labelIdField('The label to get')],
	output: [singleRecord],
});
