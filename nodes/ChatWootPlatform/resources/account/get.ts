import { defineOperation } from '../../../ChatWoot/shared/operation';
import { platformAccountSummary } from '../../../ChatWoot/shared/simplify';
import { platformAccountIdField } from '../../shared';

export const getAccount = defineOperation({
	resource: 'account',
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Get an account the platform app created or was granted',
	method: 'GET',
	path: '/platform/api/v1/accounts/{accountId}',
	simplify: platformAccountSummary,
	fields: [platformAccountIdField()],
	output: '',
});
