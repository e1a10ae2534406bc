import { defineResource } from '../../shared/operation';
import { addDyteParticipant } from './addDyteParticipant';
import { createDyteMeeting } from './createDyteMeeting';
import { createHook } from './createHook';
import { createLinearIssue } from './createLinearIssue';
import { deleteHook } from './deleteHook';
import { deleteLinear } from './deleteLinear';
import { deleteNotion } from './deleteNotion';
import { deleteShopify } from './deleteShopify';
import { deleteSlack } from './deleteSlack';
import { getApp } from './getApp';
import { getLinearTeamEntities } from './getLinearTeamEntities';
import { getLinearTeams } from './getLinearTeams';
import { getLinkedLinearIssues } from './getLinkedLinearIssues';
import { getManyApps } from './getManyApps';
import { getShopifyOrders } from './getShopifyOrders';
import { linkLinearIssue } from './linkLinearIssue';
import { listSlackChannels } from './listSlackChannels';
import { processEvent } from './processEvent';
import { searchLinearIssues } from './searchLinearIssues';
import { unlinkLinearIssue } from './unlinkLinearIssue';
import { updateHook } from './updateHook';
import { updateSlack } from './updateSlack';

export const integration = defineResource(
	{ name: 'Integration', value: 'integration', description: 'Connected apps: hooks, Slack, Linear, Shopify, Dyte, Notion', defaultOperation: 'getManyApps' },
	[addDyteParticipant, createDyteMeeting, createHook, createLinearIssue, deleteHook, deleteLinear, deleteNotion, deleteShopify, deleteSlack, getApp, getLinearTeamEntities, getLinearTeams, getLinkedLinearIssues, getManyApps, getShopifyOrders, linkLinearIssue, listSlackChannels, processEvent, searchLinearIssues, unlinkLinearIssue, updateHook, updateSlack],
);
