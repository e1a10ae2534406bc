import type { Route } from '../server';
import { renderAgent } from './teams';

/**
 * Routes the example workflows (examples/, test/e2e/examples.e2e.test.ts) call that no other
 * module serves: the account's agents (`GET agents`, a bare array as `agents/index.json.jbuilder`
 * renders it), which the nightly report reads for the agents' names.
 */
export const exampleRoutes = (): Route[] => [
	{
		methods: ['GET'],
		path: '/api/v1/accounts/:account_id/agents',
		scope: 'account',
		handle: ({ account, server }) => ({
			status: 200,
			body: server.users.filter((user) => (user.kind ?? 'user') === 'user' && user.accountIds.includes(account!.id)).map(renderAgent),
		}),
	},
];
