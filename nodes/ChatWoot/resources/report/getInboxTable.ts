import { csvReportOperation } from './csvReport';
import { businessHoursOption } from './fields';

export const getInboxTable = csvReportOperation({
	value: 'getInboxTable',
	name: 'Get Inbox Table',
	action: 'Get the inbox table',
	description: 'One item per inbox with conversations, response and resolution times in the period',
	segment: 'inboxes',
	options: [businessHoursOption],
});
