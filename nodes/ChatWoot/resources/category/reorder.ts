import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { positionsField, sendPositionsHash } from './fields';

export const reorderCategories = defineOperation({
	resource: 'category',
	value: 'reorder',
	name: 'Reorder',
	action: 'Reorder help center categories',
	description: 'Set the position of several categories at once',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/categories/reorder',
	access: { admin: true, since: '4.11.2' },
	fields: [accountIdField(), portalSlugField('The portal the categories belong to'), positionsField('category')],
	preSend: [sendPositionsHash],
});
