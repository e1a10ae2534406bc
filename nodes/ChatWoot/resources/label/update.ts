import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { labelIdField, labelUpdateOptions } from './fields';
import { singleRecord } from '../../transport/output';

export const updateLabel = defineOperation({
	resource: 'label',
	value: 'update',
	name: 'Update',
	action: 'Update a label',
	description: "Change a label's title, description, color or sidebar setting",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/labels/{labelId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		labelIdField('The label to update'),
		updateFields('labelUpdateFields', labelUpdateOptions, 'Only the fields added here are sent; the label keeps every other value'),
	],
	output: [singleRecord],
});
