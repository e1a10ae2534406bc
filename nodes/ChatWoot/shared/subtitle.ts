import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The node's subtitle on the canvas: the chosen operation's own action text ("Create or update a
 * contact"), not its internal values. A subtitle is an expression n8n evaluates without the node's
 * code, so the texts travel inside it as one lookup table keyed `resource:operation`, read from the
 * Operation options once when the node loads; a pair it lacks shows no subtitle.
 */
export function actionSubtitle(resources: Array<{ properties: INodeProperties[] }>): string {
	const actions: Record<string, string> = {};
	for (const property of resources.flatMap((resource) => resource.properties)) {
		if (property.name !== 'operation') continue;
		for (const resource of property.displayOptions?.show?.resource ?? []) {
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				if (option.action) actions[`${String(resource)}:${String(option.value)}`] = option.action;
			}
		}
	}
	return `={{${JSON.stringify(actions)}[$parameter["resource"] + ":" + $parameter["operation"]] || ""}}`;
}
