import type { INodeProperties } from 'n8n-workflow';

export const conversationUuidField: INodeProperties = {
	displayName: 'Conversation UUID',
	name: 'conversationUuid',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 0b8e5b8a-4a5c-4b4f-9d43-1d0bd2c7e0c1',
	description: "The conversation's UUID, the last part of the survey link ChatWoot sends (/survey/responses/UUID)",
};
