import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** `contactId` → `Contact ID`: an ID field's display name, used by the field and by the messages that name it. */
export function idDisplayName(parameterName: string): string {
	const words = parameterName.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\bId$/, 'ID');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The context a check refuses in: the node, and the item where there is one (a trigger has none). */
export type RefusingContext = Pick<IExecuteSingleFunctions, 'getNode'> & Partial<Pick<IExecuteSingleFunctions, 'getItemIndex'>>;

/**
 * A ChatWoot ID as its routes take it, from a field, a resource locator or an expression:
 * refused naming the field (`label`) when it is missing, zero, negative or not a number. The one
 * check of every numeric ID, in a path, a body, a query or a trigger's settings.
 */
export function positiveId(context: RefusingContext, value: unknown, label: string): number {
	const text = String(value ?? '').trim();
	if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
	throw new NodeOperationError(
		context.getNode(),
		text === '' ? `${label} is required` : `${label} must be a positive whole number, not "${text}"`,
		{
			itemIndex: context.getItemIndex?.(),
			description: `Enter the numeric ${label} as ChatWoot shows it in its addresses, e.g. https://app.chatwoot.com/app/accounts/1/contacts/42 has Account ID 1 and Contact ID 42. If it comes from an expression, check what the expression returns for this item.`,
		},
	);
}

/** A required numeric ID parameter (a plain field or a resource locator), checked by positiveId. */
function idParameter(context: IExecuteSingleFunctions, parameterName: string, label: string): number {
	// extractValue: a resource locator's By URL mode yields the ID found in the pasted address.
	return positiveId(context, context.getNodeParameter(parameterName, '', { extractValue: true }), label);
}

/**
 * A required numeric ID read from a parameter, for requests that send it in the body or query
 * rather than the path; checked exactly as path IDs are.
 */
export function readPositiveId(
	context: IExecuteSingleFunctions,
	parameterName: string,
	label = idDisplayName(parameterName),
): number {
	return idParameter(context, parameterName, label);
}

/** A required text key for the path (a portal slug, an inbox identifier), refused when empty and URL-encoded. */
function textKey(context: IExecuteSingleFunctions, parameterName: string): string {
	const text = String(context.getNodeParameter(parameterName, '', { extractValue: true }) ?? '').trim();
	if (text) return encodeURIComponent(text);
	const label = idDisplayName(parameterName);
	throw new NodeOperationError(context.getNode(), `${label} is required`, {
		itemIndex: context.getItemIndex(),
		description: `Enter the ${label}. If it comes from an expression, check what the expression returns for this item.`,
	});
}

/**
 * Operations declare their path with the names of their ID parameters in braces, e.g.
 * `/api/v1/accounts/{accountId}/contacts/{contactId}`. Filling it here checks every ID the
 * same way before anything is sent, and reads each ID once per item, where an n8n expression
 * (`{{$parameter.contactId}}`) would evaluate it again. Dotted names such as
 * `{credentials.inboxIdentifier}` are not node parameters: the credential fills them.
 */
export function resolvePath(context: IExecuteSingleFunctions, template: string): string {
	return template.replace(/\{(\w+)\}/g, (_, parameterName: string) =>
		// Names ending in Id are ChatWoot's numeric IDs; others (portalSlug, inboxIdentifier) are text keys.
		/Id$/.test(parameterName)
			? String(idParameter(context, parameterName, idDisplayName(parameterName)))
			: textKey(context, parameterName),
	);
}
