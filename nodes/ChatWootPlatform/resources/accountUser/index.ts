import { defineResource } from '../../../ChatWoot/shared/operation';
import { addAccountUser } from './add';
import { getManyAccountUsers } from './getMany';
import { removeAccountUser } from './remove';

export const accountUser = defineResource(
	{ name: 'Account User', value: 'accountUser', description: 'Memberships of users in accounts' },
	[addAccountUser, getManyAccountUsers, removeAccountUser],
);
