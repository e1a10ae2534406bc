import type { INodeProperties } from 'n8n-workflow';

import { parseJsonAt } from '../../shared/requestBody';
import { bodyField, booleanOption } from '../../shared/descriptions';
import { avatarFileOption } from '../../transport/multipart';

/** What inbox Create and Update share: the inbox's settings and the channel's fields. */

export const CHANNEL_TYPES = [
	{ name: 'API', value: 'api', description: 'Messages come and go through your own code (API channel)' },
	{ name: 'Email', value: 'email', description: 'An email address whose mail ChatWoot receives by forwarding' },
	{ name: 'LINE', value: 'line' },
	{ name: 'SMS (Bandwidth)', value: 'sms' },
	{ name: 'Telegram', value: 'telegram' },
	{ name: 'Website', value: 'web_widget', description: 'The live-chat widget for a website' },
	{ name: 'WhatsApp', value: 'whatsapp' },
];

/** The provider's credentials of WhatsApp and SMS channels arrive as JSON text and leave as `channel[provider_config]`. */
export const parseProviderConfig = parseJsonAt('channel.provider_config', 'Provider Config', '{"api_key":"…","phone_number_id":"…"}');

/** The inbox's own settings, as options of a collection (Additional Fields, Update Fields). */
export const inboxSettingOptions: INodeProperties[] = [
	booleanOption('Allow Messages After Resolved', 'allowMessagesAfterResolved', 'allow_messages_after_resolved', {
		description: 'Whether contacts can still write in a resolved conversation',
		default: true,
	}),
	avatarFileOption("Uploads the image as the inbox's avatar, in a second request after the other fields are saved"),
	bodyField('Business Name', 'businessName', 'business_name'),
	booleanOption('CSAT Survey Enabled', 'csatSurveyEnabled', 'csat_survey_enabled', {
		description: 'Whether ChatWoot asks contacts to rate the conversation when it is resolved',
	}),
	booleanOption('Enable Auto Assignment', 'enableAutoAssignment', 'enable_auto_assignment', {
		description: "Whether new conversations are assigned to the inbox's agents automatically",
		default: true,
	}),
	booleanOption('Enable Email Collect', 'enableEmailCollect', 'enable_email_collect', {
		description: 'Whether ChatWoot asks website visitors for their email address',
		default: true,
	}),
	booleanOption('Greeting Enabled', 'greetingEnabled', 'greeting_enabled', {
		description: 'Whether ChatWoot sends the greeting message when a conversation starts',
	}),
	bodyField('Greeting Message', 'greetingMessage', 'greeting_message'),
	booleanOption('Lock to Single Conversation', 'lockToSingleConversation', 'lock_to_single_conversation', {
		description: 'Whether a contact keeps one conversation instead of a new one per resolved conversation',
	}),
	bodyField('Out of Office Message', 'outOfOfficeMessage', 'out_of_office_message'),
	{
		displayName: 'Sender Name Type',
		name: 'senderNameType',
		type: 'options',
		options: [
			{ name: 'Friendly (Agent Name)', value: 'friendly' },
			{ name: 'Professional (Business Name)', value: 'professional' },
		],
		default: 'friendly',
		routing: { send: { type: 'body', property: 'sender_name_type' } },
	},
	bodyField('Timezone', 'timezone', 'timezone', {
		placeholder: 'e.g. Europe/Berlin',
		description: 'The time zone of the working hours',
	}),
	booleanOption('Working Hours Enabled', 'workingHoursEnabled', 'working_hours_enabled', {
		description: 'Whether ChatWoot answers with the out-of-office message outside working hours',
	}),
];

/** Channel fields that can be changed after creation (website and API inboxes), sent as `channel[…]`. */
export const channelUpdateOptions: INodeProperties[] = [
	booleanOption('HMAC Mandatory', 'hmacMandatory', 'channel.hmac_mandatory', {
		description: 'Whether contacts must be identified with an HMAC of their identifier',
	}),
	bodyField('Webhook URL', 'webhookUrl', 'channel.webhook_url', {
		description: 'API inboxes: where ChatWoot posts the events of the inbox',
	}),
	bodyField('Website URL', 'websiteUrl', 'channel.website_url', { description: 'Website inboxes: the site the widget is on' }),
	bodyField('Welcome Tagline', 'welcomeTagline', 'channel.welcome_tagline', {
		description: 'Website inboxes: the line under the title in the widget',
	}),
	bodyField('Welcome Title', 'welcomeTitle', 'channel.welcome_title', { description: "Website inboxes: the widget's heading" }),
	{
		displayName: 'Widget Color',
		name: 'widgetColor',
		type: 'color',
		default: '#1f93ff',
		description: "Website inboxes: the widget's colour",
		routing: { send: { type: 'body', property: 'channel.widget_color' } },
	},
];
