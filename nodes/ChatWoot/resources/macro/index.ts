import { defineResource } from '../../shared/operation';
import { createMacro } from './create';
import { deleteMacro } from './delete';
import { executeMacro } from './execute';
import { getMacro } from './get';
import { getManyMacros } from './getMany';
import { updateMacro } from './update';

export const macro = defineResource(
	{ name: 'Macro', value: 'macro', description: 'Saved action sequences agents run on conversations', defaultOperation: 'getMany' },
	[createMacro, deleteMacro, executeMacro, getMacro, getManyMacros, updateMacro],
);
