import type { INodeProperties } from 'n8n-workflow';

import { BUILT_COMPACTION_PLAN } from './builtCompactionPlan';
import { compactProperties } from './compactProperties';

/**
 * compactProperties costs ≈100 ms on the ChatWoot node's ≈1,200 fields, paid by every n8n process
 * the first time it runs the node. Its result depends on the sources only, so the build computes it
 * once per node and keeps this plan of it, which the node replays in well under a millisecond.
 * Fields hold functions (preSends), so the plan refers to them by their position among the node's
 * fields (each node exports them as OPERATION_FIELDS, where the build finds them).
 */
export type CompactionPlan = Array<number | { from: number; replaced: Record<string, unknown> }>;

/** Functions by identity, anything else by value (undefined as absent, as n8n's JSON metadata has it). */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	const functions: unknown[] = [];
	const serialize = (value: unknown) =>
		JSON.stringify(value, (_key, inner: unknown) => {
			if (typeof inner !== 'function') return inner;
			if (!functions.includes(inner)) functions.push(inner);
			return `function#${functions.indexOf(inner)}`;
		});
	return serialize(a) === serialize(b);
}

/**
 * The plan of `compacted` (compactProperties' result) in terms of `fields`, its input: a field kept
 * as it is becomes its position; a merged one, the field it was copied from with the keys it
 * replaced (description, displayOptions), which are plain data. Throws when replaying the plan
 * would not give `compacted` back, so a build never ships a plan that changes the node.
 */
export function planCompaction(fields: INodeProperties[], compacted: INodeProperties[]): CompactionPlan {
	const plan: CompactionPlan = compacted.map((property) => {
		const kept = fields.indexOf(property);
		if (kept >= 0) return kept;
		const keys = Object.keys(property) as Array<keyof INodeProperties>;
		// The same keys in the same order (a merged field may add its description at the end).
		const from = fields.findIndex((field) => {
			const fieldKeys = Object.keys(field) as Array<keyof INodeProperties>;
			return fieldKeys.every(
				(key, index) => key === keys[index] && (key === 'description' || key === 'displayOptions' || field[key] === property[key]),
			);
		});
		if (from < 0) throw new Error(`compacted field "${property.name}" is not a copy of any field`);
		const replaced = Object.fromEntries(
			Object.entries(property).filter(([key, value]) => value !== fields[from][key as keyof INodeProperties]),
		);
		return { from, replaced };
	});
	const replayed = applyCompaction(fields, JSON.parse(JSON.stringify(plan)) as CompactionPlan);
	const differing = compacted.findIndex((property, index) => !sameValue(property, replayed[index]));
	if (replayed.length !== compacted.length || differing >= 0) {
		throw new Error(`the compaction plan does not reproduce field ${differing} ("${compacted[differing]?.name}")`);
	}
	return plan;
}

export function applyCompaction(fields: INodeProperties[], plan: CompactionPlan): INodeProperties[] {
	return plan.map((step) => (typeof step === 'number' ? fields[step] : ({ ...fields[step.from], ...step.replaced } as INodeProperties)));
}

/** A node's fields merged where copies differ only in where they show: by the plan built in, else here (tests, development). */
export function compacted(fields: INodeProperties[]): INodeProperties[] {
	return BUILT_COMPACTION_PLAN ? applyCompaction(fields, BUILT_COMPACTION_PLAN) : compactProperties(fields);
}
