import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { FAQ_SUGGESTION_ACCESS, FAQ_SUGGESTION_PATH, suggestionEditOptions, suggestionIdField } from './fields';

/** captain/faq_suggestion_approval_service.rb: the suggestion becomes an approved FAQ response of its assistant, which is returned. */
export const approveFaqSuggestion = defineOperation({
	resource: 'captainFaqSuggestion',
	value: 'approve',
	name: 'Approve',
	action: 'Approve a Captain FAQ suggestion',
	description: 'Turn an open suggestion, edited or not, into an approved FAQ response of its assistant; outputs the new response',
	method: 'POST',
	path: `${FAQ_SUGGESTION_PATH}/approve`,
	access: FAQ_SUGGESTION_ACCESS,
	fields: [
		accountIdField(),
		suggestionIdField('The open suggestion to approve'),
		{
			...optionsCollection('captainFaqSuggestionEdits', suggestionEditOptions),
			displayName: 'Edit Before Approving',
			placeholder: 'Add Field',
		},
	],
	output: '',
});
