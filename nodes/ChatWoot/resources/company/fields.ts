import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, idField, jsonOption, optionsCollection } from '../../shared/descriptions';
import { parseJsonAt } from '../../shared/requestBody';
import { multipartBody, readImage } from '../../transport/multipart';
import { recordsAt } from '../../transport/output';
import { chatWootRequest } from '../../transport/request';
import { defineSort, firstVersionOnly, siftSort } from '../../shared/sort';

/** What the Company operations share. ChatWoot reads company fields under `company`. */

export const companyIdField = (description: string) => idField('companyId', description);

export const companyNameOption: INodeProperties = bodyField('Name', 'name', 'company.name');

export const companyFieldOptions: INodeProperties[] = [
	jsonOption('Additional Attributes', 'additionalAttributes', 'company.additional_attributes', {
		placeholder: '{"industry":"Retail"}',
		description: 'A JSON object of extra details; it replaces the current one',
	}),
	{
		displayName: 'Avatar',
		name: 'avatar',
		type: 'string',
		default: 'data',
		hint: 'The name of the input binary property holding a JPEG, PNG, GIF or WebP image of at most 15 MB',
		description:
			"Uploads the image as the company's logo. With JSON attributes set too, the fields are saved first and the image follows in a second request.",
	},
	jsonOption('Custom Attributes', 'customAttributes', 'company.custom_attributes', {
		placeholder: '{"plan":"enterprise"}',
		description: 'A JSON object of custom attributes; on update, keys sent are added or replaced and the others kept',
	}),
	bodyField('Description', 'description', 'company.description'),
	bodyField('Domain', 'domain', 'company.domain', {
		placeholder: 'acme.com',
		description: "The company's web domain; must be unique in the account",
	}),
];

export const parseCompanyAttributes = [
	parseJsonAt('company.additional_attributes', 'Additional Attributes', '{"industry":"Retail"}'),
	parseJsonAt('company.custom_attributes', 'Custom Attributes', '{"plan":"enterprise"}'),
];

/**
 * With the Avatar option added, the request goes as multipart/form-data with the image in
 * `company[avatar]`. Multipart turns attribute values into strings, so when JSON attributes are
 * set too, the fields are saved first as JSON and the image follows alone; for a create that
 * second request is a PATCH of the company just created.
 */
export function companyAvatarUpload(collection: string, { created = false } = {}) {
	return async function sendCompanyAvatar(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Read from the raw parameters: resolving the whole collection would evaluate its expressions again.
		if ((this.getNode().parameters[collection] as IDataObject | undefined)?.avatar === undefined) return requestOptions;
		const avatar = await readImage(this, String(this.getNodeParameter(`${collection}.avatar`, '')).trim(), 'Avatar');
		const body = (requestOptions.body ?? {}) as IDataObject;
		const company = (body.company ?? {}) as IDataObject;
		const hasJson = company.custom_attributes !== undefined || company.additional_attributes !== undefined;
		if (!hasJson) return { ...requestOptions, body: multipartBody(body, { 'company[avatar]': avatar }) };
		const saved = await chatWootRequest.call(this, { ...requestOptions, body });
		const upload = { ...requestOptions, body: multipartBody({}, { 'company[avatar]': avatar }) };
		if (!created) return upload;
		const companyId = recordsAt(saved, 'payload')[0]?.id;
		return { ...upload, method: 'PATCH', url: `${requestOptions.url}/${String(companyId)}` };
	};
}

/** Sort By inside Options, for company lists saved with node version 1 (shared/sort.ts): ChatWoot takes `sort=name` or `sort=-name`. */
const companySortField: INodeProperties = {
	displayName: 'Sort By',
	name: 'sort',
	type: 'options',
	options: [
		{ name: 'Contacts Count, Most First', value: '-contacts_count' },
		{ name: 'Created, Newest First', value: '-created_at' },
		{ name: 'Created, Oldest First', value: 'created_at' },
		{ name: 'Domain, A to Z', value: 'domain' },
		{ name: 'Last Activity, Latest First', value: '-last_activity_at' },
		{ name: 'Name, A to Z', value: 'name' },
		{ name: 'Name, Z to A', value: '-name' },
	],
	default: 'name',
	description: 'The order of the list; set it for stable paging',
	routing: { send: { type: 'query', property: 'sort' } },
};

/** Version 1's Options held only Sort By, which the Sort collection replaces. */
export const companyFirstVersionOptions = firstVersionOnly(optionsCollection('companyOptions', [companySortField]));

/**
 * The Sort collection of company lists (Get Many, Search): `sort_on` in the Enterprise
 * companies_controller.rb, Last Activity At since 4.14.0.
 */
export const companySort = defineSort({
	resource: 'company',
	keys: [
		{ name: 'Contacts Count', value: 'contacts_count' },
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Domain', value: 'domain' },
		{ name: 'Last Activity At', value: 'last_activity_at', since: '4.14.0' },
		{ name: 'Name', value: 'name' },
	],
	defaultKey: 'name',
	defaultDirection: 'asc',
	toQuery: siftSort,
	unsorted: 'Without it ChatWoot applies no order, so set one for stable paging',
});
