import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../ChatWoot/shared/operation';
import { conversationUuidField } from './fields';

/** ChatWoot stores the answer in the survey message: `message[submitted_values][csat_survey_response]`. */
async function wrapSurveyResponse(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const rating = this.getNodeParameter('rating') as number;
	const feedback = String(this.getNodeParameter('feedbackMessage', '') ?? '');
	const response = { rating, ...(feedback ? { feedback_message: feedback } : {}) };
	return { ...requestOptions, body: { message: { submitted_values: { csat_survey_response: response } } } };
}

export const submitCsatSurvey = defineOperation({
	resource: 'csatSurvey',
	value: 'submit',
	name: 'Submit',
	action: 'Submit a CSAT rating',
	description: 'Rate a conversation as its contact (possible for 14 days after the survey was sent)',
	method: 'PATCH',
	path: '/public/api/v1/csat_survey/{conversationUuid}',
	fields: [
		conversationUuidField,
		{
			displayName: 'Rating',
			name: 'rating',
			type: 'options',
			options: [1, 2, 3, 4, 5].map((value) => ({ name: String(value), value })),
			default: 5,
			description: 'From 1 (very unsatisfied) to 5 (very satisfied)',
		},
		{ displayName: 'Feedback Message', name: 'feedbackMessage', type: 'string', default: '', typeOptions: { rows: 3 } },
	],
	preSend: [wrapSurveyResponse],
	output: '',
});
