import { defineOperation } from '../../shared/operation';
import { labelsOutput, withRecordFields } from '../../transport/output';
import { LABELS } from './getLabels';
import { addingLabels, changeLabels, requireLabels } from '../../shared/labels';
import { LABEL_FIELD_NAME, labelFields } from './labels';
import { BOT_SHOW_AND_LABELS_SINCE } from './fields';

export const addConversationLabels = defineOperation({
	resource: 'conversation',
	value: 'addLabels',
	name: 'Add Labels',
	action: 'Add labels to a conversation',
	description: 'Add labels to a conversation, keeping its other labels',
	method: 'POST',
	path: LABELS,
	access: { bot: BOT_SHOW_AND_LABELS_SINCE },
	fields: labelFields('add', 'Labels to add; the conversation keeps its other labels.'),
	preSend: [requireLabels(LABEL_FIELD_NAME)],
	send: changeLabels(LABELS, 'conversationId', addingLabels),
	output: withRecordFields({ conversation_id: 'conversationId' }, labelsOutput),
});
