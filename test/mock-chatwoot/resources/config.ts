import { table } from '../auth';
import type { Account } from '../auth';
import type { Reply, Route, RouteContext } from '../server';

/** Canned responses and labels, as the account-configuration e2e workflows use them. */

interface CannedResponse {
	id: number;
	account_id: number;
	short_code: string;
	content: string;
}

export interface Label {
	id: number;
	title: string;
	description: string | null;
	color: string;
	show_on_sidebar: boolean | null;
}

/** `params.require(:key)`: what the controller reads, or the 422 Rails answers without it. */
function required(context: RouteContext, key: string): Record<string, unknown> | Reply {
	const body = (context.request.body ?? {}) as Record<string, unknown>;
	const wrapped = body[key];
	if (!wrapped || typeof wrapped !== 'object') {
		return { status: 422, body: { error: `param is missing or the value is empty: ${key}` } };
	}
	return wrapped as Record<string, unknown>;
}

const isReply = (value: unknown): value is Reply => typeof (value as Reply).status === 'number';

const nextId = (records: Map<number | string, unknown>) => records.size + 1;

function createCannedResponse(context: RouteContext): Reply {
	const params = required(context, 'canned_response');
	if (isReply(params)) return params;
	const records = table<CannedResponse>(context.account!, 'canned_responses');
	const record = { id: nextId(records), account_id: context.account!.id, short_code: String(params.short_code ?? ''), content: String(params.content ?? '') };
	records.set(record.id, record);
	// create.json.jbuilder wraps the record in payload.
	return { status: 200, body: { payload: record } };
}

function listCannedResponses(context: RouteContext): Reply {
	const search = context.request.query.search?.toLowerCase();
	const records = [...table<CannedResponse>(context.account!, 'canned_responses').values()].filter(
		(record) => !search || record.short_code.toLowerCase().includes(search) || record.content.toLowerCase().includes(search),
	);
	return { status: 200, body: records };
}

export function seedLabel(account: Account, attributes: Pick<Label, 'title'> & Partial<Label>): Label {
	const records = table<Label>(account, 'labels');
	const record: Label = { id: nextId(records), description: null, color: '#1f93ff', show_on_sidebar: null, ...attributes };
	records.set(record.id, record);
	return record;
}

function createLabel(context: RouteContext): Reply {
	const params = required(context, 'label');
	if (isReply(params)) return params;
	const record = seedLabel(context.account!, {
		title: String(params.title ?? ''),
		...(params.description !== undefined ? { description: params.description as string } : {}),
		...(params.color !== undefined ? { color: params.color as string } : {}),
		...(params.show_on_sidebar !== undefined ? { show_on_sidebar: params.show_on_sidebar as boolean } : {}),
	});
	return { status: 200, body: record };
}

function listLabels(context: RouteContext): Reply {
	return { status: 200, body: { payload: [...table<Label>(context.account!, 'labels').values()] } };
}

export const configRoutes = (): Route[] => [
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/canned_responses', scope: 'account', handle: listCannedResponses },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/canned_responses', scope: 'account', handle: createCannedResponse },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/labels', scope: 'account', handle: listLabels },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/labels', scope: 'account', handle: createLabel },
];
