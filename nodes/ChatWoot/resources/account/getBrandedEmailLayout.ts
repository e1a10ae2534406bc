import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { BRANDED_EMAIL_LAYOUT_PATH } from './brandedEmailLayout';

export const getBrandedEmailLayout = defineOperation({
	resource: 'account',
	value: 'getBrandedEmailLayout',
	name: 'Get Branded Email Layout',
	action: 'Get the branded email layout of an account',
	description: "The account's Liquid HTML layout around email replies, in `branded_email_layout` (null when the account has none)",
	method: 'GET',
	path: BRANDED_EMAIL_LAYOUT_PATH,
	access: { admin: true, since: '4.16.0' },
	fields: [accountIdField()],
	output: '',
});
