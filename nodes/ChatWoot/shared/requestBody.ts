import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { readPositiveId } from '../transport/path';
import { parseJsonArray, parseJsonObject } from './validation';

/**
 * The preSend steps operations share for what routing cannot do on its own: wrap the whole
 * body in a root key, parse JSON fields, put a checked ID into the body. Where ChatWoot reads
 * fields under a root key, routing's dotted properties (`company.name`) fill it directly.
 */

/** The value at a dotted `path` of the body, and a setter for it. */
function slot(body: IDataObject, path: string): { value: unknown; set: (value: unknown) => void } {
	const keys = path.split('.');
	const last = keys.pop() as string;
	const parent = keys.reduce<IDataObject | undefined>(
		(node, key) => (node && typeof node[key] === 'object' ? (node[key] as IDataObject) : undefined),
		body,
	);
	return { value: parent?.[last], set: (value) => parent && (parent[last] = value as IDataObject) };
}

/** Controllers that `params.require(:key)` read nothing outside it: every field set goes under `key`. */
export function wrapBodyIn(key: string): PreSendAction {
	return async function wrapBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const fields = (requestOptions.body ?? {}) as IDataObject;
		return { ...requestOptions, body: { [key]: fields } };
	};
}

/**
 * A preSend that turns the JSON text (or an expression's object/array) at `path` of the body
 * into a JSON object or array, naming the field when it is not one.
 */
export function parseJsonAt(path: string, fieldName: string, example: string, shape: 'object' | 'array' = 'object'): PreSendAction {
	return async function parseJsonField(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const field = slot((requestOptions.body ?? {}) as IDataObject, path);
		if (field.value === undefined) return requestOptions;
		field.set(
			shape === 'array'
				? parseJsonArray(this, field.value, fieldName, example)
				: parseJsonObject(this, field.value, fieldName, example),
		);
		return requestOptions;
	};
}

/**
 * A preSend that puts the numeric ID chosen in `parameterName` (a plain field or a resource
 * locator) at `bodyPath` of the body, refusing anything but a positive whole number. `asText`
 * where the spec declares the ID a string (Rails reads both); `label` when the field's name
 * in messages is not its ID display name.
 */
export function idInBody(
	parameterName: string,
	bodyPath: string,
	{ asText = false, label }: { asText?: boolean; label?: string } = {},
): PreSendAction {
	return async function sendIdInBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const id = readPositiveId(this, parameterName, label);
		const body = (requestOptions.body ?? {}) as IDataObject;
		const keys = bodyPath.split('.');
		const last = keys.pop() as string;
		const parent = keys.reduce<IDataObject>((node, key) => (node[key] ??= {}) as IDataObject, body);
		parent[last] = asText ? String(id) : id;
		return { ...requestOptions, body };
	};
}
