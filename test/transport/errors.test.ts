import { NodeApiError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import { chatWootApiError } from '../../nodes/ChatWoot/transport/errors';

const node: INode = {
	id: '1',
	name: 'ChatWoot',
	type: 'n8n-nodes-chatwoot-api.chatWoot',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const request = { method: 'PUT' as const, url: '/api/v1/accounts/1/contacts/42', baseURL: 'https://chat.example.com' };

/** What n8n's HTTP helper throws, shaped as each n8n major version shapes it. */
function thrownBy(version: 1 | 2, status: number, data: unknown) {
	const axiosError = Object.assign(new Error(`Request failed with status code ${status}`), {
		response: { status, data, headers: { 'api-access-token': 'SECRET' } },
		config: { headers: { 'Api-Access-Token': 'SECRET' } },
	});
	const wrapped = new NodeApiError(node, axiosError as never);
	if (version === 1) {
		// n8n 1.x keeps no cause on the wrapped error; a JSON body survives in context.data.
		Object.assign(wrapped, { cause: undefined });
	}
	return wrapped;
}

describe('chatWootApiError', () => {
	test.each([1, 2] as const)("keeps ChatWoot's JSON message as n8n %i throws it", (version) => {
		const error = chatWootApiError(node, thrownBy(version, 422, { message: 'Email has already been taken', attributes: ['email'] }), request, 3, { accountId: '1' });
		expect(error.message).toBe('ChatWoot answered 422: Email has already been taken');
		expect(error.description).toMatch(/correct the field it names/);
		expect(error.httpCode).toBe('422');
		expect(error.context.itemIndex).toBe(3);
	});

	test('builds the error from scratch: no request headers, no token, no HTTP client internals', () => {
		const error = chatWootApiError(node, thrownBy(2, 401, { error: 'Invalid Access Token' }), request, 0, { accountId: '1' });
		expect(error.cause).toBeUndefined();
		expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('SECRET');
	});

	test('a 404 with a JSON body blames the IDs, one without blames the Base URL', () => {
		const missing = chatWootApiError(node, thrownBy(2, 404, { error: 'Resource could not be found' }), request, 0, { accountId: '7' });
		expect(missing.description).toMatch(/^Nothing with that ID exists in account 7/);
		const elsewhere = chatWootApiError(node, thrownBy(2, 404, '<html>404</html>'), request, 0, { accountId: '7' });
		expect(elsewhere.description).toMatch(/^The server at https:\/\/chat\.example\.com has no \/api\/v1\/accounts\/1\/contacts\/42/);
	});

	test.each([1, 2] as const)('a socket error as n8n %i throws it names the server and the reason', (version) => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
		const wrapped = new NodeApiError(node, refused as never);
		if (version === 1) Object.assign(wrapped, { cause: undefined });
		const error = chatWootApiError(node, wrapped, request, 0);
		expect(error.message).toBe('Could not reach ChatWoot at https://chat.example.com: the connection was refused');
		expect(error.httpCode).toBeNull();
	});
});
