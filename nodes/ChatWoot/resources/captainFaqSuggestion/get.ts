import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { FAQ_SUGGESTION_ACCESS, FAQ_SUGGESTION_PATH, suggestionIdField } from './fields';

export const getFaqSuggestion = defineOperation({
	resource: 'captainFaqSuggestion',
	value: 'get',
	name: 'Get',
	action: 'Get a Captain FAQ suggestion',
	description: 'Get one suggestion with the conversations it was drawn from (up to 50, in `observations`)',
	method: 'GET',
	path: FAQ_SUGGESTION_PATH,
	access: FAQ_SUGGESTION_ACCESS,
	fields: [accountIdField(), suggestionIdField('The suggestion to get')],
	output: '',
});
