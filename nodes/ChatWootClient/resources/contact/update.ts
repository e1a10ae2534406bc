import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientContactSummary } from '../../../ChatWoot/shared/simplify';
import { CONTACT_PATH, contactFieldOptions, contactIdentifierField, parseCustomAttributes, signIdentifier } from '../../shared';
import { updateFields } from '../../../ChatWoot/shared/descriptions';

export const updateContact = defineOperation({
	resource: 'contact',
	value: 'update',
	name: 'Update',
	action: 'Update a contact of the inbox',
	description:
		'Change a contact; ChatWoot merges it into an existing contact with the same identifier, email or phone number, and deep-merges custom attributes',
	method: 'PATCH',
	path: CONTACT_PATH,
	simplify: clientContactSummary,
	fields: [
		contactIdentifierField,
		updateFields('updateFields', contactFieldOptions, 'Only the fields added here are sent'),
	],
	preSend: [parseCustomAttributes, signIdentifier],
	output: '',
});
