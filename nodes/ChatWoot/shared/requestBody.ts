import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { readPositiveId } from '../transport/path';
import type { UploadFile } from '../transport/multipart';
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

/** List values go as `name[]=a&name[]=b`, which Rails reads as a list; n8n's default `name[0]=a` arrives as a hash. */
export async function sendArraysInBrackets(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, arrayFormat: 'brackets' };
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

/**
 * Reads any file from the input item's binary property (a PDF, a recording), checking its
 * type by the declared MIME type, so a wrong property or type fails before anything is sent.
 */
export async function readBinaryFile(
	context: IExecuteSingleFunctions,
	propertyName: string,
	fieldName: string,
	accepts: { mimeType: RegExp; kind: string; maxBytes?: number },
): Promise<UploadFile> {
	const node = context.getNode();
	const itemIndex = context.getItemIndex();
	const name = propertyName.trim();
	if (!name) {
		throw new NodeOperationError(node, `${fieldName} is empty`, {
			itemIndex,
			description: 'Enter the name of the input binary property that holds the file, e.g. data.',
		});
	}
	const binary = context.getInputData().binary?.[name];
	if (!binary) {
		const present = Object.keys(context.getInputData().binary ?? {});
		throw new NodeOperationError(node, `${fieldName}: the input item has no binary property "${name}"`, {
			itemIndex,
			description: present.length
				? `Binary properties on this item: ${present.join(', ')}. Enter one of them in ${fieldName}.`
				: 'This item carries no binary data. Read the file first, e.g. with "Read/Write Files from Disk" or an HTTP Request whose response format is File.',
		});
	}
	const fileName = binary.fileName ?? name;
	if (!accepts.mimeType.test(binary.mimeType ?? '')) {
		throw new NodeOperationError(node, `${fieldName}: "${fileName}" is not ${accepts.kind}`, {
			itemIndex,
			description: `Its type is ${binary.mimeType || 'unknown'}; ChatWoot accepts ${accepts.kind} here.`,
		});
	}
	const bytes = await context.helpers.getBinaryDataBuffer(name);
	if (accepts.maxBytes !== undefined && bytes.length > accepts.maxBytes) {
		throw new NodeOperationError(
			node,
			`${fieldName}: "${fileName}" is ${(bytes.length / 1048576).toFixed(1)} MB; ChatWoot accepts at most ${accepts.maxBytes / 1048576} MB`,
			{ itemIndex },
		);
	}
	return { bytes, fileName, mimeType: binary.mimeType };
}
