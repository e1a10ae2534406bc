import { defineResource } from '../../shared/operation';
import { createCustomAttribute } from './create';
import { deleteCustomAttribute } from './delete';
import { getCustomAttribute } from './get';
import { getManyCustomAttributes } from './getMany';
import { updateCustomAttribute } from './update';

export const customAttribute = defineResource(
	{
		name: 'Custom Attribute Definition',
		value: 'customAttribute',
		description: 'The custom attributes contacts, conversations and companies can carry',
		defaultOperation: 'getMany',
	},
	[createCustomAttribute, deleteCustomAttribute, getCustomAttribute, getManyCustomAttributes, updateCustomAttribute],
);
