import { summaryReportOperation } from './summaryReport';

export const getInboxSummary = summaryReportOperation({
	value: 'getInboxSummary',
	name: 'Get Inbox Summary',
	action: 'Get the inbox summary',
	description:
		'One item per inbox: conversations, resolved conversations, average first response, reply and resolution times (seconds) in the period',
	segment: 'inbox',
	businessHours: true,
});
