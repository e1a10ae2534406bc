import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getHelpCenterGeneration = defineOperation({
	resource: 'account',
	value: 'getHelpCenterGeneration',
	name: 'Get Help Center Generation',
	action: 'Get the help center generation status',
	description: 'During onboarding: how far ChatWoot has got generating a help center from the website',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/onboarding/help_center_generation',
	access: { admin: true, since: '4.14.2' },
	fields: [accountIdField()],
	output: '',
});
