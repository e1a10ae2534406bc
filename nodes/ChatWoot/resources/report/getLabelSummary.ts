import { summaryReportOperation } from './summaryReport';

export const getLabelSummary = summaryReportOperation({
	value: 'getLabelSummary',
	name: 'Get Label Summary',
	action: 'Get the label summary',
	description:
		'One item per label: conversations, resolved conversations, average first response, reply and resolution times (seconds) in the period',
	segment: 'label',
	businessHours: true,
});
