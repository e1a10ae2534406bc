import { writeFileSync } from 'fs';
import type { INodeType } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { pathShape } from '../coverage/operations';
import { BARE, declaredOutputs, inventoryTsv, readEnvelopeRows, recordPlaces } from './envelopes';

/**
 * Keeps envelopes.tsv (where ChatWoot puts each route's records, per version, read in its
 * jbuilder views) and the nodes' output declarations in step: an operation on a route whose
 * records moved between versions reads every place they have been.
 */
const nodeTypes: INodeType[] = [new ChatWoot(), new ChatWootPlatform(), new ChatWootClient()];
const outputs = nodeTypes.flatMap((nodeType) => declaredOutputs(nodeType));

if (process.env.ENVELOPE_INVENTORY) writeFileSync(process.env.ENVELOPE_INVENTORY, inventoryTsv(outputs));

describe('envelopes.tsv and the output declarations', () => {
	const rows = readEnvelopeRows();

	const byKey = new Map(outputs.map((output) => [output.key, output]));

	test('every row names an operation of the nodes with its method and path', () => {
		const wrong = rows.filter((row) => {
			const output = byKey.get(row.operation);
			return !output || output.method !== row.method || pathShape(output.path) !== pathShape(row.path);
		});
		expect(wrong.map((row) => `line ${row.line}: ${row.operation} ${row.method} ${row.path}`)).toEqual([]);
	});

	test('an operation reads every place its route has put the records in any version', () => {
		const missing = rows.flatMap((row) => {
			const places = byKey.get(row.operation)?.places;
			// Operations with readers of their own (labels, CSV, downloads) are tested on their own.
			if (!places) return [];
			return recordPlaces(row)
				.filter((place) => !places.includes(place))
				.map((place) => `line ${row.line}: ${row.operation} reads ${places.map((declared) => declared || BARE).join('|')}, not ${place || BARE}`);
		});
		expect(missing).toEqual([]);
	});

	test('each operation has exactly one row', () => {
		const keys = rows.map((row) => row.operation);
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
		const withRow = new Set(keys);
		expect(outputs.filter((output) => !withRow.has(output.key)).map((output) => output.key)).toEqual([]);
	});
});
