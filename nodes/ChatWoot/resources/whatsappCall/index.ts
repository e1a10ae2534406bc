import { defineResource } from '../../shared/operation';
import { getWhatsappCall } from './get';
import { rejectWhatsappCall } from './reject';
import { terminateWhatsappCall } from './terminate';
import { uploadWhatsappCallRecording } from './uploadRecording';

export const whatsappCall = defineResource(
	{ name: 'WhatsApp Call', value: 'whatsappCall', description: 'Calls with contacts on WhatsApp inboxes that have calling' },
	[getWhatsappCall, rejectWhatsappCall, terminateWhatsappCall, uploadWhatsappCallRecording],
);
