import { defineOperation } from '../../shared/operation';
import { CONVERSATION, conversationFields, labelList } from './fields';

export const LABELS = `${CONVERSATION}/labels`;

export const getConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'getLabels',
	name: 'Get Labels',
	action: 'Get the labels of a conversation',
	description: "Get a conversation's labels as one item with a labels list",
	method: 'GET',
	path: LABELS,
	access: { bot: true },
	fields: conversationFields('The conversation whose labels to get'),
	output: [labelList],
});
