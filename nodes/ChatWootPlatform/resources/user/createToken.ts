import { defineOperation } from '../../../ChatWoot/shared/operation';
import { userIdField } from './fields';

export const createUserToken = defineOperation({
	resource: 'user',
	value: 'createToken',
	name: 'Get Access Token',
	action: "Get a user's API access token",
	description:
		"Get the user's API access token (output: access_token, user), e.g. to create a ChatWoot credential acting as that user. Treat the output as a secret.",
	method: 'POST',
	path: '/platform/api/v1/users/{userId}/token',
	fields: [userIdField()],
	output: '',
});
