import { channelKeysToItems } from './fields';
import { summaryReportOperation } from './summaryReport';

export const getChannelSummary = summaryReportOperation({
	value: 'getChannelSummary',
	name: 'Get Channel Summary',
	action: 'Get the channel summary',
	description:
		'One item per channel type (channel_type, e.g. Channel::WebWidget) with its open, pending, snoozed, resolved and total conversations; ChatWoot refuses periods longer than it allows',
	segment: 'channel',
	businessHours: false,
	output: [channelKeysToItems],
});
