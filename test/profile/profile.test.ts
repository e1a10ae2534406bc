import { executeNode } from '../harness/executeNode';
import { binaryItem, PNG_BYTES } from '../support/fixtures';
import { expectRequest, recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const USER = { id: 1, name: 'Ann', display_name: 'Ann', email: 'ann@acme.io', account_id: 1, accounts: [{ id: 1, name: 'Acme' }] };
// ChatWoot's profile answer carries the credential's own token; the node leaves it out.
const ANSWER = { ...USER, access_token: 'tok-SECRET-7f3a9c' };
const op = (operation: string, extra = {}) => ({ resource: 'profile', operation, ...extra });

describe('Profile operations', () => {
	expectOperationCases(requests, [
		{ label: 'Get leaves the access token out', parameters: op('get'), method: 'GET', path: '/api/v1/profile', reply: ANSWER, output: [USER] },
		{
			label: 'Update nests the fields in profile, UI settings parsed',
			parameters: op('update', { profileUpdateFields: { displayName: 'Annie', uiSettings: '{"is_contact_sidebar_open":true}' } }),
			method: 'PUT',
			path: '/api/v1/profile',
			body: { profile: { display_name: 'Annie', ui_settings: { is_contact_sidebar_open: true } } },
			reply: ANSWER,
			output: [USER],
		},
		{ label: 'Delete Avatar', parameters: op('deleteAvatar'), method: 'DELETE', path: '/api/v1/profile/avatar', reply: ANSWER, output: [USER] },
		{
			label: 'Set Availability sends profile{account_id, availability}',
			parameters: op('setAvailability', { accountId: '1', availability: 'busy' }),
			method: 'POST',
			path: '/api/v1/profile/availability',
			body: { profile: { availability: 'busy', account_id: 1 } },
			reply: ANSWER,
			output: [USER],
		},
		{
			label: 'Set Auto Offline sends profile{account_id, auto_offline}',
			parameters: op('setAutoOffline', { accountId: '1', autoOffline: false }),
			method: 'POST',
			path: '/api/v1/profile/auto_offline',
			body: { profile: { auto_offline: false, account_id: 1 } },
			reply: ANSWER,
			output: [USER],
		},
		{
			label: 'Set Active Account is a PUT of profile{account_id}',
			parameters: op('setActiveAccount', { accountId: '2' }),
			method: 'PUT',
			path: '/api/v1/profile/set_active_account',
			body: { profile: { account_id: 2 } },
			output: [{ success: true }],
		},
		{
			label: 'Reset Access Token leaves the new token out',
			parameters: op('resetAccessToken'),
			method: 'POST',
			path: '/api/v1/profile/reset_access_token',
			reply: { ...USER, access_token: 'new-token-9' },
			output: [USER],
		},
		{ label: 'Resend Confirmation', parameters: op('resendConfirmation'), method: 'POST', path: '/api/v1/profile/resend_confirmation', output: [{ success: true }] },
	]);

	test('an avatar goes as profile[avatar] with the fields as profile[…], in one multipart request', async () => {
		const scope = expectRequest('PUT', '/api/v1/profile', { status: 200, body: ANSWER }, requests.sent);
		const run = await executeNode({ parameters: op('update', { profileUpdateFields: { name: 'Ann', avatar: 'data' } }), items: [binaryItem(PNG_BYTES)] });
		scope.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent).toHaveLength(1);
		expect(requests.sent[0].contentType).toBe('multipart/form-data');
		expect(requests.sent[0].fields).toEqual([['profile[name]', 'Ann']]);
		expect(requests.sent[0].files['profile[avatar]'][0]).toMatchObject({ fileName: 'alice.png', contentType: 'image/png' });
		expect(requests.sent[0].files['profile[avatar]'][0].bytes.equals(PNG_BYTES)).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual([USER]);
		// Multipart fields are checked by name against the spec's top-level schema, which only has `profile`.
		requests.sent[0].contractProblems = requests.sent[0].contractProblems.filter((problem) => !problem.includes('profile[name]'));
	});

	test('with UI settings the fields go first as JSON, then the avatar alone', async () => {
		const json = expectRequest('PUT', '/api/v1/profile', { status: 200, body: ANSWER }, requests.sent);
		const file = expectRequest('PUT', '/api/v1/profile', { status: 200, body: ANSWER }, requests.sent);
		const run = await executeNode({
			parameters: op('update', { profileUpdateFields: { uiSettings: '{"rtl":false}', avatar: 'data' } }),
			items: [binaryItem(PNG_BYTES)],
		});
		json.done();
		file.done();
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].body).toEqual({ profile: { ui_settings: { rtl: false } } });
		expect(requests.sent[1].fields).toEqual([]);
		expect(Object.keys(requests.sent[1].files)).toEqual(['profile[avatar]']);
	});
});

describe('Profile: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'UI settings that are not JSON', parameters: op('update', { profileUpdateFields: { uiSettings: 'dark' } }), message: /^UI Settings is not valid JSON$/ },
		{ label: 'UI settings that are a number', parameters: op('update', { profileUpdateFields: { uiSettings: '3' } }), message: /^UI Settings must be a JSON object, not a number$/ },
		{ label: 'an account that is not a number', parameters: op('setAvailability', { accountId: 'acme', availability: 'busy' }), message: /^Account ID must be a positive whole number, not "acme"$/ },
		{ label: 'an avatar on an item without binary data', parameters: op('update', { profileUpdateFields: { avatar: 'data' } }), message: /^Avatar: the input item has no binary property "data"$/ },
	]);
});
