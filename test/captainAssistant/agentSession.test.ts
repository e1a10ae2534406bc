import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperation, expectRefusal } from '../support/operationCases';

const requests = recordChatWootRequests();
/** captain/agent_sessions/show.json.jbuilder (ChatWoot 4.16.1+), trimmed. */
const session = { id: 2, message_id: 812, llm_model: 'gpt-4.1-mini', credits_consumed: 1, run_context: [], citations: [{ id: 40, title: 'Shipping', link: null }], scenarios: [] };
const params = (messageId: string) => ({ resource: 'captainAssistant', operation: 'getAgentSession', accountId: '1', messageId });

test('Captain Assistant → Get Agent Session asks by the message ID', async () =>
	await expectOperation(requests, { parameters: params('812'), method: 'GET', path: '/api/v1/accounts/1/captain/agent_sessions/812', reply: session, output: [session] }));

test('Captain Assistant → Get Agent Session refuses a message ID that is no number', async () =>
	await expectRefusal(requests, params('last'), /^Message ID must be a positive whole number, not "last"$/));
