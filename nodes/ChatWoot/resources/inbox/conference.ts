import type { INodeProperties } from 'n8n-workflow';

import { idInBody } from '../../shared/requestBody';
import { conversationLocator } from '../../shared/locators';
import { requiredBodyField } from '../../shared/descriptions';

/** Join Call and End Call name a call by its Twilio call SID and its conversation. */
export const conferenceFields: INodeProperties[] = [
	requiredBodyField('Call SID', 'callSid', 'call_sid', {
		placeholder: 'CA0123456789abcdef0123456789abcdef',
		description: "Twilio's ID of the call, stored on the call's conversation",
	}),
	conversationLocator('The conversation of the call'),
];

export const conversationIdInBody = idInBody('conversationId', 'conversation_id');
