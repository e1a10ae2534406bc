import type { INodeParameters } from 'n8n-workflow';

import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/captain/preferences';
const prefs = { providers: {}, models: {}, features: { editor: { enabled: true } } };
const params = (operation: string, extra: INodeParameters = {}) => ({ resource: 'captainPreference', operation, accountId: '1', ...extra });

const cases: Array<[string, OperationCase]> = [
	['get', { parameters: params('get'), method: 'GET', path: PATH, reply: prefs, output: [prefs] }],
	['update', { parameters: params('update', { captainPreferenceUpdateFields: { captainFeatures: '{"editor":true}', captainModels: '{"editor":"gpt-4.1-mini"}' } }), method: 'PATCH', path: PATH, body: { captain_features: { editor: true }, captain_models: { editor: 'gpt-4.1-mini' } }, reply: prefs, output: [prefs] }],
];

test.each(cases)('Captain Preference → %s', async (_label, expected) => expectOperation(requests, expected));

test('Captain Preference → update refuses Models that are not a JSON object', async () =>
	expectRefusal(requests, params('update', { captainPreferenceUpdateFields: { captainModels: 'gpt' } }), /^Models is not valid JSON$/));
