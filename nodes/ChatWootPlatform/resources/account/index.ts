import { defineResource } from '../../../ChatWoot/shared/operation';
import { createAccount } from './create';
import { deleteAccount } from './delete';
import { getAccount } from './get';
import { getManyAccounts } from './getMany';
import { updateAccount } from './update';

export const account = defineResource(
	{ name: 'Account', value: 'account', description: 'ChatWoot accounts (workspaces)', defaultOperation: 'create' },
	[createAccount, getAccount, getManyAccounts, updateAccount, deleteAccount],
);
