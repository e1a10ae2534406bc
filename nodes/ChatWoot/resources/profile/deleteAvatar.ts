import { defineOperation } from '../../shared/operation';
import { profileWithoutToken } from './fields';

export const deleteProfileAvatar = defineOperation({
	resource: 'profile',
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of the profile',
	description: "Remove the token's user's avatar image",
	method: 'DELETE',
	path: '/api/v1/profile/avatar',
	output: [profileWithoutToken],
});
