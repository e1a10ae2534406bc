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

/**
 * Output of an operation that answers with one record. ChatWoot's jbuilders differ per action
 * and per version (automation rule create renders the bare rule, update and clone wrap it in
 * `payload`), so the record is taken from `payload` when the body has one, else the body itself.
 * An empty body (a DELETE's `head :ok`) becomes `{ success: true }`.
 */
export async function singleRecord(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject | string | undefined;
	if (body === undefined || body === null || body === '' || (Buffer.isBuffer(body) && body.length === 0)) {
		return [{ json: { success: true } }];
	}
	const record = typeof body === 'object' && !Array.isArray(body) && body.payload !== undefined ? body.payload : body;
	return [{ json: record as IDataObject }];
}

/** A record's labels as one item, `{labels: [...]}`: ChatWoot answers `{payload: ["vip", …]}` (API-NOTES §9). */
export async function labelsOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { labels: recordsAt(response.body, 'payload') as unknown as string[] } }];
}
