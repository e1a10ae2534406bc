import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

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
