import { contractProblems } from './chatwootContract';

/** The contract check has to be able to fail, or the requests it passes prove nothing. */
const json = { 'content-type': 'application/json', 'api-access-token': 't' };
const update = { method: 'PUT', path: '/api/v1/accounts/1/contacts/42', headers: json };

test('a correct JSON update fits', () => {
	expect(contractProblems({ ...update, body: { name: 'A', custom_attributes: { plan: 'gold', seats: 3 } } })).toEqual([]);
});

test('wrong types, unknown fields, unknown query parameters and a missing token are caught', () => {
	expect(contractProblems({ ...update, body: { custom_attributes: '{"plan":"gold"}' } })).toEqual(['body/custom_attributes must be object']);
	expect(contractProblems({ ...update, body: { phoneNumber: '+1' } })).toEqual([
		'body field "phoneNumber" is not in the spec\'s schema for PUT /api/v1/accounts/{account_id}/contacts/{id}',
	]);
	expect(contractProblems({ ...update, query: { include_inboxes: 'false' }, body: {} })).toEqual([
		'query parameter "include_inboxes" is not in the spec of PUT /api/v1/accounts/{account_id}/contacts/{id}',
	]);
	expect(contractProblems({ ...update, headers: { 'content-type': 'application/json' }, body: {} })).toEqual([
		'PUT /api/v1/accounts/1/contacts/42 needs the Api-Access-Token header',
	]);
});

test('routes the router lacks and verbs it does not route are caught', () => {
	expect(contractProblems({ ...update, method: 'POST', body: {} })).toEqual([
		"POST /api/v1/accounts/1/contacts/42 is not a route of ChatWoot's router (routes.tsv)",
	]);
	// The spec's bogus messages path without /api/v1 (API-NOTES §1).
	expect(contractProblems({ method: 'GET', path: '/accounts/1/conversations/2/messages', headers: json })).toHaveLength(1);
});

test('multipart is accepted only where the server reads it, per knownSpecErrors and routes.tsv', () => {
	const multipart = { 'content-type': 'multipart/form-data; boundary=x', 'api-access-token': 't' };
	expect(contractProblems({ ...update, headers: multipart, body: { name: 'A' }, files: { avatar: [] } })).toEqual([]);
	expect(
		contractProblems({ method: 'POST', path: '/api/v1/accounts/1/contacts/42/labels', headers: multipart, body: { labels: ['a'] } }),
	).toContain('/api/v1/accounts/{account_id}/contacts/{contact_id}/labels does not read multipart bodies (routes.tsv body kind: json)');
});
