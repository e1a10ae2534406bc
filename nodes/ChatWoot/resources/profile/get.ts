import { defineOperation } from '../../shared/operation';
import { profileWithoutToken } from './fields';

export const getProfile = defineOperation({
	resource: 'profile',
	value: 'get',
	name: 'Get',
	action: 'Get the profile',
	description: "Get the token's user: name, emails, accounts and their roles (the access token itself is left out)",
	method: 'GET',
	path: '/api/v1/profile',
	output: [profileWithoutToken],
});
