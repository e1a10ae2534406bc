import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { callIdField } from './fields';

export const terminateWhatsappCall = defineOperation({
	resource: 'whatsappCall',
	value: 'terminate',
	name: 'End',
	action: 'End a WhatsApp call',
	description: 'Hang up a WhatsApp call',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/whatsapp_calls/{callId}/terminate',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), callIdField('The call to end')],
	output: '',
});
