import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { articleIdsField, sendArticleIds } from './fields';

export const deleteManyArticles = defineOperation({
	resource: 'article',
	value: 'deleteMany',
	name: 'Delete Many',
	action: 'Delete many help center articles',
	description: 'Delete several articles at once',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/bulk_actions/delete_articles',
	access: { admin: true, since: '4.14.0' },
	fields: [accountIdField(), portalSlugField('The portal the articles belong to'), articleIdsField],
	preSend: [sendArticleIds],
});
