import { contact } from './contact';

/** Every resource of the node, in the order of the Resource list. */
export const resources = [contact];
