import type { INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption } from '../../shared/descriptions';

/** A team's settings, shared by Create and Update. ChatWoot wraps top-level JSON fields into `team`. */
export const teamSettingOptions: INodeProperties[] = [
	booleanOption('Allow Auto Assign', 'allowAutoAssign', 'allow_auto_assign', {
		description: "Whether ChatWoot assigns conversations handed to the team to one of the team's agents",
		default: true,
	}),
	bodyField('Description', 'description', 'description'),
];
