import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { FAQ_SUGGESTION_ACCESS, FAQ_SUGGESTION_PATH, suggestionIdField } from './fields';

export const dismissFaqSuggestion = defineOperation({
	resource: 'captainFaqSuggestion',
	value: 'dismiss',
	name: 'Dismiss',
	action: 'Dismiss a Captain FAQ suggestion',
	description: 'Reject an open suggestion; outputs it with the status dismissed',
	method: 'POST',
	path: `${FAQ_SUGGESTION_PATH}/dismiss`,
	access: FAQ_SUGGESTION_ACCESS,
	fields: [accountIdField(), suggestionIdField('The open suggestion to dismiss')],
	output: '',
});
