import { defineResource } from '../../shared/operation';
import { getAgentSummary } from './getAgentSummary';
import { getAgentTable } from './getAgentTable';
import { getBotMetrics } from './getBotMetrics';
import { getBotSummary } from './getBotSummary';
import { getChannelSummary } from './getChannelSummary';
import { getConversationSummary } from './getConversationSummary';
import { getConversationTable } from './getConversationTable';
import { getConversationTraffic } from './getConversationTraffic';
import { getDrilldown } from './getDrilldown';
import { getFirstResponseTimeDistribution } from './getFirstResponseTimeDistribution';
import { getInboxLabelMatrix } from './getInboxLabelMatrix';
import { getInboxSummary } from './getInboxSummary';
import { getInboxTable } from './getInboxTable';
import { getLabelSummary } from './getLabelSummary';
import { getLabelTable } from './getLabelTable';
import { getLiveConversationCounts } from './getLiveConversationCounts';
import { getLiveConversationCountsByGroup } from './getLiveConversationCountsByGroup';
import { getMetricTimeseries } from './getMetricTimeseries';
import { getOpenConversationCounts } from './getOpenConversationCounts';
import { getOutgoingMessageCounts } from './getOutgoingMessageCounts';
import { getTeamSummary } from './getTeamSummary';
import { getTeamTable } from './getTeamTable';
import { getYearInReview } from './getYearInReview';

export const report = defineResource(
	{ name: 'Report', value: 'report', description: 'Conversation, agent, inbox, team and label statistics', defaultOperation: 'getConversationSummary' },
	[getAgentSummary, getAgentTable, getBotMetrics, getBotSummary, getChannelSummary, getConversationSummary, getConversationTable, getConversationTraffic, getDrilldown, getFirstResponseTimeDistribution, getInboxLabelMatrix, getInboxSummary, getInboxTable, getLabelSummary, getLabelTable, getLiveConversationCounts, getLiveConversationCountsByGroup, getMetricTimeseries, getOpenConversationCounts, getOutgoingMessageCounts, getTeamSummary, getTeamTable, getYearInReview],
);
