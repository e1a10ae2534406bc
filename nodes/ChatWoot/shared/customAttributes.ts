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

import { LOADED_FROM_ACCOUNT } from '../listSearch/request';
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

/**
 * ChatWoot's attribute_display_type → the editor's input for it. Numbers and dates are text
 * inputs: n8n's number input throws away text typed into it (the value would be silently not
 * sent instead of refused), and its resource mapper has no date-only input (FieldType has
 * `dateTime` and `time` only). Their values are checked here before sending.
 */
const INPUT_OF_DISPLAY_TYPE: Record<string, FieldType> = {
	link: 'url',
	list: 'options',
	checkbox: 'boolean',
};

/** The hint a display type adds to the field's label, where its input does not say what to enter. */
const LABEL_HINTS: Record<string, string> = { date: 'date, YYYY-MM-DD' };

/**
 * The display type at the end of a field's label, `Seats (number)` or `Renewal (date, YYYY-MM-DD)`:
 * what n8n saves of a mapper field is its id, label, input type and options, so the label is
 * where a number or a date typed as text keeps its ChatWoot type.
 */
const DISPLAY_TYPE_IN_LABEL = /\((text|number|currency|percent|link|date|list|checkbox)(?:, [^)]*)?\)$/;

/** The display type of a field whose label has none (a key not in the saved schema is text). */
const DISPLAY_TYPE_OF_INPUT: Partial<Record<FieldType, string>> = {
	number: 'number',
	dateTime: 'date',
	url: 'link',
	options: 'list',
	boolean: 'checkbox',
};

const displayTypeOf = (field: ResourceMapperField): string | undefined =>
	DISPLAY_TYPE_IN_LABEL.exec(field.displayName)?.[1] ?? DISPLAY_TYPE_OF_INPUT[field.type ?? 'string'];

/** One of the account's custom attribute definitions as a field of the mapper. */
export function attributeField(definition: IDataObject): ResourceMapperField {
	const displayType = String(definition.attribute_display_type ?? 'text');
	const type = INPUT_OF_DISPLAY_TYPE[displayType] ?? 'string';
	const values = Array.isArray(definition.attribute_values) ? (definition.attribute_values as unknown[]) : [];
	return {
		id: String(definition.attribute_key),
		displayName: `${String(definition.attribute_display_name ?? definition.attribute_key)} (${LABEL_HINTS[displayType] ?? displayType})`,
		required: false,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type,
		...(type === 'options' ? { options: values.map((value) => ({ name: String(value), value: String(value) })) } : {}),
	};
}

/**
 * The typed custom-attribute field, top-level (n8n validates and refreshes resource mappers only
 * there). `name` is the parameter name, read by `customAttributesFromFields(name)`. The mapper
 * shows `valuesLabel` instead of the parameter's name, and its buttons name `fieldWords`
 * (n8n 1.x and 2.x: "Add {singular} to send", "Refresh {singular} List"). Without a mapping
 * mode select (`supportAutoMap: false`) n8n shows neither `noFieldsError` nor a loading error:
 * the method returns the reason as `emptyFieldsNotice` instead (listSearch/customAttributes.ts).
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
				...LOADED_FROM_ACCOUNT,
				resourceMapper: {
					resourceMapperMethod: MAPPER_METHODS[model],
					mode: 'add',
					valuesLabel: 'Custom Attribute Fields',
					fieldWords: { singular: 'custom attribute field', plural: 'custom attribute fields' },
					addAllFields: false,
					multiKeyMatch: false,
					supportAutoMap: false,
				},
			},
		},
	];
}

function invalid(context: IExecuteSingleFunctions, field: ResourceMapperField, value: unknown, expected: string): never {
	const itemIndex = context.getItemIndex();
	throw new NodeOperationError(
		context.getNode(),
		`Custom Attribute Fields: "${field.displayName}" of item ${itemIndex} must be ${expected}, not ${JSON.stringify(value)}`,
		{
			itemIndex,
			description: `The attribute "${field.id}" is defined in ChatWoot with this type. Correct its value in Custom Attribute Fields, or change the definition in ChatWoot (Settings → Custom Attributes).`,
		},
	);
}

const YEAR_MONTH_DAY = /^(\d{4}-\d{2}-\d{2})(T.+)?$/;

/**
 * A date as ChatWoot's dashboard stores it (ISO 8601): typed as YYYY-MM-DD, or from an
 * expression as a Luxon DateTime, a JS date or ISO text. An impossible day (2025-02-30) is refused,
 * not moved to the next month.
 */
function checkedDate(context: IExecuteSingleFunctions, field: ResourceMapperField, value: unknown): string {
	const text = value instanceof Date ? value.toISOString() : String((value as { toISO?: () => string }).toISO?.() ?? value).trim();
	const [, day, time] = YEAR_MONTH_DAY.exec(text) ?? [];
	const date = new Date(time ? text : `${day}T00:00:00.000Z`);
	if (!day || Number.isNaN(date.getTime()) || (!time && date.toISOString().slice(0, 10) !== day)) {
		return invalid(context, field, value, 'a date as YYYY-MM-DD, e.g. 2025-01-31');
	}
	return date.toISOString();
}

/** One value checked against its definition's type and converted to what ChatWoot stores. */
export function checkedAttributeValue(context: IExecuteSingleFunctions, field: ResourceMapperField, value: unknown): unknown {
	switch (displayTypeOf(field)) {
		case 'number':
		case 'currency':
		case 'percent': {
			const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			if (typeof number !== 'number' || !Number.isFinite(number)) return invalid(context, field, value, 'a number');
			return number;
		}
		case 'checkbox':
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			return invalid(context, field, value, 'true or false');
		case 'date':
			return checkedDate(context, field, value);
		case 'list': {
			const allowed = (field.options ?? []).map((option) => option.value);
			if (!allowed.includes(value as string)) {
				return invalid(context, field, value, `one of ${allowed.map((option) => JSON.stringify(option)).join(', ')}`);
			}
			return value;
		}
		case 'link':
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
