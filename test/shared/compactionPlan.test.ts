import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { ChatWoot, OPERATION_FIELDS } from '../../nodes/ChatWoot/ChatWoot.node';
import { compactProperties } from '../../nodes/ChatWoot/shared/compactProperties';
import { applyCompaction, planCompaction } from '../../nodes/ChatWoot/shared/compactionPlan';
import type { CompactionPlan } from '../../nodes/ChatWoot/shared/compactionPlan';

/** A description as n8n's metadata has it, and the functions it holds, in the order met. */
function serialized(description: unknown): { json: string; functions: unknown[] } {
	const functions: unknown[] = [];
	const json = JSON.stringify(description, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!functions.includes(value)) functions.push(value);
		return `function#${functions.indexOf(value)}`;
	});
	return { json, functions };
}

/** The plan as the build carries it into the bundle: JSON. */
const built = (plan: CompactionPlan) => JSON.parse(JSON.stringify(plan)) as CompactionPlan;

test("the plan of the node's fields, replayed, is compactProperties' result: the same fields, in order, with the same functions", () => {
	const compacted = compactProperties(OPERATION_FIELDS);
	const replayed = applyCompaction(OPERATION_FIELDS, built(planCompaction(OPERATION_FIELDS, compacted)));
	expect(compacted.length).toBeLessThan(OPERATION_FIELDS.length);
	const [expected, actual] = [serialized(compacted), serialized(replayed)];
	expect(actual.json).toBe(expected.json);
	expect(actual.functions).toHaveLength(expected.functions.length);
	actual.functions.forEach((fn, index) => expect(fn).toBe(expected.functions[index]));
});

test('a field kept as it is is planned as its position; a merged one as the field it copies with what it replaced', () => {
	const fields: INodeProperties[] = [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', displayOptions: { show: { resource: ['contact'], operation: ['create'] } } },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', displayOptions: { show: { resource: ['contact'], operation: ['update'] } } },
		{ displayName: 'Limit', name: 'limit', type: 'number', default: 50 },
	];
	const merged = { ...fields[1], displayOptions: { show: { resource: ['contact'], operation: ['create', 'update'] } } };
	expect(planCompaction(fields, [merged, fields[2]])).toEqual([
		{ from: 0, replaced: { displayOptions: { show: { resource: ['contact'], operation: ['create', 'update'] } } } },
		2,
	]);
});

test('a result the plan cannot reproduce fails the build instead of shipping a different node', () => {
	const fields: INodeProperties[] = [{ displayName: 'Name', name: 'name', type: 'string', default: '' }];
	expect(() => planCompaction(fields, [{ ...fields[0], type: 'number' }])).toThrow('compacted field "name" is not a copy of any field');
	// A function among the replaced keys would not survive the plan's JSON.
	expect(() => planCompaction(fields, [{ ...fields[0], routing: { send: { preSend: [async (options) => options] } } }])).toThrow(
		'the compaction plan does not reproduce field 0 ("name")',
	);
});

test('with a plan built in, the node replays it instead of merging, and describes itself the same', () => {
	const plan = built(planCompaction(OPERATION_FIELDS, compactProperties(OPERATION_FIELDS)));
	const merging = jest.fn();
	let fromBuild: INodeTypeDescription | undefined;
	jest.isolateModules(() => {
		jest.doMock('../../nodes/ChatWoot/shared/builtCompactionPlan', () => ({ BUILT_COMPACTION_PLAN: plan }));
		jest.doMock('../../nodes/ChatWoot/shared/compactProperties', () => ({ compactProperties: merging }));
		const node = jest.requireActual<typeof import('../../nodes/ChatWoot/ChatWoot.node')>('../../nodes/ChatWoot/ChatWoot.node');
		fromBuild = new node.ChatWoot().description;
	});
	jest.dontMock('../../nodes/ChatWoot/shared/builtCompactionPlan');
	jest.dontMock('../../nodes/ChatWoot/shared/compactProperties');
	expect(merging).not.toHaveBeenCalled();
	expect(serialized(fromBuild).json).toBe(serialized(new ChatWoot().description).json);
});
