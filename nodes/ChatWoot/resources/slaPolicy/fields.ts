import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption, idField } from '../../shared/descriptions';

/** What SLA Policy Create and Update share. ChatWoot reads them under `sla_policy`. */

export const slaPolicyIdField = (description: string) => idField('policyId', description);

const threshold = (displayName: string, name: string, property: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: `${description}, in seconds (e.g. 3600 for one hour)`,
	routing: { send: { type: 'body', property: `sla_policy.${property}` } },
});

export const slaPolicyFieldOptions: INodeProperties[] = [
	bodyField('Description', 'description', 'sla_policy.description'),
	threshold('First Response Time', 'firstResponseTimeThreshold', 'first_response_time_threshold', 'Time allowed for the first reply'),
	threshold('Next Response Time', 'nextResponseTimeThreshold', 'next_response_time_threshold', 'Time allowed for each following reply'),
	booleanOption('Only During Business Hours', 'onlyDuringBusinessHours', 'sla_policy.only_during_business_hours', {
		description: "Whether the clock runs only during the inbox's business hours",
	}),
	threshold('Resolution Time', 'resolutionTimeThreshold', 'resolution_time_threshold', 'Time allowed to resolve the conversation'),
];

export const slaPolicyNameOption: INodeProperties = bodyField('Name', 'name', 'sla_policy.name');
