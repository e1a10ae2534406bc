import { availabilityField } from '../agent/fields';
import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { accountIdInProfile, profileWithoutToken } from './fields';

export const setProfileAvailability = defineOperation({
	resource: 'profile',
	value: 'setAvailability',
	name: 'Set Availability',
	action: 'Set the availability of the profile',
	description: "Set the token's user online, busy or offline in an account",
	method: 'POST',
	path: '/api/v1/profile/availability',
	fields: [
		accountIdField(),
		availabilityField,
	],
	preSend: [accountIdInProfile, wrapBodyIn('profile')],
	output: [profileWithoutToken],
});
