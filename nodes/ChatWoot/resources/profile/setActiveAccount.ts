import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { accountIdInProfile, profileWithoutToken } from './fields';

export const setProfileActiveAccount = defineOperation({
	resource: 'profile',
	value: 'setActiveAccount',
	name: 'Set Active Account',
	action: 'Set the active account of the profile',
	description: "Make an account the one the token's user's dashboard opens",
	method: 'PUT',
	path: '/api/v1/profile/set_active_account',
	fields: [accountIdField()],
	preSend: [accountIdInProfile, wrapBodyIn('profile')],
	output: [profileWithoutToken],
});
