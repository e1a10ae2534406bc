import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../ChatWoot/shared/operation';
import { parseJsonObject } from '../../../ChatWoot/shared/validation';
import { platformAccountIdField } from '../../shared';

interface MigrationEntry {
	email: string;
	provider: string;
	inboxName?: string;
	providerConfig?: string | IDataObject;
}

/** The list of mailboxes becomes ChatWoot's `migrations` array; empty values are left out. */
async function buildMigrations(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const entries = (this.getNodeParameter('mailboxes.mailbox', []) as MigrationEntry[]) ?? [];
	const migrations = entries.map((entry, index) => ({
		email: entry.email,
		provider: entry.provider,
		...(entry.inboxName ? { inbox_name: entry.inboxName } : {}),
		provider_config: parseJsonObject(this, entry.providerConfig ?? '{}', `Provider Config of mailbox ${index + 1}`, '{"refresh_token":"…"}'),
	}));
	return { ...requestOptions, body: { migrations } };
}

export const createEmailChannelMigration = defineOperation({
	resource: 'emailChannelMigration',
	value: 'create',
	name: 'Migrate',
	action: 'Migrate email mailboxes into an account',
	description:
		'Create email inboxes for Google or Microsoft mailboxes already authorized elsewhere (up to 25; ChatWoot must run with EMAIL_CHANNEL_MIGRATION=true). One output item per mailbox with its status.',
	method: 'POST',
	path: '/platform/api/v1/accounts/{accountId}/email_channel_migrations',
	access: { since: '4.12.1' },
	fields: [
		platformAccountIdField(),
		{
			displayName: 'Mailboxes',
			name: 'mailboxes',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Mailbox',
			default: {},
			required: true,
			options: [
				{
					displayName: 'Mailbox',
					name: 'mailbox',
					values: [
						{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
						{
							displayName: 'Provider',
							name: 'provider',
							type: 'options',
							options: [
								{ name: 'Google', value: 'google' },
								{ name: 'Microsoft', value: 'microsoft' },
							],
							default: 'google',
						},
						{ displayName: 'Inbox Name', name: 'inboxName', type: 'string', default: '', description: 'Default: "Migrated Google: name@email.com"' },
						{
							displayName: 'Provider Config',
							name: 'providerConfig',
							type: 'json',
							default: '{}',
							description: 'The OAuth tokens ChatWoot needs for this mailbox, as a JSON object (e.g. refresh_token)',
						},
					],
				},
			],
		},
	],
	preSend: [buildMigrations],
	output: 'results',
});
