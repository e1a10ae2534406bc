import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getAccountCacheKeys = defineOperation({
	resource: 'account',
	value: 'getCacheKeys',
	name: 'Get Cache Keys',
	action: 'Get the cache keys of an account',
	description: "The timestamps at which the account's labels, inboxes and teams last changed, to know when to read them again",
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/cache_keys',
	fields: [accountIdField()],
	output: 'cache_keys',
});
