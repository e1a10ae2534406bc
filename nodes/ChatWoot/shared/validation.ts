import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { unixSeconds } from './dates';
import { firstNonId, listEntries } from './lists';
import { idDisplayName, positiveId } from '../transport/path';
import type { RefusingContext } from '../transport/path';

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

/**
 * Fields named like IDs that hold another system's text key, not ChatWoot's numeric ID, each
 * with its reason: they are only refused when required and empty. By name, or
 * `collection.name` where the same name is a ChatWoot ID elsewhere.
 */
const TEXT_ID_FIELDS: Record<string, string> = {
	sourceId: "A contact inbox's source ID is the channel's own text key (a UUID, a phone number, an email address)",
	echoId: 'The echo ID is any text the caller picks to match its message with ChatWoot’s copy',
	linearTeamId: "Linear's team IDs are UUIDs",
	issueId: "Linear's issue IDs are UUIDs or keys such as ENG-42",
	linkId: "Linear's attachment link IDs are UUIDs",
	projectId: "Linear's project IDs are UUIDs",
	stateId: "Linear's workflow state IDs are UUIDs",
	'integrationAdditionalFields.labelIds': "Linear's label IDs are UUIDs",
	referenceId: "A Slack channel ID is Slack's own key, such as C024BE91L",
	lineChannelId: "A LINE channel ID is LINE's own key, copied from the LINE Developers console",
	spEntityId: "A SAML service provider's entity ID is a URI",
	idpEntityId: "A SAML identity provider's entity ID is a URI",
};

/** How one field is checked: a numeric ID, a list of them, a value that must be there, a date, a number in range. */
type FieldRule =
	| { kind: 'id' | 'ids' | 'date' | 'required' }
	| { kind: 'range'; min?: number; max?: number };

/** One field the shared check reads: a top-level parameter, or an option of a collection. */
export interface FieldCheck {
	parameter: string;
	/** The option's name when the field is inside the collection `parameter`. */
	option?: string;
	/** Read with extractValue, so a resource locator's By URL mode yields the ID. */
	locator: boolean;
	label: string;
	/** The message when the field is required and left empty; none when it may be. */
	missing?: string;
	rule: FieldRule;
}

/** `Label Names or IDs` → `Labels`: how a list loaded from the account is named in messages. */
export function fieldLabel(displayName: string): string {
	const listed = / Names? or IDs?$/.exec(displayName);
	if (!listed) return displayName;
	const noun = displayName.slice(0, listed.index);
	return /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/**
 * A picker is named for the record (Inbox, Contact); its message names the ID, as the path's do:
 * by the parameter when that names the record too (Mergee Contact ID), else by the record (Agent ID
 * for `assigneeId`).
 */
function locatorLabel({ name, displayName }: INodeProperties): string {
	const byParameter = idDisplayName(name);
	return byParameter.toLowerCase().includes(displayName.toLowerCase()) ? byParameter : `${displayName} ID`;
}

/**
 * What an empty required field is told, as the operations' own checks word it: a pick list
 * `Agents: choose at least one agent`, a list typed as text `Attribute Keys is empty`, a single
 * value `Name is required`.
 */
function missingMessage({ type, name, displayName }: INodeProperties, label: string): string {
	if (type === 'multiOptions') {
		const one = (/ Names? or IDs?$/.test(displayName) ? displayName.replace(/ Names? or IDs?$/, '') : displayName.replace(/s$/, '')).toLowerCase();
		return `${label}: choose at least one ${one}`;
	}
	return /s$/.test(name) && !/Ids$/.test(name) ? `${label} is empty` : `${label} is required`;
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Whether the field (in `collection`, if any) is a text key named like an ID. */
export const isTextId = (name: string, collection?: string) =>
	TEXT_ID_FIELDS[name] !== undefined || (collection !== undefined && TEXT_ID_FIELDS[`${collection}.${name}`] !== undefined);

function ruleOf(field: INodeProperties, collection?: string): FieldRule | undefined {
	const { type, name } = field;
	const textId = isTextId(name, collection);
	if (!textId && /Id$/.test(name) && (type === 'string' || type === 'number' || type === 'resourceLocator')) return { kind: 'id' };
	if (!textId && /Ids$/.test(name) && type === 'string') return { kind: 'ids' };
	if (type === 'dateTime') return { kind: 'date' };
	const { minValue, maxValue } = field.typeOptions ?? {};
	if (type === 'number' && (minValue !== undefined || maxValue !== undefined)) return { kind: 'range', min: minValue, max: maxValue };
	if (field.required && ['string', 'json', 'multiOptions', 'resourceLocator'].includes(type)) return { kind: 'required' };
	return undefined;
}

/**
 * What the shared check verifies of an operation's fields: IDs, required values, dates and
 * ranges, at the top level and in collections. Fields checked elsewhere are left out: the path's
 * IDs (transport/path.ts) and those the operation's steps check.
 */
export function fieldChecks(fields: INodeProperties[], checkedElsewhere: string[]): FieldCheck[] {
	return fields.flatMap((field): FieldCheck[] => {
		if (checkedElsewhere.includes(field.name)) return [];
		const check = (property: INodeProperties, option?: string): FieldCheck[] => {
			const rule = ruleOf(property, option === undefined ? undefined : field.name);
			if (!rule) return [];
			const locator = property.type === 'resourceLocator';
			const label = locator ? locatorLabel(property) : fieldLabel(property.displayName);
			const required = !option && (property.required === true || locator);
			const missing = required ? missingMessage(property, label) : undefined;
			return [{ parameter: field.name, option, locator, label, missing, rule }];
		};
		if (field.type !== 'collection') return check(field);
		return ((field.options ?? []) as INodeProperties[]).flatMap((option) => check(option, option.name));
	});
}

/** Where fields are checked: an operation's item, or a trigger's activation, poll or delivery, which has no item. */
type CheckingContext = RefusingContext & Pick<IExecuteSingleFunctions, 'getNodeParameter' | 'getTimezone'>;

function refuse(context: CheckingContext, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex?.(), description });
}

