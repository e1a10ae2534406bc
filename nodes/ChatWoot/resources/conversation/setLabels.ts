import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { LABELS } from './getLabels';
import { replaceLabels, labelFields } from './labels';
import { BOT_SHOW_AND_LABELS_SINCE } from './fields';

export const setConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'setLabels',
	name: 'Replace Labels',
	action: 'Replace the labels of a conversation',
	description: 'Give a conversation exactly these labels, removing the others',
	method: 'POST',
	path: LABELS,
	access: { bot: BOT_SHOW_AND_LABELS_SINCE },
	fields: labelFields('set', 'The labels the conversation will have; the others are removed. None removes every label.', false),
	preSend: [replaceLabels],
	output: withRecordFields({ conversation_id: 'conversationId' }, labelsOutput),
});
