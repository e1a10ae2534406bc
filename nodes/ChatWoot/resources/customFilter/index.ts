import { defineResource } from '../../shared/operation';
import { createCustomFilter } from './create';
import { deleteCustomFilter } from './delete';
import { getCustomFilter } from './get';
import { getManyCustomFilters } from './getMany';
import { updateCustomFilter } from './update';

export const customFilter = defineResource(
	{ name: 'Custom Filter', value: 'customFilter', description: "The token user's saved filters", defaultOperation: 'getMany' },
	[createCustomFilter, deleteCustomFilter, getCustomFilter, getManyCustomFilters, updateCustomFilter],
);
