import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { customAttributeFields, customAttributesFromFields } from '../../shared/customAttributes';
import { parseJsonObject } from '../../shared/validation';
import { CONVERSATION, conversationFields } from './fields';

/**
 * What Set and Merge Custom Attributes share: the values as JSON and as typed fields from the
 * account's definitions (merged, the typed ones win); ChatWoot's POST replaces the whole hash
 * (API-NOTES §2) unless 4.17+ is sent `merge: true` (PR #15119).
 */

export const CUSTOM_ATTRIBUTES = `${CONVERSATION}/custom_attributes`;

export const conversationCustomAttributeFields = (description: string): INodeProperties[] => [
	...conversationFields('The conversation whose custom attributes change'),
	{
		displayName: 'Custom Attributes (JSON)',
		name: 'customAttributes',
		type: 'json',
		default: '{}',
		placeholder: '{"order_id":"A-1001","vip":true}',
		description,
	},
	...customAttributeFields('conversation'),
];

/** The JSON values, then the typed ones over them, as the body's `custom_attributes`. */
async function jsonCustomAttributes(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const attributes = parseJsonObject(this, this.getNodeParameter('customAttributes', '{}'), 'Custom Attributes (JSON)', '{"order_id":"A-1001"}');
	return { ...requestOptions, body: { custom_attributes: attributes as IDataObject } };
}

export const customAttributesBody = [jsonCustomAttributes, customAttributesFromFields()];
