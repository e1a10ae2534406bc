import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { LABELS } from './getLabels';
import { changeLabels, removingLabels, requireLabels } from '../../shared/labels';
import { LABEL_FIELD_NAME, labelFields } from './labels';
import { BOT_SHOW_AND_LABELS_SINCE } from './fields';

export const removeConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'removeLabels',
	name: 'Remove Labels',
	action: 'Remove labels from a conversation',
	description: 'Remove labels from a conversation, keeping its other labels',
	method: 'POST',
	path: LABELS,
	access: { bot: BOT_SHOW_AND_LABELS_SINCE },
	fields: labelFields('remove', 'Labels to remove; the conversation keeps its other labels.'),
	preSend: [requireLabels(LABEL_FIELD_NAME)],
	send: changeLabels(LABELS, 'conversationId', removingLabels),
	output: withRecordFields({ conversation_id: 'conversationId' }, labelsOutput),
});
