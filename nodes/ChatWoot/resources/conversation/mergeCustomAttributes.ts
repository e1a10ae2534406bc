import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { chatWootRequest } from '../../transport/request';
import { conversationCustomAttributeFields, CUSTOM_ATTRIBUTES, customAttributesBody } from './customAttributes';
import { CONVERSATION } from './fields';

/** ChatWoot only replaces the hash, so the conversation's current attributes are read first and the new keys merged in. */
async function keepOtherAttributes(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const changes = (requestOptions.body as IDataObject).custom_attributes as IDataObject;
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
	fields: conversationCustomAttributeFields('A JSON object of the keys to add or change; the other custom attributes are kept'),
	preSend: [...customAttributesBody, keepOtherAttributes],
	output: '',
});
