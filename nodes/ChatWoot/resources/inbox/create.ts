import type { INodeProperties } from 'n8n-workflow';

import { accountIdField, additionalFields, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { inboxSummary } from '../../shared/simplify';
import { avatarUpload } from '../../transport/multipart';
import { CHANNEL_TYPES, channelUpdateOptions, inboxSettingOptions, parseProviderConfig } from './fields';

/** A required `channel[…]` field, shown for the channel types that need it. */
function channelField(
	displayName: string,
	name: string,
	property: string,
	types: string[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { channelType: types } },
		routing: { send: { type: 'body', property: `channel.${property}` } },
		...extra,
	} as INodeProperties;
}

export const createInbox = defineOperation({
	resource: 'inbox',
	value: 'create',
	name: 'Create',
	action: 'Create an inbox',
	description: 'Create an inbox with its channel: API, website widget, email, Telegram, LINE, WhatsApp or SMS',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/inboxes',
	simplify: inboxSummary,
	access: { admin: true },
	fields: [
		accountIdField(),
		requiredBodyField('Name', 'name', 'name'),
		{
			displayName: 'Channel Type',
			name: 'channelType',
			type: 'options',
			options: CHANNEL_TYPES,
			default: 'api',
			description: 'Facebook, Instagram and other sign-in channels are connected in the ChatWoot dashboard; Twilio has its own operation',
			routing: { send: { type: 'body', property: 'channel.type' } },
		},
		channelField('Website URL', 'channelWebsiteUrl', 'website_url', ['web_widget'], { placeholder: 'https://example.com' }),
		channelField('Email', 'channelEmail', 'email', ['email'], { placeholder: 'support@example.com' }),
		channelField('Bot Token', 'botToken', 'bot_token', ['telegram'], {
			typeOptions: { password: true },
			description: 'The token BotFather gave for the Telegram bot',
		}),
		channelField('LINE Channel ID', 'lineChannelId', 'line_channel_id', ['line']),
		channelField('LINE Channel Secret', 'lineChannelSecret', 'line_channel_secret', ['line'], { typeOptions: { password: true } }),
		channelField('LINE Channel Token', 'lineChannelToken', 'line_channel_token', ['line'], { typeOptions: { password: true } }),
		channelField('Phone Number', 'phoneNumber', 'phone_number', ['whatsapp', 'sms'], { placeholder: '+14155552671' }),
		{
			displayName: 'Provider',
			name: 'provider',
			type: 'options',
			options: [
				{ name: '360dialog', value: 'default' },
				{ name: 'WhatsApp Cloud', value: 'whatsapp_cloud' },
			],
			default: 'whatsapp_cloud',
			displayOptions: { show: { channelType: ['whatsapp'] } },
			routing: { send: { type: 'body', property: 'channel.provider' } },
		},
		channelField('Provider Config', 'providerConfig', 'provider_config', ['whatsapp', 'sms'], {
			type: 'json',
			default: '{}',
			description:
				'The provider credentials as a JSON object: WhatsApp Cloud {"api_key","phone_number_id","business_account_id"}, 360dialog {"api_key"}, Bandwidth SMS {"api_key","api_secret","application_id","account_id"}',
		}),
		{
			displayName: 'Channel Options',
			name: 'channelOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: channelUpdateOptions,
		},
		additionalFields('inboxAdditionalFields', inboxSettingOptions),
	],
	preSend: [parseProviderConfig, avatarUpload('inboxAdditionalFields', { createdIdAt: 'id' })],
	output: '',
});
