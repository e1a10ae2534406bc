import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { articleSummary } from '../../shared/simplify';
import { portalSlugField } from '../portal/fields';
import { articleFieldOptions, authorField, contentField, shapeArticleBody } from './fields';

export const createArticle = defineOperation({
	resource: 'article',
	value: 'create',
	name: 'Create',
	action: 'Create a help center article',
	description: 'Write an article in a portal, as a draft or published',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles',
	simplify: articleSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal the article belongs to'),
		requiredBodyField('Title', 'title', 'title'),
		{ ...contentField, required: true },
		authorField('The agent shown as the author'),
		additionalFields('articleAdditionalFields', articleFieldOptions),
	],
	preSend: [shapeArticleBody],
	output: 'payload',
});
