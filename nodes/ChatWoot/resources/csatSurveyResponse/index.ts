import { defineResource } from '../../shared/operation';
import { exportCsatSurveyResponses } from './export';
import { getManyCsatSurveyResponses } from './getMany';
import { getCsatMetrics } from './getMetrics';
import { updateCsatSurveyResponse } from './update';

export const csatSurveyResponse = defineResource(
	{ name: 'CSAT Survey Response', value: 'csatSurveyResponse', description: 'Customer satisfaction ratings', defaultOperation: 'getMany' },
	[exportCsatSurveyResponses, getManyCsatSurveyResponses, getCsatMetrics, updateCsatSurveyResponse],
);
