import { defineResource } from '../../shared/operation';
import { getCaptainPreferences } from './get';
import { updateCaptainPreferences } from './update';

export const captainPreference = defineResource(
	{ name: 'Captain Preference', value: 'captainPreference', description: 'The AI models and features Captain uses' },
	[getCaptainPreferences, updateCaptainPreferences],
);
