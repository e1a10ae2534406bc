import { csvReportOperation } from './csvReport';
import { businessHoursOption } from './fields';

export const getConversationTable = csvReportOperation({
	value: 'getConversationTable',
	name: 'Get Conversation Table',
	action: 'Get the conversation table',
	description: 'One item per day with the conversation counts and times of the period',
	segment: 'conversations_summary',
	options: [businessHoursOption],
});
