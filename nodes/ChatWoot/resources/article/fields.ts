import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { agentLocator } from '../../shared/locators';
import { firstNonId, listEntries } from '../../shared/lists';
import { bodyField } from '../../shared/descriptions';

/** What the article operations share: the article's fields, its status, and the ID lists of bulk actions. */

/** ChatWoot's article statuses, by the numbers its API takes (`Article.statuses`). */
export const STATUS_OPTIONS = [
	{ name: 'Archived', value: 2 },
	{ name: 'Draft', value: 0 },
	{ name: 'Published', value: 1 },
];

export const STATUS_NAMES = [
	{ name: 'Archived', value: 'archived' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
];

export const contentField: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 8 },
	default: '',
	description: 'The article text in Markdown',
	routing: { send: { type: 'body', property: 'content' } },
};

/** The article's own fields, as options of a collection (Additional Fields, Update Fields). */
export const articleFieldOptions: INodeProperties[] = [
	{
		displayName: 'Associated Article ID',
		name: 'associatedArticleId',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The same article in another locale, so readers can switch language',
		routing: { send: { type: 'body', property: 'associated_article_id' } },
	},
	{
		displayName: 'Category ID',
		name: 'categoryId',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The category the article is listed in (Help Center Category → Get Many shows the IDs)',
		routing: { send: { type: 'body', property: 'category_id' } },
	},
	bodyField('Description', 'description', 'description', { description: 'A short summary shown in article lists' }),
	bodyField('Locale', 'locale', 'locale', {
		default: 'en',
		placeholder: 'e.g. en',
		description: "A locale code the portal allows; ChatWoot uses the portal's default locale when not set",
	}),
	bodyField('Meta Description', 'metaDescription', 'meta.description', { description: 'The description search engines show' }),
	bodyField('Meta Tags', 'metaTags', 'meta.tags', {
		placeholder: 'e.g. billing, invoices',
		description: 'Search keywords, separated by commas',
	}),
	bodyField('Meta Title', 'metaTitle', 'meta.title', { description: 'The title search engines show' }),
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Where the article is listed in its category; lower comes first',
		routing: { send: { type: 'body', property: 'position' } },
	},
	bodyField('Slug', 'slug', 'slug', {
		description: "The article's name in its address; ChatWoot makes one from the title when not set",
	}),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 1,
		options: STATUS_OPTIONS,
		description: 'Only published articles are shown in the portal; new articles are drafts unless set',
		routing: { send: { type: 'body', property: 'status' } },
	},
];

/** The article's author, chosen among the account's agents. */
export const authorField = (description: string): INodeProperties => ({
	...agentLocator(description, 'authorId'),
	displayName: 'Author',
	routing: { send: { type: 'body', property: 'author_id' } },
});

/** Author IDs come from a locator as text; ChatWoot's API takes numbers, and meta tags as a list. */
export async function shapeArticleBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject | undefined;
	if (!body) return requestOptions;
	if (body.author_id !== undefined) {
		const text = String(body.author_id).trim();
		if (!/^\d+$/.test(text) || Number(text) === 0) {
			throw new NodeOperationError(this.getNode(), text ? `Author must be an agent's numeric ID, not "${text}"` : 'Author is required', {
				itemIndex: this.getItemIndex(),
				description: 'Choose the author from the list, or enter the numeric ID of an agent of the account.',
			});
		}
		body.author_id = Number(text);
	}
	const meta = body.meta as IDataObject | undefined;
	if (typeof meta?.tags === 'string') {
		meta.tags = listEntries(meta.tags);
	}
	return requestOptions;
}

export const articleIdsField: INodeProperties = {
	displayName: 'Article IDs',
	name: 'articleIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 12, 15, 18',
	description: 'The articles to change, as IDs separated by commas',
};

/** Bulk actions take the chosen articles as `ids: [numbers]`. */
export async function sendArticleIds(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('articleIds', '') as unknown;
	const ids = listEntries(raw);
	const wrong = firstNonId(ids);
	if (!ids.length || wrong !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			ids.length ? `Article IDs must be numbers separated by commas; "${wrong}" is not an ID` : 'Article IDs is empty',
			{ itemIndex: this.getItemIndex(), description: 'Enter the IDs of the articles, e.g. 12, 15, 18.' },
		);
	}
	return { ...requestOptions, body: { ...((requestOptions.body as IDataObject) ?? {}), ids: ids.map(Number) } };
}
