import type { Route } from '../server';

/** GET /api/v1/profile: the bare user object, the credential test's endpoint (API-NOTES §8). */
export const profileRoutes = (): Route[] => [
	{
		methods: ['GET'],
		path: '/api/v1/profile',
		scope: 'user',
		handle: ({ user, server }) => ({
			status: 200,
			body: {
				id: user.id,
				name: user.name,
				display_name: user.name,
				available_name: user.name,
				email: user.email,
				access_token: user.accessToken,
				account_id: user.accountIds[0],
				role: 'administrator',
				type: 'User',
				accounts: user.accountIds.map((id) => ({
					id,
					name: server.accounts.get(id)?.name,
					role: 'administrator',
					status: 'active',
				})),
			},
		}),
	},
];
