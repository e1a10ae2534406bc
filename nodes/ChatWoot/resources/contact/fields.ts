import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { parseJsonObject } from '../../shared/validation';

/** What Contact Create and Update share: the contact's fields and the checks made before sending. */

const CUSTOM_ATTRIBUTES_EXAMPLE = '{"type":"customer","age":30}';

/** Custom attributes arrive as JSON text (or an object from an expression) and leave as a JSON object. */
export async function parseCustomAttributes(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	if (body.custom_attributes !== undefined) {
		body.custom_attributes = parseJsonObject(this, body.custom_attributes, 'Custom Attributes', CUSTOM_ATTRIBUTES_EXAMPLE);
	}
	return requestOptions;
}

/** ChatWoot downloads avatar URLs in a background job that only logs failures, so a URL it cannot use must be refused here. */
export async function checkAvatarUrl(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const avatarUrl = (requestOptions.body as IDataObject).avatar_url;
	if (avatarUrl !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(String(avatarUrl).trim())) {
		throw new NodeOperationError(this.getNode(), `Avatar URL must be an http:// or https:// address, not "${String(avatarUrl)}"`, {
			itemIndex: this.getItemIndex(),
			description:
				'ChatWoot fetches the image from this address in the background and silently ignores addresses it cannot use. Enter the full address of a JPEG, PNG, GIF or WebP image, e.g. https://example.com/avatar.png.',
		});
	}
	return requestOptions;
}

/** The contact's own fields, as options of a collection (Update Fields, Additional Fields). */
export const contactFieldOptions: INodeProperties[] = [
	{
		displayName: 'Avatar',
		name: 'avatar',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the input binary property holding a JPEG, PNG, GIF or WebP image of at most 15 MB',
		description:
			"Uploads the image as the contact's avatar. If Custom Attributes are set too, the other fields are saved first and the image is uploaded in a second request: when that upload fails, the fields stay saved and only the avatar is unchanged.",
	},
	{
		displayName: 'Avatar URL',
		name: 'avatarUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/avatar.png',
		description:
			'An http(s) address of a JPEG, PNG, GIF or WebP image that ChatWoot downloads in the background; the output still shows the old avatar until that finishes',
		routing: { send: { type: 'body', property: 'avatar_url' } },
	},
	{
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'json',
		default: '{}',
		placeholder: CUSTOM_ATTRIBUTES_EXAMPLE,
		description:
			'A JSON object of custom attributes. ChatWoot merges it into the existing ones: keys sent are added or replaced, keys left out are kept (use null to blank one; this operation cannot remove keys).',
		routing: { send: { type: 'body', property: 'custom_attributes' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Must be unique within the account. An empty value removes the email.',
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Identifier',
		name: 'identifier',
		type: 'string',
		default: '',
		description: "The contact's ID in your own system; must be unique within the account",
		routing: { send: { type: 'body', property: 'identifier' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: '+14155552671',
		description: 'In E.164 format: a plus sign and 2 to 15 digits, no spaces or dashes. Must be unique within the account.',
		routing: { send: { type: 'body', property: 'phone_number' } },
	},
];
