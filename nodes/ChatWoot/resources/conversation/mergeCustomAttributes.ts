import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { withRecordFields } from '../../transport/output';
import { chatWootRequest, serverReportsAtLeast } from '../../transport/request';
import { conversationCustomAttributeFields, CUSTOM_ATTRIBUTES, customAttributesBody } from './customAttributes';
import { CONVERSATION } from './fields';

/**
 * ChatWoot 4.17+ merges the keys sent when the body says `merge: true`, in one step (PR #15119).
 * Older releases do not permit `merge`, drop it and replace the whole hash, so the flag goes only
 * to a server that reports 4.17+; any other (one that does not say included) gets its current
 * attributes read and sent back with the changes merged in.
 */
const CHATWOOT_MERGES_SINCE = '4.17.0';

async function mergeOtherAttributes(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	if (await serverReportsAtLeast(this, CHATWOOT_MERGES_SINCE)) return { ...requestOptions, body: { ...body, merge: true } };
	const changes = body.custom_attributes as IDataObject;
	const conversation = (await chatWootRequest.call(this, { method: 'GET', url: CONVERSATION })) as IDataObject;
	const current = (conversation.custom_attributes ?? {}) as IDataObject;
	return { ...requestOptions, body: { custom_attributes: { ...current, ...changes } } };
}

export const mergeConversationCustomAttributes = defineOperation({
	resource: 'conversation',
	value: 'mergeCustomAttributes',
	name: 'Update Some Custom Attributes',
	action: 'Update some custom attributes of a conversation',
	description:
		"Add or change some of a conversation's custom attributes, keeping the others. ChatWoot 4.17+ merges them in one request; on older servers, or one that does not report its version, the node reads the conversation first and sends its attributes back with yours merged in.",
	method: 'POST',
	path: CUSTOM_ATTRIBUTES,
	access: { bot: true },
	fields: conversationCustomAttributeFields('A JSON object of the keys to add or change; the other custom attributes are kept'),
	preSend: [...customAttributesBody, mergeOtherAttributes],
	output: withRecordFields({ conversation_id: 'conversationId' }),
});
