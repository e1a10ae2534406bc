import type { IDataObject } from 'n8n-workflow';

/**
 * The channel of an inbox as ChatWoot's dashboard names it, for the inbox lists: `channel_type`
 * is the model class (app/models/channel/, and enterprise's Channel::Voice before 4.14).
 */
const CHANNEL_NAMES: Record<string, string> = {
	'Channel::Api': 'API',
	'Channel::Email': 'Email',
	'Channel::FacebookPage': 'Facebook',
	'Channel::Instagram': 'Instagram',
	'Channel::Line': 'Line',
	'Channel::Sms': 'SMS',
	'Channel::Telegram': 'Telegram',
	'Channel::Tiktok': 'TikTok',
	'Channel::TwitterProfile': 'X (Twitter)',
	'Channel::Voice': 'Voice',
	'Channel::WebWidget': 'Website',
	'Channel::Whatsapp': 'WhatsApp',
};

/** A Twilio inbox carries SMS or WhatsApp, which its `medium` says. */
const TWILIO_MEDIUMS: Record<string, string> = { sms: 'SMS (Twilio)', whatsapp: 'WhatsApp (Twilio)' };

/** A channel this list does not know (a newer ChatWoot) is shown by its class name. */
function channelName(inbox: IDataObject): string {
	const type = String(inbox.channel_type ?? '');
	if (type === 'Channel::TwilioSms') return TWILIO_MEDIUMS[String(inbox.medium)] ?? 'Twilio';
	return CHANNEL_NAMES[type] ?? type.replace(/^Channel::/, '');
}

/** An inbox in the lists: its name and channel, e.g. `Support (WhatsApp)`. */
export const describeInbox = (inbox: IDataObject): string => `${String(inbox.name)} (${channelName(inbox)})`;
