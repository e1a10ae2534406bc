import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { BOT_SHOW_AND_LABELS_SINCE, CONVERSATION, conversationFields } from './fields';

export const LABELS = `${CONVERSATION}/labels`;

export const getConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'getLabels',
	name: 'Get Labels',
	action: 'Get the labels of a conversation',
	description: "Get a conversation's labels as one item with a labels list",
	method: 'GET',
	path: LABELS,
	access: { bot: BOT_SHOW_AND_LABELS_SINCE },
	fields: conversationFields('The conversation whose labels to get'),
	output: withRecordFields({ conversation_id: 'conversationId' }, labelsOutput),
});
