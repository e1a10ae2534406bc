import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from './fields';

export const deletePortalLogo = defineOperation({
	resource: 'portal',
	value: 'deleteLogo',
	name: 'Delete Logo',
	action: "Delete a help center portal's logo",
	description: "Remove the portal's logo",
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/logo',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal whose logo to remove')],
});
