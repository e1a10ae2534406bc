import type { INodeProperties } from 'n8n-workflow';

export const queryField: INodeProperties = {
	displayName: 'Search',
	name: 'q',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. refund',
	description: 'The text to look for',
	routing: { send: { type: 'query', property: 'q' } },
};

/** ChatWoot's search pages by 15 (SearchService). */
export const SEARCH_PAGE_SIZE = 15;
