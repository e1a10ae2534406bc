import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { chatWootRequest } from '../../transport/request';
import { conversationCustomAttributeFields, CUSTOM_ATTRIBUTES, customAttributesBody } from './customAttributes';
import { CONVERSATION } from './fields';

/**
 * ChatWoot 4.17+ merges when the body says `merge: true` (PR #15119). Older servers drop the
 * unpermitted flag and replace the whole hash, so without the user's choice (a 4.17 field) the
 * node reads the conversation's attributes first and sends them back with the changes merged in.
 */
async function mergeOtherAttributes(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	if (this.getNodeParameter('mergeInChatWoot', false)) return { ...requestOptions, body: { ...body, merge: true } };
	const changes = body.custom_attributes as IDataObject;
	const conversation = (await chatWootRequest.call(this, { method: 'GET', url: CONVERSATION })) as IDataObject;
	const current = (conversation.custom_attributes ?? {}) as IDataObject;
	return { ...requestOptions, body: { custom_attributes: { ...current, ...changes } } };
}

export const mergeConversationCustomAttributes = defineOperation({
	resource: 'conversation',
	value: 'mergeCustomAttributes',
	name: 'Merge Custom Attributes',
	action: 'Update some custom attributes of a conversation',
	description: "Add or change some of a conversation's custom attributes, keeping the others",
	method: 'POST',
	path: CUSTOM_ATTRIBUTES,
	access: { bot: true },
	fields: [
		...conversationCustomAttributeFields('A JSON object of the keys to add or change; the other custom attributes are kept'),
		{
			displayName: 'Merge in ChatWoot',
			name: 'mergeInChatWoot',
			type: 'boolean',
			default: false,
			description:
				"Whether ChatWoot merges the keys itself (merge: true): one request instead of reading the conversation first, so a change made in between is not overwritten, and an agent bot token does not need to read the conversation. Leave off for older ChatWoot, which ignores the flag and would replace all the conversation's custom attributes.",
		},
	],
	fieldsSince: { mergeInChatWoot: '4.17.0' },
	preSend: [...customAttributesBody, mergeOtherAttributes],
	output: '',
});
