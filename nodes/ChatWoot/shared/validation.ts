import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

/** JSON text parsed (an expression's object or array passes as it is), refused naming the field when it is not JSON. */
function parsedJson(context: IExecuteSingleFunctions, value: unknown, fieldName: string, expected: string): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `${fieldName} is not valid JSON`, {
			itemIndex: context.getItemIndex(),
			description: `${(error as Error).message}. Enter ${expected}.`,
		});
	}
}

/** Parses a JSON-object field (a string, or an object from an expression) and names what is wrong with it. */
export function parseJsonObject(
	context: IExecuteSingleFunctions,
	value: unknown,
	fieldName: string,
	example: string,
): IDataObject {
	const parsed = parsedJson(context, value, fieldName, `a JSON object such as ${example}`);
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
		throw new NodeOperationError(context.getNode(), `${fieldName} must be a JSON object, not ${kind}`, {
			itemIndex: context.getItemIndex(),
			description: `Enter key/value pairs in curly braces, such as ${example}.`,
		});
	}
	return parsed as IDataObject;
}

/** Parses a JSON-array field (a string, or an array from an expression) and names what is wrong with it. */
export function parseJsonArray(context: IExecuteSingleFunctions, value: unknown, fieldName: string, example: string): unknown[] {
	const parsed = parsedJson(context, value, fieldName, `a JSON array such as ${example}`);
	if (!Array.isArray(parsed)) {
		throw new NodeOperationError(context.getNode(), `${fieldName} must be a JSON array`, {
			itemIndex: context.getItemIndex(),
			description: `Enter a list in square brackets, such as ${example}.`,
		});
	}
	return parsed;
}
