import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { eventDataField, hookIdField, parseEventData, textInBody } from './fields';

export const processEvent = defineOperation({
	resource: 'integration',
	value: 'processEvent',
	name: 'Run Hook Event',
	action: 'Run an integration hook event',
	description: 'Ask a connected app (e.g. OpenAI) to process an event, such as summarising a conversation',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/integrations/hooks/{hookId}/process_event',
	fields: [
		accountIdField(),
		hookIdField('The hook that processes the event'),
		textInBody('Event Name', 'eventName', 'event.name', 'What the app should do, e.g. summarize, reply_suggestion, rephrase for OpenAI'),
		eventDataField,
	],
	preSend: [parseEventData],
	output: '',
});
