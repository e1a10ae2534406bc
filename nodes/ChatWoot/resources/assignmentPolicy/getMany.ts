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
	// A bare array in every release (index.json.jbuilder, 4.11–4.16); `assignment_policies` is kept for
	// the keyed variant stored at chatwoot/chatwoot@20a36afb, which no release history holds (envelopes.tsv).
	paging: wholeList(['', 'assignment_policies']),
});
