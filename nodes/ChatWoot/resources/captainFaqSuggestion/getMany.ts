import { accountIdField, filtersCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { countInMeta, numberedPages } from '../../transport/paging';
import { faqSearchFilter } from '../captainResponse/fields';
import { FAQ_SUGGESTION_ACCESS, FAQ_SUGGESTIONS_PATH } from './fields';

export const getManyFaqSuggestions = defineOperation({
	resource: 'captainFaqSuggestion',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many Captain FAQ suggestions',
	description: 'List the FAQs Captain suggests from resolved conversations, the most often seen first',
	method: 'GET',
	path: FAQ_SUGGESTIONS_PATH,
	access: FAQ_SUGGESTION_ACCESS,
	fields: [
		accountIdField(),
		filtersCollection('captainFaqSuggestionFilters', [
			{
				displayName: 'Assistant ID',
				name: 'assistantId',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'Only the suggestions for this assistant',
				routing: { send: { type: 'query', property: 'assistant_id' } },
			},
			faqSearchFilter,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'Dismissed', value: 'dismissed' },
					{ name: 'Open', value: 'open', description: 'Waiting for review' },
				],
				default: 'open',
				routing: { send: { type: 'query', property: 'status' } },
			},
		]),
	],
	// faq_suggestions_controller.rb: 25 a page, every match counted in `meta.total_count`.
	paging: numberedPages('payload', 25, undefined, countInMeta('total_count')),
});
