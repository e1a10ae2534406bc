import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/branded_email_layout';
const LAYOUT = '<html><body>{{ content_for_layout }}</body></html>';
const op = (operation: string, extra: INodeParameters = {}) => ({ resource: 'account', operation, accountId: '1', ...extra });

describe('Account → branded email layout (ChatWoot 4.16.0+)', () => {
	expectOperationCases(requests, [
		{ label: 'Get outputs the layout', parameters: op('getBrandedEmailLayout'), method: 'GET', path: PATH, reply: { branded_email_layout: LAYOUT }, output: [{ branded_email_layout: LAYOUT }] },
		{
			label: 'Update sends the layout',
			parameters: op('updateBrandedEmailLayout', { layout: LAYOUT }),
			method: 'PATCH',
			path: PATH,
			body: { branded_email_layout: LAYOUT },
			reply: { branded_email_layout: LAYOUT },
			output: [{ branded_email_layout: LAYOUT }],
		},
		{
			label: 'Update with Remove Layout sends null, which ChatWoot takes as delete',
			parameters: op('updateBrandedEmailLayout', { removeLayout: true }),
			method: 'PATCH',
			path: PATH,
			body: { branded_email_layout: null },
			reply: { branded_email_layout: null },
			output: [{ branded_email_layout: null }],
		},
	]);

	expectRefusals(requests, [
		{ label: 'Get with an Account ID that is not a number', parameters: op('getBrandedEmailLayout', { accountId: 'acme' }), message: /^Account ID must be a positive whole number, not "acme"$/ },
		{ label: 'Update with a zero Account ID', parameters: op('updateBrandedEmailLayout', { accountId: '0', layout: LAYOUT }), message: /^Account ID must be a positive whole number, not "0"$/ },
	]);
});
