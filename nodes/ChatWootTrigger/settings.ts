import { NodeHelpers } from 'n8n-workflow';
import type { IHookFunctions, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

import { checkFieldValues, fieldChecks } from '../ChatWoot/shared/validation';

/**
 * Refuses the webhook trigger's settings that cannot work, with a NodeOperationError naming the
 * field, by the action nodes' own checks (shared/validation.ts): ID lists such as Inbox IDs,
 * required values such as the account webhook's Events, numbers out of range such as the
 * Signature Time Window. Account is left to accountIdOf (transport.ts), which checks it where
 * it is used and knows that empty means the token's only account.
 */
export function checkSettings(context: IHookFunctions | IWebhookFunctions, properties: INodeProperties[]): void {
	const node = context.getNode();
	// Only the fields shown for this version and Source: Events is required for the account webhook only.
	const shown = properties.filter((property) => NodeHelpers.displayParameter(node.parameters, property, node, null));
	checkFieldValues(context, fieldChecks(shown, ['accountId']));
}
