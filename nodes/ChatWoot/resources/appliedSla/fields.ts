import type { INodeProperties } from 'n8n-workflow';

import { agentLocator, inboxLocator, teamLocator } from '../../shared/locators';
import { dateRangeFilterOptions } from '../report/fields';
import { filtersCollection } from '../../shared/descriptions';
import { createdAtSort } from '../../shared/sort';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** `sort_on :created_at` in the Enterprise applied_slas_controller.rb (procore-sift: `sort=-created_at`). */
export const appliedSlaSort = createdAtSort('appliedSla');

/** The filters ChatWoot applies alike to the missed-SLA list, its metrics and its download. */
export const slaFilters: INodeProperties = filtersCollection('appliedSlaFilters', [
	{ ...agentLocator('Only conversations assigned to this agent', 'assignedAgentId'), displayName: 'Agent', required: false, routing: { send: { type: 'query', property: 'assigned_agent_id' } } },
	{ ...inboxLocator('Only conversations of this inbox'), required: false, routing: { send: { type: 'query', property: 'inbox_id' } } },
	{
		displayName: 'Label Name or ID',
		name: 'label',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
		default: '',
		description: 'Only conversations with this label. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'query', property: 'label_list' } },
	},
	...dateRangeFilterOptions,
	{
		displayName: 'SLA Policy ID',
		name: 'slaPolicyId',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'Only conversations under this SLA policy',
		routing: { send: { type: 'query', property: 'sla_policy_id' } },
	},
	{ ...teamLocator('Only conversations of this team'), required: false, routing: { send: { type: 'query', property: 'team_id' } } },
]);
