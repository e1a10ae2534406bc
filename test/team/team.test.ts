import { recordChatWootRequests } from '../support/nockChatWoot';
import { expectOperationCases, expectRefusals } from '../support/operationCases';

const requests = recordChatWootRequests();
const TEAM = { id: 2, name: 'billing', description: 'Invoices', allow_auto_assign: true, account_id: 1, is_member: false };
const AGENT = (id: number) => ({ id, name: `Agent ${id}`, email: `a${id}@acme.io`, role: 'agent', availability_status: 'online' });
const op = (operation: string, extra = {}) => ({ resource: 'team', operation, accountId: '1', ...extra });
const MEMBERS = '/api/v1/accounts/1/teams/2/team_members';

describe('Team operations', () => {
	expectOperationCases(requests, [
		{
			label: 'Get Many outputs the bare array one item per team',
			parameters: op('getMany', { returnAll: true }),
			method: 'GET',
			path: '/api/v1/accounts/1/teams',
			reply: [TEAM, { ...TEAM, id: 3, name: 'sales' }],
			output: [TEAM, { ...TEAM, id: 3, name: 'sales' }],
		},
		{
			label: 'Get Many with a Limit trims the whole list',
			parameters: op('getMany', { returnAll: false, limit: 1 }),
			method: 'GET',
			path: '/api/v1/accounts/1/teams',
			reply: [TEAM, { ...TEAM, id: 3 }],
			output: [TEAM],
		},
		{
			label: 'Get Many of an account without teams outputs nothing',
			parameters: op('getMany', { returnAll: true }),
			method: 'GET',
			path: '/api/v1/accounts/1/teams',
			reply: [],
			output: [],
		},
		{ label: 'Get', parameters: op('get', { teamId: '2' }), method: 'GET', path: '/api/v1/accounts/1/teams/2', reply: TEAM, output: [TEAM] },
		{
			label: 'Get by dashboard URL',
			parameters: op('get', { teamId: { __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/1/settings/teams/2/edit' } }),
			method: 'GET',
			path: '/api/v1/accounts/1/teams/2',
			reply: TEAM,
			output: [TEAM],
		},
		{
			label: 'Create sends the name and only the fields added',
			parameters: op('create', { name: 'Billing', teamAdditionalFields: { description: 'Invoices', allowAutoAssign: false } }),
			method: 'POST',
			path: '/api/v1/accounts/1/teams',
			body: { name: 'Billing', description: 'Invoices', allow_auto_assign: false },
			reply: TEAM,
			output: [TEAM],
		},
		{
			label: 'Update sends only the fields added',
			parameters: op('update', { teamId: '2', teamUpdateFields: { name: 'Billing EU' } }),
			method: 'PATCH',
			path: '/api/v1/accounts/1/teams/2',
			body: { name: 'Billing EU' },
			reply: { ...TEAM, name: 'billing eu' },
			output: [{ ...TEAM, name: 'billing eu' }],
		},
		{ label: 'Delete', parameters: op('delete', { teamId: '2' }), method: 'DELETE', path: '/api/v1/accounts/1/teams/2', output: [{ success: true }] },
		{
			label: 'Get Members',
			parameters: op('getMembers', { teamId: '2', returnAll: true }),
			method: 'GET',
			path: MEMBERS,
			reply: [AGENT(5), AGENT(6)],
			output: [AGENT(5), AGENT(6)],
		},
		{
			label: 'Add Members sends user_ids as numbers',
			parameters: op('addMembers', { teamId: '2', agentIds: [5, 6] }),
			method: 'POST',
			path: MEMBERS,
			body: { user_ids: [5, 6] },
			reply: [AGENT(5), AGENT(6)],
			output: [{ team_id: 2, ...AGENT(5) }, { team_id: 2, ...AGENT(6) }],
		},
		{
			label: 'Set Members takes comma-separated IDs from an expression',
			parameters: op('setMembers', { teamId: '2', agentIds: '={{ "5, 7" }}' }),
			method: 'PATCH',
			path: MEMBERS,
			body: { user_ids: [5, 7] },
			reply: [AGENT(5), AGENT(7)],
			output: [{ team_id: 2, ...AGENT(5) }, { team_id: 2, ...AGENT(7) }],
		},
		{
			label: 'Remove Members sends user_ids in the DELETE body',
			parameters: op('removeMembers', { teamId: '2', agentIds: ['6'] }),
			method: 'DELETE',
			path: MEMBERS,
			body: { user_ids: [6] },
			output: [{ team_id: 2, user_ids: [6], success: true }],
		},
	]);
});

describe('Team: bad input is refused before sending', () => {
	expectRefusals(requests, [
		{ label: 'a Team ID that is not a number', parameters: op('get', { teamId: 'billing' }), message: /^Team ID must be a positive whole number, not "billing"$/ },
		{ label: 'no agents to add', parameters: op('addMembers', { teamId: '2', agentIds: '={{ [] }}' }), message: /^Agents: choose at least one agent$/ },
		{ label: 'an agent ID that is not a number', parameters: op('setMembers', { teamId: '2', agentIds: '5,bob' }), message: /^Agents: "bob" is not an agent ID$/ },
		{ label: 'a zero agent ID', parameters: op('removeMembers', { teamId: '2', agentIds: [0] }), message: /^Agents: "0" is not an agent ID$/ },
	]);
});
