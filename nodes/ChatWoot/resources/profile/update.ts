import { parseJsonAt, wrapBodyIn } from '../../shared/requestBody';
import { defineOperation } from '../../shared/operation';
import { profileAvatarUpload, profileWithoutToken } from './fields';
import { bodyField, jsonOption, updateFields } from '../../shared/descriptions';
import { avatarFileOption } from '../../transport/multipart';

export const updateProfile = defineOperation({
	resource: 'profile',
	value: 'update',
	name: 'Update',
	action: 'Update the profile',
	description: "Change the token's user: name, display name, email, signature, UI settings, avatar or password",
	method: 'PUT',
	path: '/api/v1/profile',
	fields: [
		updateFields('profileUpdateFields', [
			avatarFileOption("Uploads the image as the user's avatar"),
			{
				displayName: 'Current Password',
				name: 'currentPassword',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'Needed with Password',
				routing: { send: { type: 'body', property: 'current_password' } },
			},
			bodyField('Display Name', 'displayName', 'display_name', { description: 'The name contacts see' }),
			bodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
			{
				displayName: 'Message Signature',
				name: 'messageSignature',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: { send: { type: 'body', property: 'message_signature' } },
			},
			bodyField('Name', 'name', 'name'),
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'The new password; add Current Password too',
				routing: { send: { type: 'body', property: 'password' } },
			},
			jsonOption('UI Settings', 'uiSettings', 'ui_settings', {
				description: "A JSON object of the dashboard's settings for the user; it replaces the stored one",
			}),
		], 'Only the fields added here are sent; the profile keeps every other value'),
	],
	preSend: [
		parseJsonAt('ui_settings', 'UI Settings', '{"is_contact_sidebar_open":true}'),
		wrapBodyIn('profile'),
		profileAvatarUpload,
	],
	output: [profileWithoutToken],
});
