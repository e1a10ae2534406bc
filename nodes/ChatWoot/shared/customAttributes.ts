import { NodeOperationError } from 'n8n-workflow';
import type {
	FieldType,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	ResourceMapperField,
	ResourceMapperValue,
} from 'n8n-workflow';

import { uniqueEntries } from './lists';

/**
 * Custom attributes as typed fields: an n8n resource mapper listing the account's custom
 * attribute definitions (listSearch/customAttributes.ts), and the preSend that checks the
 * values against each definition's type and puts them in the request body.
 */

export type CustomAttributeModel = 'contact' | 'conversation';

/** The resourceMapping method of the node that lists each model's definitions. */
const MAPPER_METHODS: Record<CustomAttributeModel, string> = {
	contact: 'getContactAttributes',
	conversation: 'getConversationAttributes',
};

/** ChatWoot's attribute_display_type → the editor's input for it. */
export const FIELD_TYPE_OF_DISPLAY_TYPE: Record<string, FieldType> = {
	text: 'string',
	number: 'number',
	currency: 'number',
	percent: 'number',
	link: 'url',
	date: 'dateTime',
	list: 'options',
	checkbox: 'boolean',
};

/**
 * The typed custom-attribute field, top-level (n8n validates and refreshes resource mappers only
 * there). `name` is the parameter name, read by `customAttributesFromFields(name)`.
 */
export function customAttributeFields(model: CustomAttributeModel, name = 'customAttributeFields'): INodeProperties[] {
	return [
		{
			displayName: 'Custom Attribute Fields',
			name,
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			description: `The ${model} custom attributes defined in the account (Settings → Custom Attributes), each with its type. Add the ones to set; values are checked against their type before sending. Also setting the JSON Custom Attributes option sends both, merged: a key set here wins over the same key in the JSON.`,
			typeOptions: {
				loadOptionsDependsOn: ['accountId.value'],
				resourceMapper: {
					resourceMapperMethod: MAPPER_METHODS[model],
					mode: 'add',
					fieldWords: { singular: 'attribute', plural: 'attributes' },
					addAllFields: false,
					multiKeyMatch: false,
					supportAutoMap: false,
					noFieldsError: `This account has no ${model} custom attributes. Define them in ChatWoot under Settings → Custom Attributes.`,
				},
			},
		},
	];
}

function invalid(context: IExecuteSingleFunctions, field: ResourceMapperField, value: unknown, expected: string): never {
	throw new NodeOperationError(
		context.getNode(),
		`Custom attribute "${field.displayName}" must be ${expected}, not ${JSON.stringify(value)}`,
		{
			itemIndex: context.getItemIndex(),
			description: `The attribute "${field.id}" is defined in ChatWoot with this type. Correct its value in Custom Attribute Fields, or change the definition in ChatWoot (Settings → Custom Attributes).`,
		},
	);
}

/** One value checked against its definition's type and converted to what ChatWoot stores. */
export function checkedAttributeValue(context: IExecuteSingleFunctions, field: ResourceMapperField, value: unknown): unknown {
	switch (field.type) {
		case 'number': {
			const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			if (typeof number !== 'number' || !Number.isFinite(number)) return invalid(context, field, value, 'a number');
			return number;
		}
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			return invalid(context, field, value, 'true or false');
		case 'dateTime': {
			// Luxon DateTimes from expressions, JS dates and date text all become ISO 8601, as the dashboard stores dates.
			const text = value instanceof Date ? value.toISOString() : String((value as { toISO?: () => string }).toISO?.() ?? value);
			const date = new Date(text);
			if (typeof value === 'boolean' || typeof value === 'number' || Number.isNaN(date.getTime())) {
				return invalid(context, field, value, 'a date such as 2025-01-31');
			}
			return date.toISOString();
		}
		case 'options': {
			const allowed = (field.options ?? []).map((option) => option.value);
			if (!allowed.includes(value as string)) {
				return invalid(context, field, value, `one of ${allowed.map((option) => JSON.stringify(option)).join(', ')}`);
			}
			return value;
		}
		case 'url':
			if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value.trim())) {
				return invalid(context, field, value, 'an http:// or https:// address');
			}
			return value.trim();
		default:
			return typeof value === 'string' ? value : JSON.stringify(value);
	}
}

/**
 * A preSend putting the values of the custom-attribute field `name` into the body's
 * `custom_attributes`, merged over what the JSON option put there. Fields left empty are not sent.
 */
export function customAttributesFromFields(name = 'customAttributeFields', bodyProperty = 'custom_attributes') {
	return async function sendCustomAttributeFields(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const mapper = this.getNodeParameter(name, null) as ResourceMapperValue | null;
		const schema = new Map((mapper?.schema ?? []).map((field) => [field.id, field]));
		const values: IDataObject = {};
		for (const [key, value] of Object.entries(mapper?.value ?? {})) {
			if (value === null || value === undefined || value === '') continue;
			const field = schema.get(key) ?? { id: key, displayName: key, type: 'string', required: false, defaultMatch: false, display: true };
			values[key] = checkedAttributeValue(this, field, value) as IDataObject[string];
		}
		if (!Object.keys(values).length) return requestOptions;
		const body = (requestOptions.body ?? {}) as IDataObject;
		return { ...requestOptions, body: { ...body, [bodyProperty]: { ...(body[bodyProperty] as IDataObject), ...values } } };
	};
}

/** The keys to remove, for the routes that take `custom_attributes: [keys]` (`destroy_custom_attributes`). */
export const attributeKeysField: INodeProperties = {
	displayName: 'Attribute Keys',
	name: 'attributeKeys',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. plan, signup_source',
	description: 'The keys to remove, separated by commas (an expression may return an array)',
};

/** Attribute Keys as the body's `custom_attributes` list, refused when empty: ChatWoot would remove nothing and say nothing. */
export async function attributeKeysBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const keys = uniqueEntries(this.getNodeParameter('attributeKeys', ''));
	if (!keys.length) {
		throw new NodeOperationError(this.getNode(), 'Attribute Keys is empty', {
			itemIndex: this.getItemIndex(),
			description: 'Enter the keys of the custom attributes to remove, separated by commas, e.g. plan, signup_source.',
		});
	}
	return { ...requestOptions, body: { custom_attributes: keys } };
}
