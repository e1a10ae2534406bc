import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodePropertyOptions, INodeType } from 'n8n-workflow';

import type { RecordsReader } from '../../nodes/ChatWoot/transport/output';
import { declaredOperations } from '../coverage/operations';
import type { DeclaredOperation } from '../coverage/operations';

/** How an operation turns ChatWoot's answer into items, as its description declares it. */
export interface DeclaredOutput extends DeclaredOperation {
	/**
	 * The places its records are read from (`payload`, '' for the body…), in order; undefined
	 * when the operation reads the answer with steps of its own (`reader` names them).
	 */
	places?: readonly string[];
	/** The postReceive or paging function that reads the answer, when it is not a declared place. */
	reader?: string;
	/** True for the paged listings (transport/paging.ts reads their pages). */
	paged: boolean;
}

type Step = { name?: string; records?: RecordsReader };

/** Every operation of a node with how it reads its answers: unwrap() and pager() carry their reader. */
export function declaredOutputs(nodeType: INodeType): DeclaredOutput[] {
	const options = new Map<string, INodePropertyOptions>();
	for (const property of nodeType.description.properties.filter((candidate) => candidate.name === 'operation')) {
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			for (const option of property.options as INodePropertyOptions[]) {
				options.set(`${nodeType.description.name}.${resource}.${option.value}`, option);
			}
		}
	}
	return declaredOperations(nodeType).map((operation) => {
		const routing = options.get(operation.key)?.routing;
		const paging = routing?.operations?.pagination as Step | undefined;
		const steps = (routing?.output?.postReceive ?? []) as Step[];
		const step = paging ?? (steps.length === 1 ? steps[0] : undefined);
		if (step?.records) return { ...operation, places: step.records.paths, paged: Boolean(paging) };
		return { ...operation, reader: paging?.name ?? steps.map((candidate) => candidate.name ?? 'step').join('+'), paged: Boolean(paging) };
	});
}

/** One verified row of envelopes.tsv: where a route's records are, per ChatWoot version range. */
export interface EnvelopeRow {
	method: string;
	path: string;
	/** `4.11.0-4.15.1: empty; 4.16.0-develop: bare` → the shapes per range, in version order. */
	shapes: { range: string; shape: string }[];
	source: string;
	/** The operation's key, e.g. `chatWoot.article.reorder`. */
	operation: string;
	line: number;
}

/** The shape column's word for the body itself. */
export const BARE = 'bare';

/** Shapes that are not a place to read records from: a bodiless answer (always `{success: true}`), CSV text. */
const NOT_A_PLACE = new Set(['empty', 'csv']);

/** The places (`''` for the body itself) a row's route has put its records at, over every version. */
export function recordPlaces(row: EnvelopeRow): string[] {
	const shapes = row.shapes.flatMap(({ shape }) => shape.split('+')).filter((shape) => !NOT_A_PLACE.has(shape));
	return [...new Set(shapes.map((shape) => (shape === BARE ? '' : shape)))];
}

/** The rows of test/contract/chatwoot/envelopes.tsv (method, path, shape per version range, source, operation). */
export function readEnvelopeRows(file = join(__dirname, 'chatwoot', 'envelopes.tsv')): EnvelopeRow[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((text, index) => ({ cells: text.split('\t'), line: index + 1 }))
		.filter(({ cells }) => cells.length >= 5 && !cells[0].startsWith('#') && cells[0] !== 'method')
		.map(({ cells: [method, path, shapes, source, operation], line }) => ({
			method,
			path,
			source,
			operation,
			line,
			shapes: shapes.split('; ').map((part) => {
				const [range, shape] = part.split(': ');
				return { range, shape };
			}),
		}));
}

/**
 * The inventory as TSV (key, method, path, output, paged): the declared places joined by `|`
 * (`bare` for the body itself) or `reader:<function>`. `ENVELOPE_INVENTORY=<file> npx jest
 * test/contract/envelopes` writes it.
 */
export function inventoryTsv(outputs: DeclaredOutput[]): string {
	const lines = outputs.map(({ key, method, path, places, reader, paged }) =>
		[key, method, path, places ? places.map((place) => place || BARE).join('|') : `reader:${reader}`, paged ? 'paged' : ''].join('\t'),
	);
	return ['key\tmethod\tpath\toutput\tpaged', ...lines, ''].join('\n');
}
