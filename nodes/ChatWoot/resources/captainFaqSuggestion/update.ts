import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { FAQ_SUGGESTION_ACCESS, FAQ_SUGGESTION_PATH, requireSuggestionEdit, suggestionEditOptions, suggestionIdField } from './fields';

export const updateFaqSuggestion = defineOperation({
	resource: 'captainFaqSuggestion',
	value: 'update',
	name: 'Update',
	action: 'Update a Captain FAQ suggestion',
	description: 'Change the question or answer of an open suggestion before it is reviewed',
	method: 'PATCH',
	path: FAQ_SUGGESTION_PATH,
	access: FAQ_SUGGESTION_ACCESS,
	fields: [
		accountIdField(),
		suggestionIdField('The open suggestion to update'),
		updateFields('captainFaqSuggestionUpdateFields', suggestionEditOptions, 'Only the fields added here are sent'),
	],
	preSend: [requireSuggestionEdit],
	output: '',
});
