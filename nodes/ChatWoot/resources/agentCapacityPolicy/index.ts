import { defineResource } from '../../shared/operation';
import { addCapacityPolicyInboxLimit } from './addInboxLimit';
import { addCapacityPolicyUser } from './addUser';
import { createCapacityPolicy } from './create';
import { deleteCapacityPolicy } from './delete';
import { getCapacityPolicy } from './get';
import { getManyCapacityPolicies } from './getMany';
import { getCapacityPolicyUsers } from './getUsers';
import { removeCapacityPolicyInboxLimit } from './removeInboxLimit';
import { removeCapacityPolicyUser } from './removeUser';
import { updateCapacityPolicy } from './update';
import { updateCapacityPolicyInboxLimit } from './updateInboxLimit';

export const agentCapacityPolicy = defineResource(
	{ name: 'Agent Capacity Policy', value: 'agentCapacityPolicy', description: 'How many conversations each agent may hold, per inbox' },
	[addCapacityPolicyInboxLimit, addCapacityPolicyUser, createCapacityPolicy, deleteCapacityPolicy, getCapacityPolicy, getManyCapacityPolicies, getCapacityPolicyUsers, removeCapacityPolicyInboxLimit, removeCapacityPolicyUser, updateCapacityPolicy, updateCapacityPolicyInboxLimit],
);
