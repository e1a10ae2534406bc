import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { idListFrom } from '../bulkAction/fields';
import { macroIdField } from './fields';

export const executeMacro = defineOperation({
	resource: 'macro',
	value: 'execute',
	name: 'Execute',
	action: 'Execute a macro',
	description: "Run a macro's actions on conversations; ChatWoot runs them in the background after answering",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/macros/{macroId}/execute',
	fields: [
		accountIdField(),
		macroIdField('The macro to run'),
		{
			displayName: 'Conversation IDs',
			name: 'conversationIds',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 12, 15',
			description: 'The conversations to run it on, separated by commas',
		},
	],
	preSend: [idListFrom('conversationIds', 'Conversation IDs', 'conversation_ids')],
});
