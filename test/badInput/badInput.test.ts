import nock from 'nock';
import { NodeOperationError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeParameters, INodePropertyOptions, INodeType, NodeParameterValueType } from 'n8n-workflow';

import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';
import { ChatWootClient } from '../../nodes/ChatWootClient/ChatWootClient.node';
import { ChatWootPlatform } from '../../nodes/ChatWootPlatform/ChatWootPlatform.node';
import { pageRetry } from '../../nodes/ChatWoot/transport/paging';
import { BASE_URL, executeNode } from '../harness/executeNode';
import { tripwire } from '../support/nockChatWoot';
import type { CapturedRequest } from '../support/nockChatWoot';
import { badValues, describeRequest, FILES, latestVersion, refusalProblem, targetsOf, validParameters, withValueAt } from './fields';
import type { BadValue, Target } from './fields';

/**
 * Every operation of every node, generated from the nodes' own descriptions: each field that
 * can be wrong (a required one left empty, an ID of 0, -1 or `abc`, a number below its minimum,
 * JSON that is not JSON or not the object or array asked for, a binary property the item lacks, a
 * date that is not a date; fields.ts works them out) is given each bad value on an item of its
 * own, by expression. That item must fail with a NodeOperationError naming the field and the
 * item, having sent nothing: the requests of the run are exactly those item 0 (all valid) sends
 * alone. A new operation is covered as it is added.
 */

/** The binary data every item carries: one file per kind a binary field may ask for. */
const ITEM_BINARY = Object.fromEntries(
	Object.entries(FILES).map(([name, { bytes, ...metadata }]) => [name, { ...metadata, data: bytes.toString('base64') }]),
);

/** A field's value per item, by expression: `values[$itemIndex]`. */
const perItem = (values: NodeParameterValueType[]) => `={{ ${JSON.stringify(values)}[$itemIndex] }}`;

interface Operation {
	key: string;
	nodeType: INodeType;
	parameters: INodeParameters;
	targets: Target[];
	credentials?: ICredentialDataDecryptedObject;
	typeVersion: number;
}

function actionOperations(nodeType: INodeType, credentials?: ICredentialDataDecryptedObject): Operation[] {
	const typeVersion = latestVersion(nodeType);
	return nodeType.description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			((property.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
				((property.options ?? []) as INodePropertyOptions[]).map((option) => {
					const { parameters, fields } = validParameters(nodeType, { resource, operation: option.value as string }, typeVersion);
					return {
						key: `${nodeType.description.name}.${resource}.${option.value}`,
						nodeType,
						parameters,
						targets: targetsOf(fields, parameters),
						credentials,
						typeVersion,
					};
				}),
			),
		);
}

const CLIENT_CREDENTIALS = { baseUrl: BASE_URL, inboxIdentifier: 'inbox-abc', hmacToken: '' };
const ACTION_NODES: Array<{ nodeType: INodeType; credentials?: ICredentialDataDecryptedObject }> = [
	{ nodeType: new ChatWoot() },
	{ nodeType: new ChatWootPlatform() },
	{ nodeType: new ChatWootClient(), credentials: CLIENT_CREDENTIALS },
];
const OPERATIONS = ACTION_NODES.flatMap(({ nodeType, credentials }) => actionOperations(nodeType, credentials));

/** One bad value of one field, given to one item. */
interface BadCase {
	target: Target;
	bad: BadValue;
	itemIndex: number;
}

/**
 * The parameters that give each case's bad value to its own item (1, 2, …) and every field's
 * valid value to all other items, item 0 included: one run checks every case of an operation.
 */
function casesOf(operation: Operation): { cases: BadCase[]; parameters: INodeParameters } {
	const cases = operation.targets.flatMap((target) => badValues(target).map((bad) => ({ target, bad })));
	const indexed = cases.map((entry, index) => ({ ...entry, itemIndex: index + 1 }));
	let parameters = operation.parameters;
	for (const target of operation.targets) {
		const values = [target.valid, ...indexed.map((entry) => (entry.target === target ? entry.bad.value : target.valid))];
		parameters = withValueAt(parameters, target.path, perItem(values));
	}
	return { cases: indexed, parameters };
}

/** Runs the operation on `count` items, continuing on fail; returns each item's outcome and every request sent. */
async function run(operation: Operation, parameters: INodeParameters, count: number) {
	const sent: CapturedRequest[] = [];
	nock.cleanAll();
	tripwire(sent);
	const { items } = await executeNode({
		parameters,
		items: Array.from({ length: count }, (_, index) => ({ json: { index }, binary: structuredClone(ITEM_BINARY) })),
		nodeType: operation.nodeType,
		credentials: operation.credentials,
		typeVersion: operation.typeVersion,
		continueOnFail: true,
	});
	return { sent: sent.map(describeRequest).sort(), items };
}

describe('bad input on every operation is refused before anything is sent, naming the field and the item', () => {
	beforeAll(() => {
		nock.disableNetConnect();
		// The tripwire answers 599, which a page retries: at once here.
		jest.spyOn(pageRetry, 'delay').mockReturnValue(0);
	});
	afterAll(() => {
		nock.cleanAll();
		// nock patches Node's http for the whole jest worker: the next test file must get it back unpatched.
		nock.restore();
	});

	test('every operation of the action nodes is covered', () => {
		for (const { nodeType } of ACTION_NODES) {
			const declared = nodeType.description.properties
				.filter((property) => property.name === 'operation')
				.reduce((count, property) => count + (property.options ?? []).length * ((property.displayOptions?.show?.resource ?? []) as string[]).length, 0);
			expect(declared).toBeGreaterThan(0);
			expect(OPERATIONS.filter((operation) => operation.nodeType === nodeType)).toHaveLength(declared);
		}
	});

	test.each(OPERATIONS.map((operation) => [operation.key, operation] as const))('%s', async (_key, operation) => {
		const { cases, parameters } = casesOf(operation);
		// Item 0 alone: the requests a valid item sends, and proof that the generated valid values pass the checks.
		const alone = await run(operation, parameters, 1);
		const aloneError = alone.items[0]?.error;
		expect({ item0: aloneError instanceof NodeOperationError ? aloneError.message : 'passes' }).toEqual({ item0: 'passes' });
		const all = await run(operation, parameters, cases.length + 1);
		const problems = cases.flatMap((entry) => {
			const problem = refusalProblem(entry, all.items[entry.itemIndex]?.error);
			return problem ? [`${entry.target.path.join('.')} ${entry.bad.label}: ${problem}`] : [];
		});
		// Sent for a bad item, whether or not it was refused afterwards.
		const extra = [...all.sent];
		// A request item 0 alone sent but the whole run did not is not an extra; splice(-1) would drop another.
		for (const request of alone.sent) if (extra.includes(request)) extra.splice(extra.indexOf(request), 1);
		expect({ problems, sentForBadItems: extra }).toEqual({ problems: [], sentForBadItems: [] });
	});
});
