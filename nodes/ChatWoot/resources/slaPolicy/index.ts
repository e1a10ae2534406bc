import { defineResource } from '../../shared/operation';
import { createSlaPolicy } from './create';
import { deleteSlaPolicy } from './delete';
import { getSlaPolicy } from './get';
import { getManySlaPolicies } from './getMany';
import { updateSlaPolicy } from './update';

export const slaPolicy = defineResource(
	{ name: 'SLA Policy', value: 'slaPolicy', description: 'Response and resolution time targets for conversations' },
	[createSlaPolicy, deleteSlaPolicy, getSlaPolicy, getManySlaPolicies, updateSlaPolicy],
);
