import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';

export const deleteCategory = defineOperation({
	resource: 'category',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a help center category',
	description: 'Delete a category; its articles stay in the portal without a category',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories/{categoryId}',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal the category belongs to'), idField('categoryId', 'The category to delete')],
});
