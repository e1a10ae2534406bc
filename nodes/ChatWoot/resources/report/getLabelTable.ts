import { csvReportOperation } from './csvReport';
import { businessHoursOption } from './fields';

export const getLabelTable = csvReportOperation({
	value: 'getLabelTable',
	name: 'Get Label Table',
	action: 'Get the label table',
	description: 'One item per label with conversations, response and resolution times in the period',
	segment: 'labels',
	options: [businessHoursOption],
});
