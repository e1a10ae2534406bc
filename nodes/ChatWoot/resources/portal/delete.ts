import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from './fields';

export const deletePortal = defineOperation({
	resource: 'portal',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a help center portal',
	description: 'Delete a portal with all its categories and articles',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal to delete')],
});
