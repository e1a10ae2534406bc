import { defineResource } from '../../../ChatWoot/shared/operation';
import { createUser } from './create';
import { createUserToken } from './createToken';
import { deleteUser } from './delete';
import { getUser } from './get';
import { getUserLoginLink } from './getLoginLink';
import { updateUser } from './update';

export const user = defineResource(
	{ name: 'User', value: 'user', description: 'ChatWoot users (agents and administrators)' },
	[createUser, getUser, updateUser, deleteUser, getUserLoginLink, createUserToken],
);
