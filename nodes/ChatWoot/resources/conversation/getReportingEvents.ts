import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';
import { CONVERSATION, conversationFields } from './fields';

export const getConversationReportingEvents = defineOperation({
	resource: 'conversation',
	value: 'getReportingEvents',
	name: 'Get Reporting Events',
	action: 'Get the reporting events of a conversation',
	description: 'List the events ChatWoot reports on for a conversation, such as first response and resolution times',
	method: 'GET',
	path: `${CONVERSATION}/reporting_events`,
	access: { enterprise: true },
	fields: conversationFields('The conversation whose reporting events to get'),
	paging: wholeList(''),
});
