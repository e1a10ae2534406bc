import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { conversationSummary } from '../../shared/simplify';
import { numberedPages } from '../../transport/paging';
import { CONVERSATIONS } from './fields';

/** Without a text ChatWoot's finder would list open conversations instead of searching. */
async function requireSearchText(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (!String((requestOptions.qs as IDataObject | undefined)?.q ?? '').trim()) {
		throw new NodeOperationError(this.getNode(), 'Search Text is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the text to look for in the messages. To list conversations without searching, use Get Many.',
		});
	}
	return requestOptions;
}

export const searchConversations = defineOperation({
	resource: 'conversation',
	value: 'search',
	name: 'Search',
	action: 'Search conversations',
	description: 'Find conversations whose messages contain a text, in every status',
	method: 'GET',
	path: `${CONVERSATIONS}/search`,
	simplify: conversationSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Search Text',
			name: 'q',
			type: 'string',
			required: true,
			default: '',
			description: 'Text to look for in the messages',
			routing: { send: { type: 'query', property: 'q' } },
		},
	],
	preSend: [requireSearchText],
	// `{meta, payload}` without the `data` wrapper Get Many has (conversations/search.json.jbuilder, 4.11–4.16).
	paging: numberedPages('payload', 25),
});
