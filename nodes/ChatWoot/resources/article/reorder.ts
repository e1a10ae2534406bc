import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { positionsField, sendPositionsHash } from '../category/fields';
import { portalSlugField } from '../portal/fields';

export const reorderArticles = defineOperation({
	resource: 'article',
	value: 'reorder',
	name: 'Reorder',
	action: 'Reorder help center articles',
	description: 'Set the position of several articles within their categories at once',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/reorder',
	access: { admin: true },
	fields: [accountIdField(), portalSlugField('The portal the articles belong to'), positionsField('article')],
	preSend: [sendPositionsHash],
	// 4.11–4.15 answer `head :ok` (→ success), 4.16+ `{positions: {…}}` (envelopes.tsv).
	output: '',
});
