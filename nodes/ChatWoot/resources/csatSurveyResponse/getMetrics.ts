import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { sendUnixDates } from '../report/fields';
import { csatFilters } from './fields';

export const getCsatMetrics = defineOperation({
	resource: 'csatSurveyResponse',
	value: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get CSAT metrics',
	description: 'One item with the number of responses, the count per rating and the number of surveys sent',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/csat_survey_responses/metrics',
	access: { admin: true },
	fields: [accountIdField(), csatFilters],
	preSend: [sendUnixDates],
	output: '',
});
