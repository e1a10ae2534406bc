import { defineOperation } from '../../../ChatWoot/shared/operation';
import { conversationUuidField } from './fields';

export const getCsatSurvey = defineOperation({
	resource: 'csatSurvey',
	value: 'get',
	name: 'Get',
	action: 'Get a CSAT survey',
	description: "Get a conversation's satisfaction survey message and any rating already given",
	method: 'GET',
	path: '/public/api/v1/csat_survey/{conversationUuid}',
	fields: [conversationUuidField],
	output: '',
});
