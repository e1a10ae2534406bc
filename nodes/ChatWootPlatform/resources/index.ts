import { account } from './account';
import { accountUser } from './accountUser';
import { agentBot } from './agentBot';
import { emailChannelMigration } from './emailChannelMigration';
import { user } from './user';

/** Every resource of the Platform node, in the order of the Resource list. */
export const resources = [account, accountUser, user, agentBot, emailChannelMigration];
