import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const ACCOUNT = { id: 1, name: 'Acme', locale: 'en', features: {}, settings: {}, custom_attributes: {} };
const op = (operation: string, extra = {}) => ({ resource: 'account', operation, accountId: '1', ...extra });

describe('Account operations send their route and output the records', () => {
	expectOperationCases(requests, [
		{ label: 'Get', parameters: op('get'), method: 'GET', path: '/api/v1/accounts/1', reply: ACCOUNT, output: [ACCOUNT] },
		{
			label: 'Update sends only the fields added, top-level',
			parameters: op('update', {
				accountUpdateFields: { name: 'Acme Inc', supportEmail: 'help@acme.io', autoResolveAfter: 60, autoResolveIgnoreWaiting: true },
			}),
			method: 'PATCH',
			path: '/api/v1/accounts/1',
			body: { name: 'Acme Inc', support_email: 'help@acme.io', auto_resolve_after: 60, auto_resolve_ignore_waiting: true },
			reply: { ...ACCOUNT, name: 'Acme Inc' },
			output: [{ ...ACCOUNT, name: 'Acme Inc' }],
		},
		{
			label: 'Get Cache Keys outputs the keys without their envelope',
			parameters: op('getCacheKeys'),
			method: 'GET',
			path: '/api/v1/accounts/1/cache_keys',
			reply: { cache_keys: { label: 1, inbox: 2, team: 3 } },
			output: [{ label: 1, inbox: 2, team: 3 }],
		},
		{
			label: 'Mark Active answers an empty 200 as success',
			parameters: op('markActive'),
			method: 'POST',
			path: '/api/v1/accounts/1/update_active_at',
			output: [{ success: true }],
		},
		{
			label: 'Update Onboarding',
			parameters: op('updateOnboarding', { accountUpdateFields: { industry: 'Retail', companySize: '11-50' } }),
			method: 'PATCH',
			path: '/api/v1/accounts/1/onboarding',
			body: { industry: 'Retail', company_size: '11-50' },
			reply: ACCOUNT,
			output: [ACCOUNT],
		},
		{
			label: 'Get Help Center Generation',
			parameters: op('getHelpCenterGeneration'),
			method: 'GET',
			path: '/api/v1/accounts/1/onboarding/help_center_generation',
			reply: { status: 'in_progress' },
			output: [{ status: 'in_progress' }],
		},
	]);
});

describe('Account: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'an Account ID that is not a number', parameters: op('get', { accountId: 'acme' }), message: /^Account ID must be a positive whole number, not "acme"$/ },
		{ label: 'a zero Account ID on update', parameters: op('update', { accountId: '0', accountUpdateFields: { name: 'x' } }), message: /^Account ID must be a positive whole number/ },
	]);
});
