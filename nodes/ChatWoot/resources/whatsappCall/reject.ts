import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { callIdField } from './fields';

export const rejectWhatsappCall = defineOperation({
	resource: 'whatsappCall',
	value: 'reject',
	name: 'Reject',
	action: 'Reject a WhatsApp call',
	description: 'Decline a ringing incoming WhatsApp call',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/whatsapp_calls/{callId}/reject',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), callIdField('The ringing call')],
	output: '',
});
