import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

/**
 * The records at `path` of a response body (API-NOTES §4: `payload`, `data.payload`,
 * `payload.webhooks`, or the body itself when `path` is empty), always as a list.
 */
export function recordsAt(body: unknown, path: string): IDataObject[] {
	let value: unknown = body;
	for (const key of path ? path.split('.') : []) {
		value = value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}
	if (value === undefined || value === null || value === '') return [];
	return (Array.isArray(value) ? value : [value]) as IDataObject[];
}

/**
 * Output of an operation: the records themselves, one item per record, without ChatWoot's
 * envelope. A bodiless success (ChatWoot's DELETEs answer 200 with nothing) becomes
 * `{ success: true }`, so the item still carries on through the workflow.
 */
export function unwrap(path: string) {
	return async function unwrapRecords(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		if (body === undefined || body === null || body === '' || (Buffer.isBuffer(body) && body.length === 0)) {
			return [{ json: { success: true } }];
		}
		return recordsAt(body, path).map((json) => ({ json }));
	};
}
