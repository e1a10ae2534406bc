import { accountIdField, bodyField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

const COLUMNS = [
	'additional_attributes',
	'blocked',
	'country_code',
	'created_at',
	'custom_attributes',
	'email',
	'id',
	'identifier',
	'last_activity_at',
	'location',
	'name',
	'phone_number',
];

export const exportContacts = defineOperation({
	resource: 'contact',
	value: 'export',
	name: 'Export',
	action: 'Export contacts to CSV by email',
	description:
		"Ask ChatWoot to build a CSV of the account's contacts in the background; it emails a download link to the token's user",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts/export',
	access: { admin: true },
	fields: [
		accountIdField(),
		optionsCollection('options', [
			{
				displayName: 'Columns',
				name: 'columns',
				type: 'multiOptions',
				options: COLUMNS.map((column) => ({ name: column, value: column })),
				default: [],
				description: 'The columns of the CSV; ChatWoot uses ID, name, email and phone number when none are chosen',
				routing: { send: { type: 'body', property: 'column_names' } },
			},
			bodyField('Label', 'label', 'label', { description: 'Only contacts with this label' }),
		]),
	],
});
