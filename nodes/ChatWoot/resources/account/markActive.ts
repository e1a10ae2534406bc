import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const markAccountActive = defineOperation({
	resource: 'account',
	value: 'markActive',
	name: 'Mark Active',
	action: 'Mark the account as active for the user',
	description: "Record that the token's user is active in the account now, as the dashboard does when it is opened",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/update_active_at',
	fields: [accountIdField()],
	output: '',
});
