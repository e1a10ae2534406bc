import { accountIdField, bodyField, booleanOption, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const updateAccount = defineOperation({
	resource: 'account',
	value: 'update',
	name: 'Update',
	action: 'Update an account',
	description: "Change an account's name, language, domain, support email or auto-resolve settings",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		updateFields('accountUpdateFields', [
			{
				displayName: 'Auto Resolve After (Minutes)',
				name: 'autoResolveAfter',
				type: 'number',
				typeOptions: { minValue: 10, maxValue: 1439856 },
				default: 1440,
				description: 'Resolve conversations that have been inactive this long',
				routing: { send: { type: 'body', property: 'auto_resolve_after' } },
			},
			booleanOption('Auto Resolve Ignore Waiting', 'autoResolveIgnoreWaiting', 'auto_resolve_ignore_waiting', {
				description: 'Whether conversations waiting for an agent reply are left unresolved',
			}),
			bodyField('Auto Resolve Message', 'autoResolveMessage', 'auto_resolve_message', {
				description: 'The message sent when a conversation is resolved automatically',
			}),
			bodyField('Company Size', 'companySize', 'company_size'),
			bodyField('Domain', 'domain', 'domain', {
				placeholder: 'example.com',
				description: 'The domain of email inboxes that reply from the account',
			}),
			bodyField('Industry', 'industry', 'industry'),
			bodyField('Locale', 'locale', 'locale', { placeholder: 'e.g. en', description: "The account's language code" }),
			bodyField('Name', 'name', 'name'),
			bodyField('Support Email', 'supportEmail', 'support_email', { placeholder: 'support@example.com' }),
			bodyField('Timezone', 'timezone', 'timezone', { placeholder: 'e.g. Europe/Berlin' }),
		], 'Only the fields added here are sent; the account keeps every other value'),
	],
	output: '',
});
