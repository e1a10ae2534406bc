import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { multipartBody, readImage } from '../../transport/multipart';
import { resolvePath } from '../../transport/path';
import { chatWootRequest } from '../../transport/request';
import { listEntries } from '../../shared/lists';
import { bodyField, booleanOption } from '../../shared/descriptions';

/** What the help-center resources share: the portal chosen by its slug, the portal's fields and its logo upload. */

/** ChatWoot finds portals by their slug, in the path of every portal, category and article request. */
export function portalSlugField(description: string): INodeProperties {
	return {
		displayName: 'Portal Slug',
		name: 'portalSlug',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. handbook',
		description: `${description}. The slug is the portal's name in its address, e.g. handbook in https://help.example.com/hc/handbook.`,
	};
}

export const localeOption: INodeProperties = {
	displayName: 'Locale',
	name: 'locale',
	type: 'string',
	default: '',
	placeholder: 'e.g. en',
	description: 'A locale code the portal allows, e.g. en, fr or pt_BR',
};

/** The portal's own fields, as options of a collection (Additional Fields, Update Fields). */
export const portalFieldOptions: INodeProperties[] = [
	bodyField('Allowed Locales', 'allowedLocales', 'config.allowed_locales', {
		placeholder: 'e.g. en, fr',
		description: 'Locale codes the portal publishes, separated by commas. ChatWoot stores Allowed Locales and Default Locale together: set both when changing either.',
	}),
	booleanOption('Archived', 'archived', 'archived', { description: 'Whether the portal is archived (offline)' }),
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '#1F93FF',
		description: "The portal's brand color",
		routing: { send: { type: 'body', property: 'color' } },
	},
	bodyField('Custom Domain', 'customDomain', 'custom_domain', { placeholder: 'e.g. help.example.com' }),
	bodyField('Default Locale', 'defaultLocale', 'config.default_locale', {
		default: 'en',
		placeholder: 'e.g. en',
		description: 'The locale visitors see first; it must be one of the allowed locales',
	}),
	bodyField('Header Text', 'headerText', 'header_text', { description: "The text at the top of the portal's home page" }),
	bodyField('Homepage Link', 'homepageLink', 'homepage_link', {
		placeholder: 'https://example.com',
		description: 'Your website, linked from the portal',
	}),
	{
		displayName: 'Logo',
		name: 'logo',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the input binary property holding a JPEG, PNG, GIF or WebP image',
		description:
			'Uploads the image first (ChatWoot allows 60 uploads per hour per account), then saves the portal with it as its logo',
	},
	bodyField('Page Title', 'pageTitle', 'page_title', { description: "The browser tab's title on the portal" }),
];

/** Allowed Locales are typed comma-separated and stored as a list. */
export async function splitAllowedLocales(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const config = (requestOptions.body as IDataObject | undefined)?.config as IDataObject | undefined;
	if (typeof config?.allowed_locales === 'string') {
		config.allowed_locales = listEntries(config.allowed_locales);
	}
	return requestOptions;
}

/**
 * A preSend for portals with a Logo: ChatWoot attaches a portal's logo from an upload made
 * before (API-NOTES §7): the image goes to `POST …/upload` as `attachment`, and the
 * `blob_id` it answers with is sent with the portal.
 */
export function logoUpload(collection: string) {
	return async function uploadLogoFirst(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const added = (this.getNode().parameters[collection] as IDataObject | undefined)?.logo !== undefined;
		if (!added) return requestOptions;
		const propertyName = String(this.getNodeParameter(`${collection}.logo`, '')).trim();
		if (!propertyName) {
			throw new NodeOperationError(this.getNode(), 'Logo is empty', {
				itemIndex: this.getItemIndex(),
				description: 'Enter the name of the input binary property that holds the image, e.g. data, or remove the Logo field.',
			});
		}
		// The portal's own path IDs (its slug) are checked before the logo goes up; the upload resolves the account itself.
		resolvePath(this, String(requestOptions.url).replace('{accountId}', ''));
		const attachment = await readImage(this, propertyName, 'Logo');
		const uploaded = (await chatWootRequest.call(this, {
			method: 'POST',
			url: '/api/v1/accounts/{accountId}/upload',
			body: multipartBody({}, { attachment }),
		})) as IDataObject;
		if (uploaded.blob_id === undefined || uploaded.blob_id === null) {
			throw new NodeOperationError(this.getNode(), 'ChatWoot accepted the logo but returned no blob_id', {
				itemIndex: this.getItemIndex(),
				description: 'The portal was not saved. Check that your ChatWoot version supports uploads (POST /upload).',
			});
		}
		return { ...requestOptions, body: { ...((requestOptions.body as IDataObject) ?? {}), blob_id: uploaded.blob_id } };
	};
}
