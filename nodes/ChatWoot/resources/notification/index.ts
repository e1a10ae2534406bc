import { defineResource } from '../../shared/operation';
import { deleteNotification } from './delete';
import { deleteAllNotifications } from './deleteAll';
import { getManyNotifications } from './getMany';
import { getNotificationSettings } from './getSettings';
import { getNotificationUnreadCount } from './getUnreadCount';
import { markAllNotificationsRead } from './markAllRead';
import { markNotificationRead } from './markRead';
import { markNotificationUnread } from './markUnread';
import { snoozeNotification } from './snooze';
import { updateNotificationSettings } from './updateSettings';

export const notification = defineResource(
	{ name: 'Notification', value: 'notification', description: "The token's user's notifications and their settings", defaultOperation: 'getMany' },
	[
		getManyNotifications,
		getNotificationUnreadCount,
		markNotificationRead,
		markNotificationUnread,
		markAllNotificationsRead,
		snoozeNotification,
		deleteNotification,
		deleteAllNotifications,
		getNotificationSettings,
		updateNotificationSettings,
	],
);
