import type { INodeProperties } from 'n8n-workflow';

import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSummary } from '../../shared/simplify';
import { logoUpload, portalFieldOptions, portalSlugField, splitAllowedLocales } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updatePortal = defineOperation({
	resource: 'portal',
	value: 'update',
	name: 'Update',
	action: 'Update a help center portal',
	description: "Change a portal's details or logo",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}',
	simplify: portalSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal to update'),
		updateFields('portalUpdateFields', (
			[
				...portalFieldOptions,
			bodyField('Name', 'name', 'name'),
			bodyField('Slug', 'slug', 'slug', { description: "A new slug; the portal's address changes with it" }),
			] as INodeProperties[]
		).sort(byDisplayName), 'Only the fields added here are sent; the portal keeps every other value'),
	],
	preSend: [splitAllowedLocales, logoUpload('portalUpdateFields')],
	output: '',
});
