import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { articleSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { localeOption, portalSlugField } from '../portal/fields';
import { authorField, STATUS_NAMES } from './fields';

export const getManyArticles = defineOperation({
	resource: 'article',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many help center articles',
	description: "A portal's articles, one item each, most recently updated first (by position within a category)",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles',
	simplify: articleSummary,
	fields: [
		accountIdField(),
		portalSlugField('The portal whose articles to list'),
		filtersCollection('articleFilters', [
			{ ...authorField('Only articles by this agent'), required: false, routing: { send: { type: 'query', property: 'author_id' } } },
			{
				displayName: 'Category Slug',
				name: 'categorySlug',
				type: 'string',
				default: '',
				description: 'Only articles of the category with this slug',
				routing: { send: { type: 'query', property: 'category_slug' } },
			},
			{ ...localeOption, description: 'Only articles in this locale', routing: { send: { type: 'query', property: 'locale' } } },
			{
				displayName: 'Search',
				name: 'query',
				type: 'string',
				default: '',
				description: 'Only articles whose title or content contains this text',
				routing: { send: { type: 'query', property: 'query' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'published',
				options: STATUS_NAMES,
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
	// Kaminari's default page size: the controller pages without per().
	paging: numberedPages('payload', 25),
});
