import { defineOperation } from '../../shared/operation';
import { labelList } from './fields';
import { LABELS } from './getLabels';
import { addToLabels, labelFields } from './labels';

export const addConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'addLabels',
	name: 'Add Labels',
	action: 'Add labels to a conversation',
	description: 'Add labels to a conversation, keeping its other labels',
	method: 'POST',
	path: LABELS,
	access: { bot: true },
	fields: labelFields('add', 'Labels to add; the conversation keeps its other labels.'),
	preSend: [addToLabels],
	output: [labelList],
});
