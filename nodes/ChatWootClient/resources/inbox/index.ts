import { defineResource } from '../../../ChatWoot/shared/operation';
import { getInbox } from './get';

export const inbox = defineResource({ name: 'Inbox', value: 'inbox', description: "The credential's API inbox" }, [getInbox]);
