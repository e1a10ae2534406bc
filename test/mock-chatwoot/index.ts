import { contactRoutes } from './resources/contacts';
import { profileRoutes } from './resources/profile';
import { ChatWootMock } from './server';

export { ChatWootMock } from './server';
export type { Failure, RecordedRequest } from './server';
export { seedContact } from './resources/contacts';

/** A mock with every resource module registered. */
export function createChatWootMock(): ChatWootMock {
	return new ChatWootMock([profileRoutes, contactRoutes]);
}
