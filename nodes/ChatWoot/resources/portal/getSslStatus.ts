import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from './fields';

export const getPortalSslStatus = defineOperation({
	resource: 'portal',
	value: 'getSslStatus',
	name: 'Get SSL Status',
	action: "Get a help center portal's SSL status",
	description: "The certificate status of the portal's custom domain and any verification errors",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/ssl_status',
	access: { enterprise: true },
	fields: [accountIdField(), portalSlugField('The portal with a custom domain')],
	output: '',
});
