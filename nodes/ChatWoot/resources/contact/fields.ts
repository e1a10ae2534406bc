import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { customAttributeFields, customAttributesFromFields } from '../../shared/customAttributes';
import { parseJsonAt } from '../../shared/requestBody';
import { recordsAt } from '../../transport/output';
import { bodyField, booleanOption, jsonOption } from '../../shared/descriptions';
import { avatarFileOption } from '../../transport/multipart';
import { defineSort, FIRST_VERSION_ONLY, siftSort } from '../../shared/sort';
import { LOADED_FROM_ACCOUNT } from '../../listSearch/request';

/** What Contact Create and Update share: the contact's fields and the checks made before sending. */

const CUSTOM_ATTRIBUTES_EXAMPLE = '{"type":"customer","age":30}';

/** Custom attributes arrive as JSON text (or an object from an expression) and leave as a JSON object. */
export const parseCustomAttributes = parseJsonAt('custom_attributes', 'Custom Attributes', CUSTOM_ATTRIBUTES_EXAMPLE);

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
	avatarFileOption("Uploads the image as the contact's avatar. If Custom Attributes are set too, the other fields are saved first and the image is uploaded in a second request: when that upload fails, the fields stay saved and only the avatar is unchanged."),
	bodyField('Avatar URL', 'avatarUrl', 'avatar_url', {
		placeholder: 'https://example.com/avatar.png',
		description: 'An http(s) address of a JPEG, PNG, GIF or WebP image that ChatWoot downloads in the background; the output still shows the old avatar until that finishes',
	}),
	booleanOption('Blocked', 'blocked', 'blocked', {
		description: 'Whether the contact is blocked: ChatWoot ignores new messages from a blocked contact',
	}),
	jsonOption('Custom Attributes', 'customAttributes', 'custom_attributes', {
		placeholder: CUSTOM_ATTRIBUTES_EXAMPLE,
		description: 'A JSON object of custom attributes, e.g. from an expression (Custom Attribute Fields offers them as typed fields; keys set there win). ChatWoot merges it into the existing ones: keys sent are added or replaced, keys left out are kept (use null to blank one; this operation cannot remove keys).',
	}),
	bodyField('Email', 'email', 'email', {
		placeholder: 'name@email.com',
		description: 'Must be unique within the account. An empty value removes the email.',
	}),
	bodyField('Identifier', 'identifier', 'identifier', {
		description: "The contact's ID in your own system; must be unique within the account",
	}),
	bodyField('Name', 'name', 'name'),
	bodyField('Phone Number', 'phoneNumber', 'phone_number', {
		placeholder: '+14155552671',
		description: 'In E.164 format: a plus sign and 2 to 15 digits, no spaces or dashes. Must be unique within the account.',
	}),
];

/** The typed custom-attribute fields of a contact (shared/customAttributes.ts). */
export const contactAttributeFields = customAttributeFields('contact');

/** Create and update: the JSON option parsed, the typed fields merged over it, the avatar URL checked. */
export const contactBodySteps = [parseCustomAttributes, customAttributesFromFields(), checkAvatarUrl];

/**
 * The contact in a create or update response: create answers `{payload: {contact, contact_inbox}}`,
 * update and the avatar upload that follows a create answer `{payload: contact}` (API-NOTES §2).
 */
export async function contactFromResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const [payload] = recordsAt(response.body, 'payload');
	const contact = (payload?.contact as IDataObject | undefined) ?? payload;
	return contact ? [{ json: contact }] : [];
}

/** Contact labels: ChatWoot sets and filters them by title. */
export const labelsField = (description: string): INodeProperties => ({
	displayName: 'Label Names or IDs',
	name: 'labels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabels', ...LOADED_FROM_ACCOUNT },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: `${description}. An expression may return label titles as an array or as comma-separated text.`,
});

const SORT_FIELDS = [
	['City', 'city'],
	['Company Name', 'company_name'],
	['Country', 'country'],
	['Created At', 'created_at'],
	['Email', 'email'],
	['Last Activity At', 'last_activity_at'],
	['Name', 'name'],
	['Phone Number', 'phone_number'],
];

/**
 * Sort By and Order inside Options, for contact lists saved with node version 1 (shared/sort.ts):
 * ChatWoot takes `sort=name` or `sort=-name` (API-NOTES §4).
 */
export const sortOptions: INodeProperties[] = [
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
		description: 'Used with Sort By',
		displayOptions: FIRST_VERSION_ONLY,
	},
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: SORT_FIELDS.map(([name, value]) => ({ name, value })),
		default: 'name',
		description: 'ChatWoot applies no order of its own, so set one when the order matters',
		displayOptions: FIRST_VERSION_ONLY,
	},
];

/** Builds `sort` from the version 1 Options collection's Sort By and Order. */
export async function sortQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.sortBy === undefined && options.order === undefined) return requestOptions;
	const sort = `${options.order === 'desc' ? '-' : ''}${String(options.sortBy ?? 'name')}`;
	return { ...requestOptions, qs: { ...requestOptions.qs, sort } };
}

/**
 * The Sort collection of every contact list (index, search, online, filter: all `filtrate` the
 * `sort` parameter with the fields `sort_on` declares in contacts_controller.rb). Before 4.14.0
 * ChatWoot named the company sort `company` (4.11.0–4.13.0), `company_name` since.
 */
export const contactSort = defineSort({
	resource: 'contact',
	keys: SORT_FIELDS.map(([name, value]) => ({
		name,
		value,
		...(value === 'company_name' ? { renamed: { until: '4.14.0', from: 'company' } } : {}),
	})),
	defaultKey: 'name',
	defaultDirection: 'asc',
	toQuery: siftSort,
	unsorted: 'Without it ChatWoot applies no order, so set one when the order matters',
});

/** ChatWoot's contact lists page by 15 and say how many match in `meta.count` (API-NOTES §4). */
/** Contacts index and filter count every match in `meta.count` (API-NOTES §4). */
export const contactCount = (body: IDataObject): number | undefined => {
	const count = (body.meta as IDataObject | undefined)?.count;
	return count === undefined ? undefined : Number(count);
};

export const moreContacts = (body: IDataObject): boolean | undefined => {
	const meta = body.meta as IDataObject | undefined;
	if (meta?.count === undefined || meta.current_page === undefined) return undefined;
	return Number(meta.current_page) * 15 < Number(meta.count);
};
