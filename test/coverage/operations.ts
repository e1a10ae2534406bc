import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { accessOf } from '../../nodes/ChatWoot/transport/access';
import type { Access } from '../../nodes/ChatWoot/transport/access';

/** One operation as a node's description declares it: where it is picked and what it sends. */
export interface DeclaredOperation {
	/** `<node name>.<resource>.<operation>`, e.g. `chatWoot.contact.update`. */
	key: string;
	method: string;
	/** The path template, e.g. `/api/v1/accounts/{accountId}/contacts/{contactId}`. */
	path: string;
	access: Access;
}

/** Every operation of a declarative node, read from its description as n8n reads it. */
export function declaredOperations(nodeType: INodeType): DeclaredOperation[] {
	const { name, properties } = nodeType.description;
	return properties
		.filter((property: INodeProperties) => property.name === 'operation')
		.flatMap((property) => {
			const resources = (property.displayOptions?.show?.resource ?? []) as string[];
			return resources.flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map((option) => {
					const request = option.routing?.request ?? {};
					const method = String(request.method ?? 'GET');
					const path = String(request.url ?? '');
					return { key: `${name}.${resource}.${option.value}`, method, path, access: accessOf(method, path) };
				}),
			);
		});
}

/** `/contacts/{contactId}` and `/contacts/{id}` name the same route: compare literal segments only. */
export function pathShape(template: string): string {
	return template
		.replace(/\/$/, '')
		.split('/')
		.map((segment) => (/^\{.+\}$/.test(segment) ? '{}' : segment))
		.join('/');
}
