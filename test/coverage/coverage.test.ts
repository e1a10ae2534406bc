import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { INodeType } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { readRouteRows } from '../contract/chatwootContract';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { declaredOperations, pathShape } from './operations';
import type { DeclaredOperation } from './operations';

/**
 * Keeps the node, the coverage manifest (test/coverage/manifest/*.tsv) and ChatWoot's router
 * (routes.tsv) in step: every route is an operation or left out with a reason, every
 * operation calls a real route, and each says what the route needs (administrator, bot
 * token, Enterprise) as routes.tsv does.
 */

interface RouteRow {
	methods: string[];
	path: string;
	token: string;
	enterprise: boolean;
	apiGroup: string;
	/** The first ChatWoot release with the route; empty when 4.11.0 had it. */
	since: string;
}

interface ManifestRow {
	file: string;
	methods: string;
	path: string;
	/** Operation keys, e.g. `chatWoot.contact.update`, or empty when left out. */
	operations: string[];
	reason: string;
}

const routes: RouteRow[] = readRouteRows().map((row) => ({
	methods: row.method.split('|'),
	path: row.path,
	token: row.token,
	enterprise: row.enterprise === 'yes',
	apiGroup: row.api_group,
	since: row.since,
}));

const manifestDir = join(__dirname, 'manifest');
const manifest: ManifestRow[] = readdirSync(manifestDir)
	.filter((file) => file.endsWith('.tsv'))
	.flatMap((file) =>
		readFileSync(join(manifestDir, file), 'utf8')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => {
				const [methods, path, covered = '', reason = ''] = line.split('\t');
				return {
					file,
					methods,
					path,
					operations: covered && covered !== '-' ? covered.split(',').map((key) => key.trim()) : [],
					reason: reason.trim(),
				};
			}),
	);

/** Every node whose operations the manifest may name. */
const nodeTypes: INodeType[] = [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient()];
const operations: DeclaredOperation[] = nodeTypes.flatMap(declaredOperations);
const operationByKey = new Map(operations.map((operation) => [operation.key, operation]));

const routeKey = (methods: string, path: string) => `${methods} ${path}`;
const manifestByRoute = new Map(manifest.map((row) => [routeKey(row.methods, row.path), row]));

/** Spec entries that ChatWoot's router does not serve as an API, with why (API-NOTES §1). */
const SPEC_ENTRIES_NOT_SERVED: Record<string, string> = {
	'GET /survey/responses/{conversation_uuid}': 'the CSAT survey web page a customer opens in a browser, not an API',
	'GET /accounts/{account_id}/conversations/{conversation_id}/messages':
		'the spec lists this path without /api/v1; the real route is Message → Get Many',
};

const specOperations = readFileSync(join(__dirname, '..', 'contract', 'chatwoot', 'operations.tsv'), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [method, path, , operationId] = line.split('\t');
		return { method, path, operationId };
	});

function routeOf(operation: DeclaredOperation): RouteRow | undefined {
	return routes.find(
		(route) => route.methods.includes(operation.method) && pathShape(route.path) === pathShape(operation.path),
	);
}

describe('coverage manifest', () => {
	test("the README's count of routes covered and left out is the manifest's", () => {
		const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
		const covered = manifest.filter((row) => row.operations.length > 0).length;
		expect(readme).toContain(`${covered} of the ${manifest.length} routes a token can call`);
		expect(readme).toContain(`the ${manifest.length - covered} left\nout`);
	});

	test('every manifest row is a route of routes.tsv, listed once', () => {
		const known = new Set(routes.map((route) => routeKey(route.methods.join('|'), route.path)));
		const unknown = manifest.filter((row) => !known.has(routeKey(row.methods, row.path)));
		expect(unknown.map((row) => `${row.file}: ${row.methods} ${row.path}`)).toEqual([]);
		const keys = manifest.map((row) => routeKey(row.methods, row.path));
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
	});

	test('every route of routes.tsv is an operation or left out with a reason', () => {
		const missing = routes.filter((route) => !manifestByRoute.has(routeKey(route.methods.join('|'), route.path)));
		expect(missing.map((route) => `${route.methods.join('|')} ${route.path}`)).toEqual([]);
		const unexplained = manifest.filter((row) => row.operations.length === 0 && !row.reason);
		expect(unexplained.map((row) => `${row.file}: ${row.methods} ${row.path}`)).toEqual([]);
	});

	test('every operation the manifest names exists and sends that route', () => {
		const wrong = manifest.flatMap((row) =>
			row.operations.flatMap((key) => {
				const operation = operationByKey.get(key);
				if (!operation) return [`${row.file}: ${key} is not an operation of the node`];
				const fits = row.methods.split('|').includes(operation.method) && pathShape(row.path) === pathShape(operation.path);
				return fits ? [] : [`${row.file}: ${key} sends ${operation.method} ${operation.path}, not ${row.methods} ${row.path}`];
			}),
		);
		expect(wrong).toEqual([]);
	});

	test('every operation calls a route of routes.tsv and is in the manifest', () => {
		const named = new Set(manifest.flatMap((row) => row.operations));
		const problems = operations.flatMap((operation) => [
			...(routeOf(operation) ? [] : [`${operation.key}: ${operation.method} ${operation.path} is no route of ChatWoot`]),
			...(named.has(operation.key) ? [] : [`${operation.key} is missing from the manifest`]),
		]);
		expect(problems).toEqual([]);
	});

	test('each operation says what its route needs: administrator, bot token, Enterprise', () => {
		const mismatched = operations.flatMap((operation) => {
			const route = routeOf(operation);
			if (!route || route.apiGroup !== 'application') return [];
			const expected = {
				admin: route.token === 'user-admin',
				bot: route.token.split('|').includes('agent_bot'),
				enterprise: route.enterprise,
			};
			const declared = {
				admin: Boolean(operation.access.admin),
				bot: Boolean(operation.access.bot),
				enterprise: Boolean(operation.access.enterprise),
			};
			return JSON.stringify(expected) === JSON.stringify(declared)
				? []
				: [`${operation.key}: declares ${JSON.stringify(declared)}, routes.tsv says ${JSON.stringify(expected)}`];
		});
		expect(mismatched).toEqual([]);
	});

	test('each operation says since which ChatWoot release its route exists, as routes.tsv does', () => {
		const mismatched = operations.flatMap((operation) => {
			const route = routeOf(operation);
			if (!route) return [];
			const declared = operation.access.since ?? '';
			return declared === route.since
				? []
				: [`${operation.key}: declares since ${JSON.stringify(declared)}, routes.tsv says ${JSON.stringify(route.since)}`];
		});
		expect(mismatched).toEqual([]);
	});

	test('every operation of the OpenAPI spec is an operation of a node, except entries the router does not serve', () => {
		const uncovered = specOperations.filter(
			(spec) =>
				!SPEC_ENTRIES_NOT_SERVED[`${spec.method} ${spec.path}`] &&
				!operations.some(
					(operation) => operation.method === spec.method && pathShape(operation.path) === pathShape(spec.path),
				),
		);
		expect(uncovered.map((spec) => `${spec.method} ${spec.path} (${spec.operationId})`)).toEqual([]);
	});

	test('rows left out are at most 15% of the community application routes a token can call', () => {
		const community = routes.filter((route) => route.apiGroup === 'application' && !route.enterprise);
		const leftOut = community.filter((route) => !manifestByRoute.get(routeKey(route.methods.join('|'), route.path))?.operations.length);
		expect(leftOut.length / community.length).toBeLessThanOrEqual(0.15);
	});
});
