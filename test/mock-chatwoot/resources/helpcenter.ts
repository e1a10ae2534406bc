import { table } from '../auth';
import type { Account } from '../auth';
import { RESOURCE_NOT_FOUND } from '../server';
import type { Route, RouteContext } from '../server';

/**
 * Help center portals, categories and articles, as far as the end-to-end tests use them.
 * JSON bodies arrive flat; Rails' ParamsWrapper puts model attributes under `portal`,
 * `category` or `article` before the controllers read them. Portals are found by slug.
 */

type Row = Record<string, unknown>;

const STATUSES = ['draft', 'published', 'archived'];

function portalOf(account: Account, slug: string): Row | undefined {
	return table<Row>(account, 'portals').get(slug);
}

function createPortal({ request, account }: RouteContext) {
	const body = (request.body ?? {}) as Row;
	const portals = table<Row>(account!, 'portals');
	if (!body.name || !body.slug) return { status: 422, body: { message: "Name can't be blank, Slug can't be blank" } };
	if (portals.has(String(body.slug))) return { status: 422, body: { message: 'Slug has already been taken' } };
	const portal = { id: account!.nextId++, account_id: account!.id, archived: false, config: {}, ...body };
	portals.set(String(body.slug), portal);
	return { status: 200, body: portal };
}

function createCategory({ request, params, account }: RouteContext) {
	const portal = portalOf(account!, params.portal_id);
	if (!portal) return RESOURCE_NOT_FOUND;
	const category = { id: account!.nextId++, portal_id: portal.id, ...((request.body ?? {}) as Row) };
	table<Row>(account!, 'categories').set(Number(category.id), category);
	return { status: 200, body: { payload: category } };
}

function createArticle({ request, params, account }: RouteContext) {
	const portal = portalOf(account!, params.portal_id);
	if (!portal) return RESOURCE_NOT_FOUND;
	const body = (request.body ?? {}) as Row;
	if (!body.author_id) return { status: 422, body: { message: 'Author must exist' } };
	const status = typeof body.status === 'number' ? STATUSES[body.status] : (body.status ?? 'draft');
	const article = { id: account!.nextId++, portal_id: portal.id, slug: `${Date.now()}-article`, ...body, status };
	table<Row>(account!, 'articles').set(Number(article.id), article);
	return { status: 200, body: { payload: article } };
}

function listArticles({ request, params, account }: RouteContext) {
	const portal = portalOf(account!, params.portal_id);
	if (!portal) return RESOURCE_NOT_FOUND;
	const page = Number(request.query.page ?? 1);
	const matching = [...table<Row>(account!, 'articles').values()].filter(
		(article) => article.portal_id === portal.id && (!request.query.status || article.status === request.query.status),
	);
	return { status: 200, body: { payload: matching.slice((page - 1) * 25, page * 25), meta: { current_page: page, articles_count: matching.length } } };
}

export const helpCenterRoutes = (): Route[] => [
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/portals', scope: 'account', handle: createPortal },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/portals/:portal_id/categories', scope: 'account', handle: createCategory },
	{ methods: ['POST'], path: '/api/v1/accounts/:account_id/portals/:portal_id/articles', scope: 'account', handle: createArticle },
	{ methods: ['GET'], path: '/api/v1/accounts/:account_id/portals/:portal_id/articles', scope: 'account', handle: listArticles },
];