const ID_HINT = 'Enter the numeric ID as ChatWoot shows it in its addresses. If it comes from an expression, check what the expression returns for this item.';

function checkValue(context: CheckingContext, { label, missing, rule }: FieldCheck, value: unknown): void {
	if (isEmpty(value)) {
		if (missing) refuse(context, missing, `Enter the ${label}. If it comes from an expression, check what the expression returns for this item.`);
		return;
	}
	switch (rule.kind) {
		case 'id':
			positiveId(context, value, label);
			return;
		case 'ids': {
			const entries = listEntries(value);
			const wrong = firstNonId(entries);
			if (wrong !== undefined) refuse(context, `${label}: "${wrong}" is not an ID`, `Enter positive whole numbers separated by commas. ${ID_HINT}`);
			if (missing && !entries.length) refuse(context, missing, 'Enter at least one ID.');
			return;
		}
		case 'date':
			if (unixSeconds(value, context.getTimezone()) === undefined) {
				refuse(context, `${label} is not a date and time: "${String(value)}"`, 'Enter a date and time such as 2026-07-01T09:00:00Z, or pick one in the date picker.');
			}
			return;
		case 'range': {
			const number = Number(value);
			const below = rule.min !== undefined && !(number >= rule.min);
			const above = rule.max !== undefined && !(number <= rule.max);
			if (below || above) {
				const bounds = [rule.min !== undefined ? `at least ${rule.min}` : '', rule.max !== undefined ? `at most ${rule.max}` : ''].filter(Boolean).join(' and ');
				refuse(context, `${label} must be ${bounds}, not ${String(value)}`, `Enter a number ${bounds}.`);
			}
			return;
		}
		case 'required':
			return;
	}
}

/** Whether a field names an input binary property (an avatar, a logo, an attachment). */
const namesInputFile = (field: INodeProperties) => field.name === 'binaryPropertyName' || /input binary propert/i.test(field.hint ?? '');

/** Whether an operation takes files, at the top level or in a collection: its steps may upload them. */
export const takesFiles = (fields: INodeProperties[]) =>
	fields.some((field) => namesInputFile(field) || (field.type === 'collection' && ((field.options ?? []) as INodeProperties[]).some(namesInputFile)));

const EXTRACT = { extractValue: true };

/**
 * Each field the plan has a check for, when shown (n8n drops hidden fields from the node's
 * parameters) or added to its collection, is refused naming the field (and the item, where there
 * is one). Only those fields are resolved, not whole collections, whose other expressions n8n's
 * routing evaluates anyway.
 */
export function checkFieldValues(context: CheckingContext, plan: FieldCheck[]): void {
	const shown = context.getNode().parameters;
	for (const check of plan) {
		const raw = shown[check.parameter];
		if (raw === undefined) continue;
		if (check.option !== undefined && (typeof raw !== 'object' || raw === null || !(check.option in raw))) continue;
		const name = check.option === undefined ? check.parameter : `${check.parameter}.${check.option}`;
		checkValue(context, check, context.getNodeParameter(name, null, check.locator ? EXTRACT : undefined));
	}
}

/**
 * The preSend every operation runs (shared/operation.ts places it): its fields are checked before
 * anything is sent. The plan is worked out on the operation's first run, not when the node loads:
 * a process pays it only for the operations it uses (372 plans cost the node's first use ≈5 ms).
 */
export function checkFields(fields: INodeProperties[], checkedElsewhere: string[]): PreSendAction {
	let plan: FieldCheck[] | undefined;
	return async function checkOperationFields(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		plan ??= fieldChecks(fields, checkedElsewhere);
		checkFieldValues(this, plan);
		return requestOptions;
	};
}
