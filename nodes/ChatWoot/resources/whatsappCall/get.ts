import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { callIdField } from './fields';

export const getWhatsappCall = defineOperation({
	resource: 'whatsappCall',
	value: 'get',
	name: 'Get',
	action: 'Get a WhatsApp call',
	description: 'Get the state of a WhatsApp call',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/whatsapp_calls/{callId}',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), callIdField('The call')],
	output: '',
});
