import type { PostReceiveAction } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { businessHoursOption, dateRangeFields, sendUnixDates } from './fields';

/** ChatWoot's summary reports (`summary_reports/agent|team|inbox|label|channel`): one item per agent, team, inbox, label or channel. */
export function summaryReportOperation(spec: {
	value: string;
	name: string;
	action: string;
	description: string;
	segment: string;
	businessHours: boolean;
	output?: PostReceiveAction[];
}) {
	return defineOperation({
		resource: 'report',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		method: 'GET',
		path: `/api/v2/accounts/{accountId}/summary_reports/${spec.segment}`,
		access: { admin: true },
		fields: [
			accountIdField(),
			...dateRangeFields,
			...(spec.businessHours
				? [
						{
							displayName: 'Options',
							name: 'reportOptions',
							type: 'collection' as const,
							placeholder: 'Add Option',
							default: {},
							options: [businessHoursOption],
						},
					]
				: []),
		],
		preSend: [sendUnixDates],
		output: spec.output ?? '',
	});
}
