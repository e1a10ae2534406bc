import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getSamlSettings = defineOperation({
	resource: 'samlSetting',
	value: 'get',
	name: 'Get',
	action: 'Get the SAML settings',
	description: "Get the account's SAML single sign-on settings",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/saml_settings',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
	output: '',
});
