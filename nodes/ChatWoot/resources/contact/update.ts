import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { accountIdField, idField } from '../../shared/descriptions';
import { parseJsonObject } from '../../shared/validation';
import { multipartBody, readImage } from '../../transport/multipart';
import { chatWootRequest } from '../../transport/request';

const show = { resource: ['contact'], operation: ['update'] };

const CUSTOM_ATTRIBUTES_EXAMPLE = '{"type":"customer","age":30}';

/** Custom attributes arrive as JSON text (or an object from an expression) and leave as a JSON object. */
async function parseCustomAttributes(
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
async function checkAvatarUrl(
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

/**
 * With an avatar file the update goes as multipart/form-data. Multipart turns every value into
 * a string, so when custom attributes are set too, the fields are saved first as JSON (keeping
 * numbers and booleans) and the file follows in a second, file-only request.
 */
async function sendAvatarAsMultipart(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	// Whether the field was added is read from the raw parameters: resolving the whole collection would evaluate every expression in it again.
	const added = (this.getNode().parameters.updateFields as IDataObject | undefined)?.avatar !== undefined;
	if (!added) return requestOptions;
	const propertyName = String(this.getNodeParameter('updateFields.avatar', '')).trim();
	if (!propertyName) {
		throw new NodeOperationError(this.getNode(), 'Avatar is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the name of the input binary property that holds the image, e.g. data, or remove the Avatar field.',
		});
	}
	const fields = requestOptions.body as IDataObject;
	if (fields.avatar_url !== undefined) {
		throw new NodeOperationError(this.getNode(), 'Set either Avatar or Avatar URL, not both', {
			itemIndex: this.getItemIndex(),
			description: 'Avatar uploads the image from the input item; Avatar URL makes ChatWoot download one. Remove one of them.',
		});
	}
	const avatar = await readImage(this, propertyName, 'Avatar');
	let multipartFields = fields;
	if (fields.custom_attributes !== undefined) {
		await chatWootRequest.call(this, { ...requestOptions, body: fields });
		multipartFields = {};
	}
	return { ...requestOptions, body: multipartBody(multipartFields, { avatar }) };
}

export const contactUpdateOperation: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description: "Change a contact's details, avatar or custom attributes",
	routing: {
		request: {
			method: 'PUT',
			url: '/api/v1/accounts/{accountId}/contacts/{contactId}',
		},
		send: { preSend: [parseCustomAttributes, checkAvatarUrl, sendAvatarAsMultipart] },
		output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
	},
};

export const contactUpdateDescription: INodeProperties[] = [
	accountIdField(show),
	idField('contactId', 'The numeric ID of the contact to update', show),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		description: 'Only the fields added here are sent; the contact keeps every other value',
		options: [
			{
				displayName: 'Avatar',
				name: 'avatar',
				type: 'string',
				default: 'data',
				placeholder: 'e.g. data',
				hint: 'The name of the input binary property holding a JPEG, PNG, GIF or WebP image of at most 15 MB',
				description:
					'Uploads the image as the contact\'s avatar. If Custom Attributes are set too, the other fields are saved first and the image is uploaded in a second request: when that upload fails, the fields stay saved and only the avatar is unchanged.',
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
		],
	},
];
