import { defineResource } from '../../shared/operation';
import { createPortal } from './create';
import { deletePortal } from './delete';
import { deletePortalLogo } from './deleteLogo';
import { getPortal } from './get';
import { getManyPortals } from './getMany';
import { getPortalSslStatus } from './getSslStatus';
import { sendPortalInstructions } from './sendInstructions';
import { updatePortal } from './update';

export const portal = defineResource(
	{ name: 'Help Center Portal', value: 'portal', description: 'Help center portals', defaultOperation: 'getMany' },
	[createPortal, deletePortal, deletePortalLogo, getPortal, getManyPortals, getPortalSslStatus, sendPortalInstructions, updatePortal],
);
