import { summaryReportOperation } from './summaryReport';

export const getTeamSummary = summaryReportOperation({
	value: 'getTeamSummary',
	name: 'Get Team Summary',
	action: 'Get the team summary',
	description:
		'One item per team: conversations, resolved conversations, average first response, reply and resolution times (seconds) in the period',
	segment: 'team',
	businessHours: true,
});
