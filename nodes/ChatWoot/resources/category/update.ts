import { accountIdField, idField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { categoryFieldOptions, categoryNameSlugLocale } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateCategory = defineOperation({
	resource: 'category',
	value: 'update',
	name: 'Update',
	action: 'Update a help center category',
	description: "Change a category's details",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories/{categoryId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal the category belongs to'),
		idField('categoryId', 'The category to update'),
		updateFields('categoryUpdateFields', [...categoryFieldOptions, ...categoryNameSlugLocale].sort(byDisplayName), 'Only the fields added here are sent; the category keeps every other value'),
	],
	output: 'payload',
});
