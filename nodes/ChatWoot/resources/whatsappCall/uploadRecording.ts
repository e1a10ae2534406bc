import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { callIdField, recordingField, sendRecording } from './fields';

export const uploadWhatsappCallRecording = defineOperation({
	resource: 'whatsappCall',
	value: 'uploadRecording',
	name: 'Upload Recording',
	action: 'Upload the recording of a WhatsApp call',
	description: "Attach an audio recording to the call's message (once; later uploads are ignored)",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/whatsapp_calls/{callId}/upload_recording',
	access: { enterprise: true, since: '4.14.0' },
	fields: [accountIdField(), callIdField('The call'), recordingField],
	preSend: [sendRecording],
	output: '',
});
