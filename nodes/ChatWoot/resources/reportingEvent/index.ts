import { defineResource } from '../../shared/operation';
import { getManyReportingEvents } from './getMany';

export const reportingEvent = defineResource(
	{ name: 'Reporting Event', value: 'reportingEvent', description: 'The raw events behind the reports' },
	[getManyReportingEvents],
);
