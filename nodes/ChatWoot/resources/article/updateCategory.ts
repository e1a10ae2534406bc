import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { articleIdsField, sendArticleIds } from './fields';

export const updateArticlesCategory = defineOperation({
	resource: 'article',
	value: 'updateCategory',
	name: 'Move Many to Category',
	action: 'Move many help center articles to a category',
	description: 'Move several articles into one category of the same portal; all of them move or none',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/bulk_actions/update_category',
	access: { admin: true, since: '4.14.1' },
	fields: [
		accountIdField(),
		portalSlugField('The portal the articles belong to'),
		articleIdsField,
		{
			displayName: 'Category ID',
			name: 'categoryId',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1,
			required: true,
			description: 'The category of the same portal to move them to',
			routing: { send: { type: 'body', property: 'category_id' } },
		},
	],
	preSend: [sendArticleIds],
});
