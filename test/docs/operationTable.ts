import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { accessOf } from '../../nodes/ChatWoot/transport/access';
import { sinceLabel } from '../../nodes/ChatWoot/transport/version';

/**
 * The README's operation tables, made from the nodes' descriptions: one row per operation with
 * the request it sends and what it needs. `npm run docs:operations` rewrites the README's
 * section (test/docs/readme.test.ts with UPDATE_README=1); otherwise that test fails when the
 * README and the nodes disagree.
 */

const NODES: INodeType[] = [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient()];

function needs(method: string, path: string): string {
	const access = accessOf(method, path);
	return [
		access.admin ? 'admin' : '',
		access.bot ? `bot token too${typeof access.bot === 'string' ? ` (ChatWoot ${sinceLabel(access.bot)})` : ''}` : '',
		access.enterprise ? 'Enterprise' : '',
		access.since ? `ChatWoot ${sinceLabel(access.since)}` : '',
	]
		.filter(Boolean)
		.join(', ');
}

/** `/public/api/v1/inboxes/{credentials.inboxIdentifier}/…`: the credential fills it in. */
const readablePath = (url: string) => url.replace('{credentials.inboxIdentifier}', '{inboxIdentifier}');

export function operationTables(): string {
	return NODES.map(({ description }) => {
		const resources = (description.properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
		const rows = resources.flatMap((resource) => {
			const selector = description.properties.find(
				(property: INodeProperties) =>
					property.name === 'operation' && (property.displayOptions?.show?.resource ?? []).includes(resource.value),
			);
			return ((selector?.options ?? []) as INodePropertyOptions[]).map((operation) => {
				const method = String(operation.routing?.request?.method ?? 'GET');
				const url = String(operation.routing?.request?.url ?? '');
				return `| ${resource.name} | ${operation.name} | \`${method} ${readablePath(url)}\` | ${needs(method, url)} |`;
			});
		});
		return [
			`### ${description.displayName} (${rows.length} operations)`,
			'',
			'| Resource | Operation | Request | Needs |',
			'|---|---|---|---|',
			...rows,
		].join('\n');
	}).join('\n\n');
}

export const TABLES_START = '<!-- operation tables: npm run docs:operations -->';
export const TABLES_END = '<!-- end of operation tables -->';
