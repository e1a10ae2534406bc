import type { INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';

/** What Dashboard App Create and Update share. ChatWoot reads them from `dashboard_app`. */

export const dashboardAppIdField = (description: string) => idField('dashboardAppId', description);

export const titleField: INodeProperties = bodyField('Title', 'title', 'dashboard_app.title', { description: 'The tab name agents see next to a conversation' });

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/chatwoot-app',
	description: 'The page ChatWoot shows in a frame; it receives the conversation and contact through postMessage',
	routing: { send: { type: 'body', property: 'dashboard_app.content', value: '={{ [{ "url": $value, "type": "frame" }] }}' } },
};
