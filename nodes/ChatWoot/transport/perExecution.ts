import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** How many executions' answers are kept: workers live long and run many executions. */
const REMEMBERED_EXECUTIONS = 64;

/**
 * What one execution learns once and shares between its items and nodes (the server's version,
 * the token's accounts, its request budget): a value made on first use, per execution,
 * credential and whatever else tells the values apart. A promise made here is shared while it is
 * in flight. Only the most recent executions' values are kept (a longer execution that loses its
 * entry merely makes it again), and keys hold no secrets.
 */
export function perExecution<T>() {
	const remembered = new Map<string, T>();
	return function once(
		context: Pick<IExecuteSingleFunctions, 'getExecutionId' | 'getNode'>,
		credentialType: string,
		parts: string[],
		make: () => T,
	): T {
		const credential = context.getNode().credentials?.[credentialType]?.id ?? credentialType;
		const key = JSON.stringify([context.getExecutionId(), credential, ...parts]);
		let value = remembered.get(key);
		if (value === undefined) {
			value = make();
			remembered.set(key, value);
			if (remembered.size > REMEMBERED_EXECUTIONS) remembered.delete(remembered.keys().next().value as string);
		}
		return value;
	};
}
