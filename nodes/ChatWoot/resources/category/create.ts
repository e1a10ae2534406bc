import { accountIdField, additionalFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { categoryFieldOptions, categoryNameSlugLocale } from './fields';

export const createCategory = defineOperation({
	resource: 'category',
	value: 'create',
	name: 'Create',
	action: 'Create a help center category',
	description: 'Create a category of articles in a portal',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories',
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal the category belongs to'),
		...categoryNameSlugLocale.map((field) => ({ ...field, required: true })),
		additionalFields('categoryAdditionalFields', categoryFieldOptions),
	],
	output: 'payload',
});
