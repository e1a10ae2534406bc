import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { timezoneOffsetOption } from '../report/fields';
import { assistantIdField } from './fields';

/** The assistant overview's numbers (`Captain::AssistantStatsBuilder#metrics`), ChatWoot 4.16.1+ (PR #15078). */
export const getAssistantMetrics = defineOperation({
	resource: 'captainAssistant',
	value: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get the metrics of a Captain assistant',
	description: 'Conversations handled, hours saved, auto-resolution, handoff and reopen rates of an assistant, with the previous period to compare',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/captain/assistants/{assistantId}/metrics',
	access: { enterprise: true, since: '4.16.1' },
	fields: [
		accountIdField(),
		assistantIdField('The assistant whose metrics to get'),
		{
			displayName: 'Period',
			name: 'range',
			type: 'options',
			default: '7',
			description: 'The period counted; the previous one of the same length is the comparison',
			// Captain::AssistantStatsWindow::ALLOWED_RANGES; anything else counts as 7 days.
			options: [
				{ name: 'Last 7 Days', value: '7' },
				{ name: 'Last 30 Days', value: '30' },
				{ name: 'Last 90 Days', value: '90' },
				{ name: 'This Month', value: 'this_month' },
				{ name: 'Last Month', value: 'last_month' },
			],
			routing: { send: { type: 'query', property: 'range' } },
		},
		optionsCollection('captainAssistantOptions', [timezoneOffsetOption]),
	],
	output: '',
});
