import { defineResource } from '../../shared/operation';
import { getManyCalls } from './getMany';

export const call = defineResource(
	{ name: 'Call', value: 'call', description: 'The call log of voice inboxes (Twilio and WhatsApp calling)' },
	[getManyCalls],
);
