import { defineOperation } from '../../../ChatWoot/shared/operation';
import { clientContactSummary } from '../../../ChatWoot/shared/simplify';
import { CONTACT_PATH, contactIdentifierField } from '../../shared';

export const getContact = defineOperation({
	resource: 'contact',
	value: 'get',
	name: 'Get',
	action: 'Get a contact of the inbox',
	description: 'Get a contact by its source_id in this inbox',
	method: 'GET',
	path: CONTACT_PATH,
	simplify: clientContactSummary,
	fields: [contactIdentifierField],
	output: '',
});
