import { configRoutes } from './resources/config';
import { contactRoutes } from './resources/contacts';
import { helpCenterRoutes } from './resources/helpcenter';
import { reportRoutes } from './resources/reports';
import { conversationRoutes } from './resources/conversations';
import { messageRoutes } from './resources/messages';
import { platformRoutes } from './resources/platform';
import { profileRoutes } from './resources/profile';
import { publicApiRoutes } from './resources/publicApi';
import { triggerConversationRoutes } from './resources/triggerConversations';
import { webhookRoutes } from './resources/webhooks';
import { inboxRoutes } from './resources/inboxes';
import { teamRoutes } from './resources/teams';
import { ChatWootMock } from './server';
import type { ChatWootMockOptions } from './server';
import { exampleRoutes } from './resources/examples';
import { customAttributeDefinitionRoutes } from './resources/customAttributeDefinitions';

export { ChatWootMock, DEFAULT_MOCK_VERSION } from './server';
export type { ChatWootMockOptions, Failure, FailureTarget, RecordedRequest } from './server';
export { seedContact } from './resources/contacts';
export { seedAgentSummary } from './resources/reports';
export { publicMessages, seedApiInbox } from './resources/publicApi';
export { seedDemoAccount } from './demo';
export type { DemoAccount } from './demo';

/** A mock with every resource module registered, answering as `options.version` (see ChatWootMockOptions). */
export function createChatWootMock(options: ChatWootMockOptions = {}): ChatWootMock {
	return new ChatWootMock(
		[profileRoutes, platformRoutes, publicApiRoutes, contactRoutes, messageRoutes, webhookRoutes, triggerConversationRoutes, conversationRoutes, helpCenterRoutes, reportRoutes, configRoutes, teamRoutes, inboxRoutes, exampleRoutes, customAttributeDefinitionRoutes],
		options,
	);
}
