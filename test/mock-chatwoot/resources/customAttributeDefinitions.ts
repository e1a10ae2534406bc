import { RESOURCE_NOT_FOUND } from '../server';
import type { Reply, Route, RouteContext } from '../server';
import { adminOnly, table } from '../auth';
import type { Account } from '../auth';

/**
 * Custom attribute definitions (custom_attribute_definitions_controller.rb and its jbuilder views
 * at v4.15.1): the index is a bare array, filtered by `attribute_model` when given; create,
 * show and update render one definition; destroy answers 204. Writing is for administrators
 * (custom_attribute_definition_policy.rb). Both enums render by name.
 */
export interface CustomAttributeDefinition {
	id: number;
	attribute_display_name: string;
	attribute_display_type: string;
	attribute_description: string | null;
	attribute_key: string;
	regex_pattern: string | null;
	regex_cue: string | null;
	attribute_values: string[];
	attribute_model: string;
	default_value: number | null;
	created_at: string;
	updated_at: string;
}

/** The model's enums, in their integer order (a number sent is the index). */
const MODELS = ['conversation_attribute', 'contact_attribute', 'company_attribute'];
const DISPLAY_TYPES = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];
/** STANDARD_ATTRIBUTES: keys a definition of that model may not take on create. */
const STANDARD_KEYS: Record<string, string[]> = {
	conversation_attribute: ['status', 'priority', 'assignee_id', 'inbox_id', 'team_id', 'display_id', 'campaign_id', 'labels', 'browser_language', 'country_code', 'referer', 'created_at', 'last_activity_at'],
	contact_attribute: ['name', 'email', 'phone_number', 'identifier', 'country_code', 'city', 'company_name', 'created_at', 'last_activity_at', 'referer', 'blocked'],
	company_attribute: ['name', 'domain', 'description', 'contacts_count', 'created_at', 'updated_at', 'last_activity_at'],
};
const PERMITTED = ['attribute_display_name', 'attribute_description', 'attribute_display_type', 'attribute_key', 'attribute_model', 'regex_pattern', 'regex_cue', 'attribute_values'];
const KEY_FORMAT = /^[\p{L}\p{N}_.-]+$/u;
/** An enum value Rails does not know raises ArgumentError, which no handler rescues. */
const SERVER_ERROR: Reply = { status: 500, body: { status: 500, error: 'Internal Server Error' } };

const definitionsOf = (account: Account) => table<CustomAttributeDefinition>(account, 'custom_attribute_definitions');

export function seedCustomAttributeDefinition(
	account: Account,
	attributes: Pick<CustomAttributeDefinition, 'attribute_display_name' | 'attribute_key' | 'attribute_model' | 'attribute_display_type'> &
		Partial<CustomAttributeDefinition>,
): CustomAttributeDefinition {
	const definitions = definitionsOf(account);
	const definition: CustomAttributeDefinition = {
		id: Math.max(0, ...[...definitions.values()].map((other) => other.id)) + 1,
		attribute_description: null,
		regex_pattern: null,
		regex_cue: null,
		attribute_values: [],
		default_value: null,
		created_at: '2025-11-13T02:13:20.000Z',
		updated_at: '2025-11-13T02:13:20.000Z',
		...attributes,
	};
	definitions.set(definition.id, definition);
	return definition;
}

/** An enum attribute by name or index, `undefined` when Rails would raise. */
function enumValue(values: string[], sent: unknown): string | undefined {
	return typeof sent === 'number' ? values[sent] : values.find((value) => value === String(sent));
}

/**
 * `params.require(:custom_attribute_definition).permit(…)` (ParamsWrapper wraps top-level JSON
 * too), with the enums cast; a missing wrapper is 422, an unknown enum value 500.
 */
function permittedPayload(body: unknown): Partial<CustomAttributeDefinition> | Reply {
	const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
	const wrapped = (sent.custom_attribute_definition ?? (PERMITTED.some((key) => key in sent) ? sent : undefined)) as Record<string, unknown> | undefined;
	if (!wrapped || typeof wrapped !== 'object') {
		return { status: 422, body: { error: 'param is missing or the value is empty: custom_attribute_definition' } };
	}
	const payload: Record<string, unknown> = {};
	for (const key of PERMITTED) if (key in wrapped) payload[key] = wrapped[key];
	for (const [key, values] of [['attribute_model', MODELS], ['attribute_display_type', DISPLAY_TYPES]] as const) {
		if (!(key in payload)) continue;
		const value = enumValue(values, payload[key]);
		if (!value) return SERVER_ERROR;
		payload[key] = value;
	}
	if ('attribute_values' in payload) payload.attribute_values = Array.isArray(payload.attribute_values) ? payload.attribute_values.map(String) : [];
	// normalize_attribute_fields.
	for (const key of ['attribute_key', 'attribute_display_name']) if (typeof payload[key] === 'string') payload[key] = (payload[key] as string).trim();
	return payload as Partial<CustomAttributeDefinition>;
}

