import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption, idField } from '../../shared/descriptions';
import { byDisplayName } from '../../shared/alphabetical';

/** What Label Create and Update share. ChatWoot reads them from `label` (`params.require(:label)`). */

export const labelIdField = (description: string) => idField('labelId', description);

const title: INodeProperties = bodyField('Title', 'title', 'label.title', {
	placeholder: 'e.g. billing',
	description: 'The label as it appears on conversations and contacts; letters, numbers, - and _ only, unique in the account',
});

export const requiredTitle: INodeProperties = { ...title, required: true };

const otherOptions: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '#1f93ff',
		routing: { send: { type: 'body', property: 'label.color' } },
	},
	bodyField('Description', 'description', 'label.description'),
	booleanOption('Show on Sidebar', 'showOnSidebar', 'label.show_on_sidebar', {
		description: "Whether the label is listed in the dashboard's sidebar",
		default: true,
	}),
];

export const labelCreateOptions = otherOptions;
export const labelUpdateOptions = [...otherOptions, title].sort(byDisplayName);
