import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/saml_settings';
const settings = { id: 1, sso_url: 'https://idp.acme.com/sso', sp_entity_id: 'chatwoot' };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'samlSetting', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['get', { parameters: params('get'), method: 'GET', path: PATH, reply: settings, output: [settings] }],
	[
		'create',
		{
			parameters: params('create', { ssoUrl: 'https://idp.acme.com/sso', certificate: 'PEM', idpEntityId: 'acme', samlSettingAdditionalFields: { spEntityId: 'chatwoot', roleMappings: '{"Leads":{"role":"administrator"}}' } }),
			method: 'POST',
			path: PATH,
			body: { saml_settings: { sso_url: 'https://idp.acme.com/sso', certificate: 'PEM', idp_entity_id: 'acme', sp_entity_id: 'chatwoot', role_mappings: { Leads: { role: 'administrator' } } } },
			reply: settings,
			output: [settings],
		},
	],
	['update', { parameters: params('update', { samlSettingUpdateFields: { certificate: 'NEW' } }), method: 'PATCH', path: PATH, body: { saml_settings: { certificate: 'NEW' } }, reply: settings, output: [settings] }],
	['delete', { parameters: params('delete'), method: 'DELETE', path: PATH, status: 204, output: [{ success: true }] }],
];

test.each(cases)('SAML Setting → %s', async (_label, expected) => expectOperation(requests, expected));

test('SAML Setting → update refuses Role Mappings that are not a JSON object', async () =>
	expectRefusal(requests, params('update', { samlSettingUpdateFields: { roleMappings: '"admin"' } }), /^Role Mappings must be a JSON object, not a string$/));
