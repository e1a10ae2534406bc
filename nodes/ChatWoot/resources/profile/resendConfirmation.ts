import { defineOperation } from '../../shared/operation';
import { profileWithoutToken } from './fields';

export const resendProfileConfirmation = defineOperation({
	resource: 'profile',
	value: 'resendConfirmation',
	name: 'Resend Confirmation',
	action: 'Resend the confirmation email of the profile',
	description: "Send the token's user the email-confirmation link again",
	method: 'POST',
	path: '/api/v1/profile/resend_confirmation',
	output: [profileWithoutToken],
});
