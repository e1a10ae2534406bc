import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'fs';
import { join } from 'path';

import { ACCESS_TOKEN_HEADERS, SPEC_CORRECTIONS } from './knownSpecErrors';

/**
 * Checks a request the node sent against ChatWoot's contract: the router's real routes
 * (routes.tsv, from API-NOTES) and, for documented routes, the OpenAPI spec's parameters and
 * request schema, corrected only by knownSpecErrors.ts. Both files are copies of
 * shared/chatwoot/, kept in the repository so a clone anywhere can run the tests.
 */
export interface SentRequest {
	method: string;
	/** Path without the query string. */
	path: string;
	query?: Record<string, unknown>;
	headers: Record<string, string | string[] | undefined>;
	/** The parsed JSON body, or the multipart fields (bracket names folded back into objects). */
	body?: unknown;
	/** Multipart file parts by field name. */
	files?: Record<string, unknown>;
}

type JsonSchema = Record<string, unknown>;
interface Operation {
	parameters?: Array<{ $ref?: string; in?: string; name?: string }>;
	requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
	security?: unknown[];
}

const fixtures = join(__dirname, 'chatwoot');
const spec = JSON.parse(readFileSync(join(fixtures, 'openapi.json'), 'utf8')) as {
	paths: Record<string, Record<string, Operation> & { parameters?: Operation['parameters'] }>;
	components: { parameters: Record<string, { in: string; name: string }> };
};

interface Route {
	methods: string[];
	path: string;
	pattern: RegExp;
	token: string;
	bodyKind: string;
}

function templateToRegExp(template: string): RegExp {
	const source = template
		.split('/')
		.map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
		.join('/');
	return new RegExp(`^${source}/?$`);
}

/** One row of routes.tsv by its header's column names, so a column added anywhere changes no reader. */
export type RouteRow = Record<string, string>;

/** routes.tsv's rows; `since` is empty for routes ChatWoot 4.11.0 already had. */
export function readRouteRows(): RouteRow[] {
	const [header, ...lines] = readFileSync(join(fixtures, 'routes.tsv'), 'utf8').trim().split('\n');
	const names = header.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
	});
}

const routes: Route[] = readRouteRows().map((row) => ({
	methods: row.method.split('|'),
	path: row.path,
	pattern: templateToRegExp(row.path),
	token: row.token,
	bodyKind: row.body_kind,
}));

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(spec, 'openapi');

/** The most specific template wins: `/contacts/search` over `/contacts/{id}`. */
function bySpecificity(a: { path: string }, b: { path: string }): number {
	const literal = (p: string) => p.split('/').filter((s) => !s.startsWith('{')).length;
	return literal(b.path) - literal(a.path);
}

function findRoute(method: string, path: string): Route | undefined {
	return routes
		.filter((route) => route.methods.includes(method) && route.pattern.test(path))
		.sort(bySpecificity)[0];
}

function findSpecOperation(method: string, path: string) {
	const match = Object.keys(spec.paths)
		.filter((template) => templateToRegExp(template).test(path) && spec.paths[template][method.toLowerCase()])
		.map((template) => ({ path: template }))
		.sort(bySpecificity)[0];
	if (!match) return undefined;
	const item = spec.paths[match.path];
	return { template: match.path, operation: item[method.toLowerCase()] as Operation, shared: item.parameters ?? [] };
}

function resolveParameter(parameter: { $ref?: string; in?: string; name?: string }) {
	if (!parameter.$ref) return parameter;
	return spec.components.parameters[parameter.$ref.split('/').pop()!];
}

function header(request: SentRequest, name: string): string | undefined {
	const entry = Object.entries(request.headers).find(([key]) => key.toLowerCase() === name);
	const value = entry?.[1];
	return Array.isArray(value) ? value[0] : value;
}

/** Top-level property names a schema declares, following $ref and allOf. */
function declaredProperties(schema: JsonSchema | undefined): string[] {
	if (!schema) return [];
	if (typeof schema.$ref === 'string') {
		const name = schema.$ref.split('/').pop()!;
		return declaredProperties((spec.components as unknown as { schemas: Record<string, JsonSchema> }).schemas[name]);
	}
	const own = Object.keys((schema.properties as object) ?? {});
	const inherited = ((schema.allOf as JsonSchema[]) ?? []).flatMap(declaredProperties);
	return [...own, ...inherited];
}

function withSpecRefs(schema: JsonSchema): JsonSchema {
	return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
}

/** Returns what is wrong with the request; an empty list means it fits the contract. */
export function contractProblems(request: SentRequest): string[] {
	const problems: string[] = [];
	const method = request.method.toUpperCase();
	const route = findRoute(method, request.path);
	if (!route) return [`${method} ${request.path} is not a route of ChatWoot's router (routes.tsv)`];

	if (route.token !== 'none' && !ACCESS_TOKEN_HEADERS.some((name) => header(request, name))) {
		problems.push(`${method} ${request.path} needs the Api-Access-Token header`);
	}
	const contentType = (header(request, 'content-type') ?? '').split(';')[0].trim();
	if (contentType === 'multipart/form-data' && route.bodyKind !== 'multipart') {
		problems.push(`${route.path} does not read multipart bodies (routes.tsv body kind: ${route.bodyKind})`);
	}

	const documented = findSpecOperation(method, request.path);
	// An undocumented route (`conversations/search`) must not be checked against a documented one its path also fits (`conversations/{id}`).
	const shape = (template: string) => template.replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');
	if (!documented || shape(documented.template) !== shape(route.path)) return problems;
	const { operation, template, shared } = documented;
	const correction = SPEC_CORRECTIONS.find((c) => c.method === method && c.path === template);

	const parameters = [...shared, ...(operation.parameters ?? [])].map(resolveParameter);
	const queryNames = [
		...parameters.filter((p) => p.in === 'query').map((p) => p.name),
		...(correction?.extraQueryParams ?? []),
	];
	for (const name of Object.keys(request.query ?? {})) {
		if (!queryNames.includes(name.replace(/\[\]$/, ''))) problems.push(`query parameter "${name}" is not in the spec of ${method} ${template}`);
	}

	if (request.body === undefined) return problems;
	const content = operation.requestBody?.content ?? {};
	const accepted = [...Object.keys(content), ...(correction?.extraContentTypes ?? [])];
	if (!accepted.includes(contentType)) {
		problems.push(`${method} ${template} takes ${accepted.join(' or ') || 'no body'}, not ${contentType || 'an unlabelled body'}`);
		return problems;
	}
	const schema = (correction?.bodySchema as JsonSchema | undefined) ?? (content[contentType] ?? content['application/json'])?.schema;
	const known = [...declaredProperties(schema), ...(correction?.extraBodyFields ?? [])];
	const sentFields = [...Object.keys(request.body as object), ...Object.keys(request.files ?? {})];
	for (const field of sentFields) {
		if (!known.includes(field)) problems.push(`body field "${field}" is not in the spec's schema for ${method} ${template}`);
	}
	if (schema && contentType === 'application/json') {
		const validate = ajv.compile(withSpecRefs(schema));
		if (!validate(request.body)) {
			problems.push(...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message}`));
		}
	}
	return problems;
}
