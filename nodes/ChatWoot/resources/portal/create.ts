import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSummary } from '../../shared/simplify';
import { logoUpload, portalFieldOptions, splitAllowedLocales } from './fields';

export const createPortal = defineOperation({
	resource: 'portal',
	value: 'create',
	name: 'Create',
	action: 'Create a help center portal',
	description: 'Create a help center portal, optionally with a logo',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals',
	simplify: portalSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name'),
		requiredBodyField('Slug', 'slug', 'slug', {
			placeholder: 'e.g. handbook',
			description: "The portal's name in its address; unique across the ChatWoot installation",
		}),
		additionalFields('portalAdditionalFields', portalFieldOptions),
	],
	preSend: [splitAllowedLocales, logoUpload('portalAdditionalFields')],
	output: '',
});
