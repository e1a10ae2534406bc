/**
 * Planted violations that each leg of `npm run lint:n8n` must catch before it lints the package:
 * a trigger node that n8n Cloud would refuse. If a leg's config stopped catching one of them
 * (a rule renamed or dropped in a new plugin version, a files glob that no longer matches), the
 * leg would pass on anything; the canary makes it fail instead.
 */

/** The Cloud rules and ours that the canaries must set off in both legs. */
const cloudRules = [
	'@n8n/community-nodes/no-restricted-imports',
	'@n8n/community-nodes/no-restricted-globals',
	'no-console',
	'shipped/imports',
];

const description = `{
		displayName: 'Canary Trigger',
		name: 'canaryTrigger',
		icon: 'file:canary.svg',
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow on a timer',
		defaults: { name: 'Canary Trigger' },
		inputs: [],
		outputs: ['main'],
		usableAsTool: true,
		properties: [],
	}`;

export const canaries = {
	sources: {
		file: 'nodes/CanaryTrigger/CanaryTrigger.node.ts',
		expectedRules: [...cloudRules, '@n8n/community-nodes/node-usable-as-tool'],
		text: `import { stringify } from 'qs';
import { setTimeout as wait } from 'timers/promises';
import type { INodeType, INodeTypeDescription, ITriggerFunctions, ITriggerResponse } from 'n8n-workflow';

export class CanaryTrigger implements INodeType {
	description: INodeTypeDescription = ${description};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		await wait(1);
		console.log(stringify({ home: process.env.HOME }), globalThis);
		const timer = setInterval(() => this.emit([[]]), 1000);
		return { closeFunction: async () => clearInterval(timer) };
	}
}
`,
	},
	tarball: {
		file: 'dist/nodes/CanaryTrigger/CanaryTrigger.node.js',
		// node-usable-as-tool knows a node class by `implements INodeType`, which compiled code has lost:
		// usableAsTool on triggers is checked on the sources.
		expectedRules: cloudRules,
		text: `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CanaryTrigger = void 0;
const qs_1 = require("qs");
const promises_1 = require("timers/promises");
class CanaryTrigger {
	description = ${description};
	async trigger() {
		await (0, promises_1.setTimeout)(1);
		console.log((0, qs_1.stringify)({ home: process.env.HOME }), globalThis);
		const timer = setInterval(() => this.emit([[]]), 1000);
		return { closeFunction: async () => clearInterval(timer) };
	}
}
exports.CanaryTrigger = CanaryTrigger;
`,
	},
};
