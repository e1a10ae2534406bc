import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { labelCreateOptions, requiredTitle } from './fields';
import { singleRecord } from '../../transport/output';

export const createLabel = defineOperation({
	resource: 'label',
	value: 'create',
	name: 'Create',
	action: 'Create a label',
	description: 'Add a label to the account',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/labels',
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredTitle,
		additionalFields('labelAdditionalFields', labelCreateOptions),
	],
	output: [singleRecord],
});
