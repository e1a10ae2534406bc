import type { INodeProperties } from 'n8n-workflow';

export const userIdBodyField: INodeProperties = {
	displayName: 'User ID',
	name: 'userId',
	type: 'number',
	default: 0,
	required: true,
	typeOptions: { minValue: 1 },
	description: 'The numeric ID of the user, as User → Create returns it',
	routing: { send: { type: 'body', property: 'user_id' } },
};
