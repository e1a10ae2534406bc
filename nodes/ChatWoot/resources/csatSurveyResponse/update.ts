import { accountIdField, idField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const updateCsatSurveyResponse = defineOperation({
	resource: 'csatSurveyResponse',
	value: 'update',
	name: 'Update',
	action: 'Update a CSAT survey response',
	description: "Set the review notes of a response (your team's follow-up on the customer's rating)",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/csat_survey_responses/{responseId}',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		idField('responseId', 'The ID of the response, as Get Many shows it'),
		{
			displayName: 'Review Notes',
			name: 'reviewNotes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			description: 'Replaces the current notes; an empty value clears them',
			routing: { send: { type: 'body', property: 'csat_review_notes' } },
		},
	],
	output: '',
});
