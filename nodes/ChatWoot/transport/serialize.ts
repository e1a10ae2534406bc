import type { IExecutePaginationFunctions } from 'n8n-workflow';

/**
 * n8n sends the items of one run concurrently (API-NOTES/n8n NOTES: Promise.allSettled). A
 * read-then-write (find a contact then create it, read labels then replace them) must not
 * interleave with another item's for the same record, or both would create, or one's labels
 * would be lost. Work with the same key runs one after the other; other keys are not held up.
 */
const inFlight = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = inFlight.get(key) ?? Promise.resolve();
	const current = previous.then(work);
	const settled = current.catch(() => undefined);
	inFlight.set(key, settled);
	try {
		return await current;
	} finally {
		if (inFlight.get(key) === settled) inFlight.delete(key);
	}
}

/** The lock key of a record within this execution and account: other executions are not held up. */
export function recordKey(context: IExecutePaginationFunctions, ...parts: unknown[]): string {
	const account = context.getNodeParameter('accountId', '', { extractValue: true });
	return JSON.stringify([context.getExecutionId(), String(account), ...parts]);
}
