import type { INodeProperties } from 'n8n-workflow';

import { contactUpdateDescription, contactUpdateOperation } from './update';

export const contactOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contact'] } },
	options: [contactUpdateOperation],
	default: 'update',
};

export const contactDescription: INodeProperties[] = [contactOperations, ...contactUpdateDescription];
