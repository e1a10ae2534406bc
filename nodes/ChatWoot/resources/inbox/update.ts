import type { INodeProperties } from 'n8n-workflow';

import { accountIdField, bodyField, updateFields } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { inboxSummary } from '../../shared/simplify';
import { avatarUpload } from '../../transport/multipart';
import { channelUpdateOptions, inboxSettingOptions } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateInbox = defineOperation({
	resource: 'inbox',
	value: 'update',
	name: 'Update',
	action: 'Update an inbox',
	description: "Change an inbox's settings, avatar, or its website or API channel's fields",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/inboxes/{inboxId}',
	simplify: inboxSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		inboxLocator('The inbox to update'),
		updateFields('inboxUpdateFields', ([
			...inboxSettingOptions,
			...channelUpdateOptions,
			bodyField('Name', 'name', 'name'),
		] as INodeProperties[]).sort(byDisplayName), 'Only the fields added here are sent; the inbox keeps every other value'),
	],
	preSend: [avatarUpload('inboxUpdateFields')],
	output: '',
});
