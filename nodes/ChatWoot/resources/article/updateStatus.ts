import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { articleIdsField, sendArticleIds, STATUS_NAMES } from './fields';

export const updateArticlesStatus = defineOperation({
	resource: 'article',
	value: 'updateStatus',
	name: 'Publish, Draft or Archive Many',
	action: 'Publish, draft or archive many help center articles',
	description: 'Set the status of several articles at once; all of them change or none',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/bulk_actions/update_status',
	access: { admin: true, since: '4.14.0' },
	fields: [
		accountIdField(),
		portalSlugField('The portal the articles belong to'),
		articleIdsField,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'published',
			options: STATUS_NAMES,
			routing: { send: { type: 'body', property: 'status' } },
		},
	],
	preSend: [sendArticleIds],
});
