import { defineResource } from '../../shared/operation';
import { createCustomRole } from './create';
import { deleteCustomRole } from './delete';
import { getCustomRole } from './get';
import { getManyCustomRoles } from './getMany';
import { updateCustomRole } from './update';

export const customRole = defineResource(
	{ name: 'Custom Role', value: 'customRole', description: 'Agent roles with a chosen set of permissions' },
	[createCustomRole, deleteCustomRole, getCustomRole, getManyCustomRoles, updateCustomRole],
);