const isReply = (value: object): value is Reply => typeof (value as Reply).status === 'number';

/** The model's validations, as RecordInvalid renders them (422 `{message, attributes}`). */
function invalid(account: Account, definition: CustomAttributeDefinition, creating: boolean): Reply | undefined {
	const problems: Array<[string, string]> = [];
	if (!definition.attribute_display_name) problems.push(['attribute_display_name', "Attribute display name can't be blank"]);
	if (!definition.attribute_key) {
		problems.push(['attribute_key', "Attribute key can't be blank"]);
	} else if (!KEY_FORMAT.test(definition.attribute_key)) {
		problems.push(['attribute_key', 'Attribute key must only contain letters, numbers, underscores, hyphens, and dots']);
	} else if (
		[...definitionsOf(account).values()].some(
			(other) => other.id !== definition.id && other.attribute_key === definition.attribute_key && other.attribute_model === definition.attribute_model,
		)
	) {
		problems.push(['attribute_key', 'Attribute key has already been taken']);
	}
	if (creating && STANDARD_KEYS[definition.attribute_model].includes(definition.attribute_key)) {
		problems.push(['attribute_key', 'Attribute key The provided key is not allowed as it might conflict with default attributes.']);
	}
	if (!problems.length) return undefined;
	return { status: 422, body: { message: problems.map(([, message]) => message).join(', '), attributes: [...new Set(problems.map(([field]) => field))] } };
}

function index({ request, account }: RouteContext): Reply {
	const model = request.query.attribute_model;
	// `with_attribute_model(model)`: every definition for a blank model, none for an unknown one.
	const definitions = [...definitionsOf(account!).values()].filter((definition) => !model || definition.attribute_model === model);
	return { status: 200, body: definitions };
}

function show({ params, account }: RouteContext): Reply {
	const definition = definitionsOf(account!).get(Number(params.id));
	return definition ? { status: 200, body: definition } : RESOURCE_NOT_FOUND;
}

function create({ request, account }: RouteContext): Reply {
	const payload = permittedPayload(request.body);
	if (isReply(payload)) return payload;
	const now = new Date().toISOString();
	const draft: CustomAttributeDefinition = {
		id: 0,
		attribute_display_name: '',
		attribute_key: '',
		attribute_model: 'conversation_attribute',
		attribute_display_type: 'text',
		attribute_description: null,
		regex_pattern: null,
		regex_cue: null,
		attribute_values: [],
		default_value: null,
		created_at: now,
		updated_at: now,
		...payload,
	};
	const refused = invalid(account!, draft, true);
	if (refused) return refused;
	const { id: _unsaved, ...attributes } = draft;
	return { status: 200, body: seedCustomAttributeDefinition(account!, attributes) };
}

function update({ request, params, account }: RouteContext): Reply {
	const existing = definitionsOf(account!).get(Number(params.id));
	if (!existing) return RESOURCE_NOT_FOUND;
	const payload = permittedPayload(request.body);
	if (isReply(payload)) return payload;
	const next = { ...existing, ...payload, updated_at: new Date().toISOString() };
	const refused = invalid(account!, next, false);
	if (refused) return refused;
	definitionsOf(account!).set(next.id, next);
	return { status: 200, body: next };
}

function destroy({ params, account }: RouteContext): Reply {
	return definitionsOf(account!).delete(Number(params.id)) ? { status: 204 } : RESOURCE_NOT_FOUND;
}

export const customAttributeDefinitionRoutes = (): Route[] => {
	const definitions = '/api/v1/accounts/:account_id/custom_attribute_definitions';
	return [
		{ methods: ['GET'], path: definitions, scope: 'account', handle: index },
		{ methods: ['POST'], path: definitions, scope: 'account', handle: adminOnly(create) },
		{ methods: ['GET'], path: `${definitions}/:id`, scope: 'account', handle: show },
		{ methods: ['PATCH', 'PUT'], path: `${definitions}/:id`, scope: 'account', handle: adminOnly(update) },
		{ methods: ['DELETE'], path: `${definitions}/:id`, scope: 'account', handle: adminOnly(destroy) },
	];
};
