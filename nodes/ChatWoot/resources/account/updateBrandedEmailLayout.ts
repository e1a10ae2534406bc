import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { BRANDED_EMAIL_LAYOUT_PATH, brandedEmailLayoutFields, sendLayoutRemoval } from './brandedEmailLayout';

export const updateBrandedEmailLayout = defineOperation({
	resource: 'account',
	value: 'updateBrandedEmailLayout',
	name: 'Update Branded Email Layout',
	action: 'Update the branded email layout of an account',
	description:
		"Replace or remove the account's Liquid HTML layout around email replies; ChatWoot refuses it unless the account has the branded email templates feature",
	method: 'PATCH',
	path: BRANDED_EMAIL_LAYOUT_PATH,
	access: { admin: true, since: '4.16.0' },
	fields: [accountIdField(), ...brandedEmailLayoutFields],
	preSend: [sendLayoutRemoval],
	output: '',
});
