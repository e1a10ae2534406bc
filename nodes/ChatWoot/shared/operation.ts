import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { registerAccess } from '../transport/access';
import type { Access } from '../transport/access';
import { unwrap } from '../transport/output';
import { pager } from '../transport/paging';
import type { PageStrategy } from '../transport/paging';
import { returnAllFields } from './descriptions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends an operation's request in place of n8n's routing, after the preSends ran (see `OperationSpec.send`). */
export type RequestStep = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * One operation of the node, as its file declares it: what the user picks, the request it
 * sends (a path template whose `{names}` are the ID fields, filled in transport/path.ts), its
 * fields, and how the response becomes items.
 */
export interface OperationSpec {
	resource: string;
	/** The operation's parameter value, e.g. `get`. */
	value: string;
	/** The name in the Operation list, e.g. `Get`. */
	name: string;
	/** What an AI agent or the node panel reads, e.g. `Get a contact`. */
	action: string;
	description: string;
	method: HttpMethod;
	/** e.g. `/api/v1/accounts/{accountId}/contacts/{contactId}`. */
	path: string;
	access?: Access;
	/** The operation's fields; they are shown for this resource and operation only. */
	fields?: INodeProperties[];
	/** Steps that shape the request before it is sent (body from fields, checks, multipart). */
	preSend?: PreSendAction[];
	/**
	 * Where the records are in the response body (`payload`, `payload.webhooks`, '' for the
	 * body itself), or postReceive steps of its own. Default: `payload`.
	 */
	output?: string | PostReceiveAction[];
	/** For listing endpoints: how they page. Adds Return All and Limit. */
	paging?: PageStrategy;
	/**
	 * For operations that are more than one exchange (read, then write): the step that sends
	 * them. It should send through `sendRoutedRequest` (transport/request.ts), so paths are
	 * checked, errors translated and the output steps run as for any other operation. n8n
	 * calls it where it would page, so it cannot be combined with `paging`.
	 */
	send?: RequestStep;
}

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

/** What the description adds for routes that need more than a member's token. */
function accessNote({ admin, enterprise }: Access): string {
	return [enterprise ? ' Needs ChatWoot Enterprise.' : '', admin ? ' Needs an administrator.' : ''].join('');
}

export function defineOperation(spec: OperationSpec): Operation {
	const access = spec.access ?? {};
	registerAccess(spec.method, spec.path, access);
	const show = { resource: [spec.resource], operation: [spec.value] };
	const fields = [...(spec.fields ?? []), ...(spec.paging ? returnAllFields : [])];
	const properties = fields.map((field) => ({
		...field,
		displayOptions: { ...field.displayOptions, show: { ...show, ...field.displayOptions?.show } },
	}));
	const output = spec.output ?? 'payload';
	const option: INodePropertyOptions = {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description + accessNote(access),
		routing: {
			request: { method: spec.method, url: spec.path },
			...(spec.preSend?.length ? { send: { preSend: spec.preSend } } : {}),
			...(spec.paging
				? { operations: { pagination: pager(spec.paging) } }
				: { output: { postReceive: typeof output === 'string' ? [unwrap(output)] : output } }),
			...(spec.send ? { operations: { pagination: spec.send } } : {}),
		},
	};
	return { option, properties };
}

/** A resource: its entry in the Resource list, its Operation list and every operation's fields. */
export function defineResource(
	resource: Pick<INodePropertyOptions, 'name' | 'description'> & { value: string; defaultOperation?: string },
	operations: Operation[],
): { option: INodePropertyOptions; properties: INodeProperties[] } {
	const options = operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name));
	// Saved workflows omit parameters equal to their default, so a resource's default operation never changes.
	const defaultOperation = resource.defaultOperation ?? options[0]?.value ?? '';
	return {
		option: { name: resource.name, value: resource.value, description: resource.description },
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: [resource.value] } },
				options,
				default: defaultOperation,
			},
			...operations.flatMap((operation) => operation.properties),
		],
	};
}
