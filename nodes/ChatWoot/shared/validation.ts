import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/**
 * A preSend that refuses a missing, zero, negative or non-numeric ID before it is built into
 * a URL such as `/accounts/0/contacts/abc`.
 */
export function requirePositiveId(parameterName: string, label: string) {
	return async function validatePositiveId(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = this.getNodeParameter(parameterName, '') as unknown;
		const text = String(value ?? '').trim();
		if (!/^\d+$/.test(text) || Number(text) <= 0) {
			throw new NodeOperationError(
				this.getNode(),
				text === '' ? `${label} is required` : `${label} must be a positive whole number, not "${text}"`,
				{
					itemIndex: this.getItemIndex(),
					description: `Enter the numeric ${label} as ChatWoot shows it in its addresses, e.g. https://app.chatwoot.com/app/accounts/1/contacts/42 has Account ID 1 and Contact ID 42. If it comes from an expression, check what the expression returns for this item.`,
				},
			);
		}
		return requestOptions;
	};
}

/** Parses a JSON-object field (a string, or an object from an expression) and names what is wrong with it. */
export function parseJsonObject(
	context: IExecuteSingleFunctions,
	value: unknown,
	fieldName: string,
	example: string,
): IDataObject {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw new NodeOperationError(context.getNode(), `${fieldName} is not valid JSON`, {
				itemIndex: context.getItemIndex(),
				description: `${(error as Error).message}. Enter a JSON object such as ${example}.`,
			});
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
		throw new NodeOperationError(context.getNode(), `${fieldName} must be a JSON object, not ${kind}`, {
			itemIndex: context.getItemIndex(),
			description: `Enter key/value pairs in curly braces, such as ${example}.`,
		});
	}
	return parsed as IDataObject;
}
