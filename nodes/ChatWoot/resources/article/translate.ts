import { accountIdField, booleanOption, optionsCollection, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from '../portal/fields';
import { articleIdsField, sendArticleIds } from './fields';

export const translateArticles = defineOperation({
	resource: 'article',
	value: 'translate',
	name: 'Translate Many',
	action: 'Translate many help center articles',
	description: "Have ChatWoot's AI (Captain) translate several articles into another locale, as new draft articles",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/articles/bulk_actions/translate',
	access: { admin: true, enterprise: true, since: '4.14.0' },
	fields: [
		accountIdField(),
		portalSlugField('The portal the articles belong to'),
		articleIdsField,
		requiredBodyField('Locale', 'locale', 'locale', {
			placeholder: 'e.g. fr',
			description: 'The locale to translate into; the portal must allow it',
		}),
		optionsCollection('articleOptions', [
			{
				displayName: 'Category ID',
				name: 'categoryId',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'The category (in the target locale) the translations go into',
				routing: { send: { type: 'body', property: 'category_id' } },
			},
			booleanOption('Overwrite Existing', 'force', 'force', {
				description: 'Whether to translate again articles that already have a translation in that locale',
			}),
		]),
	],
	preSend: [sendArticleIds],
	output: '',
});
