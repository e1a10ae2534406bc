import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountSummary } from '../../../ChatWoot/shared/simplify';
import { parseJsonBodyFields } from '../../shared';
import { accountFieldOptions } from './fields';
import { additionalFields, requiredBodyField } from '../../../ChatWoot/shared/descriptions';

export const createAccount = defineOperation({
	resource: 'account',
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Create an account; the platform app is granted access to it',
	method: 'POST',
	path: '/platform/api/v1/accounts',
	simplify: platformAccountSummary,
	fields: [
		requiredBodyField('Name', 'name', 'name'),
		additionalFields('additionalFields', accountFieldOptions),
	],
	preSend: parseJsonBodyFields,
	output: '',
});
