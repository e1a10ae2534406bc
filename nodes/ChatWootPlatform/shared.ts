import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../ChatWoot/shared/descriptions';
import { parseJsonAt } from '../ChatWoot/shared/requestBody';

/** The platform API's IDs are plain numbers: a platform app token cannot list a user's accounts for a picker. */
export const platformAccountIdField = (): INodeProperties =>
	idField('accountId', 'The numeric ID of the account, as Account → Create or Get Many returns it');

/** Body fields that are JSON objects in ChatWoot (custom attributes, limits, features), parsed before sending. */
const JSON_BODY_FIELDS: Record<string, string> = {
	custom_attributes: 'Custom Attributes',
	limits: 'Limits',
	features: 'Features',
	provider_config: 'Provider Config',
};

export const parseJsonBodyFields = Object.entries(JSON_BODY_FIELDS).map(([property, fieldName]) =>
	parseJsonAt(property, fieldName, '{"key":"value"}'),
);
