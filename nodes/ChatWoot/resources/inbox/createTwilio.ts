import { wrapBodyIn } from '../../shared/requestBody';
import { accountIdField, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { inboxSummary } from '../../shared/simplify';

export const createTwilioInbox = defineOperation({
	resource: 'inbox',
	value: 'createTwilio',
	name: 'Create Twilio Inbox',
	action: 'Create a Twilio SMS or WhatsApp inbox',
	description: 'Connect a Twilio phone number or messaging service as an SMS or WhatsApp inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/channels/twilio_channel',
	simplify: inboxSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name', { description: "The inbox's name" }),
		{
			displayName: 'Medium',
			name: 'medium',
			type: 'options',
			options: [
				{ name: 'SMS', value: 'sms' },
				{ name: 'WhatsApp', value: 'whatsapp' },
			],
			default: 'sms',
			routing: { send: { type: 'body', property: 'medium' } },
		},
		requiredBodyField('Account SID', 'accountSid', 'account_sid', { placeholder: 'AC0123456789abcdef0123456789abcdef' }),
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The Twilio account's auth token, or the API key's secret when an API Key SID is set",
			routing: { send: { type: 'body', property: 'auth_token' } },
		},
		{
			displayName: 'Send From',
			name: 'sendFrom',
			type: 'options',
			options: [
				{ name: 'Phone Number', value: 'phoneNumber' },
				{ name: 'Messaging Service', value: 'messagingService' },
			],
			default: 'phoneNumber',
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+14155552671',
			displayOptions: { show: { sendFrom: ['phoneNumber'] } },
			routing: { send: { type: 'body', property: 'phone_number' } },
		},
		{
			displayName: 'Messaging Service SID',
			name: 'messagingServiceSid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'MG0123456789abcdef0123456789abcdef',
			displayOptions: { show: { sendFrom: ['messagingService'] } },
			routing: { send: { type: 'body', property: 'messaging_service_sid' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'inboxAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'API Key SID',
					name: 'apiKeySid',
					// An API key's SID is its public identifier (its secret goes in Auth Token), masked
					// all the same, as n8n's lint asks of any parameter named like an API key.
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description: 'A Twilio API key to use instead of the account credentials',
					routing: { send: { type: 'body', property: 'api_key_sid' } },
				},
			],
		},
	],
	preSend: [wrapBodyIn('twilio_channel')],
	output: '',
});
