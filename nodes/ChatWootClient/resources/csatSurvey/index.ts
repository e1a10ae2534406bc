import { defineResource } from '../../../ChatWoot/shared/operation';
import { getCsatSurvey } from './get';
import { submitCsatSurvey } from './submit';

export const csatSurvey = defineResource(
	{ name: 'CSAT Survey', value: 'csatSurvey', description: 'Customer satisfaction surveys of conversations' },
	[getCsatSurvey, submitCsatSurvey],
);
