import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';

export const getCategory = defineOperation({
	resource: 'category',
	value: 'get',
	name: 'Get',
	action: 'Get a help center category',
	description: 'Get a category of a portal',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories/{categoryId}',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal the category belongs to'), idField('categoryId', 'The category to get')],
	output: 'payload',
});
