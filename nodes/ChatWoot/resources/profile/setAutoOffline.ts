import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField, booleanOption } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { accountIdInProfile, profileWithoutToken } from './fields';

export const setProfileAutoOffline = defineOperation({
	resource: 'profile',
	value: 'setAutoOffline',
	name: 'Set Auto Offline',
	action: 'Set auto offline for the profile',
	description: "Whether ChatWoot sets the token's user offline in an account when they close the dashboard",
	method: 'POST',
	path: '/api/v1/profile/auto_offline',
	fields: [
		accountIdField(),
		booleanOption('Auto Offline', 'autoOffline', 'auto_offline', {
			description: 'Whether the user goes offline when they close the dashboard',
			default: true,
		}),
	],
	preSend: [accountIdInProfile, wrapBodyIn('profile')],
	output: [profileWithoutToken],
});
