import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { reportedServerVersion } from '../transport/request';
import { isAtLeast, sinceLabel, sinceNote } from '../transport/version';
import type { ChatWootVersion } from '../transport/version';
import { byName } from './alphabetical';

/**
 * Sorting on Get Many, in its own Sort collection (n8n's UX guidelines). Node version 1 had
 * sort fields inside Options or Filters; workflows saved with it keep them (n8n drops any
 * saved value its node version does not describe), and from version 1.1 on the node shows
 * the Sort collection instead.
 */
export const FIRST_VERSION_ONLY: IDisplayOptions = { show: { '@version': [1] } };
const SORT_COLLECTION_VERSIONS: IDisplayOptions = { hide: { '@version': [1] } };

/** A version 1 field that held sorting, kept for the workflows saved with it. */
export const firstVersionOnly = (property: INodeProperties): INodeProperties => ({ ...property, displayOptions: FIRST_VERSION_ONLY });

export type SortDirection = 'asc' | 'desc';
const DIRECTIONS: SortDirection[] = ['asc', 'desc'];

/** One order ChatWoot offers for a list: an entry of Sort By. */
export interface SortKey {
	name: string;
	/** What Sort By saves, and what ChatWoot takes. */
	value: string;
	description?: string;
	/** An order of its own ("unread first"): ChatWoot takes no direction with it. */
	fixed?: boolean;
	/** The first release that knows it: older ones silently keep their default order, so it is refused there. */
	since?: ChatWootVersion;
	/** Its name on releases before `until`, where ChatWoot called it differently. */
	renamed?: { until: ChatWootVersion; from: string };
}

export interface SortSpec {
	/** The collection is `<resource>Sort`. */
	resource: string;
	/** Sort By's entries; with a single one Sort By is left out and Direction orders by it. */
	keys: SortKey[];
	/** The key sent when only Direction is set. */
	defaultKey: string;
	/** The direction sent when only Sort By is set. */
	defaultDirection: SortDirection;
	/** How the endpoint takes the order, e.g. `{ sort: '-name' }`. */
	toQuery: (key: string, direction: SortDirection | undefined) => IDataObject;
	/** What ChatWoot does when nothing is sent, shown under the collection (a sentence without its final period). */
	unsorted: string;
}

/** procore-sift, as contacts, companies, CSAT responses and applied SLAs take it: `sort=name`, `sort=-name`. */
export const siftSort = (key: string, direction: SortDirection | undefined) => ({ sort: `${direction === 'desc' ? '-' : ''}${key}` });

function keyOption({ name, value, description, fixed, since }: SortKey) {
	const notes = [description ? `${description}.` : '', fixed ? 'Has an order of its own: Direction does not apply.' : '', since ? sinceNote(since) : ''];
	const text = notes.filter(Boolean).join(' ');
	return { name, value, ...(text ? { description: text } : {}) };
}

function sortCollection(spec: SortSpec): INodeProperties {
	const [onlyKey] = spec.keys;
	const single = spec.keys.length === 1;
	const anyDirection = spec.keys.some((key) => !key.fixed);
	const direction: INodeProperties = {
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'desc',
		description: single ? `Orders by ${onlyKey.name.toLowerCase()}` : 'Used with Sort By',
	};
	const sortBy: INodeProperties = {
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: spec.keys.map(keyOption).sort(byName),
		default: '',
	};
	return {
		displayName: 'Sort',
		name: `${spec.resource}Sort`,
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		description: `Only what you add is sent. ${spec.unsorted}.`,
		displayOptions: SORT_COLLECTION_VERSIONS,
		// n8n's lint reads only literal defaults, hence the defaults set here.
		options: [...(anyDirection ? [{ ...direction, default: spec.defaultDirection }] : []), ...(single ? [] : [{ ...sortBy, default: spec.defaultKey }])],
	};
}

/** The chosen key and direction, checked against what the endpoint offers before anything is sent. */
function chosenOrder(context: IExecuteSingleFunctions, spec: SortSpec, chosen: IDataObject): { key: SortKey; direction?: SortDirection } {
	const refuse = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
	const keyValue = String(chosen.sortBy ?? spec.defaultKey);
	const key = spec.keys.find((candidate) => candidate.value === keyValue);
	if (!key) {
		throw refuse(`Sort By "${keyValue}" is not an order ChatWoot offers here`, `Use one of: ${spec.keys.map((candidate) => candidate.value).join(', ')}.`);
	}
	if (chosen.direction === undefined) return { key, direction: key.fixed ? undefined : spec.defaultDirection };
	if (!DIRECTIONS.includes(chosen.direction as SortDirection)) {
		throw refuse(`Direction must be "asc" or "desc", not "${String(chosen.direction)}"`, 'Pick Ascending or Descending.');
	}
	if (key.fixed) {
		throw refuse(`Direction does not apply to Sort By "${key.name}"`, 'That order has a direction of its own: remove Direction from Sort.');
	}
	return { key, direction: chosen.direction as SortDirection };
}

/** The key as the server's release calls it; a key the release does not know is refused. */
async function keyForServer(context: IExecuteSingleFunctions, key: SortKey): Promise<string> {
	if (!key.since && !key.renamed) return key.value;
	// A server that does not say its version counts as the newest, as everywhere in the node.
	const version = await reportedServerVersion(context);
	if (version === undefined) return key.value;
	if (key.since && !isAtLeast(version, key.since)) {
		throw new NodeOperationError(context.getNode(), `Sort By "${key.name}" needs ChatWoot ${sinceLabel(key.since)}, but the server runs ChatWoot ${version}`, {
			itemIndex: context.getItemIndex(),
			description: `ChatWoot ${version} would ignore it and use its default order. Nothing was sent. Upgrade ChatWoot, or pick another Sort By.`,
		});
	}
	return key.renamed && !isAtLeast(version, key.renamed.until) ? key.renamed.from : key.value;
}

/** A Get Many's Sort collection and the step that turns it into the query, only when something was added. */
export function defineSort(spec: SortSpec): { field: INodeProperties; preSend: PreSendAction } {
	const field = sortCollection(spec);
	async function sortQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const chosen = this.getNodeParameter(field.name, {}) as IDataObject;
		if (chosen.sortBy === undefined && chosen.direction === undefined) return requestOptions;
		const { key, direction } = chosenOrder(this, spec, chosen);
		const query = spec.toQuery(await keyForServer(this, key), direction);
		return { ...requestOptions, qs: { ...requestOptions.qs, ...query } };
	}
	return { field, preSend: sortQuery };
}

/** The Sort of lists whose controller declares only `sort_on :created_at` (CSAT responses, applied SLAs). */
export const createdAtSort = (resource: string) =>
	defineSort({
		resource,
		keys: [{ name: 'Created At', value: 'created_at' }],
		defaultKey: 'created_at',
		defaultDirection: 'desc',
		toQuery: siftSort,
		unsorted: 'Without it ChatWoot applies no order, so set one for stable paging',
	});
