import { defineOperation } from '../../shared/operation';
import { profileWithoutToken } from './fields';

export const resetProfileAccessToken = defineOperation({
	resource: 'profile',
	value: 'resetAccessToken',
	name: 'Reset Access Token',
	action: 'Reset the access token of the profile',
	description:
		"Give the token's user a new access token. The token of this n8n credential stops working at once: copy the new one from ChatWoot's Profile Settings into the credential. The output leaves the token out.",
	method: 'POST',
	path: '/api/v1/profile/reset_access_token',
	output: [profileWithoutToken],
});
