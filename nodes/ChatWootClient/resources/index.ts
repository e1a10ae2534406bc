import { contact } from './contact';
import { conversation } from './conversation';
import { csatSurvey } from './csatSurvey';
import { inbox } from './inbox';
import { message } from './message';

/** Every resource of the Client node, in the order of the Resource list. */
export const resources = [contact, conversation, message, inbox, csatSurvey];
