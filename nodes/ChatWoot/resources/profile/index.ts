import { defineResource } from '../../shared/operation';
import { deleteProfileAvatar } from './deleteAvatar';
import { getProfile } from './get';
import { resendProfileConfirmation } from './resendConfirmation';
import { resetProfileAccessToken } from './resetAccessToken';
import { setProfileActiveAccount } from './setActiveAccount';
import { setProfileAutoOffline } from './setAutoOffline';
import { setProfileAvailability } from './setAvailability';
import { updateProfile } from './update';

export const profile = defineResource(
	{ name: 'Profile', value: 'profile', description: "The token's own user", defaultOperation: 'get' },
	[
		getProfile,
		updateProfile,
		deleteProfileAvatar,
		setProfileAvailability,
		setProfileAutoOffline,
		setProfileActiveAccount,
		resetProfileAccessToken,
		resendProfileConfirmation,
	],
);
