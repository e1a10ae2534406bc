import { defineResource } from '../../shared/operation';
import { exportMissedSlas } from './export';
import { getManyAppliedSlas } from './getMany';
import { getSlaMetrics } from './getMetrics';

export const appliedSla = defineResource(
	{ name: 'SLA', value: 'appliedSla', description: 'Service level agreements conversations met or missed', defaultOperation: 'getMany' },
	[exportMissedSlas, getManyAppliedSlas, getSlaMetrics],
);
