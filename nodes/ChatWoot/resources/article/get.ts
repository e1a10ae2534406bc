import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { articleSummary } from '../../shared/simplify';
import { portalSlugField } from '../portal/fields';

export const getArticle = defineOperation({
	resource: 'article',
	value: 'get',
	name: 'Get',
	action: 'Get a help center article',
	description: 'Get an article with its content',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/{articleId}',
	simplify: articleSummary,
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal the article belongs to'), idField('articleId', 'The article to get')],
	output: 'payload',
});
