import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';
import { sendUnixDates } from '../report/fields';
import { csatFilters, csatSort } from './fields';

export const getManyCsatSurveyResponses = defineOperation({
	resource: 'csatSurveyResponse',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many CSAT survey responses',
	description: "Customers' satisfaction ratings and feedback, one item per response, newest first",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/csat_survey_responses',
	access: { admin: true },
	fields: [accountIdField(), csatFilters, csatSort.field],
	preSend: [sendUnixDates, csatSort.preSend],
	paging: numberedPages('', 25),
});
