import { defineOperation } from '../../shared/operation';
import { labelList } from './fields';
import { LABELS } from './getLabels';
import { removeFromLabels, labelFields } from './labels';

export const removeConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'removeLabels',
	name: 'Remove Labels',
	action: 'Remove labels from a conversation',
	description: 'Remove labels from a conversation, keeping its other labels',
	method: 'POST',
	path: LABELS,
	access: { bot: true },
	fields: labelFields('remove', 'Labels to remove; the conversation keeps its other labels.'),
	preSend: [removeFromLabels],
	output: [labelList],
});
