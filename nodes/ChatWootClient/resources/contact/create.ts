import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientContactSummary } from '../../../ChatWoot/shared/simplify';
import { contactFieldOptions, INBOX_PATH, parseCustomAttributes, signIdentifier } from '../../shared';
import { additionalFields } from '../../../ChatWoot/shared/descriptions';

export const createContact = defineOperation({
	resource: 'contact',
	value: 'create',
	name: 'Create',
	action: 'Create a contact in the inbox',
	description:
		"Create a contact for this inbox; its source_id identifies it in every other call (and pubsub_token subscribes to its live updates)",
	method: 'POST',
	path: `${INBOX_PATH}/contacts`,
	simplify: clientContactSummary,
	fields: [
		additionalFields('additionalFields', contactFieldOptions),
	],
	preSend: [parseCustomAttributes, signIdentifier],
	output: '',
});
