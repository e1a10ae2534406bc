/** A REST session with a running n8n (`n8n start`), for the trigger's end-to-end test and benchmark. */

export type Rest = (method: string, path: string, body?: unknown) => Promise<{ status: number; headers: Headers; text: string }>;

/** Sets up the instance owner, as the editor's first screen does, and returns calls carrying its cookie. */
export async function ownerSession(baseUrl: string): Promise<Rest> {
	let cookie = '';
	const rest: Rest = async (method, path, body) => {
		const response = await fetch(`${baseUrl}${path}`, {
			method,
			headers: { 'Content-Type': 'application/json', cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, headers: response.headers, text: await response.text() };
	};
	const owner = await rest('POST', '/rest/owner/setup', {
		email: 'owner@example.com',
		firstName: 'Test',
		lastName: 'Owner',
		password: 'Correct-Horse-9-Battery',
	});
	if (owner.status !== 200) throw new Error(`n8n owner setup answered ${owner.status}: ${owner.text}`);
	cookie = owner.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	return rest;
}

/**
 * The trigger's static data once n8n has saved it after activation. Until then a webhook
 * request sees none, so no secret to verify events with: senders must wait for this.
 */
export async function savedTriggerData(rest: Rest, workflowId: string, nodeName: string, timeoutMs = 180_000): Promise<Record<string, unknown>> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const { text } = await rest('GET', `/rest/workflows/${workflowId}`);
		const staticData = (JSON.parse(text) as { data: { staticData?: string | Record<string, Record<string, unknown>> } }).data.staticData;
		const parsed = typeof staticData === 'string' ? (JSON.parse(staticData) as Record<string, Record<string, unknown>>) : staticData;
		const saved = parsed?.[`node:${nodeName}`];
		if (saved?.webhookId !== undefined) return saved;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`n8n did not save the static data of ${nodeName} within ${timeoutMs / 1000} s`);
}
