import type { INodeProperties } from 'n8n-workflow';

import { idField, jsonOption } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';

/** What the integration operations share: hook fields (sent in `hook`) and the JSON checks. */

export const hookIdField = (description: string) => idField('hookId', description);

const SETTINGS_EXAMPLE = '{"api_key":"sk-..."}';
const EVENT_DATA_EXAMPLE = '{"conversation_display_id":12}';

export const hookStatusField: INodeProperties = {
	displayName: 'Enabled',
	name: 'enabled',
	type: 'boolean',
	default: true,
	description: 'Whether the hook is active',
	routing: { send: { type: 'body', property: 'hook.status', value: '={{ $value ? 1 : 0 }}' } },
};

export const hookSettingsField: INodeProperties = jsonOption('Settings', 'settings', 'hook.settings', {
	placeholder: SETTINGS_EXAMPLE,
	description: "The app's settings as a JSON object; Integration → Get App lists the fields an app takes",
});

/** Settings arrive as JSON text (or an object from an expression) and leave as a JSON object. */
export const parseHookSettings = parseJsonAt('hook.settings', 'Settings', SETTINGS_EXAMPLE);

export const eventDataField: INodeProperties = jsonOption('Event Data', 'eventData', 'event.data', {
	placeholder: EVENT_DATA_EXAMPLE,
	description: 'The data the event needs, as a JSON object',
});

export const parseEventData = parseJsonAt('event.data', 'Event Data', EVENT_DATA_EXAMPLE);

/** A required number sent in the body (conversation, message, contact IDs of the provider routes). */
export const numberInBody = (displayName: string, name: string, property: string, description: string, sendAs: 'body' | 'query' = 'body'): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 0,
	required: true,
	description,
	routing: { send: { type: sendAs, property } },
});

export const textInBody = (displayName: string, name: string, property: string, description: string, sendAs: 'body' | 'query' = 'body'): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required: true,
	description,
	routing: { send: { type: sendAs, property } },
});
