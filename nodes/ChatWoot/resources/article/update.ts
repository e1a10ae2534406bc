import { accountIdField, idField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { articleSummary } from '../../shared/simplify';
import { portalSlugField } from '../portal/fields';
import { articleFieldOptions, authorField, contentField, shapeArticleBody } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateArticle = defineOperation({
	resource: 'article',
	value: 'update',
	name: 'Update',
	action: 'Update a help center article',
	description: "Change an article's text, status or details",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/{articleId}',
	simplify: articleSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal the article belongs to'),
		idField('articleId', 'The article to update'),
		updateFields('articleUpdateFields', [
			...articleFieldOptions,
			{ ...authorField('The agent shown as the author'), required: false },
			contentField,
			{
				displayName: 'Title',
				name: 'title',
				type: 'string' as const,
				default: '',
				routing: { send: { type: 'body' as const, property: 'title' } },
			},
		].sort(byDisplayName), 'Only the fields added here are sent; the article keeps every other value'),
	],
	preSend: [shapeArticleBody],
	output: 'payload',
});
