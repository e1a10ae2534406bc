import { csvReportOperation } from './csvReport';
import { businessHoursOption } from './fields';

export const getAgentTable = csvReportOperation({
	value: 'getAgentTable',
	name: 'Get Agent Table',
	action: 'Get the agent table',
	description: 'One item per agent with conversations, response and resolution times in the period',
	segment: 'agents',
	options: [businessHoursOption],
});
