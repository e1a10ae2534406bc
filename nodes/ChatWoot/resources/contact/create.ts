import type { INodeProperties } from 'n8n-workflow';

import { accountIdField, additionalFields, bodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { avatarUpload } from '../../transport/multipart';
import { contactAttributeFields, contactBodySteps, contactFieldOptions, contactFromResponse } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const createContact = defineOperation({
	resource: 'contact',
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a contact with its details, avatar and custom attributes, optionally linked to an inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		additionalFields('additionalFields', ([
			...contactFieldOptions,
			{
				displayName: 'Inbox ID',
				name: 'inboxId',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'Links the new contact to this inbox (the number after /inboxes/ in its settings address)',
				routing: { send: { type: 'body', property: 'inbox_id' } },
			},
			bodyField('Source ID', 'sourceId', 'source_id', {
				description: "The contact's ID in the inbox's channel (e.g. an API inbox's user ID); used with Inbox ID. ChatWoot generates one when empty.",
			}),
		] as INodeProperties[]).sort(byDisplayName)),
		...contactAttributeFields,
	],
	preSend: [...contactBodySteps, avatarUpload('additionalFields', { createdIdAt: 'payload.contact.id' })],
	output: [contactFromResponse],
});
