import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { contactSummary } from '../../shared/simplify';
import { asNodeError } from '../../transport/errors';
import { recordsAt } from '../../transport/output';
import { chatWootRequest, sendRoutedRequest } from '../../transport/request';
import { contactAttributeFields, contactBodySteps, contactFieldOptions, contactFromResponse } from './fields';
import { oneAtATime, recordKey } from '../../transport/serialize';
import type { RequestStep } from '../../shared/operation';

type MatchField = 'identifier' | 'email' | 'phone_number';

const MATCH_LABELS: Record<MatchField, string> = { identifier: 'Identifier', email: 'Email', phone_number: 'Phone Number' };

/** Emails are unique in any case in ChatWoot; identifiers and phone numbers are compared as written. */
const normalized = (field: MatchField, value: unknown) =>
	field === 'email' ? String(value ?? '').trim().toLowerCase() : String(value ?? '').trim();

function matchOf(context: IExecuteSingleFunctions): { field: MatchField; value: string } {
	const field = context.getNodeParameter('matchBy', 'identifier') as MatchField;
	return { field, value: String(context.getNodeParameter('matchValue', '')).trim() };
}

/** The match value is the contact's value of that field: sent on create and update alike, and required. */
async function matchValueInBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const { field, value } = matchOf(this);
	const label = MATCH_LABELS[field];
	if (!value) {
		throw new NodeOperationError(this.getNode(), `${label} to Match is required`, {
			itemIndex: this.getItemIndex(),
			description: `Enter the ${label.toLowerCase()} that identifies the contact. If it comes from an expression, check what it returns for this item.`,
		});
	}
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (body[field] !== undefined && normalized(field, body[field]) !== normalized(field, value)) {
		throw new NodeOperationError(this.getNode(), `${label} is set twice: "${value}" to match and "${String(body[field])}" in Contact Fields`, {
			itemIndex: this.getItemIndex(),
			description: `Remove ${label} from Contact Fields: the contact gets the ${label.toLowerCase()} it is matched by. To change it, use Update.`,
		});
	}
	return { ...requestOptions, body: { ...body, [field]: value } };
}

/** The contacts whose field equals the value exactly: ChatWoot's search matches any part of it (ILIKE). */
async function exactMatches(context: IExecutePaginationFunctions, field: MatchField, value: string): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const body = (await chatWootRequest.call(context, {
			method: 'GET',
			url: '/api/v1/accounts/{accountId}/contacts/search',
			qs: { q: value, page },
		})) as IDataObject;
		const contacts = recordsAt(body, 'payload');
		found.push(...contacts.filter((contact) => contact[field] !== null && normalized(field, contact[field]) === normalized(field, value)));
		const hasMore = (body.meta as IDataObject | undefined)?.has_more;
		if (!(hasMore ?? contacts.length >= 15) || !contacts.length) return found;
	}
}

async function matchingContact(context: IExecutePaginationFunctions): Promise<IDataObject | undefined> {
	const { field, value } = matchOf(context);
	const matches = await exactMatches(context, field, value);
	if (matches.length > 1) {
		const names = matches.map((contact) => `${String(contact.id)} (${String(contact.name ?? 'unnamed')})`).join(', ');
		throw new NodeOperationError(context.getNode(), `${matches.length} contacts have the ${MATCH_LABELS[field].toLowerCase()} "${value}": ${names}`, {
			itemIndex: context.getItemIndex(),
			description: 'Nothing was changed: Create or Update changes one contact only. Merge the duplicates (Contact → Merge), or match by another field.',
		});
	}
	return matches[0];
}

const isTaken = (error: unknown) =>
	error instanceof NodeApiError && error.httpCode === '422' && /has already been taken/i.test(error.message);

/**
 * Finds the contact by an exact match, then updates it or creates it. Items of this run with the
 * same match take turns, so a burst for one new contact creates it once; a contact created
 * meanwhile by someone else (422 "has already been taken") is found again and updated.
 */
const createOrUpdate: RequestStep = async function (requestData) {
	const { field, value } = matchOf(this);
	const update = async (contact: IDataObject) =>
		await sendRoutedRequest.call(this, {
			...requestData,
			options: { ...requestData.options, method: 'PUT', url: `/api/v1/accounts/{accountId}/contacts/${String(contact.id)}` },
		});
	return await oneAtATime(recordKey(this, 'contact', field, normalized(field, value)), async () => {
		const existing = await matchingContact(this);
		if (existing) return await update(existing);
		try {
			return await sendRoutedRequest.call(this, { ...requestData, options: { ...requestData.options } });
		} catch (error) {
			if (!isTaken(error)) throw asNodeError(this.getNode(), error);
			const created = await matchingContact(this);
			if (!created) throw asNodeError(this.getNode(), error);
			return await update(created);
		}
	});
};

export const upsertContact = defineOperation({
	resource: 'contact',
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/contacts',
	simplify: contactSummary,
	fields: [
		accountIdField(),
		{
			displayName: 'Match By',
			name: 'matchBy',
			type: 'options',
			options: [
				{ name: 'Email', value: 'email', description: 'Compared in any case' },
				{ name: 'Identifier', value: 'identifier', description: "The contact's ID in your own system, compared exactly" },
				{ name: 'Phone Number', value: 'phone_number', description: 'In E.164 format, compared exactly' },
			],
			default: 'identifier',
			description: 'Which field identifies the contact. More than one contact with that exact value is an error, and nothing is changed.',
		},
		{
			displayName: 'Value to Match',
			name: 'matchValue',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. crm-1001',
			description: 'The identifier, email or phone number of the contact; also saved on the contact',
		},
		{
			displayName: 'Contact Fields',
			name: 'contactFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Saved on the contact, created or updated; an existing contact keeps every value not added here',
			// An avatar file would need its own upload after a create: set one with Update afterwards.
			options: contactFieldOptions.filter((option) => option.name !== 'avatar'),
		},
		...contactAttributeFields,
	],
	preSend: [...contactBodySteps, matchValueInBody],
	checkedBySteps: ['matchValue'],
	output: [contactFromResponse],
	send: createOrUpdate,
});
