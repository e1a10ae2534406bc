import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField } from '../../shared/descriptions';

/** The category's own fields, as options of a collection (Additional Fields, Update Fields). */
export const categoryFieldOptions: INodeProperties[] = [
	{
		displayName: 'Associated Category ID',
		name: 'associatedCategoryId',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The same category in another locale, so readers can switch language',
		routing: { send: { type: 'body', property: 'associated_category_id' } },
	},
	bodyField('Description', 'description', 'description'),
	bodyField('Icon', 'icon', 'icon', { placeholder: 'e.g. 📚', description: 'An emoji shown with the category' }),
	{
		displayName: 'Parent Category ID',
		name: 'parentCategoryId',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'Makes this a sub-category of that category',
		routing: { send: { type: 'body', property: 'parent_category_id' } },
	},
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Where the category is listed; lower comes first',
		routing: { send: { type: 'body', property: 'position' } },
	},
];

export const categoryNameSlugLocale: INodeProperties[] = [
	bodyField('Name', 'name', 'name'),
	bodyField('Slug', 'slug', 'slug', {
		placeholder: 'e.g. getting-started',
		description: "The category's name in its address; unique within the portal and locale",
	}),
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: 'en',
		placeholder: 'e.g. en',
		description: 'A locale code the portal allows, e.g. en, fr or pt_BR',
		routing: { send: { type: 'body', property: 'locale' } },
	},
];

/**
 * Positions for a reorder: `positions_hash` maps each record's ID to its new position
 * (API-NOTES, routes.tsv). `label` names the records in messages.
 */
export function positionsField(label: string): INodeProperties {
	return {
		displayName: 'Positions',
		name: 'positions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Position',
		default: {},
		required: true,
		description: `The new position of each ${label}; lower comes first`,
		options: [
			{
				displayName: 'Position',
				name: 'position',
				values: [
					{ displayName: `${label.charAt(0).toUpperCase()}${label.slice(1)} ID`, name: 'id', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1 },
					{ displayName: 'Position', name: 'position', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0 },
				],
			},
		],
	};
}

/** The Positions list as ChatWoot's `positions_hash: { "<id>": <position> }`. */
export async function sendPositionsHash(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const entries = (this.getNodeParameter('positions.position', []) as IDataObject[]) ?? [];
	if (!entries.length) {
		throw new NodeOperationError(this.getNode(), 'Positions is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Add at least one ID with its new position.',
		});
	}
	const positions = Object.fromEntries(entries.map((entry) => [String(entry.id), Number(entry.position)]));
	return { ...requestOptions, body: { positions_hash: positions } };
}
