import { createHmac } from 'crypto';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, idField, jsonOption } from '../ChatWoot/shared/descriptions';
import { parseJsonAt } from '../ChatWoot/shared/requestBody';
import { TOKEN_TYPES } from '../ChatWoot/transport/access';

/**
 * The Client API's paths start with the API inbox's identifier, which lives in the credential:
 * the credential fills `{credentials.inboxIdentifier}` (transport/path.ts leaves dotted names
 * alone); the other names are filled by the transport like every other path template.
 */
export const INBOX_PATH = '/public/api/v1/inboxes/{credentials.inboxIdentifier}';
export const CONTACT_PATH = `${INBOX_PATH}/contacts/{contactIdentifier}`;
export const CONVERSATION_PATH = `${CONTACT_PATH}/conversations/{conversationId}`;

export const contactIdentifierField: INodeProperties = {
	displayName: 'Contact Identifier',
	name: 'contactIdentifier',
	type: 'string',
	default: '',
	required: true,
	description: "The contact's source_id in this inbox, as Contact → Create returns it",
};

export const conversationIdField = (): INodeProperties =>
	idField('conversationId', 'The conversation number (display ID) as Conversation → Create or Get Many returns it');

/** Custom attributes arrive as JSON text (or an object from an expression) and leave as a JSON object. */
export const parseCustomAttributes = parseJsonAt('custom_attributes', 'Custom Attributes', '{"plan":"gold"}');

/** `identifier_hash` as ChatWoot checks it: hex HMAC-SHA256 of the identifier, keyed by the inbox's HMAC token. */
export function identifierHash(hmacToken: string, identifier: string): string {
	return createHmac('sha256', hmacToken).update(identifier).digest('hex');
}

/**
 * With the inbox's HMAC token in the credential, a contact sent with an identifier is signed
 * (identity validation): the token never leaves n8n, only the hash does.
 */
export async function signIdentifier(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body.identifier === undefined || body.identifier === '') return requestOptions;
	const { hmacToken } = await this.getCredentials(TOKEN_TYPES.clientApi.credential);
	if (hmacToken) body.identifier_hash = identifierHash(String(hmacToken), String(body.identifier));
	return requestOptions;
}

/** The contact fields the Client API permits (public contacts_controller: no avatar file, no additional attributes). */
export const contactFieldOptions: INodeProperties[] = [
	bodyField('Avatar URL', 'avatarUrl', 'avatar_url', {
		description: 'An http(s) address of an image; ChatWoot uses it only while the contact has no avatar',
	}),
	jsonOption('Custom Attributes', 'customAttributes', 'custom_attributes', {
		description: 'A JSON object; ChatWoot deep-merges it into the existing ones',
	}),
	bodyField('Email', 'email', 'email', { placeholder: 'name@email.com' }),
	bodyField('Identifier', 'identifier', 'identifier', {
		description: "The contact's ID in your system. With the inbox's HMAC token in the credential, it is signed (identifier_hash) so ChatWoot trusts it.",
	}),
	bodyField('Name', 'name', 'name'),
	bodyField('Phone Number', 'phoneNumber', 'phone_number', {
		placeholder: '+14155552671',
		description: 'In E.164 format, e.g. +14155552671',
	}),
];
