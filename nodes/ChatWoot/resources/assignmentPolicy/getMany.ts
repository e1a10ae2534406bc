import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const getManyAssignmentPolicies = defineOperation({
	resource: 'assignmentPolicy',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many assignment policies',
	description: "List the account's assignment policies",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/assignment_policies',
	access: { admin: true },
	fields: [accountIdField()],
	paging: wholeList('assignment_policies'),
});
