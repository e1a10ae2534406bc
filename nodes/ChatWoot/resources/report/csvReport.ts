import type { INodeProperties } from 'n8n-workflow';

import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { csvRowsToItems, dateRangeFields, sendUnixDates } from './fields';

/**
 * The reports ChatWoot only offers as CSV downloads (agents, inboxes, labels, teams, conversations,
 * traffic): same range and options, each row of the file becomes an item keyed by the column titles.
 */
export function csvReportOperation(spec: {
	value: string;
	name: string;
	action: string;
	description: string;
	segment: string;
	options: INodeProperties[];
}) {
	return defineOperation({
		resource: 'report',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: `${spec.description}; the columns are named as in ChatWoot's CSV download, in the account's language`,
		method: 'GET',
		path: `/api/v2/accounts/{accountId}/reports/${spec.segment}`,
		access: { admin: true },
		fields: [
			accountIdField(),
			...dateRangeFields,
			optionsCollection('reportOptions', spec.options),
		],
		preSend: [sendUnixDates],
		output: [csvRowsToItems],
	});
}
