import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { defineSort } from '../../shared/sort';

export const notificationIdField = (description: string) => idField('notificationId', description);

/** The events a user can be notified of; settings flags are `email_<event>` and `push_<event>`. */
const EVENTS: Array<[string, string]> = [
	['Assigned Conversation New Message', 'assigned_conversation_new_message'],
	['Conversation Assignment', 'conversation_assignment'],
	['Conversation Creation', 'conversation_creation'],
	['Conversation Mention', 'conversation_mention'],
	['Participating Conversation New Message', 'participating_conversation_new_message'],
	['SLA Missed First Response', 'sla_missed_first_response'],
	['SLA Missed Next Response', 'sla_missed_next_response'],
	['SLA Missed Resolution', 'sla_missed_resolution'],
];

const flags = (channel: 'email' | 'push'): INodePropertyOptions[] =>
	EVENTS.map(([name, event]) => ({ name, value: `${channel}_${event}` }));

export const notificationSettingOptions: INodeProperties[] = [
	{
		displayName: 'Email Notifications',
		name: 'emailFlags',
		type: 'multiOptions',
		options: flags('email'),
		default: [],
		description: 'The events the user gets emails for; events left out get none',
		routing: { send: { type: 'body', property: 'selected_email_flags' } },
	},
	{
		displayName: 'Push Notifications',
		name: 'pushFlags',
		type: 'multiOptions',
		options: flags('push'),
		default: [],
		description: 'The events the user gets push notifications for; events left out get none',
		routing: { send: { type: 'body', property: 'selected_push_flags' } },
	},
];

/**
 * The Sort collection of Get Many: ChatWoot orders notifications by last activity, in the
 * `sort_order` direction, newest first by default (app/finders/notification_finder.rb).
 */
export const notificationSort = defineSort({
	resource: 'notification',
	keys: [{ name: 'Last Activity At', value: 'last_activity_at' }],
	defaultKey: 'last_activity_at',
	defaultDirection: 'desc',
	toQuery: (_key, direction) => ({ sort_order: direction }),
	unsorted: 'Without it ChatWoot lists the latest activity first',
});
