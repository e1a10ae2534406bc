import { account } from './account';
import { agent } from './agent';
import { agentBot } from './agentBot';
import { agentCapacityPolicy } from './agentCapacityPolicy';
import { appliedSla } from './appliedSla';
import { article } from './article';
import { assignmentPolicy } from './assignmentPolicy';
import { auditLog } from './auditLog';
import { automationRule } from './automationRule';
import { bulkAction } from './bulkAction';
import { call } from './call';
import { campaign } from './campaign';
import { cannedResponse } from './cannedResponse';
import { captainAssistant } from './captainAssistant';
import { captainCopilot } from './captainCopilot';
import { captainCustomTool } from './captainCustomTool';
import { captainDocument } from './captainDocument';
import { captainFaqSuggestion } from './captainFaqSuggestion';
import { captainPreference } from './captainPreference';
import { captainResponse } from './captainResponse';
import { captainScenario } from './captainScenario';
import { captainTask } from './captainTask';
import { category } from './category';
import { company } from './company';
import { contact } from './contact';
import { contactNote } from './contactNote';
import { conversation } from './conversation';
import { csatSurveyResponse } from './csatSurveyResponse';
import { customAttribute } from './customAttribute';
import { customFilter } from './customFilter';
import { customRole } from './customRole';
import { dashboardApp } from './dashboardApp';
import { inbox } from './inbox';
import { integration } from './integration';
import { label } from './label';
import { macro } from './macro';
import { message } from './message';
import { notification } from './notification';
import { portal } from './portal';
import { profile } from './profile';
import { report } from './report';
import { reportingEvent } from './reportingEvent';
import { samlSetting } from './samlSetting';
import { search } from './search';
import { slaPolicy } from './slaPolicy';
import { team } from './team';
import { upload } from './upload';
import { webhook } from './webhook';
import { whatsappCall } from './whatsappCall';
import { alphabetical } from '../shared/alphabetical';

/**
 * What a support workflow reaches for first. n8n's node panel lists a node's actions in the
 * order of the Resource options, and a community node's panel has no search box, so these lead
 * both there and in the Resource list; the rest follow by name.
 */
const FIRST_RESOURCES = ['contact', 'conversation', 'message'];

const rank = (resource: { option: { value: unknown } }) => {
	const first = FIRST_RESOURCES.indexOf(String(resource.option.value));
	return first === -1 ? FIRST_RESOURCES.length : first;
};

/** Every resource of the node: the support ones first, then by name. */
export const resources = [
	account,
	agent,
	agentBot,
	agentCapacityPolicy,
	appliedSla,
	article,
	assignmentPolicy,
	auditLog,
	automationRule,
	bulkAction,
	call,
	campaign,
	cannedResponse,
	captainAssistant,
	captainCopilot,
	captainCustomTool,
	captainDocument,
	captainFaqSuggestion,
	captainPreference,
	captainResponse,
	captainScenario,
	captainTask,
	category,
	company,
	contact,
	contactNote,
	conversation,
	csatSurveyResponse,
	customAttribute,
	customFilter,
	customRole,
	dashboardApp,
	inbox,
	integration,
	label,
	macro,
	message,
	notification,
	portal,
	profile,
	report,
	reportingEvent,
	samlSetting,
	search,
	slaPolicy,
	team,
	upload,
	webhook,
	whatsappCall,
].sort((a, b) => rank(a) - rank(b) || alphabetical(a.option.name, b.option.name));
