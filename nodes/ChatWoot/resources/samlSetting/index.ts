import { defineResource } from '../../shared/operation';
import { createSamlSettings } from './create';
import { deleteSamlSettings } from './delete';
import { getSamlSettings } from './get';
import { updateSamlSettings } from './update';

export const samlSetting = defineResource(
	{ name: 'SAML Setting', value: 'samlSetting', description: 'Single sign-on through your identity provider' },
	[createSamlSettings, deleteSamlSettings, getSamlSettings, updateSamlSettings],
);
