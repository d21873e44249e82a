import type { Stage } from './types';

// Placeholder until the dates stage lands.
export const datesStage: Stage = { name: 'dates', run() {} };
