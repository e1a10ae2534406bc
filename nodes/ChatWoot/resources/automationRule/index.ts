import { defineResource } from '../../shared/operation';
import { cloneAutomationRule } from './clone';
import { createAutomationRule } from './create';
import { deleteAutomationRule } from './delete';
import { getAutomationRule } from './get';
import { getManyAutomationRules } from './getMany';
import { updateAutomationRule } from './update';

export const automationRule = defineResource(
	{ name: 'Automation Rule', value: 'automationRule', description: 'Rules that act on conversations when events happen', defaultOperation: 'getMany' },
	[cloneAutomationRule, createAutomationRule, deleteAutomationRule, getAutomationRule, getManyAutomationRules, updateAutomationRule],
);
