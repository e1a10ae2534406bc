import { summaryReportOperation } from './summaryReport';

export const getAgentSummary = summaryReportOperation({
	value: 'getAgentSummary',
	name: 'Get Agent Summary',
	action: 'Get the agent summary',
	description:
		'One item per agent: conversations, resolved conversations, average first response, reply and resolution times (seconds) in the period',
	segment: 'agent',
	businessHours: true,
});
