import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';

export const deleteArticle = defineOperation({
	resource: 'article',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a help center article',
	description: 'Delete an article',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/{articleId}',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal the article belongs to'), idField('articleId', 'The article to delete')],
});
