import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { certificateOption, idpEntityIdOption, parseRoleMappings, samlFieldOptions, ssoUrlOption } from './fields';

export const updateSamlSettings = defineOperation({
	resource: 'samlSetting',
	value: 'update',
	name: 'Update',
	action: 'Update the SAML settings',
	description: "Change the account's SAML single sign-on settings",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/saml_settings',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		updateFields('samlSettingUpdateFields', [certificateOption, idpEntityIdOption, samlFieldOptions[0], samlFieldOptions[1], ssoUrlOption], 'Only the fields added here are sent'),
	],
	preSend: [parseRoleMappings],
	output: '',
});
