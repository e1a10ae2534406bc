import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { csvRowsToItems, sendUnixDates } from '../report/fields';
import { csatFilters } from './fields';

export const exportCsatSurveyResponses = defineOperation({
	resource: 'csatSurveyResponse',
	value: 'export',
	name: 'Export',
	action: 'Export CSAT survey responses',
	description:
		"Every matching response in one request, as the rows of ChatWoot's CSV download: one item per row, keyed by the column titles",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/csat_survey_responses/download',
	access: { admin: true },
	fields: [accountIdField(), csatFilters],
	preSend: [sendUnixDates],
	output: [csvRowsToItems],
});
