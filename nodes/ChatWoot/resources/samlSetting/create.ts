import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { certificateOption, idpEntityIdOption, parseRoleMappings, samlFieldOptions, ssoUrlOption } from './fields';

export const createSamlSettings = defineOperation({
	resource: 'samlSetting',
	value: 'create',
	name: 'Create',
	action: 'Create the SAML settings',
	description: 'Set up SAML single sign-on for the account',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/saml_settings',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		{ ...ssoUrlOption, required: true },
		{ ...certificateOption, required: true },
		{ ...idpEntityIdOption, required: true },
		additionalFields('samlSettingAdditionalFields', samlFieldOptions),
	],
	preSend: [parseRoleMappings],
	output: '',
});
