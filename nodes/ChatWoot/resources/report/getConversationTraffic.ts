import { csvReportOperation } from './csvReport';
import { timezoneOffsetOption } from './fields';

export const getConversationTraffic = csvReportOperation({
	value: 'getConversationTraffic',
	name: 'Get Conversation Traffic',
	action: 'Get conversation traffic',
	description: 'One item per day with the number of conversations started in each hour (the heatmap)',
	segment: 'conversation_traffic',
	options: [timezoneOffsetOption],
});
