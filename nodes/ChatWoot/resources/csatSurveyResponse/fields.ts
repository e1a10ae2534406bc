import type { INodeProperties } from 'n8n-workflow';

import { agentLocator, inboxLocator, teamLocator } from '../../shared/locators';
import { dateRangeFilterOptions } from '../report/fields';
import { filtersCollection } from '../../shared/descriptions';
import { createdAtSort } from '../../shared/sort';

/** `sort_on :created_at` in csat_survey_responses_controller.rb (procore-sift: `sort=-created_at`). */
export const csatSort = createdAtSort('csatSurveyResponse');

/** The filters ChatWoot applies alike to the CSAT list, its metrics and its download. */
export const csatFilters: INodeProperties = filtersCollection('csatSurveyResponseFilters', [
	{ ...agentLocator('Only responses to conversations assigned to this agent', 'userId'), displayName: 'Agent', required: false, routing: { send: { type: 'query', property: 'user_ids' } } },
	{ ...inboxLocator('Only responses from this inbox'), required: false, routing: { send: { type: 'query', property: 'inbox_id' } } },
	{
		displayName: 'Ratings',
		name: 'ratings',
		type: 'multiOptions',
		default: [],
		description: 'Only responses with these ratings (1 is the worst, 5 the best)',
		options: [1, 2, 3, 4, 5].map((rating) => ({ name: String(rating), value: rating })),
		routing: { send: { type: 'query', property: 'rating' } },
	},
	...dateRangeFilterOptions,
	{ ...teamLocator('Only responses to conversations of this team'), required: false, routing: { send: { type: 'query', property: 'team_id' } } },
]);
