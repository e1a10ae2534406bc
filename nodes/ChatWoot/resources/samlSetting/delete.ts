import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const deleteSamlSettings = defineOperation({
	resource: 'samlSetting',
	value: 'delete',
	name: 'Delete',
	action: 'Delete the SAML settings',
	description: 'Turn SAML single sign-on off by deleting its settings',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/saml_settings',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
});
