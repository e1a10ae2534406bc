import { csvReportOperation } from './csvReport';
import { businessHoursOption } from './fields';

export const getTeamTable = csvReportOperation({
	value: 'getTeamTable',
	name: 'Get Team Table',
	action: 'Get the team table',
	description: 'One item per team with conversations, response and resolution times in the period',
	segment: 'teams',
	options: [businessHoursOption],
});
